"""Reads for the console and the audit browser (the statistics are in statistics.py)."""

from datetime import datetime, time, timedelta

from django.db import connection
from django.db.models import Q
from django.utils import timezone

from portal.outbox.selectors import items_needing_attention
from portal.staff.models import AuditEntry
from reporting.models import Category

from . import domain
from .models import QueueItem, SupervisorAlert


def queue_for(user, *, status="", category="", priority="", mine=False):
    """The queue as a CAD pending list: priority first, then the oldest."""
    items = QueueItem.objects.select_related("report__category", "claimed_by").order_by(
        "priority", "created_at", "pk"
    )
    if status == "all":
        pass
    elif status:
        items = items.filter(report__status=status)
    else:
        # closed_at IS NULL first: the (closed_at, priority, created_at) index then yields the
        # workable rows already in queue order, however many closed ones the year has.
        items = items.filter(closed_at__isnull=True, report__status__in=domain.WORKABLE)
    if category:
        items = items.filter(report__category__translation_key=category)
    if priority:
        items = items.filter(priority=priority)
    if mine:
        items = items.filter(claimed_by=user)
    return items


def queue_version() -> str:
    """Changes whenever an item is added, changes or closes, or an open alert comes or goes: the
    console poller's 'anything new?', in one query that reads indexes only (updated_at, the
    open items, the few open alerts), whatever the size of the year's queue."""
    items, alerts = QueueItem._meta.db_table, SupervisorAlert._meta.db_table
    with connection.cursor() as cursor:
        cursor.execute(
            f"SELECT (SELECT max(updated_at) FROM {items}),"  # noqa: S608 - table names only
            f" (SELECT count(*) FROM {items} WHERE closed_at IS NULL),"
            f" (SELECT count(*) FROM {alerts} WHERE acknowledged_at IS NULL),"
            f" (SELECT max(id) FROM {alerts} WHERE acknowledged_at IS NULL)"
        )
        latest, open_items, open_alerts, last_alert = cursor.fetchone()
    stamp = latest.timestamp() if latest else 0
    return f"{stamp}-{open_items}-{open_alerts}-{last_alert or 0}"


def categories_for_filter():
    return Category.objects.filter(locale__language_code="en").order_by("sort_order", "name")


def item_detail(item_id: int) -> QueueItem:
    return QueueItem.objects.select_related(
        "report__category", "report__duplicate_of", "claimed_by"
    ).get(pk=item_id)


def thread_for(report):
    from reporting.messaging.selectors import thread_for_report

    return thread_for_report(report)


def open_alerts():
    return SupervisorAlert.objects.filter(acknowledged_at__isnull=True).select_related(
        "item__report"
    )


def deliveries_needing_attention():
    """Dead and failed outbox rows, newest first, for the supervisors' deliveries page."""
    return items_needing_attention()


def audit_entries(*, actor="", action="", object_id="", since=None, until=None):
    entries = AuditEntry.objects.all()
    if actor:
        entries = entries.filter(actor_label__icontains=actor)
    if action:
        entries = entries.filter(action__startswith=action)
    if object_id:
        entries = entries.filter(Q(object_id=object_id) | Q(object_repr__iexact=object_id))
    if since:
        entries = entries.filter(at__gte=_start(since))
    if until:
        entries = entries.filter(at__lt=_start(until) + timedelta(days=1))
    return entries


def _start(day) -> datetime:
    return timezone.make_aware(datetime.combine(day, time.min))
