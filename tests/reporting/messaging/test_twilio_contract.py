"""The outbox through the real twilio SDK against Prism serving Twilio's own OpenAPI spec.

Prism answers with the spec's examples; error responses come from the test-only overlay,
chosen per request with a `Prefer` header. `twilio_http.sent` records what the SDK sent.
"""

import pytest

from reporting.messaging.models import Message, OptOut
from reporting.messaging.services import call_back_start, message_queue
from tests.factories import report_submit_for_test

from .conftest import (
    AGENCY_VOICE,
    REPORTER,
    STAFF_PHONE,
    deliver,
    deliver_until_done,
    outbox_item_of,
)

pytestmark = [pytest.mark.prism, pytest.mark.django_db]


@pytest.fixture
def twilio(settings, twilio_http):
    settings.MESSAGING_BACKEND = "twilio"
    settings.TWILIO_WEBHOOK_BASE_URL = "https://report.example.org"
    return twilio_http


def prefer_in_turn(monkeypatch, http, *prefers):
    """Answer the n-th request with the n-th Prefer header, then normally (201)."""
    pending = list(prefers)
    original = http.request

    def request(*args, **kwargs):
        http.extra_headers.pop("Prefer", None)
        if pending:
            http.extra_headers["Prefer"] = pending.pop(0)
        return original(*args, **kwargs)

    monkeypatch.setattr(http, "request", request)


def creates(http, resource="Messages.json"):
    return [s for s in http.sent if s["method"] == "POST" and s["path"].endswith(resource)]


def test_a_queued_receipt_is_created_at_twilio_once(twilio, report):
    sms = report.messages.get(channel="sms")

    assert deliver(sms) == "sent"
    assert deliver(sms) == "skipped"  # a delivered row is never sent again

    sms.refresh_from_db()
    assert sms.status == Message.Status.SENT
    assert sms.provider_sid.startswith("SM") and len(sms.provider_sid) == 34
    [sent] = creates(twilio)
    assert sent["data"]["To"] == REPORTER
    assert sent["data"]["From"] == "+15005550006"
    assert report.reference in sent["data"]["Body"]
    assert sent["data"]["Body"].endswith("Reply STOP to opt out.")
    assert sent["data"]["StatusCallback"] == "https://report.example.org/twilio/sms/status/"


def test_a_call_back_creates_a_call_to_the_dispatcher_that_then_dials_the_reporter(
    twilio, report, dispatcher
):
    call = call_back_start(report=report, user=dispatcher, mode="voice")

    assert deliver(call) == "sent"

    call.refresh_from_db()
    assert call.status == Message.Status.SENT and call.provider_sid.startswith("CA")
    [sent] = creates(twilio, "Calls.json")
    assert sent["data"]["To"] == STAFF_PHONE
    assert sent["data"]["From"] == AGENCY_VOICE
    assert sent["data"]["Url"] == f"https://report.example.org/twilio/voice/connect/{call.pk}/"
    assert sent["data"]["StatusCallback"] == "https://report.example.org/twilio/voice/status/"
    assert call.connect_to == REPORTER


@pytest.mark.parametrize("prefer", ["code=429", "code=500", "code=503"])
def test_transient_errors_are_retried_and_then_succeed(twilio, report, monkeypatch, prefer):
    prefer_in_turn(monkeypatch, twilio, prefer)
    sms = report.messages.get(channel="sms")

    assert deliver(sms) == "retry"
    assert deliver_until_done(sms) in ("sent", "reconciled")

    sms.refresh_from_db()
    assert sms.status == Message.Status.SENT and sms.provider_sid
    assert sms.attempts == 2
    assert len(creates(twilio)) == 2
    assert sms.error_code == ""


def test_transient_errors_end_dead_after_the_configured_attempts(twilio, report, settings):
    settings.OUTBOX_MAX_ATTEMPTS = 3
    twilio.extra_headers["Prefer"] = "code=500"
    sms = report.messages.get(channel="sms")

    assert deliver_until_done(sms) == "dead"

    sms.refresh_from_db()
    assert sms.status == Message.Status.FAILED
    assert sms.attempts == 1 and sms.provider_sid is None  # one send was tried
    # A 500 may hide a sent text: every later attempt asked Twilio's record first, and while
    # Twilio could not answer that either, nothing was sent again.
    assert len(creates(twilio)) == 1
    assert sms.error_code == "reconcile"
    item = outbox_item_of(sms)
    assert item.state == "dead" and item.attempts == 3


@pytest.mark.parametrize(
    ("example", "code", "reason"),
    [
        ("opted_out", "21610", "opted out"),
        ("invalid_to", "21211", "not valid"),
        ("not_mobile", "21614", "not a mobile number"),
    ],
)
def test_permanent_errors_fail_at_once_show_why_and_fall_back_to_email(
    twilio, example, code, reason
):
    report = report_submit_for_test(phone=REPORTER, email="alex@example.org")
    # The receipt's own email went already; a hand-off to email must not duplicate it.
    report.messages.filter(channel="email").update(status="sent")
    manual = message_queue(
        report=report, channel="sms", to=REPORTER, body="Are you home?", automatic=False
    )
    twilio.extra_headers["Prefer"] = f"code=400, example={example}"

    assert deliver(manual) == "failed"

    manual.refresh_from_db()
    assert manual.status == Message.Status.FAILED
    assert manual.error_code == code and manual.attempts == 1
    assert reason in manual.error_reason
    assert len(creates(twilio)) == 1  # never retried
    fallback = report.messages.get(channel="email", kind="")
    assert fallback.to == "alex@example.org" and "Are you home?" in fallback.body
    assert OptOut.objects.filter(phone=REPORTER).exists() == (code == "21610")


def test_an_opt_out_stops_every_later_text_without_asking_twilio(twilio, report):
    twilio.extra_headers["Prefer"] = "code=400, example=opted_out"
    receipt = report.messages.get(channel="sms")
    deliver(receipt)
    twilio.extra_headers.clear()
    later = message_queue(report=report, channel="sms", to=REPORTER, body="Update")

    assert deliver(later) == "failed"

    later.refresh_from_db()
    assert later.status == Message.Status.FAILED and later.error_code == "opted_out"
    assert len(creates(twilio)) == 1  # only the first, refused, request


def test_connection_errors_are_transient(settings, twilio, report, monkeypatch):
    import socket

    with socket.socket() as s:  # a port nobody listens on
        s.bind(("127.0.0.1", 0))
        closed = f"http://127.0.0.1:{s.getsockname()[1]}"
    settings.OUTBOX_MAX_ATTEMPTS = 2
    settings.TWILIO_API_BASE_URL = closed
    sms = report.messages.get(channel="sms")

    assert deliver_until_done(sms) == "dead"

    sms.refresh_from_db()
    assert sms.attempts == 2 and sms.error_code == "network"
