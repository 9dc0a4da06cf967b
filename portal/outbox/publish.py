"""Queuing an item's delivery task. Never blocks a request and never raises.

The task is looked up by name in Celery's registry, so this module needs nothing from
tasks.py (no import circle), and sent with `ignore_result` so publishing never waits on the
result backend. With the broker down the publish gives up after OUTBOX_PUBLISH_RETRY's short
retries and the sweep sends the row later.
"""

import logging

from django.conf import settings
from django.db import transaction

from portal.celery import app

from .registry import UnknownKind, kind_get

logger = logging.getLogger(__name__)

DELIVER_TASK = "outbox.deliver"


def item_publish(*, item_id: int, kind: str, countdown: float | None = None) -> bool:
    """Queue the delivery of one row now; False when the broker refused (the sweep retries)."""
    try:
        queue = kind_get(kind).queue
    except UnknownKind:
        queue = None
    options = {"queue": queue} if queue else {}
    if countdown:
        if app.conf.task_always_eager:
            # The demo runs tasks inline: a retry now would only fail again at once. The row
            # waits for the sweep (or a staff retry) instead.
            return False
        options["countdown"] = countdown
    try:
        app.tasks[DELIVER_TASK].apply_async(
            args=[item_id],
            ignore_result=True,
            retry=True,
            retry_policy=settings.OUTBOX_PUBLISH_RETRY,
            **options,
        )
    except Exception:  # any broker failure: the row is committed and the sweep will queue it
        logger.warning("Could not queue outbox item %s; the sweep will send it", item_id)
        return False
    return True


def item_publish_on_commit(*, item_id: int, kind: str) -> None:
    transaction.on_commit(lambda: item_publish(item_id=item_id, kind=kind))
