"""The recording Twilio fake: the tests of SMS delivery count on what it says was sent."""

from datetime import UTC, datetime, timedelta

import pytest
import requests
from django.conf import settings
from twilio.base.exceptions import TwilioRestException

from reporting.messaging.twilio_backend import get_twilio_client
from tests.support.processes import wait_until

pytestmark = pytest.mark.prism

TO, OTHER = "+12025550101", "+12025550102"


def send(to=TO, body="Your report was received."):
    return get_twilio_client().messages.create(to=to, from_=settings.TWILIO_FROM_NUMBER, body=body)


def test_an_accepted_message_is_recorded_with_its_own_sid(twilio_fake):
    first, second = send(), send(OTHER, "Second")

    assert first.sid != second.sid and first.sid.startswith("SM") and len(first.sid) == 34
    assert first.to == TO and first.body == "Your report was received."
    assert first.date_sent is not None
    [a, b] = twilio_fake.messages
    assert (a.sid, a.to, a.from_, a.body) == (
        first.sid,
        TO,
        settings.TWILIO_FROM_NUMBER,
        first.body,
    )
    assert (b.sid, b.to) == (second.sid, OTHER)
    assert [m.sid for m in twilio_fake.sent_to(OTHER)] == [second.sid]


def test_a_request_prism_refuses_is_not_recorded(twilio_fake):
    with pytest.raises(TwilioRestException) as caught:
        get_twilio_client().messages.create(
            to=TO, from_="+15005550006", status_callback="not a url"
        )
    assert caught.value.status in (400, 422)  # 400 when the error overlay declares one
    assert twilio_fake.messages == []


def test_the_messages_list_answers_from_what_was_sent(twilio_fake):
    before = datetime.now(UTC) - timedelta(seconds=1)
    sent = [send(), send(OTHER), send(body="Update")]
    client = get_twilio_client()

    found = client.messages.list(to=TO, from_=settings.TWILIO_FROM_NUMBER, date_sent_after=before)
    assert [m.sid for m in found] == [sent[2].sid, sent[0].sid]  # newest first, like Twilio
    assert [m.body for m in found] == ["Update", "Your report was received."]

    assert client.messages.list(to=TO, from_="+15005550009") == []
    later = datetime.now(UTC) + timedelta(seconds=2)
    assert client.messages.list(to=TO, date_sent_after=later) == []
    assert len(client.messages.list(date_sent_after=before.date())) == 3


def test_the_list_pages_like_twilio(twilio_fake):
    sids = {send(body=f"n{i}").sid for i in range(5)}
    found = get_twilio_client().messages.list(to=TO, page_size=2)
    assert {m.sid for m in found} == sids and len(found) == 5


def test_errors_then_success(twilio_fake):
    twilio_fake.fail(429, 500)

    with pytest.raises(TwilioRestException) as first:
        send()
    with pytest.raises(TwilioRestException) as second:
        send()
    third = send()

    assert (first.value.status, first.value.code) == (429, 20429)
    assert (second.value.status, second.value.code) == (500, 20500)
    assert [m.sid for m in twilio_fake.messages] == [third.sid]


def test_errors_for_one_number_leave_the_others_alone(twilio_fake):
    twilio_fake.fail(503, to=OTHER)

    send()
    with pytest.raises(TwilioRestException):
        send(OTHER)
    send(OTHER)

    assert [m.to for m in twilio_fake.messages] == [TO, OTHER]


def test_a_slow_answer_times_out_but_the_message_was_sent(twilio_fake):
    # The answer comes a minute late, so the 0.5 s client timeout fires however late the
    # client starts waiting on a loaded machine.
    twilio_fake.slow(60)
    url = twilio_fake.url + f"/2010-04-01/Accounts/{settings.TWILIO_ACCOUNT_SID}/Messages.json"
    data = {"To": TO, "From": settings.TWILIO_FROM_NUMBER, "Body": "Slow"}
    auth = (settings.TWILIO_ACCOUNT_SID, settings.TWILIO_AUTH_TOKEN)

    with pytest.raises(requests.Timeout):
        requests.post(url, data=data, auth=auth, timeout=0.5)

    # The fake records the message once Prism has validated it, which a loaded machine can
    # make later than the client's half second.
    wait_until(lambda: twilio_fake.messages, timeout=60, what="the fake to record the text")
    [sent] = twilio_fake.messages
    assert sent.body == "Slow" and not sent.answered
    # The reconciliation a sender does next finds it.
    [found] = get_twilio_client().messages.list(to=TO)
    assert found.sid == sent.sid


def test_calls_are_recorded_apart_from_messages(twilio_fake):
    call = get_twilio_client().calls.create(
        to=TO, from_=settings.TWILIO_FROM_NUMBER, url="https://example.org/twiml"
    )
    [recorded] = twilio_fake.calls
    assert recorded.sid == call.sid and call.sid.startswith("CA")
    assert recorded.body == "https://example.org/twiml"
    assert twilio_fake.messages == []


def test_a_message_still_queued_has_no_date_sent_and_escapes_date_sent_filters(twilio_fake):
    twilio_fake.queued_for = 60  # a long code's queue on a busy day
    before = datetime.now(UTC) - timedelta(seconds=1)
    sent = send()
    client = get_twilio_client()

    assert client.messages.list(to=TO, date_sent_after=before) == []
    [found] = client.messages.list(to=TO)
    assert found.sid == sent.sid and found.date_sent is None and found.status == "queued"

    twilio_fake.queued_for = 0.0  # it left the queue
    assert [m.sid for m in client.messages.list(to=TO, date_sent_after=before)] == [sent.sid]
