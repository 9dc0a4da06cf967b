"""Double opt-in and STOP through Twilio's signed inbound webhook and the handler chain."""

import pytest

from reporting.messaging.models import OptOut

from ..messaging.conftest import post_signed  # noqa: F401 - the fixture
from ..messaging.test_webhooks import INBOUND, inbound
from .conftest import alert_make, subscriber_make

pytestmark = pytest.mark.django_db
PHONE = "+12025550123"


def test_the_handler_is_in_the_chain(settings):
    assert "reporting.alerts.inbound.subscription_confirm_handler" in (
        settings.MESSAGING_INBOUND_HANDLERS
    )


def test_yes_by_text_confirms_the_subscription(post_signed, hoods, site):  # noqa: F811
    subscriber = subscriber_make(phone=PHONE, confirmed=False, neighbourhoods=[hoods[0]])

    response = post_signed(INBOUND, inbound("Yes", from_=PHONE))

    assert response.status_code == 200
    assert b"you will get text alerts" in response.content
    subscriber.refresh_from_db()
    assert subscriber.phone_confirmed_at is not None


def test_yes_from_a_stranger_is_left_to_the_rest_of_the_chain(post_signed, hoods, site):  # noqa: F811
    response = post_signed(INBOUND, inbound("YES", from_="+12025550999"))
    assert response.status_code == 200
    assert b"you will get text alerts" not in response.content


def test_stop_ends_every_alert_text_at_once(post_signed, hoods, site):  # noqa: F811
    from reporting.alerts.services import alert_fanout

    subscriber_make(phone=PHONE, neighbourhoods=[hoods[0]])
    subscriber_make(phone=PHONE, whole_city=True)  # signed up twice: both end

    post_signed(INBOUND, inbound("STOP", from_=PHONE))

    assert OptOut.objects.filter(phone=PHONE).exists()
    result = alert_fanout(alert_id=alert_make(neighbourhoods=[hoods[0]]).pk)
    assert (result.messages, result.opted_out) == (0, 2)
