"""The status page: signed links, lookup authorisation, replies and the PDF copy."""

import datetime
import io
import re

import pytest
from django.core import signing
from django.test import Client
from django.utils import timezone
from pypdf import PdfReader

from portal.outbox.models import OutboxItem
from portal.outbox.services import item_deliver
from reporting import conf
from reporting.messaging.models import Message
from reporting.models import (
    ReportAttachment,
    ReporterReply,
    ReportEvent,
    ReportStatus,
    StatusCode,
)
from reporting.selectors import status_token_for
from reporting.services import STATUS_CODE_KIND
from tests.factories import CategoryFactory, report_submit_for_test
from tests.reporting.helpers import reverse
from tests.reporting.test_photos import jpeg_with_gps

pytestmark = pytest.mark.django_db

LOOKUP = reverse("reporting:status_lookup")
CODE = reverse("reporting:status_code")
OPEN = reverse("reporting:status_open")


def lookup(client, reference, contact, ip="10.0.0.1", **extra):
    return client.post(
        LOOKUP, {"reference": reference, "contact": contact, **extra}, REMOTE_ADDR=ip
    )


def codes_sent() -> list[Message]:
    """The codes sent so far, once the outbox has run the lookups' rows (as a worker would)."""
    for pk in OutboxItem.objects.filter(kind=STATUS_CODE_KIND).values_list("pk", flat=True):
        item_deliver(item_id=pk)
    return list(Message.objects.filter(kind="status_code").order_by("pk"))


def code_in(message: Message) -> str:
    return re.search(r"\b(\d{6})\b", message.body).group(1)


def enter(client, code, ip="10.0.0.1"):
    return client.post(CODE, {"code": code}, REMOTE_ADDR=ip)


def sign_in(client, report, contact="(202) 555-0123", ip="10.0.0.1"):
    """The owner's way in: reference and contact, then the code that arrived."""
    assert lookup(client, report.reference, contact, ip=ip).url == CODE
    return enter(client, code_in(codes_sent()[-1]), ip=ip)


def without_csrf(html: str) -> str:
    return re.sub(r'name="csrfmiddlewaretoken" value="[^"]+"', "", html)


@pytest.fixture
def report(site, locales):
    return report_submit_for_test(phone="+12025550123", email="Alex@Example.org")


@pytest.mark.parametrize("typed", ["(202) 555-0123", "202-555-0123", "+1 202 555 0123"])
def test_the_owner_gets_a_code_by_text_and_opens_the_status_page(client, report, typed):
    response = lookup(client, report.reference.lower(), typed)

    assert response.status_code == 302 and response.url == CODE
    [sms] = codes_sent()
    assert sms.channel == "sms" and sms.to == "+12025550123"
    opened = enter(client, code_in(sms))
    assert opened.status_code == 302 and opened.url == OPEN
    page = client.get(OPEN).content.decode()
    assert report.reference in page and "We received your report." in page
    pdf = client.get(reverse("reporting:status_open_pdf"))
    assert pdf.status_code == 200 and pdf["Content-Type"] == "application/pdf"


def test_the_email_gets_the_code_by_email(client, report):
    lookup(client, report.reference, "alex@example.ORG ")

    [email] = codes_sent()
    assert email.channel == "email" and email.to == "Alex@Example.org"
    assert enter(client, code_in(email)).url == OPEN


def test_the_owner_can_answer_from_the_page_the_code_opened(client, report, media_root):
    ask(report, "What colour was the paint?")
    sign_in(client, report)

    response = client.post(OPEN, {"body": "Blue."})

    assert response.status_code == 302
    assert ReporterReply.objects.get(report=report).body == "Blue."


@pytest.mark.parametrize(
    "contact",
    ["0123", "(202) 555-0124", "bob@example.org", "0123@example.org", "alex@example"],
)
def test_a_wrong_combination_reveals_nothing_and_sends_nothing(client, report, contact):
    wrong = lookup(client, report.reference, contact)
    no_such = lookup(client, "NE-1999-000001", contact, ip="10.0.0.2")

    assert wrong.status_code == no_such.status_code == 302
    assert wrong.url == no_such.url == CODE
    assert codes_sent() == []
    page = client.get(CODE).content.decode()
    assert "If the report number and the phone number or email match" in page
    # No private status link anywhere.
    assert not re.search(r"/report/status/(?!code/)[\w-]+/", page)


def test_a_right_and_a_wrong_combination_cost_the_same_queries(client, report):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    def shapes(contact, ip):
        with CaptureQueriesContext(connection) as queries:
            assert lookup(Client(), report.reference, contact, ip=ip).url == CODE
        return [re.sub(r"'[^']*'|\d+", "?", q["sql"]) for q in queries.captured_queries]

    assert shapes("(202) 555-0123", "10.0.1.1") == shapes("(202) 555-0199", "10.0.1.2")
    assert shapes("(202) 555-0123", "10.0.1.3") == shapes("x", "10.0.1.4")


def test_the_honeypot_makes_a_right_combination_send_nothing(client, report):
    response = lookup(client, report.reference, "(202) 555-0123", website="http://spam.example")

    assert response.url == CODE
    assert codes_sent() == []


def test_the_guessing_attack_fails_and_the_owner_still_gets_in(client, report, settings):
    attacker = Client()
    # The review's attack: a reference and guesses at the contact. Nothing is sent, and the
    # attacker's address is stopped for this reference after a few tries.
    statuses = [
        lookup(attacker, report.reference, f"(202) 555-{n:04d}", ip="10.6.6.6").status_code
        for n in range(1000, 1006)
    ]
    assert statuses == [302] * 5 + [429]
    assert codes_sent() == []
    # Codes can't be guessed either: there is none for this session, and every try counts.
    for guess in ("000000", "123456"):
        response = enter(attacker, guess, ip="10.6.6.6")
        assert response.status_code == 400 and "not right" in response.content.decode()

    # The owner, from their own address, is not locked out.
    assert sign_in(client, report, ip="10.0.0.9").url == OPEN
    assert attacker.get(OPEN).url == LOOKUP


def test_a_code_dies_after_five_wrong_tries_and_works_in_its_own_session_only(client, report):
    # Someone who knows the phone number asks for a code; it goes to the owner's phone.
    intruder = Client()
    lookup(intruder, report.reference, "(202) 555-0123", ip="10.7.7.7")
    intruders_code = code_in(codes_sent()[-1])
    wrong = "000000" if intruders_code != "000000" else "111111"
    for _ in range(5):
        assert enter(intruder, wrong, ip="10.7.7.7").status_code == 400
    assert enter(intruder, intruders_code, ip="10.7.7.7").status_code == 400
    # A code only opens the session that asked for it.
    lookup(client, report.reference, "(202) 555-0123")
    owners_code = code_in(codes_sent()[-1])
    assert enter(intruder, owners_code, ip="10.7.7.7").status_code == 400
    assert enter(client, owners_code).url == OPEN


def test_a_code_expires_after_ten_minutes_and_is_single_use(client, report):
    lookup(client, report.reference, "(202) 555-0123")
    code = code_in(codes_sent()[-1])
    StatusCode.objects.update(expires_at=timezone.now() - datetime.timedelta(seconds=1))
    assert enter(client, code).status_code == 400

    lookup(client, report.reference, "(202) 555-0123")
    before = timezone.now()
    code = code_in(codes_sent()[-1])
    after = timezone.now()
    row = StatusCode.objects.latest("pk")
    # Ten minutes from when the code was made: bracketed by the clock around its making, not
    # by a second's slack between two clock reads that a stalled machine can exceed.
    ten_minutes = datetime.timedelta(minutes=10)
    assert before + ten_minutes <= row.expires_at <= after + ten_minutes
    assert row.expires_at - row.created_at <= ten_minutes
    assert enter(client, code).url == OPEN
    assert enter(client, code).status_code == 400


def test_the_opened_page_has_a_limited_life(client, report):
    sign_in(client, report)
    session = client.session
    session[conf.STATUS_SESSION_KEY] = {**session[conf.STATUS_SESSION_KEY], "until": 0}
    session.save()

    assert client.get(OPEN).url == LOOKUP
    assert client.get(reverse("reporting:status_open_pdf")).url == LOOKUP


def test_no_code_page_or_message_names_anyone_elses_reference(client, report):
    other = report_submit_for_test(phone="+12025550199")
    lookup(client, report.reference, "(202) 555-0123")

    assert other.reference not in codes_sent()[-1].body
    assert report.reference not in client.get(CODE).content.decode()


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
        assert lookup(client, report.reference, "9999").status_code == 302
    limited = lookup(client, report.reference, "(202) 555-0123")
    assert limited.status_code == 429
    assert "Too many tries" in limited.content.decode()
    # Another address is not affected.
    assert lookup(client, report.reference, "(202) 555-0123", ip="10.9.9.9").status_code == 302


def test_code_entries_are_limited_per_ip(client, report, settings):
    settings.REPORTING_CODE_RATE_PER_IP = "2/10m"
    enter(client, "000000")
    enter(client, "000000")

    assert enter(client, "000000").status_code == 429


def test_the_limited_message_is_translated(client, report, settings):
    settings.REPORTING_LOOKUP_RATE_PER_IP = "1/10m"
    lookup(client, report.reference, "9999")
    response = client.post(
        "/es" + LOOKUP, {"reference": "x", "contact": "y"}, REMOTE_ADDR="10.0.0.1"
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


def test_a_decided_report_still_takes_new_information(client, report):
    # Issue 16: decided and escalated reports take answers and photos, for whoever holds them.
    report.status = ReportStatus.APPROVED
    report.save(update_fields=["status"])
    url = reverse("reporting:status", args=[status_token_for(report)])
    page = client.get(url).content.decode()
    assert 'name="body"' in page
    response = client.post(url, {"body": "One more thing"})
    assert response.status_code == 302
    assert ReporterReply.objects.get().body == "One more thing"


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
