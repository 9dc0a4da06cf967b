"""The demo's phone simulator: texts through the real signed webhook, replies and call-backs."""

import io

import pytest
from django.contrib.auth.models import Permission
from PIL import Image

from reporting.messaging import backends
from reporting.messaging.models import Message, StaffPhone
from reporting.messaging.services import call_back_start, message_queue
from tests.factories import StaffFactory, report_submit_for_test

pytestmark = pytest.mark.django_db

REPORTER = "+12025550100"
STAFF_PHONE = "+12025550111"
URL = "/demo/phone/"


@pytest.fixture
def demo_settings(settings):
    settings.DEBUG = True
    settings.MESSAGING_BACKEND = "console"
    settings.TWILIO_WEBHOOK_BASE_URL = ""
    settings.TWILIO_FROM_NUMBER = "+12025550142"
    settings.RELAY_SERVICE_NUMBER = "+12025550171"
    backends.media.clear()
    yield settings
    backends.media.clear()


def png() -> bytes:
    out = io.BytesIO()
    Image.new("RGB", (8, 8), "red").save(out, "PNG")
    return out.getvalue()


def test_the_simulator_is_off_outside_the_demo(client, settings):
    settings.DEBUG, settings.MESSAGING_BACKEND = False, "console"
    assert client.get(URL).status_code == 404
    settings.DEBUG, settings.MESSAGING_BACKEND = True, "twilio"
    assert client.get(URL).status_code == 404
    assert client.post(URL + "text/", {"number": REPORTER, "body": "hi"}).status_code == 404


def test_a_text_goes_through_the_signed_webhook_onto_the_report(client, demo_settings):
    report = report_submit_for_test(phone=REPORTER)

    response = client.post(URL + "text/", {"number": REPORTER, "body": "The paint is red."})

    assert response.status_code == 302
    inbound = Message.objects.get(direction="inbound")
    assert (inbound.report, inbound.from_address, inbound.body) == (
        report,
        REPORTER,
        "The paint is red.",
    )
    page = client.get(response["Location"]).content.decode()
    assert "The paint is red." in page
    # The receipt the agency texted at submit shows as theirs.
    receipt = Message.objects.get(direction="outbound", channel="sms", to=REPORTER)
    assert receipt.body.split()[0] in page


def test_the_agencys_instant_reply_shows_in_the_conversation(client, demo_settings):
    # No open report for this number: the webhook answers with where to call instead.
    response = client.post(URL + "text/", {"number": "+12025550188", "body": "hello?"})

    page = client.get(response["Location"]).content.decode()
    assert "hello?" in page
    assert page.count("demo-phone__entry--theirs") >= 1


def test_a_picture_makes_an_mms_the_agency_can_fetch(client, demo_settings):
    report_submit_for_test(phone=REPORTER)
    picture = io.BytesIO(png())
    picture.name = "fence.png"

    client.post(URL + "text/", {"number": REPORTER, "body": "", "picture": picture})

    inbound = Message.objects.get(direction="inbound")
    [media] = inbound.media
    assert backends.ConsoleBackend().fetch_media(media["url"]) == ("image/png", png())
    assert client.get(media["url"]).content == png()


def test_an_empty_text_is_refused_with_a_message_and_the_phone_kept(client, demo_settings):
    response = client.post(URL + "text/", {"number": REPORTER, "body": ""})

    assert response.status_code == 400
    page = response.content.decode()
    assert "Type a message or choose a picture." in page
    assert REPORTER in page
    assert not Message.objects.filter(direction="inbound").exists()


def test_a_bad_number_is_refused_with_a_message(client, demo_settings):
    response = client.get(URL, {"number": "not a phone"})

    assert response.status_code == 200
    assert "field__error" in response.content.decode()
    assert "not a phone" in response.content.decode()


def test_a_call_back_rings_the_dispatchers_phone_and_answering_connects_it(client, demo_settings):
    report = report_submit_for_test(phone=REPORTER, callback_channel="voice")
    dispatcher = StaffFactory(username="dispatcher")
    dispatcher.user_permissions.add(
        Permission.objects.get(codename="add_message", content_type__app_label="messaging")
    )
    StaffPhone.objects.create(user=dispatcher, phone=STAFF_PHONE)
    call = call_back_start(report=report, user=dispatcher, mode="voice")

    page = client.get(URL, {"number": STAFF_PHONE}).content.decode()
    assert "Incoming call" in page
    assert f"/demo/phone/answer/{call.pk}/" in page

    response = client.post(f"{URL}answer/{call.pk}/", follow=True)

    heard = response.content.decode()
    assert "Connecting you to the reporter" in heard
    assert REPORTER in heard
    # The reporter's phone shows the agency calling.
    assert "Call from" in client.get(URL, {"number": REPORTER}).content.decode()


def test_agency_texts_are_escaped(client, demo_settings):
    report = report_submit_for_test(phone=REPORTER)
    message_queue(
        report=report,
        channel=Message.Channel.SMS,
        to=REPORTER,
        body="<script>alert(1)</script>",
        kind="staff",
        automatic=False,
    )

    page = client.get(URL, {"number": REPORTER}).content.decode()

    assert "<script>alert(1)</script>" not in page
    assert "&lt;script&gt;" in page
