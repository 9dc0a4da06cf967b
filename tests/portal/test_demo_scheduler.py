"""The demo's in-process scheduler: beat's jobs run without a broker or a second command."""

from datetime import timedelta

import pytest
from django.conf import settings
from django.utils import timezone

from dispatch_bridge.models import QueueItem, SupervisorAlert
from portal.celery import app
from portal.demo.scheduler import Scheduler, run_celery_task
from tests.factories import report_submit_for_test


class Clock:
    def __init__(self):
        self.now = 1000.0

    def __call__(self):
        return self.now


def test_each_job_runs_soon_after_start_then_at_its_own_interval():
    clock, ran = Clock(), []
    schedule = {"fast": {"task": "a", "schedule": 60.0}, "slow": {"task": "b", "schedule": 300.0}}
    scheduler = Scheduler(schedule, lambda name, entry: ran.append(name), clock=clock)

    assert scheduler.run_due() == []
    clock.now += 5
    assert scheduler.run_due() == ["fast", "slow"]
    clock.now += 60
    assert scheduler.run_due() == ["fast"]
    clock.now += 240
    assert scheduler.run_due() == ["fast", "slow"]
    assert ran == ["fast", "slow", "fast", "fast", "slow"]


def test_a_failing_job_does_not_stop_the_others(caplog):
    clock = Clock()

    def run(name, entry):
        if name == "broken":
            raise RuntimeError("boom")

    schedule = {"broken": {"task": "a", "schedule": 60.0}, "fine": {"task": "b", "schedule": 60}}
    scheduler = Scheduler(schedule, run, clock=clock, first_run_after=0)

    assert scheduler.run_due() == ["fine"]
    assert "Periodic job broken failed" in caplog.text


def test_every_beat_job_names_a_registered_task():
    app.loader.import_default_modules()
    for name, entry in settings.CELERY_BEAT_SCHEDULE.items():
        assert entry["task"] in app.tasks, name


@pytest.mark.django_db
def test_the_sla_check_runs_through_the_scheduler_and_alerts_the_supervisor():
    item = report_submit_for_test().queue_item
    past = timezone.now() - timedelta(hours=2)
    QueueItem.objects.filter(pk=item.pk).update(created_at=past, due_at=past)

    result = run_celery_task(
        "dispatch-sla-check", settings.CELERY_BEAT_SCHEDULE["dispatch-sla-check"]
    )

    assert result["overdue"] == 1
    assert SupervisorAlert.objects.filter(item=item, kind="overdue").exists()
