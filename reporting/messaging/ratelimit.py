"""Per-sender send rate, shared by every worker through Redis (the `limits` library).

Twilio queues what a sender can't send yet, but only up to its queue limit, and a burst of
concurrent API calls earns 429s; pacing here keeps both away. The limit counts segments, as a
long code's 1/second does, capped at the window size so one long message can always go.
"""

import time

from django.conf import settings
from limits import parse
from limits.storage import storage_from_string
from limits.strategies import MovingWindowRateLimiter

_limiters: dict[str, MovingWindowRateLimiter] = {}


def _storage_url() -> str:
    return settings.MESSAGING_RATE_LIMIT_STORAGE or settings.REDIS_URL


def _limiter() -> MovingWindowRateLimiter:
    url = _storage_url()
    if url not in _limiters:
        _limiters[url] = MovingWindowRateLimiter(storage_from_string(url))
    return _limiters[url]


def sender_rate(kind: str = "sms"):
    if kind == "call":
        return parse(settings.MESSAGING_CALL_RATE_LIMIT)
    return parse(settings.MESSAGING_RATE_LIMITS[settings.MESSAGING_SENDER_TYPE])


def sender_key() -> str:
    return (
        settings.TWILIO_MESSAGING_SERVICE_SID
        or settings.TWILIO_FROM_NUMBER
        or settings.MESSAGING_BACKEND
    )


def rate_acquire(*, kind: str = "sms", cost: int = 1, wait: float | None = None) -> bool:
    """Take `cost` units of the sender's rate, waiting up to `wait` seconds for room.

    False means there was no room in time: the caller should put the work back for later
    rather than hold a worker.
    """
    limit = sender_rate(kind)
    cost = max(1, min(cost, limit.amount))
    key = f"{settings.MESSAGING_RATE_LIMIT_PREFIX}:{kind}:{sender_key()}"
    limiter = _limiter()
    deadline = time.monotonic() + (settings.MESSAGING_RATE_LIMIT_WAIT if wait is None else wait)
    while True:
        if limiter.hit(limit, key, cost=cost):
            return True
        reset_at = limiter.get_window_stats(limit, key).reset_time
        pause = max(0.01, reset_at - time.time())
        if time.monotonic() + pause > deadline:
            return False
        time.sleep(pause)  # pacing a send to the sender's rate, not synchronising a test


def rate_reset() -> None:
    """Forget every counter (tests, or after changing the sender)."""
    _limiter().storage.reset()
