"""A broker outage at commit time: nobody sees an error, and beat's sweep loses nothing."""

from datetime import timedelta

import pytest
from django.core import mail
from django.utils import timezone

from dispatch_bridge import services
from dispatch_bridge.models import QueueItem, SupervisorAlert
from dispatch_bridge.tasks import dispatch_sweep, eido_push, sla_check
from tests.factories import report_submit_for_test
from tests.reporting.messaging.test_worker import broker_down, wait_for

pytestmark = [pytest.mark.celery_worker, pytest.mark.django_db(transaction=True)]


def test_a_possible_emergency_submitted_while_the_broker_is_down_is_not_lost(
    celery_worker,
    supervisor,
    cad,
    settings,
    caplog,
):
    from portal.celery import app

    url, received, _status = cad
    settings.DISPATCH_EIDO_PUSH_URL, settings.DISPATCH_SWEEP_GRACE_SECONDS = url, 0

    with broker_down(app):
        report = report_submit_for_test(possible_emergency=True)  # no error for the resident

    assert "the sweep will queue it again" in caplog.text
    item = QueueItem.objects.get(report=report)
    alert = SupervisorAlert.objects.get(item=item)
    assert alert.notified_at is None and item.eido_push_attempted_at is None
    assert mail.outbox == [] and received == []

    # The broker is back: the sweep queues both, the worker does both, once.
    assert dispatch_sweep.delay().get(timeout=15) == {"alerts": 1, "eido": 1}
    wait_for(lambda: QueueItem.objects.get(pk=item.pk).eido_pushed_at, what="the push")
    wait_for(lambda: SupervisorAlert.objects.get(pk=alert.pk).notified_at, what="the alert")
    assert dispatch_sweep.delay().get(timeout=15) == {"alerts": 0, "eido": 0}
    assert len(received) == 1
    assert [m.to for m in mail.outbox] == [["supervisor@example.org"]]


def test_an_escalation_while_the_broker_is_down_is_not_an_error(
    celery_worker, dispatcher, supervisor, settings
):
    from portal.celery import app

    settings.DISPATCH_SWEEP_GRACE_SECONDS = 0
    item = report_submit_for_test().queue_item

    with broker_down(app):
        services.queue_item_escalate(item_id=item.pk, actor=dispatcher)

    alert = SupervisorAlert.objects.get(item=item, kind="escalated")
    assert alert.notified_at is None
    assert dispatch_sweep.delay().get(timeout=15)["alerts"] == 1
    wait_for(lambda: SupervisorAlert.objects.get(pk=alert.pk).notified_at, what="the alert")


def test_the_sla_job_survives_a_broker_outage(celery_worker, supervisor, settings):
    from portal.celery import app

    settings.DISPATCH_SWEEP_GRACE_SECONDS = 0
    item = report_submit_for_test().queue_item
    past = timezone.now() - timedelta(minutes=30)
    QueueItem.objects.filter(pk=item.pk).update(created_at=past, due_at=past)

    with broker_down(app):
        assert sla_check()["overdue"] == 1

    assert dispatch_sweep.delay().get(timeout=15)["alerts"] == 1
    wait_for(lambda: mail.outbox, what="the overdue email")


def test_recent_or_started_work_is_left_alone(db, settings, cad):
    url, _received, _status = cad
    settings.DISPATCH_EIDO_PUSH_URL = url
    fresh = report_submit_for_test(possible_emergency=True).queue_item  # within the grace

    assert dispatch_sweep.run() == {"alerts": 0, "eido": 0}

    settings.DISPATCH_SWEEP_GRACE_SECONDS = 0
    assert eido_push(fresh.pk) == "pushed"
    SupervisorAlert.objects.update(notified_at=timezone.now())
    assert dispatch_sweep.run() == {"alerts": 0, "eido": 0}


def test_the_sweep_is_on_the_beat_schedule(settings):
    assert settings.CELERY_BEAT_SCHEDULE["dispatch-sweep"]["task"] == dispatch_sweep.name
