"""Celery tasks: they take ids, re-read rows and are safe to run twice."""

import logging

from celery import shared_task
from celery.utils.time import get_exponential_backoff_interval
from django.conf import settings

from . import delivery
from .errors import PermanentSendError, TransientSendError
from .models import Message

logger = logging.getLogger(__name__)

# Only these are retried; anything else is a bug and should surface, not loop.
TRANSIENT_ERRORS = (TransientSendError,)


def retry_countdown(retries: int) -> int:
    """Exponential backoff with full jitter, so a burst of 429s doesn't retry in lockstep."""
    return max(
        1,
        get_exponential_backoff_interval(
            factor=settings.MESSAGING_RETRY_BACKOFF,
            retries=retries,
            maximum=settings.MESSAGING_RETRY_BACKOFF_MAX,
            full_jitter=True,
        ),
    )


@shared_task(
    bind=True,
    name="messaging.message_send",
    acks_late=True,
    soft_time_limit=30,
    time_limit=60,
    max_retries=None,  # counted against settings.MESSAGING_SEND_MAX_RETRIES below
)
def message_send(self, message_id: int) -> str:
    """Send one outbox row. A row that left 'pending' or has a SID is not sent again."""
    try:
        return delivery.message_deliver(message_id=message_id)
    except TRANSIENT_ERRORS as exc:
        if self.request.retries >= settings.MESSAGING_SEND_MAX_RETRIES:
            message = Message.objects.get(pk=message_id)
            delivery.message_fail(message=message, error=exc)
            logger.warning(
                "Message %s failed after %s attempts: %s", message_id, message.attempts, exc
            )
            return "failed"
        countdown = retry_countdown(self.request.retries)
        # The sweep leaves the row alone until just after the retry is due.
        delivery.message_retry_at(
            message_id=message_id, seconds=countdown + settings.MESSAGING_SWEEP_GRACE_SECONDS
        )
        raise self.retry(exc=exc, countdown=countdown, max_retries=None) from exc


@shared_task(name="messaging.outbox_sweep", soft_time_limit=50, time_limit=60)
def outbox_sweep() -> dict:
    """Celery beat runs this every minute: it queues what never reached the broker."""
    return delivery.outbox_sweep()


@shared_task(
    bind=True,
    name="messaging.message_media_save",
    acks_late=True,
    soft_time_limit=60,
    time_limit=90,
    max_retries=None,
)
def message_media_save(self, message_id: int) -> int:
    try:
        return delivery.message_media_save(message_id=message_id)
    except TRANSIENT_ERRORS as exc:
        if self.request.retries >= settings.MESSAGING_SEND_MAX_RETRIES:
            logger.warning("Gave up fetching media for message %s: %s", message_id, exc)
            delivery.message_media_abandon(message_id=message_id)
            return 0
        raise self.retry(exc=exc, countdown=retry_countdown(self.request.retries)) from exc
    except PermanentSendError as exc:
        logger.warning("Media for message %s cannot be fetched: %s", message_id, exc)
        delivery.message_media_abandon(message_id=message_id)
        return 0
