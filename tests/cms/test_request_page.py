"""Presentation and tour requests: stored, staff emailed once, bad input explained."""

from datetime import timedelta

import pytest
from django.core import mail
from django.utils import timezone

from cms import notify
from cms.models import PresentationRequest
from portal.celery import app
from portal.outbox.models import OutboxItem
from portal.outbox.services import item_deliver, outbox_sweep
from tests.reporting.messaging.test_worker import broker_down

pytestmark = pytest.mark.django_db

URL = "/request-a-presentation/"
URL_ES = "/es/solicite-una-presentacion/"


def _form(**overrides):
    data = {
        "kind": "presentation",
        "organisation": "Maple Street Elementary",
        "age_group": "k2",
        "head_count": "48",
        "preferred_date": (timezone.localdate() + timedelta(days=30)).isoformat(),
        "alternative_date": "",
        "contact_name": "Ana Ruiz",
        "contact_email": "ana@example.org",
        "contact_phone": "",
        "notes": "Two kindergarten classes.",
    }
    data.update(overrides)
    return data


def staff_email_row(request):
    return OutboxItem.objects.get(kind=notify.KIND, target_id=request.pk)


def test_a_request_is_stored_and_staff_are_emailed_after_commit(
    demo, client, settings, django_capture_on_commit_callbacks
):
    settings.PRESENTATION_REQUEST_EMAIL = "cru@example.org"

    with django_capture_on_commit_callbacks(execute=False) as callbacks:
        response = client.post(URL, _form())

    assert response.status_code == 302
    assert response["Location"] == URL + "?sent=1"
    request = PresentationRequest.objects.get()
    assert request.organisation == "Maple Street Elementary"
    assert request.language == "en"
    row = staff_email_row(request)  # written with the request, queued after commit
    assert row.state == "pending" and len(callbacks) == 1

    assert item_deliver(item_id=row.pk) == "sent"
    assert len(mail.outbox) == 1
    assert mail.outbox[0].to == ["cru@example.org"]
    assert "Maple Street Elementary" in mail.outbox[0].body
    # A retried or duplicated task must not email twice.
    assert item_deliver(item_id=row.pk) == "skipped"
    assert len(mail.outbox) == 1

    thanks = client.get(response["Location"]).content.decode()
    assert "We have your request" in thanks


def test_with_the_broker_down_the_request_is_kept_and_the_sweep_emails_later(
    demo, client, django_capture_on_commit_callbacks, settings
):
    settings.OUTBOX_SWEEP_GRACE_SECONDS = 60
    # The demo's own deliveries (its published alert, a receipt) are restored with the times
    # the session's snapshot was taken, so a sweep would count them too once a loaded machine
    # is a minute into the session: they are not this test's business.
    OutboxItem.objects.all().delete()
    with broker_down(app), django_capture_on_commit_callbacks(execute=True):
        response = client.post(URL, _form())

    assert response.status_code == 302  # the teacher sees the thanks page, not an error
    request = PresentationRequest.objects.get()
    row = staff_email_row(request)
    assert row.state == "pending"

    assert outbox_sweep()["queued"] == 0  # too fresh: it may still be on its way
    OutboxItem.objects.filter(pk=row.pk).update(
        next_attempt_at=timezone.now() - timedelta(minutes=5)
    )
    assert outbox_sweep()["queued"] == 1
    item_deliver(item_id=row.pk)  # what the worker does with the queued task
    assert outbox_sweep()["queued"] == 0  # emailed: never again
    assert len(mail.outbox) == 1


def test_a_spanish_request_records_its_language(demo, client):
    client.post(URL_ES, _form())
    assert PresentationRequest.objects.get().language == "es"


def test_bad_input_is_explained_and_what_was_typed_is_kept(demo, client):
    response = client.post(
        URL,
        _form(
            head_count="0",
            contact_email="not-an-email",
            preferred_date="2001-01-01",
            contact_phone="12",
        ),
    )
    html = response.content.decode()
    assert response.status_code == 400
    assert PresentationRequest.objects.count() == 0
    assert "Please fix the following" in html
    assert "Enter a number from 1 to 500." in html
    assert "We need at least two weeks&#x27; notice" in html
    assert "Please enter a phone number we can call." in html
    assert "Enter a valid email address." in html
    assert 'value="Maple Street Elementary"' in html
    assert 'value="not-an-email"' in html
    assert 'aria-invalid="true"' in html


def test_a_date_sooner_than_two_weeks_is_refused_as_the_help_text_says(demo, client):
    soon = (timezone.localdate() + timedelta(days=2)).isoformat()

    html = client.post(URL, _form(preferred_date=soon)).content.decode()

    assert PresentationRequest.objects.count() == 0
    assert "We need at least two weeks&#x27; notice" in html
    assert f'value="{soon}"' in html


def test_errors_are_in_spanish_on_the_spanish_page(demo, client):
    html = client.post(URL_ES, _form(head_count="9999")).content.decode()
    assert "Corrija lo siguiente" in html
    assert "Escriba un número del 1 al 500." in html


def test_hostile_text_is_escaped_in_the_email_and_admin(demo, client):
    client.post(URL, _form(organisation="<script>alert(1)</script>"))
    request = PresentationRequest.objects.get()
    assert request.organisation == "<script>alert(1)</script>"
