import pytest
from twilio.base.exceptions import TwilioRestException

from reporting.messaging.twilio_backend import get_twilio_client

pytestmark = pytest.mark.prism


def test_the_real_sdk_sends_an_sms_to_prism_and_gets_a_message_sid(twilio_http):
    client = get_twilio_client()

    message = client.messages.create(to="+12025550100", from_="+15005550006", body="Report NE-1")

    assert message.sid.startswith("SM") and len(message.sid) == 34
    assert message.status == "queued"
    [sent] = twilio_http.sent
    assert sent["method"] == "POST"
    assert sent["path"].endswith("/Messages.json")
    assert sent["data"] == {"To": "+12025550100", "From": "+15005550006", "Body": "Report NE-1"}


def test_prism_returns_twilio_shaped_errors_on_request(twilio_http):
    twilio_http.extra_headers["Prefer"] = "code=400, example=opted_out"

    with pytest.raises(TwilioRestException) as excinfo:
        get_twilio_client().messages.create(to="+12025550100", from_="+15005550006", body="x")

    assert excinfo.value.status == 400
    assert excinfo.value.code == 21610


def test_a_request_missing_a_required_field_is_refused_by_the_spec(twilio_http):
    with pytest.raises(TwilioRestException) as excinfo:
        get_twilio_client().messages.create(to=None, from_="+15005550006", body="x")

    assert excinfo.value.status in (400, 422)
