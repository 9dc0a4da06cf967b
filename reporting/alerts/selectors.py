"""Reads for alerts: what residents see (current, past, the banner) and staff's counts."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from django.conf import settings
from django.core.cache import cache
from django.db.models import Count, Q, QuerySet
from django.utils import timezone

from reporting.messaging.models import Message

from .models import Alert, Neighbourhood


def alerts_current(*, at: datetime | None = None) -> list[Alert]:
    """Active Actual alerts, most severe first, then newest."""
    order = {"Extreme": 0, "Severe": 1, "Moderate": 2, "Minor": 3}
    alerts = list(Alert.objects.public().current(at=at).order_by("-effective", "-pk"))
    alerts.sort(key=lambda a: order.get(a.severity, 4))
    return alerts


def alerts_past(*, at: datetime | None = None, limit: int = 50) -> list[Alert]:
    current = Alert.objects.public().current(at=at).values("pk")
    return list(
        Alert.objects.public()
        .exclude(pk__in=current)
        .exclude(msg_type="Cancel")
        .order_by("-effective", "-pk")[:limit]
    )


def alert_public(*, uid) -> Alert | None:
    return Alert.objects.filter(uid=uid, live=True).select_related("references").first()


def alert_next_change(*, at: datetime | None = None) -> datetime | None:
    """When the set of current alerts next changes by itself (one starts or one expires)."""
    at = at or timezone.now()
    live = Alert.objects.public().exclude(msg_type="Cancel")
    starts = (
        live.filter(effective__gt=at).order_by("effective").values_list("effective", flat=True)[:1]
    )
    ends = live.filter(expires__gt=at).order_by("expires").values_list("expires", flat=True)[:1]
    times = [*starts, *ends]
    return min(times) if times else None


BANNER_KEY = "alerts:banner"


@dataclass
class Banner:
    active: list[Alert]
    next_change: datetime | None


def banner(*, at: datetime | None = None) -> Banner:
    """The site banner's alerts and when that set next changes; at most one query, cached
    briefly (the banner is on every page; publishing clears it, see receivers)."""
    at = at or timezone.now()
    caching = settings.CMS_PAGE_CACHE_SECONDS > 0
    candidates = cache.get(BANNER_KEY) if caching else None
    if candidates is None:
        candidates = list(
            Alert.objects.public()
            .filter(Q(expires__isnull=True) | Q(expires__gt=at))
            .exclude(msg_type="Cancel")
            .exclude(updates__live=True)
            .order_by("-effective", "-pk")
        )
        if caching:
            cache.set(BANNER_KEY, candidates, timeout=settings.CMS_PAGE_CACHE_SECONDS)
    active, changes = [], []
    for alert in candidates:
        if alert.expires is not None and alert.expires <= at:
            continue
        if alert.effective <= at:
            active.append(alert)
            if alert.expires:
                changes.append(alert.expires)
        else:
            changes.append(alert.effective)
    order = {"Extreme": 0, "Severe": 1, "Moderate": 2, "Minor": 3}
    active.sort(key=lambda a: order.get(a.severity, 4))
    return Banner(active=active, next_change=min(changes) if changes else None)


def banner_forget() -> None:
    cache.delete(BANNER_KEY)


def neighbourhoods_all() -> QuerySet[Neighbourhood]:
    return Neighbourhood.objects.order_by("name")


@dataclass
class DeliveryCounts:
    alert: Alert
    queued: int
    sent: int
    delivered: int
    failed: int
    opted_out: int


S = Message.Status


def delivery_counts(*, limit: int = 50) -> list[DeliveryCounts]:
    """Per published alert: queued, sent, delivered, failed and opted out, in one query."""
    opted_codes = ("21610", "opted_out")
    alerts = (
        Alert.objects.filter(live=True)
        .annotate(
            n_queued=Count(
                "deliveries",
                filter=Q(deliveries__message__status__in=[S.PENDING, S.SENDING]),
            ),
            n_sent=Count("deliveries", filter=Q(deliveries__message__status=S.SENT)),
            n_delivered=Count("deliveries", filter=Q(deliveries__message__status=S.DELIVERED)),
            n_failed=Count(
                "deliveries",
                filter=Q(deliveries__message__status__in=[S.FAILED, S.UNDELIVERED])
                & ~Q(deliveries__message__error_code__in=opted_codes),
            ),
            n_opted_out=Count(
                "deliveries",
                filter=Q(deliveries__opted_out=True)
                | Q(deliveries__message__error_code__in=opted_codes),
            ),
        )
        .order_by("-first_published_at", "-pk")[:limit]
    )
    return [
        DeliveryCounts(a, a.n_queued, a.n_sent, a.n_delivered, a.n_failed, a.n_opted_out)
        for a in alerts
    ]
