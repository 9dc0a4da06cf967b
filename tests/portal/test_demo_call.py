"""The phone simulator's call to the non-emergency line: every step posts a signed request
through the line's real webhooks, and the page shows what the line would say."""

import pytest

from reporting.messaging.models import Message
from reporting.voice.models import Call, PhoneLineSettings

pytestmark = pytest.mark.django_db

CALLER = "+12025550100"
LANDLINE = "+12025550188"
DESK = "+12025550180"
URL = "/demo/phone/"


@pytest.fixture
def demo_line(settings, site):
    settings.DEBUG = True
    settings.MESSAGING_BACKEND = "console"
    settings.TWILIO_WEBHOOK_BASE_URL = ""
    settings.TWILIO_FROM_NUMBER = "+12025550142"
    settings.VOICE_LOOKUP_LINE_TYPE = True
    settings.MESSAGING_CONSOLE_LINE_TYPES = {LANDLINE: "landline"}
    PhoneLineSettings.objects.create(site=site, desk_number=DESK)
    return settings


def call(client, number=CALLER):
    response = client.post(URL + "call/", {"number": number})
    assert response.status_code == 302
    return client.get(response["Location"]).content.decode()


def turn(client, how, number=CALLER, **typed):
    data = {"number": number, "how": how}
    data.update({f"{how}-{key}": value for key, value in typed.items()})
    if how in ("keys", "speech"):
        data[f"{how}-number"], data[f"{how}-how"] = data.pop("number"), data.pop("how")
    response = client.post(URL + "call/input/", data)
    assert response.status_code == 302, response.content.decode()[:2000]
    return client.get(response["Location"]).content.decode()


def test_the_call_part_is_off_outside_the_demo(client, settings):
    settings.DEBUG = False
    assert client.post(URL + "call/", {"number": CALLER}).status_code == 404
    assert client.post(URL + "call/input/", {"number": CALLER, "how": "silence"}).status_code == 404


def test_a_visitor_calls_the_line_and_gets_the_text(client, demo_line):
    page = call(client)
    assert "Para español, oprima 2." in page and 'lang="es"' in page
    assert "If this is an emergency, hang up and dial 9-1-1." in page
    assert Call.objects.get().caller == CALLER  # through the real, signed webhook

    page = turn(client, "silence")
    assert "press 1" in page
    page = turn(client, "keys", digits="1")
    assert "Please hold" in page
    text = Message.objects.get(kind="phone_line_link", to=CALLER)
    assert "/report/phone/" in text.body
    # The text shows on the simulated phone, as the agency's.
    assert text.body.split()[0] in page


def test_spanish_by_voice_then_the_desk(client, demo_line):
    call(client)
    page = turn(client, "speech", speech="español")
    assert "Si es una emergencia, cuelgue y marque 9-1-1." in page
    page = turn(client, "keys", digits="2")
    assert DESK in page and "The desk answers" in page
    page = turn(client, "desk_no_answer")
    assert "Nadie en la oficina" in page
    page = turn(client, "hang_up")
    assert "The call has ended." in page and f"Call {demo_line.TWILIO_FROM_NUMBER}" in page


def test_a_landline_hears_the_web_address_twice(client, demo_line):
    call(client, LANDLINE)
    turn(client, "silence", number=LANDLINE)
    page = turn(client, "keys", number=LANDLINE, digits="1")
    assert page.count("testserver, slash report") == 2
    assert not Message.objects.filter(kind="phone_line_link").exists()


def test_keys_that_are_not_on_a_phone_are_refused_and_kept(client, demo_line):
    call(client)
    response = client.post(
        URL + "call/input/",
        {"keys-number": CALLER, "keys-how": "keys", "keys-digits": "12ab"},
    )
    assert response.status_code == 400
    page = response.content.decode()
    assert "Use only the phone&#x27;s keys" in page or "Use only the phone's keys" in page
    assert 'value="12ab"' in page


def test_silence_twice_ends_the_call(client, demo_line):
    call(client)
    turn(client, "silence")
    turn(client, "silence")
    page = turn(client, "silence")
    assert "We did not hear a choice." in page and "The call has ended." in page
