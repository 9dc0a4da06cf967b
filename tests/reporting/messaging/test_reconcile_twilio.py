"""No duplicate text after a Twilio timeout or 5xx, through the real SDK and the recording fake.

The fake (tests/support/twilio_fake.py) forwards each create to Prism, records what Twilio
"accepted", and answers Twilio's Messages list from that record, which is what reconciliation
asks before a resend.
"""

import pytest

from reporting.messaging.models import Message
from tests.support.processes import wait_until

from .conftest import REPORTER, deliver, outbox_item_of

pytestmark = [pytest.mark.prism, pytest.mark.django_db]

# Every request goes through the fake to Prism, which a loaded machine can slow past a second:
# only the attempt that is meant to time out gets a short client timeout, and its answer comes
# long after that, however late the client starts waiting.
TIMEOUT = 30
SHORT_TIMEOUT = 1
TOO_LATE = 60


@pytest.fixture
def twilio(settings, twilio_fake):
    settings.MESSAGING_BACKEND = "twilio"
    settings.TWILIO_HTTP_TIMEOUT = TIMEOUT
    return twilio_fake


def deliver_answered_too_late(sms, twilio, settings) -> str:
    """One attempt whose answer comes after the client gave up. Returns once the fake has
    recorded the text: Twilio took it, even if Prism (behind the fake) answered the fake late."""
    twilio.slow(TOO_LATE)
    settings.TWILIO_HTTP_TIMEOUT = SHORT_TIMEOUT
    try:
        result = deliver(sms)
    finally:
        settings.TWILIO_HTTP_TIMEOUT = TIMEOUT
    wait_until(lambda: twilio.sent_to(REPORTER), timeout=60, what="the fake to record the text")
    return result


def test_an_answer_after_the_client_timeout_is_found_not_resent(twilio, report, settings):
    sms = report.messages.get(channel="sms")

    # Accepted at once, answered after the client timeout.
    assert deliver_answered_too_late(sms, twilio, settings) == "retry"
    sms.refresh_from_db()
    assert sms.error_code == "timeout" and sms.provider_sid is None
    assert outbox_item_of(sms).outcome_unknown_since is not None

    assert deliver(sms) == "reconciled"

    [sent] = twilio.sent_to(REPORTER)
    sms.refresh_from_db()
    assert sms.status == Message.Status.SENT and sms.provider_sid == sent.sid
    assert outbox_item_of(sms).provider_ref == sent.sid


def test_a_message_still_in_twilios_queue_is_found_not_resent(twilio, report, settings):
    # At a long code's pace a message can wait minutes in Twilio's queue with no date_sent, and
    # Twilio's DateSent filters skip it: reconciliation must not rely on them.
    twilio.queued_for = 600
    sms = report.messages.get(channel="sms")

    assert deliver_answered_too_late(sms, twilio, settings) == "retry"
    assert deliver(sms) == "reconciled"

    [sent] = twilio.sent_to(REPORTER)
    sms.refresh_from_db()
    assert sms.provider_sid == sent.sid


def test_429_and_500_then_201_sends_exactly_once(twilio, report):
    twilio.fail(429, 500)
    sms = report.messages.get(channel="sms")

    assert deliver(sms) == "retry"  # 429: Twilio refused it, known not sent
    assert deliver(sms) == "retry"  # 500: unknown, so the next attempt asks first
    assert outbox_item_of(sms).outcome_unknown_since is not None
    assert deliver(sms) == "sent"  # asked, found nothing, sent

    [sent] = twilio.sent_to(REPORTER)
    sms.refresh_from_db()
    assert sms.provider_sid == sent.sid and sms.attempts == 3
    lists = [r for r in twilio.requests if r.get("method") == "GET"]
    assert lists, "Twilio's Messages list was not asked before the resend"


def test_a_different_text_to_the_same_number_is_not_taken_for_this_one(twilio, report):
    from reporting.messaging.services import message_queue

    other = message_queue(report=report, channel="sms", to=REPORTER, body="Another text")
    assert deliver(other) == "sent"
    twilio.fail(500)
    sms = report.messages.get(channel="sms", kind="receipt")

    assert deliver(sms) == "retry"
    assert deliver(sms) == "sent"
    assert sorted(m.body for m in twilio.sent_to(REPORTER)) == sorted(["Another text", sms.body])
