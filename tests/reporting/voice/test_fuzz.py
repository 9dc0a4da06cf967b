"""Signed voice webhooks with odd fields or query strings: TwiML or a 4xx, never a 500."""

from urllib.parse import quote

import pytest

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize("tries", ["²", "①", "9" * 40, "-1", ""])
def test_menu_odd_tries_still_answers(call, tries):
    call.dial_in()
    call.post(f"/twilio/line/menu/?tries={quote(tries)}", Digits="7")


@pytest.mark.parametrize("n", ["²", "①", "9" * 40])
def test_text_check_odd_count_still_answers(call, n):
    call.dial_in()
    response = call.post_raw(f"/twilio/line/text-check/?n={quote(n)}")
    assert response.status_code == 200


@pytest.mark.parametrize("duration", ["²", "9" * 20, "-5", "12.5"])
def test_call_status_odd_duration(call, duration):
    call.dial_in()
    response = call.post_raw(
        "/twilio/line/call-status/", CallStatus="completed", CallDuration=duration
    )
    assert response.status_code == 204


@pytest.mark.parametrize(
    "fields",
    [
        {"Digits": "²#"},
        {"Digits": "①②③"},
        {"SpeechResult": "١٢٣ ²³"},
        {"SpeechResult": "x" * 499},
        {"Digits": ""},
    ],
)
def test_status_odd_reference(call, fields):
    call.dial_in()
    response = call.post_raw("/twilio/line/status/", **fields)
    assert response.status_code == 200


@pytest.mark.parametrize(
    "url", ["/twilio/line/", "/twilio/line/menu/", "/twilio/line/status/", "/twilio/line/desk/"]
)
def test_missing_fields_and_wrong_method(client, call, url):
    response = call.post_raw(url, CallSid="", From="", To="")
    assert response.status_code in (200, 400)
    assert client.get(url).status_code in (403, 405)


def test_the_same_call_answered_twice_and_menus_before_the_answer(call):
    # Twilio retries a webhook that timed out; a menu can come for a call never answered here.
    call.post("/twilio/line/menu/", Digits="1")
    call.dial_in()
    call.dial_in()


@pytest.mark.parametrize("status", ["", "COMPLETED", "busy", "²", "x" * 20])
def test_desk_result_odd_status(call, status):
    call.dial_in()
    response = call.post_raw("/twilio/line/desk/", DialCallStatus=status)
    assert response.status_code == 200


@pytest.mark.parametrize(
    "fields", [{"Digits": "*#*#"}, {"SpeechResult": "¿español? ESPAÑOL ²"}, {"Digits": "2" * 20}]
)
def test_language_and_menu_odd_answers(call, fields):
    call.dial_in()
    for url in ("/twilio/line/language/", "/twilio/line/menu/", "/twilio/line/text-check/"):
        assert call.post_raw(url, **fields).status_code == 200
