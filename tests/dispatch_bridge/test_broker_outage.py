"""A broker outage at commit time: nobody sees an error, and the outbox's sweep loses nothing."""

from datetime import timedelta

import pytest
from django.core import mail
from django.utils import timezone

from dispatch_bridge import services
from dispatch_bridge.deliveries import EIDO_PUSH, SUPERVISOR_ALERT
from dispatch_bridge.models import QueueItem, SupervisorAlert
from dispatch_bridge.tasks import sla_check
from portal.outbox.models import OutboxItem
from portal.outbox.services import outbox_sweep
from tests.factories import report_submit_for_test
from tests.reporting.messaging.test_worker import broker_down, wait_for

pytestmark = [pytest.mark.celery_worker, pytest.mark.django_db(transaction=True)]


def state(kind, target_id):
    return OutboxItem.objects.get(kind=kind, target_id=target_id).state


def test_a_possible_emergency_submitted_while_the_broker_is_down_is_not_lost(
    celery_worker, supervisor, cad, settings, caplog
):
    from portal.celery import app

    url, received, _status = cad
    settings.DISPATCH_EIDO_PUSH_URL, settings.OUTBOX_SWEEP_GRACE_SECONDS = url, 0

    with broker_down(app):
        report = report_submit_for_test(possible_emergency=True)  # no error for the resident

    assert "the sweep will send it" in caplog.text
    item = QueueItem.objects.get(report=report)
    alert = SupervisorAlert.objects.get(item=item)
    assert state(SUPERVISOR_ALERT, alert.pk) == "pending"
    assert state(EIDO_PUSH, item.pk) == "pending"
    assert mail.outbox == [] and received == []

    # The broker is back: the sweep queues both, the worker does both, once.
    assert outbox_sweep()["queued"] >= 2
    wait_for(lambda: QueueItem.objects.get(pk=item.pk).eido_pushed_at, what="the push")
    wait_for(lambda: state(SUPERVISOR_ALERT, alert.pk) == "sent", what="the alert")
    wait_for(lambda: not OutboxItem.objects.filter(state="pending").exists(), what="the rest")
    assert outbox_sweep()["queued"] == 0
    assert len(received) == 1
    assert [m.to for m in mail.outbox if m.to == ["supervisor@example.org"]] == [
        ["supervisor@example.org"]
    ]


def test_an_escalation_while_the_broker_is_down_is_not_an_error(
    celery_worker, dispatcher, supervisor, settings
):
    from portal.celery import app

    settings.OUTBOX_SWEEP_GRACE_SECONDS = 0
    item = report_submit_for_test().queue_item

    with broker_down(app):
        services.queue_item_escalate(item_id=item.pk, actor=dispatcher)

    alert = SupervisorAlert.objects.get(item=item, kind="escalated")
    assert state(SUPERVISOR_ALERT, alert.pk) == "pending"
    assert outbox_sweep()["queued"] >= 1
    wait_for(lambda: state(SUPERVISOR_ALERT, alert.pk) == "sent", what="the alert")


def test_the_sla_job_survives_a_broker_outage(celery_worker, supervisor, settings):
    from portal.celery import app

    settings.OUTBOX_SWEEP_GRACE_SECONDS = 0
    item = report_submit_for_test().queue_item
    past = timezone.now() - timedelta(minutes=30)
    QueueItem.objects.filter(pk=item.pk).update(created_at=past, due_at=past)

    with broker_down(app):
        assert sla_check()["overdue"] == 1

    assert outbox_sweep()["queued"] >= 1
    wait_for(
        lambda: any(m.to == ["supervisor@example.org"] for m in mail.outbox),
        what="the overdue email",
    )


def test_the_old_sweeps_are_gone_and_the_outbox_sweep_is_on_the_beat_schedule(settings):
    tasks = {entry["task"] for entry in settings.CELERY_BEAT_SCHEDULE.values()}
    assert "outbox.sweep" in tasks
    assert not tasks & {
        "dispatch_bridge.sweep",
        "messaging.outbox_sweep",
        "cms.presentation_requests_sweep",
    }
