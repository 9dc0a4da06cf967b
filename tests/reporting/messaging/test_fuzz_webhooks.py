"""The signed SMS webhooks with missing or odd fields: 200 or a 4xx, never a 500."""

import pytest

from reporting.messaging import backends

pytestmark = pytest.mark.django_db

INBOUND = "/twilio/sms/inbound/"


@pytest.fixture(autouse=True)
def _locmem(settings):
    settings.MESSAGING_BACKEND = "locmem"
    settings.TWILIO_WEBHOOK_BASE_URL = ""
    backends.outbox.clear()
    yield
    backends.outbox.clear()


@pytest.mark.parametrize(
    "params",
    [
        {},
        {"MessageSid": "SM1"},
        {"MessageSid": "SM2", "From": "", "Body": "hi"},
        {"MessageSid": "SM3", "From": "garbage", "Body": "REPORT"},
        {"MessageSid": "SM4", "From": "+12025550177", "NumMedia": "²", "Body": "YES"},
        {"MessageSid": "SM5", "From": "+12025550177", "NumMedia": "3", "MediaUrl1": "x"},
        {"MessageSid": "SM6", "From": "whatsapp:+12025550177", "Body": "5 stars"},
        {"MessageSid": "SM7", "From": "+12025550177", "Body": "STOP", "OptOutType": "STOP"},
        {"MessageSid": "SM8", "From": "+12025550177", "Body": "START", "OptOutType": "²"},
    ],
)
def test_inbound_odd_fields(site, post_signed, params):
    params = {"To": "+15005550006", **params}
    assert post_signed(INBOUND, params).status_code < 500
    assert post_signed(INBOUND, params).status_code < 500  # Twilio's retry
