"""The services other apps call: hand-written texts, call-backs, threads and choices."""

import pytest

from reporting.messaging import errors
from reporting.messaging.models import Message, OptOut
from reporting.messaging.selectors import call_back_options, thread_for_report
from reporting.messaging.services import (
    call_back_start,
    message_send_manual,
    reporter_notify,
    staff_phone_set,
)
from tests.factories import CategoryFactory, StaffFactory, report_submit_for_test

from .conftest import RELAY, REPORTER, STAFF_PHONE, deliver

pytestmark = pytest.mark.django_db


def test_a_dispatcher_can_text_a_sensitive_report_by_hand(dispatcher):
    sensitive = CategoryFactory(name="Harassing calls", apco_code="HARR", sensitive=True)
    report = report_submit_for_test(category=sensitive, phone=REPORTER)
    assert not report.messages.filter(channel="sms").exists()  # nothing automatic

    message = message_send_manual(report=report, body="  Is now a good time?  ", user=dispatcher)

    assert message.automatic is False and message.sent_by == dispatcher
    assert message.body.startswith("Is now a good time?")
    assert message.body.endswith("Reply STOP to opt out.")  # first text of the thread
    assert deliver(message) == "sent"


@pytest.mark.parametrize(
    ("changes", "error"),
    [
        ({"body": ""}, errors.InvalidMessage),
        ({"body": "x" * 1601}, errors.InvalidMessage),
        ({"channel": "fax"}, errors.InvalidMessage),
        ({"channel": "email"}, errors.ContactRefused),  # no email given
    ],
)
def test_a_manual_message_is_refused_with_a_reason(dispatcher, report, changes, error):
    kwargs = {"report": report, "body": "Hello", "user": dispatcher, **changes}

    with pytest.raises(error) as excinfo:
        message_send_manual(**kwargs)

    assert str(excinfo.value)


def test_no_manual_text_to_an_opted_out_reporter_or_one_who_asked_for_no_contact(dispatcher):
    report = report_submit_for_test(phone=REPORTER)
    OptOut.objects.create(phone=REPORTER, source="keyword")
    with pytest.raises(errors.RecipientOptedOut):
        message_send_manual(report=report, body="Hello", user=dispatcher)

    quiet = report_submit_for_test(phone="+12025550101", callback_channel="none")
    with pytest.raises(errors.ContactRefused):
        message_send_manual(report=quiet, body="Hello", user=dispatcher)


def test_only_staff_with_the_permission_may_contact_reporters(report):
    clerk = StaffFactory(username="clerk")

    with pytest.raises(errors.NotAllowed):
        message_send_manual(report=report, body="Hello", user=clerk)
    with pytest.raises(errors.NotAllowed):
        call_back_start(report=report, user=clerk, mode="voice")


def test_a_voice_call_back_rings_the_dispatcher_then_the_reporter(report, dispatcher):
    call = call_back_start(report=report, user=dispatcher, mode="voice")

    assert call.channel == "voice" and call.kind == "callback"
    assert call.staff_phone == STAFF_PHONE and call.connect_to == REPORTER
    assert deliver(call) == "sent"


def test_a_tty_reporter_is_never_given_a_plain_voice_call(dispatcher):
    report = report_submit_for_test(phone=REPORTER, callback_channel="tty")

    with pytest.raises(errors.CallModeRefused):
        call_back_start(report=report, user=dispatcher, mode="voice")
    relay = call_back_start(report=report, user=dispatcher, mode="tty_relay")

    assert relay.connect_to == RELAY and relay.kind == "tty_relay"
    assert "(202) 555-0100" in relay.body  # the reporter's TTY number, for the screen


@pytest.mark.parametrize("number", ["711", "+1711", "1-711"])
def test_711_is_refused_as_the_relay_number(settings, dispatcher, number):
    settings.RELAY_SERVICE_NUMBER = number
    report = report_submit_for_test(phone=REPORTER, callback_channel="tty")

    with pytest.raises(errors.CallModeRefused, match="711"):
        call_back_start(report=report, user=dispatcher, mode="tty_relay")


def test_a_call_back_needs_the_dispatchers_phone(report, dispatcher):
    dispatcher.staff_phone.delete()
    dispatcher.refresh_from_db()

    with pytest.raises(errors.StaffPhoneMissing):
        call_back_start(report=report, user=dispatcher, mode="voice")
    staff_phone_set(user=dispatcher, phone="+12025550112")
    assert call_back_start(report=report, user=dispatcher, mode="voice").staff_phone == (
        "+12025550112"
    )


def test_the_choices_offered_for_a_tty_reporter_exclude_a_voice_call(settings):
    tty = report_submit_for_test(phone=REPORTER, callback_channel="tty")
    voice = report_submit_for_test(phone="+12025550102", callback_channel="voice")

    assert [o["mode"] for o in call_back_options(tty)] == ["sms", "tty_relay"]
    assert [o["mode"] for o in call_back_options(voice)] == ["voice", "sms"]
    settings.RELAY_SERVICE_NUMBER = ""
    relay = call_back_options(tty)[1]
    assert relay["available"] is False and relay["reason"]


def test_the_thread_has_both_directions_oldest_first(report, dispatcher, client):
    first = report.messages.get(channel="sms")
    reply = Message.objects.create(
        report=report,
        direction="inbound",
        channel="sms",
        to="+15005550006",
        from_address=REPORTER,
        body="Thanks",
        status="received",
    )
    later = message_send_manual(report=report, body="Got it", user=dispatcher)

    assert list(thread_for_report(report)) == [first, reply, later]


def test_reporter_notify_respects_channel_choice(site):
    email_only = report_submit_for_test(
        phone=REPORTER, email="a@example.org", callback_channel="email"
    )
    none = report_submit_for_test(phone="+12025550103", callback_channel="none")

    assert [m.channel for m in reporter_notify(report=email_only, kind="status")] == ["email"]
    assert reporter_notify(report=none, kind="status") == []
