import re

import pytest
from django.urls import reverse
from django.utils import timezone

from reporting.messaging.models import Message
from reporting.models import Report, ReportDraft
from tests.reporting.helpers import STEP_DATA, fill_all, post_step, screen, step_url, submit

pytestmark = pytest.mark.django_db


def test_a_report_is_filed_without_javascript_through_plain_forms(client, site, vandalism):
    fill_all(client)
    review = client.get(step_url("review"))
    assert review.status_code == 200
    assert "Someone sprayed paint" in review.content.decode()
    assert "Step 9 of 9" in review.content.decode()

    response = submit(client)

    report = Report.objects.get()
    assert response.status_code == 302
    assert response.url.startswith("/report/received/")
    assert report.category == vandalism
    assert report.address == "12 Oak Street" and report.city == "Example City"
    assert str(report.phone) == "+12025550123"
    assert report.people == [{"role": "suspect", "description": "Two teenagers on bikes"}]
    assert report.property_items == [{"description": "Garage door", "value": "300", "serial": ""}]
    assert timezone.localtime(report.occurred_from).isoformat().startswith("2026-01-10T22:00")
    assert report.possible_emergency is False
    assert ReportDraft.objects.get().report == report
    page = client.get(response.url)
    assert report.reference in page.content.decode()
    receipt = Message.objects.get(report=report, kind="receipt", channel="sms")
    assert "/report/status/" in receipt.body


def test_every_step_shows_its_number_and_the_total(client, site, vandalism):
    screen(client)
    for number, slug in enumerate(list(STEP_DATA)[:8], start=1):
        page = client.get(step_url(slug)).content.decode()
        assert f"Step {number} of 9" in page
        post_step(client, slug)


def test_the_wizard_refuses_a_draft_that_skipped_the_screening(client, site, vandalism):
    response = client.get(step_url("what"))
    assert response.status_code == 302 and response.url == reverse("reporting:start")


def test_any_yes_in_the_screening_leads_to_call_911_and_blocks_the_wizard(client, site, vandalism):
    response = screen(
        client, {"danger": "no", "hurt": "yes", "suspect_present": "no", "happening_now": "no"}
    )
    assert response.url == reverse("reporting:call_911")
    page = client.get(response.url).content.decode()
    assert 'href="tel:911"' in page
    assert "TTY" in page
    # No way onward: nothing on the page leads to a step, and the steps send you back.
    assert "/report/step/" not in page and "<form" not in page.split('id="main"')[1]
    assert client.get(step_url("category")).url == reverse("reporting:call_911")
    assert client.get(step_url("review")).url == reverse("reporting:call_911")


def test_unanswered_screening_questions_are_named(client, site):
    response = client.post(reverse("reporting:start"), {"danger": "no"})
    assert response.status_code == 200
    assert response.content.decode().count("Please answer yes or no.") >= 3


def test_back_keeps_answers_even_when_they_are_incomplete(client, site, vandalism):
    screen(client)
    post_step(client, "category")
    response = client.post(step_url("what"), {"narrative": "Half a", "nav": "back"})
    assert response.url == step_url("category")
    page = client.get(step_url("what")).content.decode()
    assert "Half a" in page


def test_a_validation_error_keeps_every_answer(client, site, vandalism):
    screen(client)
    response = post_step(client, "contact", {"phone": "", "email": "", "best_time": "mornings"})
    page = response.content.decode()
    assert response.status_code == 400
    assert "Please give a phone number or an email address." in page
    assert 'value="Alex Resident"' in page and 'value="mornings"' in page


def test_the_draft_survives_a_new_browser_session_with_the_same_cookie(client, site, vandalism):
    screen(client)
    post_step(client, "category")
    post_step(client, "what", {"narrative": "My bike was spray painted outside the library."})
    token = client.cookies["report_draft"].value
    client.cookies.clear()  # a reload after the session cookie is gone, hours later

    from django.test import Client

    other = Client()
    other.cookies["report_draft"] = token
    page = other.get(step_url("what")).content.decode()
    assert "My bike was spray painted outside the library." in page


def test_the_draft_is_kept_however_old_it_is(client, site, vandalism):
    screen(client)
    post_step(client, "category")
    ReportDraft.objects.update(updated_at="2020-01-01T00:00:00Z", created_at="2020-01-01T00:00:00Z")
    page = client.get(step_url("category")).content.decode()
    assert re.search(r'<input type="radio" name="category" value="vandalism"[^>]* checked', page)


def test_review_sends_the_reporter_to_the_first_incomplete_step(client, site, vandalism):
    screen(client)
    post_step(client, "category")
    response = client.get(step_url("review"))
    assert response.url == step_url("what") + "?check=1"
    page = client.get(response.url).content.decode()
    assert "Please tell us what happened." in page


def test_a_draft_is_submitted_only_once(client, site, vandalism):
    fill_all(client)
    submit(client)
    assert submit(client).status_code == 302
    assert Report.objects.count() == 1


def test_spanish_pages_live_under_es(client, site, vandalism):
    response = client.get("/es/report/")
    assert response.status_code == 200
    assert 'lang="es"' in response.content.decode()
