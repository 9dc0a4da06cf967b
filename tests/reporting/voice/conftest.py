"""The phone line's tests: a caller who dials in through the signed webhooks and follows the
TwiML's own actions, as Twilio would; every answer is checked against Twilio's TwiML rules."""

import itertools
from datetime import time

import pytest
from django.conf import settings as django_settings
from django.utils import translation
from twilio.request_validator import RequestValidator

from cms.models import AgencySettings
from reporting.messaging import backends
from reporting.voice.models import PhoneLineSettings
from tests.support.staff import dispatcher, supervisor  # noqa: F401 - fixtures for the stats page
from tests.support.twiml import said, twiml_check

LINE = "+15005550006"  # the agency's number (test settings' TWILIO_FROM_NUMBER)
CALLER = "+12025550100"  # also the phone report_submit_for_test gives a report
DESK = "+12025550180"
ADDRESS = "100 Main Street, Example City"
_sids = itertools.count(1)


@pytest.fixture(autouse=True)
def line_settings(settings):
    settings.MESSAGING_BACKEND = "locmem"
    settings.TWILIO_WEBHOOK_BASE_URL = ""
    settings.VOICE_LOOKUP_LINE_TYPE = False
    settings.MESSAGING_RATE_LIMITS = {**settings.MESSAGING_RATE_LIMITS, "long_code": "1000/second"}
    settings.MESSAGING_RATE_LIMIT_PREFIX = "test-voice-rate"
    backends.outbox.clear()
    backends.line_types.clear()
    translation.activate("en")
    yield settings
    translation.deactivate()
    backends.outbox.clear()
    backends.line_types.clear()


@pytest.fixture
def line(site):
    """The agency's site with an address and a desk that answers around the clock."""
    AgencySettings.objects.filter(site=site).update(address=ADDRESS)
    return PhoneLineSettings.objects.create(site=site, desk_number=DESK)


def desk_hours(line, *, opens: time, closes: time, days="every_day"):
    line.desk_opens, line.desk_closes, line.desk_days = opens, closes, days
    line.save()


class Call:
    """One call to the line. Each step posts what Twilio would post to the URL the last answer
    named, signed, and returns the checked TwiML's root."""

    def __init__(self, client, caller: str = CALLER):
        self.client = client
        self.caller = caller
        self.sid = f"CA{next(_sids):032x}"
        self.root = None
        self.history: list[str] = []

    def post(self, url: str, **fields):
        response = self.post_raw(url, **fields)
        assert response.status_code == 200, response.content
        assert response["Content-Type"].startswith("text/xml")
        self.root = twiml_check(response.content.decode())
        self.history.append(self.said)
        return self.root

    def post_raw(self, url: str, **fields):
        params = {
            "CallSid": self.sid,
            "AccountSid": "AC" + "a" * 32,
            "From": self.caller,
            "To": LINE,
            "Direction": "inbound",
            "CallStatus": "in-progress",
            **fields,
        }

        signature = RequestValidator(django_settings.TWILIO_AUTH_TOKEN).compute_signature(
            f"http://testserver{url}", params
        )
        return self.client.post(url, params, HTTP_X_TWILIO_SIGNATURE=signature)

    def dial_in(self):
        return self.post("/twilio/line/")

    @property
    def said(self) -> str:
        return said(self.root)

    @property
    def gather(self):
        gathers = list(self.root.iter("Gather"))
        assert gathers, f"nothing to answer: {self.said}"
        return gathers[-1]

    def press(self, digits: str):
        return self.post(self.gather.get("action"), Digits=digits)

    def speak(self, words: str, confidence: str = "0.9"):
        return self.post(self.gather.get("action"), SpeechResult=words, Confidence=confidence)

    def stay_silent(self):
        """No input: Twilio runs the verb after the <Gather>."""
        following = list(self.root)[-1]
        if following.tag == "Redirect":
            return self.post(following.text.strip())
        return None  # the answer hung up (the caller heard a goodbye)

    def follow(self):
        """The answer's <Redirect> (a hold, then a check)."""
        following = list(self.root)[-1]
        assert following.tag == "Redirect", self.said
        return self.post(following.text.strip())

    @property
    def hung_up(self) -> bool:
        return list(self.root)[-1].tag == "Hangup"

    def languages(self) -> set[str]:
        return {el.get("language") for el in self.root.iter("Say")}


@pytest.fixture
def call(client, line):
    return Call(client)
