"""Reads for the console, the audit browser and the statistics."""

from datetime import datetime, time, timedelta
from statistics import median

from django.db.models import Count, Q
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
        items = items.filter(report__status__in=domain.WORKABLE)
    if category:
        items = items.filter(report__category__translation_key=category)
    if priority:
        items = items.filter(priority=priority)
    if mine:
        items = items.filter(claimed_by=user)
    return items


def queue_version() -> str:
    """Changes whenever any item is added or changes: the poller's cheap 'anything new?'"""
    latest = QueueItem.objects.order_by("-updated_at").values_list("updated_at", flat=True).first()
    return f"{QueueItem.objects.count()}-{latest.timestamp() if latest else 0}"


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


def queue_stats(*, since, until) -> dict:
    """Counts by category and status, and median minutes to claim and to a decision, for items
    queued between two dates (inclusive, in the agency's time zone)."""
    items = QueueItem.objects.filter(
        created_at__gte=_start(since), created_at__lt=_start(until) + timedelta(days=1)
    )
    by_category = list(
        items.values("report__category__name").annotate(n=Count("pk")).order_by("-n")
    )
    by_status = list(items.values("report__status").annotate(n=Count("pk")).order_by("-n"))
    times = list(items.values_list("created_at", "first_claimed_at", "decided_at"))

    def minutes(pairs):
        values = [(end - start).total_seconds() / 60 for start, end in pairs if end]
        return round(median(values), 1) if values else None

    return {
        "total": len(times),
        "by_category": [{"label": r["report__category__name"], "n": r["n"]} for r in by_category],
        "by_status": [{"status": r["report__status"], "n": r["n"]} for r in by_status],
        "median_to_claim": minutes((c, f) for c, f, _d in times),
        "median_to_outcome": minutes((c, d) for c, _f, d in times),
    }
