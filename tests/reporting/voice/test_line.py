"""The non-emergency line through its signed webhooks: each menu branch, Spanish, wrong keys,
silence and the landline fallback; every answer is checked against Twilio's TwiML rules."""

import re
from datetime import time

import pytest
from django.utils import timezone

from cms.models import AgencySettings
from portal.outbox.models import OutboxItem
from reporting.messaging import backends
from reporting.messaging.errors import PermanentSendError
from reporting.messaging.models import Message, OptOut
from reporting.messaging.segments import sms_segments, sms_within_budget
from reporting.voice.models import Call as CallRow
from reporting.voice.models import CallStep
from tests.factories import report_submit_for_test
from tests.reporting.messaging.conftest import deliver_until_done

from .conftest import ADDRESS, CALLER, DESK, Call, desk_hours

pytestmark = pytest.mark.django_db


def steps(call) -> list[tuple[str, str, str]]:
    row = CallRow.objects.get(sid=call.sid)
    return [(s.menu, s.choice, s.outcome) for s in row.steps.all()]


def menu_of(call):
    """Through the short Spanish offer to the English menu, by waiting."""
    call.dial_in()
    return call.stay_silent()


# --- The answer ------------------------------------------------------------------------------


def test_the_line_answers_with_the_spanish_offer_then_the_911_warning(call):
    root = call.dial_in()

    gather = call.gather
    assert gather.get("input") == "dtmf speech" and gather.get("numDigits") == "1"
    first, second = list(gather.iter("Say"))[:2]
    assert first.text == "Para español, oprima 2." and first.get("language") == "es-MX"
    assert second.text == "If this is an emergency, hang up and dial 9-1-1."
    assert second.get("language") == "en-US"
    assert "Example City Police Department" in call.said
    # Waiting moves on to the English menu.
    assert list(root)[-1].tag == "Redirect"
    call.stay_silent()
    menu = call.gather
    assert menu.get("input") == "dtmf speech" and menu.get("language") == "en-US"
    assert "press 1" in call.said and "press 4" in call.said
    row = CallRow.objects.get(sid=call.sid)
    assert row.caller == CALLER and row.language == "en"
    assert steps(call)[0] == ("answer", "", "answered")


def test_a_webhook_without_twilios_signature_is_refused(client, line):
    response = client.post("/twilio/line/", {"CallSid": "CA" + "1" * 32, "From": CALLER})
    assert response.status_code == 403
    forged = client.post(
        "/twilio/line/menu/",
        {"CallSid": "CA" + "1" * 32, "Digits": "1"},
        HTTP_X_TWILIO_SIGNATURE="bm90IGEgc2lnbmF0dXJl",
    )
    assert forged.status_code == 403
    assert not CallRow.objects.exists() and not Message.objects.exists()


def test_twilio_retrying_the_answer_makes_one_call(call):
    call.dial_in()
    call.post("/twilio/line/")
    assert CallRow.objects.filter(sid=call.sid).count() == 1


# --- Spanish ----------------------------------------------------------------------------------


@pytest.mark.parametrize("how", ["press", "speak"])
def test_spanish_chosen_by_key_or_word_is_spoken_throughout(call, site, how):
    AgencySettings.objects.filter(site=site).update(
        agency_name_es="Departamento de Policía de Example City"
    )
    call.dial_in()
    if how == "press":
        call.press("2")
    else:
        call.speak("Español")

    assert call.languages() == {"es-MX"}
    assert call.gather.get("language") == "es-MX"
    assert "Si es una emergencia, cuelgue y marque 9-1-1." in call.said
    assert "oprima 1" in call.said
    assert CallRow.objects.get(sid=call.sid).language == "es"

    call.press("4")  # hours, still in Spanish
    assert call.languages() == {"es-MX"}
    assert "La oficina" in call.said and ADDRESS in call.said
    call.press("1")  # the text is in Spanish too, with the Spanish form's link
    assert call.languages() == {"es-MX"}
    text = Message.objects.get(kind="phone_line_link")
    assert text.language == "es" and "/es/report/phone/" in text.body
    assert "REPORTE" in text.body and "STOP" in text.body
    # The agency's Spanish name has an accent: UCS-2, and still within 3 segments.
    assert "Policía" in text.body
    assert sms_segments(text.body).encoding == "UCS-2"
    assert sms_within_budget(text.body)


def test_a_long_accented_agency_name_gets_the_short_text_within_budget(call, site):
    AgencySettings.objects.filter(site=site).update(
        # 75 characters: the full text would take 4 UCS-2 segments, the short one takes 3.
        agency_name_es="Departamento de Policía del Condado de Example, Unidad de Reportes en Línea"
    )
    call.dial_in()
    call.press("2")
    call.press("1")
    text = Message.objects.get(kind="phone_line_link")
    assert "reporte en http://testserver/es/report/phone/" in text.body
    assert "REPORTE" not in text.body and "STOP" in text.body
    assert sms_within_budget(text.body)


# --- Wrong keys and silence --------------------------------------------------------------------


def test_an_unknown_key_repeats_the_menu_and_too_many_end_politely(call):
    menu_of(call)
    call.press("7")
    assert call.said.startswith("Sorry, that is not one of the choices.")
    assert "press 1" in call.said and not call.hung_up
    call.speak("banana bread")
    assert call.said.startswith("Sorry, that is not one of the choices.")
    call.press("*")
    assert call.hung_up and "Goodbye." in call.said
    assert [s[1] for s in steps(call) if s[0] == "main"] == ["invalid"] * 3


def test_nine_repeats_the_menu(call):
    menu_of(call)
    call.press("9")
    assert "press 1" in call.said and "Sorry" not in call.said


def test_silence_asks_once_then_ends_politely(call):
    menu_of(call)
    call.stay_silent()
    assert call.said.startswith("Sorry, we did not hear a choice.")
    assert "press 1" in call.said
    call.stay_silent()
    assert call.hung_up
    assert "We did not hear a choice." in call.said and "Goodbye." in call.said
    assert "9-1-1" in call.said


# --- 1: a text with the link -------------------------------------------------------------------


def test_one_texts_a_link_through_the_outbox_and_says_it_was_sent(call):
    menu_of(call)
    call.press("1")
    assert "Please hold" in call.said
    assert list(call.root)[-1].tag == "Redirect" and call.root.find("Pause") is not None

    text = Message.objects.get(kind="phone_line_link")
    assert text.to == CALLER and text.channel == "sms" and text.report is None
    assert OutboxItem.objects.filter(kind="messaging.sms", target_id=text.pk).exists()
    token = CallRow.objects.get(sid=call.sid).link_token
    assert f"http://testserver/report/phone/{token}/" in text.body
    assert "REPORT" in text.body and "9-1-1" in text.body and "STOP" in text.body
    assert sms_segments(text.body).segments <= 2

    deliver_until_done(text)
    call.follow()
    assert "We sent a text message" in call.said and "reply REPORT" in call.said
    assert backends.outbox[-1]["to"] == CALLER
    # Asking again in the same call sends no second text.
    call.press("9")
    call.press("1")
    assert Message.objects.filter(kind="phone_line_link").count() == 1


def test_a_text_still_queued_is_on_its_way_after_the_holds(call, settings):
    settings.VOICE_TEXT_CHECKS = 2
    menu_of(call)
    call.press("1")
    call.follow()
    assert call.said == "" and call.root.find("Pause") is not None
    call.follow()
    assert "on its way" in call.said
    assert "press 9" in call.gather.find("Say").text  # offers the menu again
    # Silence after that is a polite goodbye: the verbs after the <Gather>.
    assert call.stay_silent() is None
    assert call.hung_up and call.said.endswith("Goodbye.")


def test_a_send_twilio_refuses_tells_the_address_twice_and_offers_the_desk(call, monkeypatch):
    def refuse(self, **kwargs):
        raise PermanentSendError("'To' number is not a valid mobile number", code="21614")

    monkeypatch.setattr(backends.LocmemBackend, "send_sms", refuse)
    menu_of(call)
    call.press("1")
    deliver_until_done(Message.objects.get(kind="phone_line_link"))
    call.follow()

    spoken = "testserver, slash report"
    assert call.said.count(spoken) == 2
    assert "cannot send a text message" in call.said
    assert "press 2" in call.said
    call.press("2")
    assert call.root.find("Dial/Number").text == DESK
    assert ("text", "", "no_texts") in steps(call)


def test_a_landline_by_lookup_gets_the_address_slowly_twice_and_no_text(call, settings):
    settings.VOICE_LOOKUP_LINE_TYPE = True
    backends.line_types[CALLER] = "landline"
    menu_of(call)
    call.press("1")

    assert not Message.objects.exists()
    assert call.said.count("testserver, slash report") == 2
    # Slowly: each part of the address is its own phrase, then a pause, then again.
    assert "To report online, go to: testserver, slash report." in call.said
    assert "Again, the address is: testserver, slash report." in call.said
    assert "To speak with the non-emergency desk, press 2." in call.said
    assert CallRow.objects.get(sid=call.sid).line_type == "landline"
    assert call.stay_silent() is None and call.hung_up


def test_a_mobile_by_lookup_gets_the_text(call, settings):
    settings.VOICE_LOOKUP_LINE_TYPE = True
    backends.line_types[CALLER] = "mobile"
    menu_of(call)
    call.press("1")
    assert Message.objects.filter(kind="phone_line_link", to=CALLER).exists()


@pytest.mark.parametrize("case", ["withheld", "opted_out"])
def test_a_withheld_or_opted_out_number_gets_the_address_not_a_text(client, line, case):
    call = Call(client, caller="anonymous" if case == "withheld" else CALLER)
    if case == "opted_out":
        OptOut.objects.create(phone=CALLER, source="keyword", keyword="STOP")
    menu_of(call)
    call.speak("send me a text")
    assert not Message.objects.exists()
    assert call.said.count("testserver, slash report") == 2


# --- 2: the desk -------------------------------------------------------------------------------


def test_two_connects_to_the_desk_and_a_missed_dial_gets_the_fallback(call):
    menu_of(call)
    call.press("2")
    dial = call.root.find("Dial")
    assert dial.find("Number").text == DESK
    assert dial.get("callerId") is None  # the desk sees the caller's own number
    assert dial.get("action") == "/twilio/line/desk/"

    call.post(dial.get("action"), DialCallStatus="no-answer")
    assert "No one at the non-emergency desk could answer" in call.said
    assert "24 hours a day" in call.said and "press 1" in call.said
    assert ("desk", "no-answer", "desk_no_answer") in steps(call)


def test_a_desk_call_that_was_answered_just_ends(call):
    menu_of(call)
    call.speak("I want to talk to a person")
    call.post(call.root.find("Dial").get("action"), DialCallStatus="completed")
    assert call.hung_up and call.said == ""


def test_a_closed_desk_says_its_hours_and_dials_nothing(call, line):
    now = timezone.localtime()
    opens = (now + timezone.timedelta(hours=2)).time().replace(second=0, microsecond=0)
    closes = (now + timezone.timedelta(hours=3)).time().replace(second=0, microsecond=0)
    desk_hours(line, opens=opens, closes=closes)
    menu_of(call)
    call.press("2")
    assert call.root.find("Dial") is None
    assert "closed now" in call.said and "every day, from" in call.said
    assert ("desk", "2", "desk_closed") in steps(call)


def test_no_desk_number_says_so(call, line):
    line.desk_number = ""
    line.save()
    menu_of(call)
    call.press("2")
    assert call.root.find("Dial") is None and "cannot connect you to a person" in call.said


# --- 3: the status of a report -----------------------------------------------------------------


def test_three_reads_the_status_to_the_reports_own_phone_without_personal_data(call):
    report = report_submit_for_test(phone=CALLER, reporter_name="Alex Resident")
    digits = re.sub(r"\D", "", report.reference)
    menu_of(call)
    call.press("3")
    assert call.gather.get("finishOnKey") == "#"
    call.press(digits)

    spoken_reference = " ".join(report.reference[:2]) + ", " + " ".join(report.reference[3:7])
    assert spoken_reference in call.said
    assert "Status now: Submitted." in call.said and "We received your report." in call.said
    for private in ("Alex", "Oak Street", "paint", CALLER, "2025550100"):
        assert private not in call.said
    assert "press 1" in call.said  # the menu again
    assert ("status", "reference", "status_read") in steps(call)


def test_the_last_digits_of_this_years_reference_are_enough(call):
    report = report_submit_for_test(phone=CALLER)
    menu_of(call)
    call.speak("status")
    call.speak(f"{int(report.reference[-6:])}")
    assert "Status now" in call.said


def test_another_phone_or_an_unknown_reference_hears_the_same_and_three_tries_end(client, line):
    report = report_submit_for_test(phone=CALLER)
    digits = re.sub(r"\D", "", report.reference)
    other = Call(client, caller="+12025550199")
    menu_of(other)
    other.press("3")
    other.press(digits)
    not_theirs = other.said
    assert "Status now" not in not_theirs and "could not find a report" in not_theirs
    other.press("2026999999")
    assert other.said == not_theirs  # no report at all: the very same words
    other.press("1")
    assert "could not find" in other.said and "speak with the desk" in other.said
    assert other.gather.get("finishOnKey") is None  # no more tries: the desk or the menu
    assert CallRow.objects.get(sid=other.sid).status_attempts == 3


def test_silence_at_the_reference_returns_to_the_menu(call):
    menu_of(call)
    call.press("3")
    call.stay_silent()
    assert call.said.startswith("Sorry, we did not hear") and "press 1" in call.said


# --- 4: hours and address ----------------------------------------------------------------------


def test_four_says_the_hours_the_address_and_the_web_address(call, line):
    desk_hours(line, opens=time(8), closes=time(18), days="weekdays")
    menu_of(call)
    call.speak("what are your hours")
    assert "Monday to Friday, from 8 a.m. to 6 p.m." in call.said
    assert f"Our address is: {ADDRESS}." in call.said
    assert "testserver, slash report" in call.said
    assert "press 1" in call.said


# --- The record of the call --------------------------------------------------------------------


def test_the_call_and_its_choices_are_logged_without_what_was_said(call):
    menu_of(call)
    call.speak("I'd like the hours please")
    call.press("9")
    ended = call.post_raw("/twilio/line/call-status/", CallStatus="completed", CallDuration="42")
    assert ended.status_code == 204

    row = CallRow.objects.get(sid=call.sid)
    assert row.status == "completed" and row.duration == 42 and row.ended_at
    assert steps(call) == [
        ("answer", "", "answered"),
        ("language", "timeout", ""),
        ("hours", "4", "hours"),
        ("main", "9", ""),
    ]
    assert CallStep.objects.filter(call=row, via="speech").count() == 1
    stored = " ".join(
        f"{s.choice} {s.outcome}" for s in CallStep.objects.filter(call=row)
    ) + " ".join(str(v) for v in CallRow.objects.filter(sid=call.sid).values().get().values())
    assert "please" not in stored


def test_a_number_gets_at_most_three_link_texts_a_day(client, line, settings):
    settings.VOICE_TEXTS_PER_NUMBER_PER_DAY = 3
    for _n in range(3):
        call = Call(client)
        menu_of(call)
        call.press("1")
    call = Call(client)
    menu_of(call)
    call.press("1")

    assert Message.objects.filter(kind="phone_line_link", to=CALLER).count() == 3
    assert "already sent this phone the link today" in call.said
    assert call.said.count("testserver, slash report") == 2  # the address instead
    assert ("text", "1", "text_limit") in steps(call)


def test_each_turn_of_a_call_costs_a_bounded_number_of_queries(call, django_assert_max_num_queries):
    report = report_submit_for_test(phone=CALLER)
    with django_assert_max_num_queries(8):
        call.dial_in()
    with django_assert_max_num_queries(2):
        call.stay_silent()
    with django_assert_max_num_queries(6):
        call.press("4")  # hours: the site's two settings and the agency's address
    with django_assert_max_num_queries(13):
        call.press("1")  # the text: checks, the message and its outbox row
    with django_assert_max_num_queries(2):
        call.follow()  # still holding: the message's state is one read
    status = Call(call.client)
    menu_of(status)
    status.press("3")
    with django_assert_max_num_queries(7):  # the day's misses for this number, then the try
        status.press(re.sub(r"\D", "", report.reference))
    assert "Status now" in status.said


def test_a_closed_report_is_read_with_its_disposition_in_spanish(client, line):
    from reporting.models import Report

    report = report_submit_for_test(phone=CALLER)
    Report.objects.filter(pk=report.pk).update(
        status="closed", disposition_code="07", outcome_note="Mr. Smith at 12 Oak St."
    )
    call = Call(client)
    call.dial_in()
    call.press("2")
    call.press("3")
    call.press(re.sub(r"\D", "", report.reference) + "#")

    assert "Estado actual:" in call.said and "Este reporte está cerrado." in call.said
    assert "asunto civil" in call.said  # disposition 07, in Spanish
    assert "Smith" not in call.said  # the dispatcher's free text is never read
    assert call.languages() == {"es-MX"}


def test_callers_numbers_are_forgotten_after_the_retention_period(call, settings):
    from datetime import timedelta

    from reporting.voice.tasks import calls_forget_task

    settings.VOICE_CALLER_RETENTION_DAYS = 30
    menu_of(call)
    recent = Call(call.client, caller="+12025550177")
    recent.dial_in()
    CallRow.objects.filter(sid=call.sid).update(started_at=timezone.now() - timedelta(days=31))

    assert calls_forget_task() == 1
    old, new = CallRow.objects.get(sid=call.sid), CallRow.objects.get(sid=recent.sid)
    assert old.caller == "" and old.steps.count() == 2  # the call and its choices stay
    assert new.caller == "+12025550177"
    assert calls_forget_task() == 0


def test_a_signed_request_without_a_call_sid_is_refused(client, line):
    from tests.reporting.messaging.conftest import sign

    params = {"Digits": "1", "From": CALLER}
    response = client.post(
        "/twilio/line/menu/",
        params,
        HTTP_X_TWILIO_SIGNATURE=sign("http://testserver/twilio/line/menu/", params),
    )
    assert response.status_code == 400
    assert not CallRow.objects.exists() and not Message.objects.exists()


@pytest.mark.parametrize("press", ["", "2"])
def test_the_link_in_the_text_is_never_followed_by_punctuation(call, press, site):
    AgencySettings.objects.filter(site=site).update(
        agency_name_es="Departamento de Policía del Condado de Example, Unidad de Reportes en Línea"
    )
    call.dial_in()
    if press:
        call.press(press)
    else:
        call.stay_silent()
    call.press("1")
    body = Message.objects.get(kind="phone_line_link").body
    link = re.search(r"https?://\S+", body).group()
    # A phone's linkifier may take a trailing "," or "." into the address.
    assert link.endswith("/") and body[body.index(link) + len(link)] == " "


def test_a_number_that_keeps_missing_references_is_not_let_guess_on(client, line, settings):
    # Caller ID can be spoofed: hanging up and calling again must not give more guesses.
    settings.VOICE_STATUS_MISSES_PER_NUMBER_PER_DAY = 4
    report = report_submit_for_test(phone=CALLER)
    for wrong in ("2026999991", "2026999992"):
        call = Call(client)
        menu_of(call)
        call.press("3")
        call.press(wrong)
        call.press(wrong[:-1] + "0")
    call = Call(client)
    menu_of(call)
    call.press("3")
    call.press(
        re.sub(r"\D", "", report.reference)
    )  # right this time, but the day's guesses are used

    assert "Status now" not in call.said
    assert "could not find" in call.said and "speak with the desk" in call.said
    assert ("status", "reference", "status_limit") in steps(call)
    assert CallRow.objects.get(sid=call.sid).status_attempts == 0  # not even tried
    # Another phone is not held back by this one's misses.
    other = Call(client, caller="+12025550199")
    menu_of(other)
    other.press("3")
    other.press("2026999993")
    assert ("status", "reference", "status_not_found") in steps(other)
