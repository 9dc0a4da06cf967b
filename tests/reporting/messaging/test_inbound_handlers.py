"""The inbound handler chain: apps above messaging claim texts in the order settings name them,
after STOP/START are recorded and the emergency check has run (reporting/messaging/inbound.py)."""

import pytest

from reporting.messaging.models import Message, OptOut

from .conftest import REPORTER
from .test_webhooks import INBOUND, inbound

pytestmark = pytest.mark.django_db

seen: list = []


def claims_ok(text):
    seen.append(("ok", text.keyword, text.body, bool(text.emergency_reply)))
    return "Claimed."


def claims_silently(text):
    seen.append(("silent", text.keyword, text.body, bool(text.emergency_reply)))
    return ""


def passes(text):
    seen.append(("pass", text.keyword, text.body, bool(text.emergency_reply)))
    return None


def claims_after_emergency(text):
    text.allow_after_emergency = True
    return "Your answer was kept."


def detaches(text):
    text.message.report = None
    text.message.save(update_fields=["report"])
    return "Moved."


HERE = __name__


@pytest.fixture(autouse=True)
def clean():
    seen.clear()


def chain(settings, *names):
    settings.MESSAGING_INBOUND_HANDLERS = [f"{HERE}.{name}" for name in names]


def test_handlers_are_tried_in_order_and_the_first_claim_wins(settings, post_signed, site):
    chain(settings, "passes", "claims_ok", "claims_silently")

    response = post_signed(INBOUND, inbound("REPORT"))

    assert [name for name, *_ in seen] == ["pass", "ok"]  # the third is never asked
    assert b"<Message>Claimed.</Message>" in response.content
    assert Message.objects.filter(direction="outbound", body="Claimed.").count() == 1


def test_a_silent_claim_sends_nothing_not_even_the_unknown_sender_text(settings, post_signed, site):
    chain(settings, "claims_silently")

    response = post_signed(INBOUND, inbound("5"))

    assert b"<Message>" not in response.content
    assert not Message.objects.filter(direction="outbound").exists()


def test_unclaimed_texts_keep_todays_answers(settings, post_signed, report, site):
    chain(settings, "passes")

    joined = post_signed(INBOUND, inbound("The paint is blue."))
    helped = post_signed(INBOUND, inbound("HELP", sid="SM" + "2" * 32))

    assert b"<Message>" not in joined.content  # joined the open report's thread
    assert report.messages.filter(direction="inbound", body="The paint is blue.").exists()
    assert b"<Message>" in helped.content  # the help text
    assert seen[1][1] == "HELP"


def test_stop_is_recorded_and_answered_by_the_law_whatever_a_handler_says(
    settings, post_signed, site
):
    settings.TWILIO_HANDLES_OPT_OUT_REPLIES = False
    chain(settings, "claims_ok")

    response = post_signed(INBOUND, inbound("STOP"))

    assert OptOut.objects.filter(phone=REPORTER).exists()
    assert seen == [("ok", "STOP", "STOP", False)]  # told, so it can close a conversation
    assert b"Claimed." not in response.content


def test_the_emergency_reply_always_goes_first_and_alone_unless_the_handler_asks(
    settings, post_signed, site
):
    chain(settings, "claims_ok")
    alone = post_signed(INBOUND, inbound("He is not breathing, please help"))
    assert seen == [("ok", "", "He is not breathing, please help", True)]
    assert b"9-1-1" in alone.content and b"Claimed." not in alone.content

    chain(settings, "claims_after_emergency")
    both = post_signed(INBOUND, inbound("My neighbor is not breathing", sid="SM" + "3" * 32))
    body = both.content.decode()
    assert body.index("9-1-1") < body.index("Your answer was kept.")


def test_a_claimed_text_does_not_join_the_open_reports_thread_when_moved(
    settings, post_signed, report, site
):
    chain(settings, "detaches")

    response = post_signed(INBOUND, inbound("A new report, please"))

    assert b"<Message>Moved.</Message>" in response.content
    assert not report.messages.filter(direction="inbound").exists()
    assert Message.objects.get(direction="inbound").report is None
