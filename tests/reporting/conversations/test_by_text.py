"""Whole reports by text, through Twilio's signed inbound webhook, in English and Spanish.

Every reply is read from the TwiML the webhook answers with, and every outgoing text is checked
against the segment budget: two segments, GSM-7 for English.
"""

import datetime

import pytest
from django.utils import timezone

from dispatch_bridge.models import QueueItem
from portal.outbox.models import OutboxItem
from portal.outbox.services import item_deliver
from reporting.conversations.models import Conversation
from reporting.messaging import backends
from reporting.messaging.models import Message, OptOut
from reporting.messaging.segments import GSM7, sms_segments
from reporting.models import Report, ReportAttachment
from tests.factories import report_submit_for_test

from .helpers import AGENCY, RESIDENT, Phone

pytestmark = pytest.mark.django_db

PHOTO_URL = "https://api.twilio.com/2010-04-01/Accounts/AC1/Messages/MM9/Media/ME9"


@pytest.fixture
def phone(client, messaging_settings):
    """A resident's phone: `phone("text")` posts a signed inbound text and returns the reply."""
    return Phone(client)


@pytest.fixture
def messaging_settings(settings):
    settings.MESSAGING_BACKEND = "locmem"
    settings.TWILIO_WEBHOOK_BASE_URL = ""
    backends.outbox.clear()
    backends.media.clear()
    yield settings
    backends.outbox.clear()
    backends.media.clear()


def assert_budget(texts, *, gsm: bool):
    assert texts
    for body in texts:
        count = sms_segments(body)
        assert count.segments <= 2, (count, body)
        if gsm:
            assert count.encoding == GSM7, body


def outgoing(phone_number=RESIDENT):
    return list(
        Message.objects.filter(direction="outbound", to=phone_number, channel="sms")
        .order_by("pk")
        .values_list("body", flat=True)
    )


def conversation():
    return Conversation.objects.get(phone=RESIDENT, status="active")


def test_a_whole_report_by_text_in_english_with_every_question_type(
    phone, site, graffiti, lost_property, media_root
):
    from tests.reporting.test_photos import jpeg_with_gps

    backends.media[PHOTO_URL] = ("image/jpeg", jpeg_with_gps().read())

    first = phone("Hi, I want to report graffiti on my fence")
    assert "report by text" in first and "Is anyone in danger right now?" in first
    assert "ESPAÑOL" in first
    for _question in range(3):
        assert "YES or NO" in phone("no")
    menu = phone("No")
    assert "What do you want to report?" in menu
    assert "1 Graffiti" in menu and "2 Lost property" in menu
    assert "Please reply with one of the numbers." in phone("7")
    assert "License plate" in phone("1")  # string, optional
    assert "What was damaged?" in phone("SKIP")  # text, required
    assert "Please reply with one of the numbers" not in phone("The wall and the back door")
    number = phone("about a thousand")  # number: re-asked with the field's own message
    assert "Please enter a number" in number and "About how much" in number
    assert "When did you notice it?" in phone("$1,200")
    assert "1 Wall" in phone("yesterday 9pm")  # datetime; then a single choice
    assert "Please reply with one of the numbers." in phone("5")
    assert "1 Red" in phone("2")  # multiple choice
    assert "What happened?" in phone("1, 3")
    assert "Please tell us a little more" in phone("paint")
    assert "Where did it happen?" in phone("Someone sprayed red and black paint on our fence.")
    assert "When did it happen?" in phone("12 Oak Street")
    assert "date like 3/14" in phone("sometime")
    assert "Photos help" in phone("yesterday 10:30pm")
    assert "Got it: 1 photo(s)" in phone("", media=[PHOTO_URL])
    assert "What is your name?" in phone("done")
    review = phone("Alex Resident")
    assert "Please check your report:" in review and "Graffiti: Someone sprayed" in review
    assert "Where: 12 Oak Street" in review and "Photos: 1" in review
    sent = phone("SEND")

    report = Report.objects.get()
    assert report.reference in sent and f"/report/status/{report.status_key}/" in sent
    assert report.channel == "sms" and report.language == "en"
    assert report.category == graffiti
    assert report.narrative == "Someone sprayed red and black paint on our fence."
    assert report.answers["damage"] == "The wall and the back door"
    assert report.answers["cost"] == "1200"
    assert report.answers["surface"] == "fence"
    assert report.answers["colors"] == ["red", "black"]
    assert "T21:00:00" in report.answers["noticed"]
    assert "plate" not in report.answers
    assert report.address == "12 Oak Street"
    yesterday = timezone.localdate() - datetime.timedelta(days=1)
    assert timezone.localtime(report.occurred_from).date() == yesterday
    assert timezone.localtime(report.occurred_from).time() == datetime.time(22, 30)
    assert report.reporter_name == "Alex Resident" and report.phone == RESIDENT
    assert report.callback_channel == "sms" and report.possible_emergency is False
    assert QueueItem.objects.filter(report=report).exists()
    assert Conversation.objects.get(report=report).status == "submitted"
    # The photo comes through the existing MMS fetch, now that the report exists.
    photo_message = Message.objects.get(direction="inbound", media__0__url=PHOTO_URL)
    assert photo_message.report == report
    item = OutboxItem.objects.get(kind="reporting.mms_photos", target_id=photo_message.pk)
    assert item_deliver(item_id=item.pk) == "sent"
    assert ReportAttachment.objects.get(report=report).source == "mms"
    # The whole conversation is the report's thread: every text both ways, the last reply too.
    thread = list(report.messages.filter(channel="sms").order_by("pk"))
    inbound = [m for m in thread if m.direction == "inbound"]
    assert len(inbound) == len(phone.replies)
    assert inbound[0].body == "Hi, I want to report graffiti on my fence"
    assert inbound[-1].body == "SEND" and thread[-1].body == sent
    # The receipt is queued as for every report; every text fits two GSM-7 segments.
    assert report.messages.filter(kind="receipt").exists()
    assert_budget(outgoing(), gsm=True)
    assert len(outgoing()) == len(phone.replies) + 1  # the replies, then the receipt


def test_a_whole_report_by_text_in_spanish_with_back_start_over_and_help(
    phone, site, graffiti, lost_property
):
    first = phone("Hola, quiero hacer un reporte")
    assert first.startswith("For English, reply ENGLISH.\n¿Hay alguien en peligro")
    assert "Responda SÍ o NO." in first
    phone("no")
    back = phone("Atrás")
    assert back.startswith("Atrás.\n¿Hay alguien en peligro")
    assert conversation().step == "screen:danger"
    assert "Responda SÍ o NO." in phone("tal vez")  # doesn't fit: asked again
    for _question in range(4):
        phone("no")
    help_reply = phone("ayuda")
    assert "ATRÁS regresa, EMPEZAR empieza de nuevo" in help_reply
    # The question itself follows only when both fit two segments (not here, in UCS-2).
    assert conversation().step == "category"
    assert "¿Qué pasó?" in phone("2")
    # Lost property has no questions of its own: straight to what happened.
    assert conversation().step == "what"
    assert phone("empezar de nuevo").startswith("Empezamos de nuevo.\n¿Hay alguien")
    assert conversation().step == "screen:danger" and conversation().draft is None
    for _question in range(4):
        phone("No")
    phone("2")
    assert "¿Dónde pasó?" in phone("Perdí mi cartera cerca del parque, es de color café.")
    assert "¿Cuándo pasó?" in phone("Calle Roble 12")
    assert "LISTO" in phone("ayer")
    assert "¿Cuál es su nombre?" in phone("omitir")
    review = phone("María Pérez")
    assert review.startswith("Objeto perdido: Perdí mi")  # the heading gave way to the answers
    assert "Dónde: Calle Roble 12" in review and "Nombre: María Pérez" in review
    assert review.endswith("Responda ENVIAR, o ATRÁS para cambiarlo.")
    sent = phone("enviar")

    report = Report.objects.get()
    assert report.language == "es" and report.channel == "sms"
    assert report.category.slug == "lost" and report.category.locale.language_code == "es"
    assert report.reporter_name == "María Pérez"
    assert report.narrative.startswith("Perdí mi cartera")
    assert sent.startswith(f"Enviado. Su número de reporte es {report.reference}.")
    assert f"/es/report/status/{report.status_key}/" in sent
    assert QueueItem.objects.filter(report=report).exists()
    # Every reply of the conversation; the receipt (messaging's own template, queued by the
    # submit service for every report) is checked by messaging's tests.
    assert_budget(phone.replies, gsm=False)
    assert set(phone.replies) <= set(outgoing())


def test_english_or_espanol_switches_the_language_at_any_step(phone, site, graffiti):
    phone("REPORT")
    phone("no")
    switched = phone("ESPAÑOL")
    assert switched.startswith("¿Alguien") or "Responda SÍ o NO." in switched
    assert conversation().language == "es"
    assert "Reply YES or NO." in phone("english")
    assert_budget(phone.replies, gsm=False)


def test_any_yes_in_the_screening_ends_with_call_or_text_911(phone, site, graffiti):
    phone("REPORT")
    phone("no")
    reply = phone("YES")

    assert reply.startswith("Call or text 9-1-1 now.")
    assert Conversation.objects.get(phone=RESIDENT).status == "emergency"
    assert not Report.objects.exists()
    assert_budget(outgoing(), gsm=True)


def test_stop_ends_the_conversation_and_opts_out(phone, site, graffiti):
    phone("REPORT")
    phone("no")
    reply = phone("STOP")

    assert Conversation.objects.get(phone=RESIDENT).status == "stopped"
    assert OptOut.objects.filter(phone=RESIDENT).exists()
    assert reply == ""  # Twilio answers STOP itself on this sender (the default)
    phone("1")  # not an answer, and no new conversation while opted out
    assert not Conversation.objects.filter(phone=RESIDENT, status="active").exists()
    phone("START")
    assert "Is anyone in danger right now?" in phone("REPORT")


def test_after_thirty_minutes_of_silence_the_next_text_offers_continue_or_start_over(
    phone, site, graffiti
):
    phone("REPORT")
    for _question in range(4):
        phone("no")
    Conversation.objects.filter(phone=RESIDENT).update(
        last_text_at=timezone.now() - datetime.timedelta(minutes=31)
    )

    offer = phone("1")

    assert "CONTINUE" in offer and "START OVER" in offer
    assert conversation().step == "category"  # the "1" is kept as a message, not an answer
    assert Message.objects.filter(direction="inbound", body="1").exists()
    assert "What do you want to report?" in phone("continue")
    assert "What happened?" in phone("1") or conversation().step.startswith("q:")
    assert_budget(outgoing(), gsm=True)


def test_emergency_words_mid_way_get_911_first_and_keep_the_answer(phone, site, lost_property):
    phone("REPORT")
    for _question in range(4):
        phone("no")
    phone("1")
    words = "A man has a gun and is threatening my neighbor."

    reply = phone(words)

    assert reply.startswith("If this is an emergency, call or text 9-1-1 now.")
    assert "CONTINUE" in reply
    assert conversation().step == "what"
    assert conversation().state["pending"]["text"] == words
    assert "Where did it happen?" in phone("continue")
    phone("12 Oak Street")
    phone("today")
    phone("skip")
    phone("Alex")
    phone("send")

    report = Report.objects.get()
    assert report.narrative == words and report.possible_emergency is True
    assert report.triage_findings.exists()
    assert_budget(outgoing(), gsm=True)


def test_a_resident_with_an_open_report_texts_its_thread_and_report_starts_another(
    phone, site, graffiti
):
    open_report = report_submit_for_test(phone=RESIDENT, category=graffiti)

    assert phone("The paint is blue.") == ""
    assert open_report.messages.filter(body="The paint is blue.").exists()
    assert not Conversation.objects.exists()

    started = phone("REPORT")

    assert "Is anyone in danger right now?" in started
    assert conversation().status == "active"
    assert not open_report.messages.filter(body="REPORT").exists()
    assert not open_report.messages.filter(body=started).exists()


def test_after_a_call_that_texted_the_caller_the_report_is_phone_then_text(
    phone, site, lost_property
):
    from reporting.voice.models import Call

    link_text = Message.objects.create(
        channel="sms", to=RESIDENT, body="Report online: ...", status="sent"
    )
    Call.objects.create(sid="CA" + "1" * 32, caller=RESIDENT, to=AGENCY, text=link_text)

    phone.file_report()

    assert Report.objects.get().channel == "phone"


def test_back_start_over_and_help_in_english(phone, site, graffiti, lost_property):
    phone("REPORT")
    for _question in range(4):
        phone("no")
    phone("1")  # graffiti: its questions follow
    assert conversation().step == "q:plate"
    back = phone("BACK")
    assert back.startswith("Back. What do you want to report?\n1 Graffiti")
    assert conversation().step == "category"
    help_reply = phone("HELP")
    assert help_reply.startswith("Report by text: answer each question. BACK goes back")
    assert "What do you want to report?" in help_reply  # room for the question too (GSM-7)
    assert phone("Start over").startswith("Starting over.\nIs anyone in danger right now?")
    assert conversation().step == "screen:danger"
    assert_budget(phone.replies, gsm=True)


def test_emergency_words_mid_way_in_spanish_say_seguir_on_the_next_text(phone, site, lost_property):
    phone("REPORTE")
    for _question in range(4):
        phone("no")
    phone("1")
    words = "Un hombre tiene una pistola y está amenazando a mi vecino."

    reply = phone(words)

    assert reply.startswith("Si es una emergencia, llame o envíe un texto al 9-1-1")
    assert "SEGUIR" not in reply  # no room after the 9-1-1 reply in UCS-2's budget
    told = phone("No es una emergencia")
    assert told.startswith("¿No es una emergencia? Responda SEGUIR.\n¿Qué pasó?")
    assert conversation().step == "what"
    assert "¿Dónde pasó?" in phone("seguir")
    assert conversation().draft.step_data("what")["narrative"] == words
    assert_budget(phone.replies, gsm=False)
