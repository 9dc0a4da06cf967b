"""Writes for the outbox: add a row, deliver one, sweep for lost ones, retry one by hand.

The delivery rules, in one place for every kind:
- a row is claimed with SELECT ... FOR UPDATE SKIP LOCKED (pending and due, or stuck in
  "sending" past the hard time limit), so two workers never run the same row;
- a row whose previous attempt has an unknown outcome is reconciled with the provider first
  (the kind's `reconcile`), and only done again if the provider has no record of it;
- the kind's transient errors (plus a few that are transient for everyone, see policy.py) are
  retried with backoff and jitter; anything else fails the row at once;
- after the last attempt the row is marked dead here, and only here, and `item_dead` is sent.
"""

from __future__ import annotations

import logging
from datetime import timedelta

from django.conf import settings
from django.db import transaction
from django.db.models import Q
from django.db.models.constants import OnConflict
from django.utils import timezone

from . import policy
from .models import OutboxItem
from .publish import item_publish, item_publish_on_commit
from .registry import Kind, UnknownKind, kind_get
from .signals import item_dead

logger = logging.getLogger(__name__)

State = OutboxItem.State
# A copy of the task that arrives this early for a row waiting on a retry is left alone: the
# copy scheduled for the retry (or the sweep) will come.
EARLY_TOLERANCE = timedelta(seconds=2)


def outbox_add(
    *,
    kind: str,
    key: str,
    target_id: int | None = None,
    payload: dict | None = None,
    not_before=None,
) -> OutboxItem:
    """Write a side effect in the caller's transaction; it is queued once that commits.

    The key makes it idempotent: adding the same key again returns the existing row and queues
    nothing. `not_before` (a datetime) holds a row back: nothing is queued now, and the sweep
    queues it once it is due (within OUTBOX_SWEEP_GRACE_SECONDS and a sweep's minute), so a
    delay survives a broker restart without a long countdown sitting in the broker.
    """
    kind_get(kind)  # fail inside the business transaction, not later in a worker
    item = OutboxItem(kind=kind, key=key[:200], target_id=target_id, payload=payload or {})
    later = not_before is not None and not_before > item.next_attempt_at
    if later:
        item.next_attempt_at = not_before
    # One round trip and no savepoint: INSERT ... ON CONFLICT (key) DO NOTHING RETURNING id.
    # A row already holding the key returns nothing, and that row is the answer.
    fields = [f for f in OutboxItem._meta.concrete_fields if not f.primary_key]
    rows = OutboxItem.objects._insert(
        [item],
        fields=fields,
        returning_fields=[OutboxItem._meta.pk],
        on_conflict=OnConflict.IGNORE,
    )
    if not rows or rows[0] is None:
        return OutboxItem.objects.get(key=item.key)
    item.pk = rows[0][0]
    item._state.adding = False
    item._state.db = OutboxItem.objects.db
    if not later:
        item_publish_on_commit(item_id=item.pk, kind=kind)
    return item


def _claim(item_id: int) -> OutboxItem | None:
    now = timezone.now()
    stale = now - timedelta(seconds=settings.OUTBOX_SENDING_STALE_SECONDS)
    with transaction.atomic():
        item = (
            OutboxItem.objects.select_for_update(skip_locked=True)
            .filter(pk=item_id)
            .filter(
                Q(state=State.PENDING, next_attempt_at__lte=now + EARLY_TOLERANCE)
                | Q(state=State.SENDING, attempt_started_at__lt=stale)
            )
            .first()
        )
        if item is None:
            return None
        if item.state == State.SENDING:
            # The worker that started this attempt died, or was killed at the hard limit:
            # nobody knows whether the far side acted.
            logger.warning("Outbox item %s was left in 'sending'; reconciling first", item_id)
            item.outcome_unknown_since = min(
                filter(None, [item.outcome_unknown_since, item.attempt_started_at])
            )
        item.state = State.SENDING
        item.attempts += 1
        item.attempt_started_at = now
        item.save(
            update_fields=[
                "state",
                "attempts",
                "attempt_started_at",
                "outcome_unknown_since",
                "updated_at",
            ]
        )
    return item


def item_deliver(*, item_id: int) -> str:
    """Run one row's kind once. Returns what happened: skipped, sent, reconciled, retry,
    failed or dead."""
    item = _claim(item_id)
    if item is None:
        return "skipped"
    try:
        kind = kind_get(item.kind)
    except UnknownKind:
        _give_up(item, state=State.FAILED, error=f"no handler for kind {item.kind}", code="kind")
        return "failed"
    try:
        if item.outcome_unknown_since and kind.reconcile:
            ref = kind.reconcile(item)
            if ref:
                _finish(item, ref=ref)
                return "reconciled"
        ref = kind.handler(item)
    except kind.transient + policy.ALWAYS_TRANSIENT as exc:
        return _retry_or_die(item, kind, exc)
    except Exception as exc:  # anything the kind doesn't call transient fails at once
        logger.warning("Outbox item %s (%s) failed: %s", item.pk, item.kind, exc)
        _give_up(item, state=State.FAILED, error=str(exc) or type(exc).__name__, code=_code(exc))
        return "failed"
    _finish(item, ref=ref or "")
    return "sent"


def _code(exc: BaseException) -> str:
    return str(getattr(exc, "code", "") or type(exc).__name__)[:40]


def _finish(item: OutboxItem, *, ref: str) -> None:
    now = timezone.now()
    OutboxItem.objects.filter(pk=item.pk, state=State.SENDING, attempts=item.attempts).update(
        state=State.SENT,
        provider_ref=(ref or "")[:64],
        finished_at=now,
        updated_at=now,
        last_error="",
        error_code="",
    )


def _retry_or_die(item: OutboxItem, kind: Kind, exc: BaseException) -> str:
    error, code = str(exc) or type(exc).__name__, _code(exc)
    if item.attempts >= policy.max_attempts(kind.max_attempts):
        logger.error("Outbox item %s (%s) is dead after %s attempts", item.pk, item.kind, error)
        _give_up(item, state=State.DEAD, error=error, code=code)
        return "dead"
    now = timezone.now()
    delay = policy.retry_delay(item.attempts)
    unknown_since = item.outcome_unknown_since
    if policy.outcome_unknown(exc):
        unknown_since = min(filter(None, [unknown_since, item.attempt_started_at]))
    # Conditional on this attempt: if the sweep revived the row meanwhile, it is not ours.
    updated = OutboxItem.objects.filter(
        pk=item.pk, state=State.SENDING, attempts=item.attempts
    ).update(
        state=State.PENDING,
        next_attempt_at=now + timedelta(seconds=delay),
        outcome_unknown_since=unknown_since,
        last_error=error[:2000],
        error_code=code,
        updated_at=now,
    )
    if updated:
        item_publish(item_id=item.pk, kind=item.kind, countdown=delay)
    return "retry"


def _give_up(item: OutboxItem, *, state: str, error: str, code: str) -> None:
    now = timezone.now()
    updated = OutboxItem.objects.filter(
        pk=item.pk, state=State.SENDING, attempts=item.attempts
    ).update(
        state=state,
        last_error=error[:2000],
        error_code=code[:40],
        finished_at=now,
        updated_at=now,
    )
    if not updated:
        return
    item.refresh_from_db()
    try:
        kind = kind_get(item.kind)
    except UnknownKind:
        kind = None
    if kind and kind.on_give_up:
        try:
            kind.on_give_up(item)
        except Exception:  # the row's state is recorded; its consequences are best effort
            logger.exception("on_give_up for outbox item %s failed", item.pk)
    if state == State.DEAD:
        for receiver, result in item_dead.send_robust(sender=OutboxItem, item=item):
            if isinstance(result, Exception):
                logger.error("item_dead receiver %r failed: %s", receiver, result)


def outbox_sweep() -> dict:
    """Beat, every minute: queue again what the broker lost. Pending rows past their due time
    and the grace period, and rows stuck in 'sending' past the hard time limit (their claim
    marks the outcome unknown, so they are reconciled before anything is sent again)."""
    now = timezone.now()
    grace = now - timedelta(seconds=settings.OUTBOX_SWEEP_GRACE_SECONDS)
    stale = now - timedelta(seconds=settings.OUTBOX_SENDING_STALE_SECONDS)
    batch = settings.OUTBOX_SWEEP_BATCH
    due = list(
        OutboxItem.objects.filter(state=State.PENDING, next_attempt_at__lte=grace)
        .order_by("next_attempt_at")
        .values_list("pk", "kind")[:batch]
    )
    stuck = list(
        OutboxItem.objects.filter(state=State.SENDING, attempt_started_at__lt=stale)
        .order_by("attempt_started_at")
        .values_list("pk", "kind")[:batch]
    )
    for pk, kind in due + stuck:
        item_publish(item_id=pk, kind=kind)
    return {"queued": len(due), "stuck": len(stuck)}


@transaction.atomic
def item_retry(*, item_id: int) -> OutboxItem:
    """A person asked for a failed or dead row to be tried again, now, with fresh attempts."""
    item = OutboxItem.objects.select_for_update().get(pk=item_id)
    if item.state not in (State.FAILED, State.DEAD):
        raise ValueError(f"outbox item {item_id} is {item.state}, not failed or dead")
    OutboxItem.objects.filter(pk=item.pk).update(
        state=State.PENDING,
        attempts=0,
        next_attempt_at=timezone.now(),
        finished_at=None,
        updated_at=timezone.now(),
    )
    item_publish_on_commit(item_id=item.pk, kind=item.kind)
    item.refresh_from_db()
    return item
