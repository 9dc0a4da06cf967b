"""Contract tests: the line-type check through the real twilio SDK against Prism serving
Twilio's own Lookup v2 spec (merged into the test Prism, tests/support/prism.py)."""

import pytest

from reporting.messaging.errors import PermanentSendError
from reporting.messaging.models import Message
from reporting.messaging.twilio_backend import TwilioBackend
from reporting.voice.models import Call as CallRow

from .conftest import CALLER, Call

pytestmark = pytest.mark.django_db


def test_lookup_asks_for_line_type_intelligence_and_reads_the_type(twilio_http):
    twilio_http.extra_headers["Prefer"] = "example=landline"
    assert TwilioBackend().line_type(CALLER) == "landline"

    [sent] = twilio_http.sent
    assert sent["method"] == "GET"
    assert sent["path"] == f"/v2/PhoneNumbers/{CALLER}"
    # Prism validated the query against the spec; the SDK sent exactly one field.
    twilio_http.extra_headers["Prefer"] = "example=fetchLineTypeIntelligence"
    assert TwilioBackend().line_type(CALLER) == "nonFixedVoip"


def test_a_number_twilio_knows_nothing_about_has_no_line_type(twilio_http):
    assert TwilioBackend().line_type(CALLER) == ""  # the spec's plain answer: no line type


def test_lookup_without_credentials_is_refused_as_permanent(twilio_http, settings):
    settings.TWILIO_ACCOUNT_SID = ""
    with pytest.raises(PermanentSendError):
        TwilioBackend().line_type(CALLER)


@pytest.mark.parametrize(("example", "texted"), [("landline", False), ("mobile", True)])
def test_the_line_asks_lookup_where_configured(
    client, line, twilio_http, settings, example, texted
):
    settings.MESSAGING_BACKEND = "twilio"
    settings.VOICE_LOOKUP_LINE_TYPE = True
    twilio_http.extra_headers["Prefer"] = f"example={example}"
    call = Call(client)
    call.dial_in()
    call.stay_silent()
    call.press("1")

    assert Message.objects.filter(kind="phone_line_link").exists() is texted
    assert CallRow.objects.get(sid=call.sid).line_type == example
    assert ("testserver, slash report" in call.said) is not texted
    assert [s["path"] for s in twilio_http.sent] == [f"/v2/PhoneNumbers/{CALLER}"]
