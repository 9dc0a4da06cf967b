"""The SLA beat job: supervisors hear about late items, reporters hear they're still queued."""

from datetime import timedelta

import pytest
from django.core import mail
from django.utils import timezone

from dispatch_bridge import services
from dispatch_bridge.models import QueueItem, SupervisorAlert
from dispatch_bridge.tasks import sla_check
from portal.outbox.models import OutboxItem
from portal.outbox.services import item_deliver
from reporting.messaging.models import Message
from tests.factories import CategoryFactory, report_submit_for_test

pytestmark = pytest.mark.django_db


def age(item, *, minutes):
    past = timezone.now() - timedelta(minutes=minutes)
    QueueItem.objects.filter(pk=item.pk).update(created_at=past, due_at=past + timedelta(minutes=1))


def test_past_due_items_alert_supervisors_once(supervisor, django_capture_on_commit_callbacks):
    late = report_submit_for_test().queue_item
    on_time = report_submit_for_test().queue_item
    age(late, minutes=30)

    with django_capture_on_commit_callbacks(execute=False) as callbacks:
        assert sla_check()["overdue"] == 1
    assert sla_check()["overdue"] == 0  # the next beat tick doesn't repeat it

    alert = SupervisorAlert.objects.get(kind="overdue")
    assert alert.item == late and not SupervisorAlert.objects.filter(item=on_time).exists()
    assert len(callbacks) == 1
    row = OutboxItem.objects.get(kind="dispatch.supervisor_alert", target_id=alert.pk)
    assert item_deliver(item_id=row.pk) == "sent"
    assert item_deliver(item_id=row.pk) == "skipped"  # idempotent
    assert [m.to for m in mail.outbox] == [["supervisor@example.org"]]
    assert late.report.reference in mail.outbox[0].subject
    assert late.report.narrative not in mail.outbox[0].body


def test_decided_items_are_never_late(dispatcher):
    item = report_submit_for_test().queue_item
    services.queue_item_claim(item_id=item.pk, actor=dispatcher)
    services.queue_item_approve(item_id=item.pk, actor=dispatcher)
    age(item, minutes=60 * 24 * 3)

    assert sla_check() == {"overdue": 0, "still_queued": 0}


def test_still_in_the_queue_message_after_the_configured_wait(settings):
    settings.DISPATCH_STILL_QUEUED_AFTER_MINUTES = 120
    waiting = report_submit_for_test().queue_item
    recent = report_submit_for_test().queue_item
    age(waiting, minutes=121)
    age(recent, minutes=119)

    assert sla_check()["still_queued"] == 1
    assert sla_check()["still_queued"] == 0

    sms = Message.objects.get(kind="still_queued")
    assert sms.report == waiting.report and "still waiting for review" in sms.body
    assert not Message.objects.filter(report=recent.report, kind="still_queued").exists()


def test_never_for_sensitive_categories(settings):
    settings.DISPATCH_STILL_QUEUED_AFTER_MINUTES = 120
    category = CategoryFactory(name="Harassing calls", apco_code="HARR", sensitive=True)
    item = report_submit_for_test(category=category, email="alex@example.org").queue_item
    age(item, minutes=60 * 24)

    assert sla_check()["still_queued"] == 0
    assert not Message.objects.filter(kind="still_queued").exists()  # neither SMS nor email


def test_the_job_is_on_the_beat_schedule(settings):
    entry = settings.CELERY_BEAT_SCHEDULE["dispatch-sla-check"]
    assert entry["task"] == sla_check.name


@pytest.mark.django_db(transaction=True)
def test_the_job_runs_through_a_real_worker(celery_worker, supervisor):
    item = report_submit_for_test().queue_item
    age(item, minutes=30)

    result = sla_check.delay().get(timeout=60)  # generous: the machine may be loaded

    assert result["overdue"] == 1
    assert SupervisorAlert.objects.filter(item=item, kind="overdue").exists()
