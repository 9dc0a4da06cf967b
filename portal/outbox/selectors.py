"""Reads for the outbox: what staff must look at, and how far behind delivery is."""

from datetime import timedelta

from django.conf import settings
from django.db.models import QuerySet
from django.utils import timezone

from .models import OutboxItem

State = OutboxItem.State


def items_needing_attention() -> QuerySet[OutboxItem]:
    """Rows that will not be delivered without a person: dead and failed, newest first."""
    return OutboxItem.objects.filter(state__in=[State.DEAD, State.FAILED]).order_by(
        "-finished_at", "-pk"
    )


def items_overdue_count(*, seconds: float | None = None) -> int:
    """Undelivered rows (pending or sending) waiting longer than the threshold."""
    seconds = settings.OUTBOX_HEALTH_AGE_SECONDS if seconds is None else seconds
    cutoff = timezone.now() - timedelta(seconds=seconds)
    return OutboxItem.objects.filter(
        state__in=[State.PENDING, State.SENDING], created_at__lt=cutoff
    ).count()
