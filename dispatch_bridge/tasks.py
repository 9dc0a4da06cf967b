"""Beat jobs for the queue: the SLA check, and the statistics' summary table.

Supervisor alerts and the EIDO push are outbox rows (deliveries.py, outbox_kinds.py); the SLA
job only writes rows, in the transaction that marks the item, so a second beat tick never
alerts or messages twice.
"""

import logging
from datetime import timedelta

from celery import shared_task
from django.conf import settings
from django.db import transaction
from django.utils import timezone

from reporting.messaging.services import reporter_notify

from . import domain, statistics
from .models import QueueItem, SupervisorAlert
from .services import supervisor_alert_raise

log = logging.getLogger(__name__)


@shared_task(name="dispatch_bridge.sla_check", soft_time_limit=50, time_limit=58)
def sla_check() -> dict:
    """Run by beat every minute: alert supervisors about items past due, and tell reporters
    whose report is still waiting after the configured time (never for sensitive categories)."""
    now = timezone.now()
    undecided = QueueItem.objects.filter(
        decided_at__isnull=True, closed_at__isnull=True, report__status__in=domain.PENDING
    )
    overdue = 0
    for item_id in undecided.filter(due_at__lt=now, overdue_alerted_at__isnull=True).values_list(
        "pk", flat=True
    ):
        with transaction.atomic():
            # Conditional update: a concurrent run (two beats by mistake) alerts once.
            if QueueItem.objects.filter(pk=item_id, overdue_alerted_at__isnull=True).update(
                overdue_alerted_at=now
            ):
                supervisor_alert_raise(item_id=item_id, kind=SupervisorAlert.Kind.OVERDUE)
                overdue += 1

    wait = timedelta(minutes=settings.DISPATCH_STILL_QUEUED_AFTER_MINUTES)
    still = 0
    waiting = undecided.filter(
        created_at__lt=now - wait,
        still_queued_sent_at__isnull=True,
        report__category__sensitive=False,
    )
    for item_id in waiting.values_list("pk", flat=True):
        with transaction.atomic():
            if QueueItem.objects.filter(pk=item_id, still_queued_sent_at__isnull=True).update(
                still_queued_sent_at=now
            ):
                item = QueueItem.objects.select_related("report__category").get(pk=item_id)
                reporter_notify(report=item.report, kind="still_queued")
                still += 1
    return {"overdue": overdue, "still_queued": still}


@shared_task(name="dispatch_bridge.statistics_refresh", soft_time_limit=120, time_limit=150)
def statistics_refresh() -> list[str]:
    """Run by beat every five minutes: the statistics page's usual ranges, computed once."""
    return [str(snapshot) for snapshot in statistics.snapshot_refresh()]
