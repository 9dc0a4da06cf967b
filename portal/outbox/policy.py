"""The one retry policy: exponential backoff with full jitter, capped, for a fixed number of
attempts (settings.OUTBOX_*). Full jitter so a burst of 429s doesn't retry in lockstep."""

from celery.exceptions import SoftTimeLimitExceeded
from celery.utils.time import get_exponential_backoff_interval
from django.conf import settings
from django.db import InterfaceError, OperationalError


class OutcomeUnknown(Exception):
    """Raised (or used as a base) when the far side may have acted although we saw no answer."""

    outcome_unknown = True


# Transient for every kind, on top of the kind's own tuple: a database blip, or Celery's soft
# limit. The soft limit fires mid-attempt, so its outcome is unknown.
ALWAYS_TRANSIENT: tuple[type[BaseException], ...] = (
    OperationalError,
    InterfaceError,
    SoftTimeLimitExceeded,
    OutcomeUnknown,
)
UNKNOWN_OUTCOME: tuple[type[BaseException], ...] = (SoftTimeLimitExceeded, OutcomeUnknown)


def outcome_unknown(exc: BaseException) -> bool:
    return isinstance(exc, UNKNOWN_OUTCOME) or bool(getattr(exc, "outcome_unknown", False))


def retry_delay(attempts: int) -> int:
    """Seconds before attempt number `attempts + 1`."""
    return max(
        1,
        get_exponential_backoff_interval(
            factor=settings.OUTBOX_RETRY_BACKOFF,
            retries=max(0, attempts - 1),
            maximum=settings.OUTBOX_RETRY_BACKOFF_MAX,
            full_jitter=True,
        ),
    )


def max_attempts(kind_max: int | None) -> int:
    return kind_max or settings.OUTBOX_MAX_ATTEMPTS
