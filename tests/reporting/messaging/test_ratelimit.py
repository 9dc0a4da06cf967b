"""The per-sender send rate is shared through Redis, so it holds across workers."""

import pytest
from django.utils import timezone
from limits import parse
from limits.storage import storage_from_string
from limits.strategies import MovingWindowRateLimiter

from reporting.messaging import backends, ratelimit
from reporting.messaging.models import Message
from reporting.messaging.ratelimit import rate_acquire, sender_rate
from reporting.messaging.services import message_queue

from .conftest import REPORTER, deliver, outbox_item_of

pytestmark = pytest.mark.django_db


@pytest.fixture
def slow_sender(settings):
    settings.MESSAGING_RATE_LIMITS = {**settings.MESSAGING_RATE_LIMITS, "long_code": "1/hour"}
    settings.MESSAGING_RATE_LIMIT_PREFIX = "test-rate-slow"
    ratelimit.rate_reset()
    yield settings
    ratelimit.rate_reset()


def test_the_default_rates_are_twilios_per_sender_rates(settings):
    from portal.settings import base

    settings.MESSAGING_RATE_LIMITS = base.MESSAGING_RATE_LIMITS
    for kind, amount in [("long_code", 1), ("toll_free", 3), ("short_code", 100)]:
        settings.MESSAGING_SENDER_TYPE = kind
        assert sender_rate().amount == amount and sender_rate().get_expiry() == 1


def test_a_second_worker_sees_the_first_workers_sends(slow_sender):
    assert rate_acquire(wait=0)
    # Another worker: its own limiter and Redis connection, the same counters.
    other = MovingWindowRateLimiter(storage_from_string(slow_sender.REDIS_URL))
    key = f"{slow_sender.MESSAGING_RATE_LIMIT_PREFIX}:sms:{ratelimit.sender_key()}"

    assert not other.hit(parse("1/hour"), key)
    assert not rate_acquire(wait=0)


def test_a_send_over_the_rate_waits_for_later_instead_of_sending(slow_sender, report):
    first = report.messages.get(channel="sms")
    second = message_queue(report=report, channel="sms", to=REPORTER, body="Second")
    slow_sender.MESSAGING_RATE_LIMIT_WAIT = 0

    assert deliver(first) == "sent"
    assert deliver(second) == "retry"

    second.refresh_from_db()
    assert second.status == Message.Status.PENDING and second.error_code == "rate_limited"
    item = outbox_item_of(second)
    assert item.state == "pending" and item.next_attempt_at > timezone.now()
    assert [m["body"] for m in backends.outbox] == [first.body]
