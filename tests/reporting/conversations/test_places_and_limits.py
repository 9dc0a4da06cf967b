"""Where, checked as the wizard checks it (the agency's places, its boundary); the photo limit;
REPORT after a closed report; and the chain's first handler stays cheap."""

import json

import pytest

from reporting.conversations.handlers import conversation_continue
from reporting.conversations.models import Conversation
from reporting.demo import DEMO_BOUNDARY, DEMO_REFERRAL, DEMO_REFERRAL_ES
from reporting.messaging import backends
from reporting.messaging.inbound import InboundText
from reporting.messaging.models import Message
from reporting.messaging.segments import sms_segments
from reporting.models import Report, ReportingSettings, ReportStatus
from reporting.places.demo import DEMO_FILE
from reporting.places.services import places_load_file
from tests.factories import report_submit_for_test

from .helpers import RESIDENT, Phone

pytestmark = pytest.mark.django_db

# The send: measured 46 (a Report, its event, queue item, receipt and outbox rows, links).
SUBMIT_QUERIES = 55


@pytest.fixture
def phone(client, settings):
    settings.MESSAGING_BACKEND = "locmem"
    settings.TWILIO_WEBHOOK_BASE_URL = ""
    backends.media.clear()
    yield Phone(client)
    backends.media.clear()


@pytest.fixture
def example_city(site):
    places_load_file(name=DEMO_FILE.name, content=DEMO_FILE.read_bytes())
    ReportingSettings.objects.update_or_create(
        site=site,
        defaults={
            "boundary_geojson": json.dumps(DEMO_BOUNDARY),
            "outside_referral": DEMO_REFERRAL,
            "outside_referral_es": DEMO_REFERRAL_ES,
        },
    )


def at_where(phone, start="REPORT"):
    phone(start)
    for answer in ("no", "no", "no", "no", "1"):
        phone(answer)
    return phone("My bicycle was taken from the rack.")


def step():
    return Conversation.objects.get(phone=RESIDENT, status="active").step


@pytest.mark.parametrize("language", ["en", "es"])
def test_a_misspelt_address_offers_the_agencys_places_as_a_menu(
    phone, example_city, lost_property, language
):
    at_where(phone, "REPORT" if language == "en" else "REPORTE")

    menu = phone("12 Oka Avenu")

    assert "1 12 Oak Avenue, Example City" in menu
    assert ("0 None of these" if language == "en" else "0 Ninguno") in menu
    back = phone("back" if language == "en" else "atrás")
    assert "12 Oak Avenue" not in back and step() == "where"
    phone("12 Oka Avenu")
    phone("1")
    assert step() == "when"
    for answer in ("today" if language == "en" else "hoy", "skip", "Alex", "send"):
        phone(answer)
    report = Report.objects.get()
    assert report.address == "12 Oak Avenue" and report.city == "Example City"
    assert report.latitude is not None
    assert all(sms_segments(reply).segments <= 2 for reply in phone.replies)


def test_keeping_what_was_typed_goes_on_without_a_point(phone, example_city, lost_property):
    at_where(phone)
    phone("12 Oka Avenu")
    phone("0")
    assert step() == "when"
    for answer in ("today", "skip", "Alex", "send"):
        phone(answer)
    report = Report.objects.get()
    assert report.address == "12 Oka Avenu" and report.latitude is None


def test_a_place_outside_the_agencys_area_is_referred_and_asked_again(
    phone, example_city, lost_property
):
    at_where(phone)

    reply = phone("15 Harbor Road, Westfield")

    assert reply.startswith("That place is outside our area.")
    assert "Where did it happen?" in reply
    assert sms_segments(reply).segments <= 2
    assert step() == "where"


def test_at_most_five_photos_are_kept(phone, site, lost_property):
    urls = [
        f"https://api.twilio.com/2010-04-01/Accounts/AC1/Messages/MM1/Media/ME{n}" for n in range(7)
    ]
    at_where(phone)
    phone("12 Oak Street")
    phone("today")
    assert "Got it: 3 photo(s)" in phone("", media=urls[:3])
    reply = phone("", media=urls[3:])
    assert "5 photos, the most one report takes" in reply and "What is your name?" in reply
    kept = [m.media for m in Message.objects.filter(direction="inbound").exclude(media=[])]
    assert sum(len(media) for media in kept) == 5


def test_report_after_a_closed_report_starts_a_new_one(phone, site, lost_property):
    closed = report_submit_for_test(phone=RESIDENT, category=lost_property)
    Report.objects.filter(pk=closed.pk).update(status=ReportStatus.CLOSED)

    reply = phone("REPORT")

    assert "Is anyone in danger right now?" in reply
    assert step() == "screen:danger"
    assert not closed.messages.filter(body="REPORT").exists()


def test_the_first_handler_costs_one_query_when_there_is_no_conversation(
    django_assert_num_queries, site
):
    message = Message.objects.create(
        direction="inbound", channel="sms", to="+15005550006", from_address=RESIDENT, body="hi"
    )
    inbound = InboundText(
        message=message,
        sender=RESIDENT,
        to="+15005550006",
        body="The paint is blue.",
        media=[],
        keyword="",
        language="en",
        report=None,
        emergency_reply="",
    )
    with django_assert_num_queries(1):
        assert conversation_continue(inbound) is None


def test_a_conversation_whose_draft_was_purged_starts_over(phone, site, lost_property):
    at_where(phone)
    Conversation.objects.get(phone=RESIDENT).draft.delete()

    reply = phone("12 Oak Street")

    assert reply.startswith("Starting over.\nIs anyone in danger right now?")
    assert step() == "screen:danger"


def test_unsent_conversations_go_when_drafts_do_and_sent_ones_stay(phone, site, lost_property):
    import datetime

    from django.utils import timezone

    from reporting.conversations.tasks import conversations_purge_task

    phone.file_report()
    phone("REPORT", sender="+12025550166")
    phone("REPORT", sender="+12025550167")
    Conversation.objects.exclude(phone="+12025550167").update(
        last_text_at=timezone.now() - datetime.timedelta(days=31)
    )

    assert conversations_purge_task() == 1

    assert set(Conversation.objects.values_list("phone", flat=True)) == {
        RESIDENT,
        "+12025550167",
    }
    assert Conversation.objects.get(phone=RESIDENT).report is not None


def test_the_wizards_per_phone_submit_limit_holds_for_texts(phone, site, lost_property, settings):
    settings.REPORTING_SUBMIT_RATE_PER_PHONE = "1/h"
    phone.file_report()

    phone.file_report()

    assert Report.objects.count() == 1
    assert "several reports in a short time" in phone.replies[-1]
    assert step() == "review"  # nothing lost: SEND later files it
    settings.REPORTING_SUBMIT_RATE_PER_PHONE = "5/h"
    assert "Sent." in phone("send")
    assert Report.objects.count() == 2


def test_an_answer_costs_a_bounded_number_of_queries(phone, site, lost_property):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    at_where(phone)
    with CaptureQueriesContext(connection) as answered:
        phone("12 Oak Street")
    for answer in ("today", "skip", "Alex"):
        phone(answer)
    with CaptureQueriesContext(connection) as sent:
        phone("send")

    # The whole webhook: signature, storing, the chain, the answer, the recorded reply; and the
    # send: the wizard's check and submit (report, queue item, receipt), the thread linked.
    assert len(answered) <= 30, [q["sql"] for q in answered.captured_queries]
    assert len(sent) <= SUBMIT_QUERIES, [q["sql"] for q in sent.captured_queries]
    assert Report.objects.count() == 1
