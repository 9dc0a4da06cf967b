"""Reporter-facing texts: translated, carrying agency, reference, status and link, and short."""

import pytest
from django.utils import translation

from reporting.messaging import content
from reporting.messaging.segments import sms_segments
from reporting.messaging.services import message_queue, reporter_notify
from tests.factories import report_submit_for_test

from .conftest import REPORTER

pytestmark = pytest.mark.django_db

# Every kind a service sends: intake's receipt, the generic status update, and each dispatch move.
KINDS = [
    "receipt",
    "status",
    "in_review",
    "needs_info",
    "approved",
    "referred",
    "rejected",
    "duplicate",
    "escalated",
    "closed",
    "still_queued",
    # After close (issue 16): the survey, its thanks, and the answer to a follow-up text.
    "survey",
    "survey_thanks",
    "followup",
]
# The budget per text, the opt-out line included. Spanish needs accents outside GSM-7 (á, í, ó,
# ú), which makes the whole text UCS-2 at 70 characters a segment, hence its larger budget.
BUDGET = {"en": 2, "es": 3}


@pytest.fixture
def long_report(site):
    report = report_submit_for_test(phone=REPORTER)
    report.case_number = "EC-2026-000123"
    report.referred_to = "Example County Sheriff"
    report.status = "in_review"
    return report


@pytest.mark.parametrize("language", ["en", "es"])
@pytest.mark.parametrize("kind", KINDS)
def test_every_sms_fits_its_segment_budget_with_the_opt_out_line(long_report, kind, language):
    long_report.language = language
    body = content.message_render(
        kind=kind,
        channel="sms",
        report=long_report,
        context={
            "question": "Which street?" if language == "en" else "¿Qué calle?",
            "score": 4,
            "survey_link": "http://testserver/report/status/abcdefghijklmnop/survey/",
        },
    )
    body = f"{body}\n{content.opt_out_line(language)}"

    assert long_report.reference in body
    assert "Example City Police Department" in body
    assert sms_segments(body).segments <= BUDGET[language], (body, sms_segments(body))


@pytest.mark.parametrize("kind", KINDS)
def test_every_kind_has_an_email_in_both_languages(long_report, kind):
    english = content.message_render(kind=kind, channel="email", report=long_report)
    long_report.language = "es"
    spanish = content.message_render(kind=kind, channel="email", report=long_report)

    assert long_report.reference in english and long_report.reference in spanish
    assert english != spanish


def status_link_es(report):
    from django.utils import translation

    from reporting.templatetags.reporting_tags import status_link

    with translation.override("es"):
        link = status_link(report)
    assert link.startswith("http://testserver/es/report/status/")
    return link


def test_the_receipt_names_agency_reference_and_link_in_the_reporters_language(site):
    report = report_submit_for_test(phone=REPORTER, language="es")

    body = report.messages.get(channel="sms").body

    assert body.startswith("Example City Police Department: recibimos su reporte")
    # The private signed link, to the Spanish status page.
    assert status_link_es(report) in body
    assert body.endswith("Responda STOP para no recibir más.")


def test_a_status_update_shows_the_status_in_words(site):
    report = report_submit_for_test(phone=REPORTER)
    report.status = "in_review"

    [sms] = reporter_notify(report=report, kind="status")

    assert '"In review"' in sms.body


def test_an_unknown_kind_falls_back_to_the_status_text(site):
    report = report_submit_for_test(phone=REPORTER)

    [sms] = reporter_notify(report=report, kind="something_new")

    assert report.reference in sms.body and "is now" in sms.body


def test_only_the_first_text_of_a_thread_carries_the_opt_out_line(site):
    report = report_submit_for_test(phone=REPORTER)
    second = message_queue(report=report, channel="sms", to=REPORTER, body="Second")

    first = report.messages.get(kind="receipt", channel="sms")
    assert first.body.endswith("Reply STOP to opt out.")
    assert second.body == "Second"
    assert first.segments == 1


def test_no_template_has_a_literal_agency_name_or_number():
    from pathlib import Path

    from django.conf import settings

    folder = Path(settings.BASE_DIR) / "templates" / "reporting" / "messages"
    for path in folder.glob("*.txt"):
        text = path.read_text()
        assert "Example City" not in text and "555" not in text, path
    with translation.override("es"):
        assert content.opt_out_line("es") == "Responda STOP para no recibir más."


def test_texts_are_plain_text_not_html_escaped(site):
    report = report_submit_for_test(phone=REPORTER, reporter_name="Pat O'Brien")

    body = content.message_render(
        kind="needs_info",
        channel="sms",
        report=report,
        context={"question": "Was the <gate> open & locked?"},
    )

    assert "Was the <gate> open & locked?" in body
    assert "&lt;" not in body and "&amp;" not in body and "&#x27;" not in body


@pytest.mark.parametrize("channel", ["sms", "email"])
def test_every_kind_a_dispatch_move_sends_has_its_own_template(channel):
    from django.template.loader import get_template

    from dispatch_bridge.domain import MESSAGE_KIND

    sent_by_moves = {kind for kind in MESSAGE_KIND.values() if kind}
    assert sent_by_moves <= set(KINDS)
    for kind in KINDS:
        # No silent fallback to the generic update for a kind the product sends.
        get_template(f"reporting/messages/{kind}.{channel}.txt")


def test_a_reporter_who_asked_not_to_be_contacted_gets_nothing_automatic(site):
    report = report_submit_for_test(
        phone=REPORTER, email="alex@example.org", callback_channel="none"
    )

    assert not report.messages.exists()  # not even the receipt
    assert reporter_notify(report=report, kind="approved") == []


def test_a_spanish_text_names_the_agency_and_the_status_in_spanish(site):
    from cms.models import AgencySettings

    AgencySettings.objects.filter(site=site).update(
        agency_name_es="Departamento de Policía de Example City"
    )
    report = report_submit_for_test(phone=REPORTER, language="es")
    report.status = "in_review"

    receipt = report.messages.get(channel="sms", kind="receipt").body
    [update] = reporter_notify(report=report, kind="status")

    assert receipt.startswith("Departamento de Policía de Example City: recibimos")
    assert "Example City Police Department" not in update.body
    assert '"En revisión"' in update.body
