"""Input no view can handle safely is refused up front, with a translated page, never a 500."""

import logging

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile

from reporting.models import ReportDraft
from tests.reporting.helpers import STEP_DATA, post_step, screen, step_url

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize("character", ["\x00", "\x01", "\x1b", "\x7f"])
def test_a_control_character_in_a_wizard_field_is_refused_and_the_draft_keeps_its_last_answers(
    client, site, vandalism, character, caplog
):
    screen(client)
    post_step(client, "category")
    post_step(client, "what")

    with caplog.at_level(logging.WARNING, logger="portal.guard.middleware"):
        response = post_step(client, "what", {"narrative": f"Paint{character} on the door"})

    assert response.status_code == 400
    assert "invisible control characters" in response.content.decode()
    assert "Refused control characters" in caplog.text
    draft = ReportDraft.objects.get()
    assert draft.step_data("what")["narrative"] == STEP_DATA["what"]["narrative"]


def test_tab_and_new_lines_are_ordinary_text(client, site, vandalism):
    screen(client)
    post_step(client, "category")

    response = post_step(client, "what", {"narrative": "Line one\r\n\tLine two, paint on a door"})

    assert response.status_code == 302


def test_the_refusal_is_in_spanish_on_spanish_pages(client, site, vandalism):
    screen(client, prefix="/es")

    response = client.post(step_url("category", "/es"), {"category": "vandalism\x00"})

    html = response.content.decode()
    assert response.status_code == 400
    assert '<html lang="es">' in html
    assert "caracteres de control invisibles" in html


@pytest.mark.parametrize(
    "url",
    [
        "/report/status/abc%00def/",
        "/report/status/abc%00def/pdf/",
        "/report/received/abc%00/",
        "/faq/?q=stolen%00bike",
        "/report/?x=%01",
    ],
)
def test_a_nul_in_the_address_or_query_string_is_a_400(client, site, url):
    response = client.get(url)

    assert response.status_code == 400


def test_a_cookie_with_a_nul_is_ignored(client, site):
    client.cookies["report_draft"] = "abc\x00def"

    response = client.get("/report/step/what/")

    assert response.status_code == 302  # no draft: back to the start, not a 500


def test_a_form_in_utf16_is_a_logged_400(client, site, caplog):
    body = "danger=no"  # the test client encodes it in the declared charset

    with caplog.at_level(logging.WARNING, logger="portal.guard.middleware"):
        response = client.post(
            "/report/", body, content_type="application/x-www-form-urlencoded; charset=utf-16"
        )

    assert response.status_code == 400
    assert "can't read" in response.content.decode()
    assert "utf-16" in caplog.text


def test_a_body_over_the_limit_is_refused_before_it_is_read(client, site, settings):
    settings.REQUEST_MAX_BODY_BYTES = 1000

    response = client.post("/report/", {"danger": "no", "padding": "x" * 2000})

    assert response.status_code == 413
    assert "too large" in response.content.decode()


def test_a_file_over_the_per_file_limit_is_not_kept_and_is_named_in_the_error(
    client, site, vandalism
):
    screen(client)
    big = SimpleUploadedFile("big.jpg", b"\xff" * (10 * 1024 * 1024 + 1), content_type="image/jpeg")

    response = client.post(step_url("photos"), {"photos": big, "nav": "next"})

    assert response.status_code == 400
    assert "big.jpg is larger than 10 MB" in response.content.decode()
    assert ReportDraft.objects.get().photos.count() == 0


def test_an_oversized_upload_cannot_be_read():
    from portal.guard.middleware import FileTooLarge, OversizedUpload

    upload = OversizedUpload(
        field_name="document",
        name="big.pdf",
        content_type="application/pdf",
        size=11 * 1024 * 1024,
        charset=None,
        content_type_extra={},
    )

    with pytest.raises(FileTooLarge):
        upload.read()
    with pytest.raises(FileTooLarge):
        list(upload.chunks())
