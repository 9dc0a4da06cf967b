"""The status page: signed links, lookup authorisation, replies and the PDF copy."""

import io
import re

import pytest
from django.core import signing
from pypdf import PdfReader

from reporting.models import ReportAttachment, ReporterReply, ReportEvent, ReportStatus
from reporting.selectors import status_token_for
from tests.factories import CategoryFactory, report_submit_for_test
from tests.reporting.helpers import reverse
from tests.reporting.test_photos import jpeg_with_gps

pytestmark = pytest.mark.django_db

LOOKUP = reverse("reporting:status_lookup")


def lookup(client, reference, secret, ip="10.0.0.1", **extra):
    return client.post(LOOKUP, {"reference": reference, "secret": secret, **extra}, REMOTE_ADDR=ip)


def without_csrf(html: str) -> str:
    return re.sub(r'name="csrfmiddlewaretoken" value="[^"]+"', "", html)


@pytest.fixture
def report(site, locales):
    return report_submit_for_test(phone="+12025550123", email="Alex@Example.org")


def test_reference_and_last_four_digits_open_the_status_page(client, report):
    response = lookup(client, report.reference.lower(), "0123")
    assert response.status_code == 302
    page = client.get(response.url).content.decode()
    assert report.reference in page and "We received your report." in page


@pytest.mark.parametrize("typed", ["(202) 555-0123", "202-555-0123", "+1 202 555 0123"])
def test_the_whole_phone_number_works_too(client, report, typed):
    assert lookup(client, report.reference, typed).status_code == 302


def test_the_email_works_instead_of_the_phone_digits(client, report):
    assert lookup(client, report.reference, "alex@example.ORG ").status_code == 302


@pytest.mark.parametrize(
    "secret",
    ["0124", "123", "01234", "(202) 555-0124", "bob@example.org", "", "0123@example.org"],
)
def test_a_wrong_combination_reveals_nothing(client, report, secret):
    wrong = lookup(client, report.reference, secret)
    no_such = lookup(client, "NE-1999-000001", secret, ip="10.0.0.2")

    # Same status, same page (apart from the echoed reference and the CSRF token).
    assert wrong.status_code == no_such.status_code == 400
    assert without_csrf(wrong.content.decode()).replace(report.reference, "REF") == without_csrf(
        no_such.content.decode()
    ).replace("NE-1999-000001", "REF")
    # No private status link (the language switcher may link the lookup page itself).
    assert not re.search(r"/report/status/[\w-]+/", wrong.content.decode())


def test_the_honeypot_makes_a_right_combination_fail_quietly(client, report):
    response = lookup(client, report.reference, "0123", website="http://spam.example")
    assert response.status_code == 400
    assert "We could not find a report with those details" in response.content.decode()


def test_a_tampered_or_foreign_status_link_is_not_found(client, report):
    token = status_token_for(report)
    assert client.get(reverse("reporting:status", args=[token])).status_code == 200
    tampered = token[:-1] + ("A" if token[-1] != "A" else "B")
    assert client.get(reverse("reporting:status", args=[tampered])).status_code == 404
    # Neither the reference nor the row id opens the page: only the random key does.
    for guess in (report.reference, str(report.pk), signing.dumps({"r": report.pk})):
        assert client.get(reverse("reporting:status", args=[guess])).status_code == 404
        assert client.get(reverse("reporting:status_pdf", args=[guess])).status_code == 404


def test_lookups_are_limited_per_ip_with_a_clear_message(client, report, settings):
    settings.REPORTING_LOOKUP_RATE_PER_IP = "3/10m"
    for _ in range(3):
        assert lookup(client, report.reference, "9999").status_code == 400
    limited = lookup(client, report.reference, "0123")
    assert limited.status_code == 429
    assert "Too many tries" in limited.content.decode()
    # Another address is not affected.
    assert lookup(client, report.reference, "0123", ip="10.9.9.9").status_code == 302


def test_lookups_are_limited_per_reference_across_addresses(client, report, settings):
    settings.REPORTING_LOOKUP_RATE_PER_REFERENCE = "3/10m"
    for n in range(3):
        lookup(client, report.reference, "9999", ip=f"10.1.0.{n}")
    assert lookup(client, report.reference, "0123", ip="10.2.0.1").status_code == 429


def test_a_reference_has_a_daily_cap_on_guesses_too(client, report, settings):
    settings.REPORTING_LOOKUP_RATE_PER_REFERENCE = "100/10m"  # out of the way
    settings.REPORTING_LOOKUP_RATE_PER_REFERENCE_DAY = "4/d"
    for n in range(4):
        assert lookup(client, report.reference, "9999", ip=f"10.3.0.{n}").status_code == 400
    assert lookup(client, report.reference, "0123", ip="10.4.0.1").status_code == 429


def test_the_limited_message_is_translated(client, report, settings):
    settings.REPORTING_LOOKUP_RATE_PER_IP = "1/10m"
    lookup(client, report.reference, "9999")
    response = client.post(
        "/es" + LOOKUP, {"reference": "x", "secret": "y"}, REMOTE_ADDR="10.0.0.1"
    )
    assert response.status_code == 429
    assert "Demasiados intentos" in response.content.decode()


def test_oversized_lookup_input_is_refused_politely(client, report):
    response = lookup(client, "N" * 500, "1" * 5000)
    assert response.status_code == 400
    assert "at most 20 characters" in response.content.decode()


# --- History, questions and replies -----------------------------------------------------------


def ask(report, question):
    report.status = ReportStatus.NEEDS_INFO
    report.save(update_fields=["status"])
    ReportEvent.objects.create(report=report, status=ReportStatus.NEEDS_INFO, public_note=question)


def test_the_dispatchers_question_is_shown_and_can_be_answered_with_a_photo(
    client, report, media_root
):
    ask(report, "What colour was the <b>paint</b>?")
    url = reverse("reporting:status", args=[status_token_for(report)])
    page = client.get(url).content.decode()
    assert "We need more information" in page
    assert "What colour was the &lt;b&gt;paint&lt;/b&gt;?" in page

    response = client.post(url, {"body": "Bright green.", "photos": [jpeg_with_gps()]})
    assert response.status_code == 302
    reply = ReporterReply.objects.get(report=report)
    assert reply.body == "Bright green."
    attachment = ReportAttachment.objects.get(report=report, source="status")
    assert attachment.content_type == "image/jpeg"
    page = client.get(response.url).content.decode()
    assert "Bright green." in page and "You answered" in page


def test_an_empty_reply_is_refused_with_a_message(client, report):
    url = reverse("reporting:status", args=[status_token_for(report)])
    response = client.post(url, {"body": ""})
    assert response.status_code == 400
    assert "Please write an answer or add a photo." in response.content.decode()


def test_a_decided_report_takes_no_more_replies(client, report):
    report.status = ReportStatus.APPROVED
    report.save(update_fields=["status"])
    url = reverse("reporting:status", args=[status_token_for(report)])
    page = client.get(url).content.decode()
    assert 'name="body"' not in page
    response = client.post(url, {"body": "One more thing"})
    assert response.status_code == 400
    assert not ReporterReply.objects.exists()


# --- The PDF copy -------------------------------------------------------------------------


def pdf_text(response) -> str:
    assert response["Content-Type"] == "application/pdf"
    reader = PdfReader(io.BytesIO(response.content))
    return "\n".join(page.extract_text() for page in reader.pages)


def test_the_pdf_is_the_report_as_submitted(client, report):
    text = pdf_text(client.get(reverse("reporting:status_pdf", args=[status_token_for(report)])))
    assert report.reference in text
    assert "Someone sprayed paint on my fence overnight." in text
    assert "Alex Resident" in text
    assert "12 Oak Street" in text
    assert "Example City Police Department" in text


def test_the_pdf_is_in_the_reporters_language_with_accents(client, site, locales):
    categoria = CategoryFactory(name="Daño a la propiedad", slug="dano", locale=locales["es"])
    report = report_submit_for_test(
        category=categoria, language="es", narrative="Rompieron la ventana del coche; ¡qué daño!"
    )
    text = pdf_text(client.get(reverse("reporting:status_pdf", args=[status_token_for(report)])))
    assert "Daño a la propiedad" in text
    assert "¡qué daño!" in text
    assert "Qué pasó" in text
