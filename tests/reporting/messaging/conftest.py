"""Fixtures for the messaging tests: a clean outbox, a roomy send rate, signed webhook posts."""

import pytest
from django.utils import translation
from twilio.request_validator import RequestValidator

from reporting.messaging import backends
from reporting.messaging.models import StaffPhone
from tests.factories import StaffFactory, report_submit_for_test

REPORTER = "+12025550100"
STAFF_PHONE = "+12025550111"
AGENCY_VOICE = "+12025550140"
RELAY = "+12025550150"


@pytest.fixture(autouse=True)
def messaging_settings(settings):
    settings.MESSAGING_BACKEND = "locmem"
    settings.TWILIO_WEBHOOK_BASE_URL = ""
    settings.TWILIO_VOICE_FROM_NUMBER = AGENCY_VOICE
    settings.RELAY_SERVICE_NUMBER = RELAY
    # A test about pacing sets its own rate; others must not wait on each other's sends.
    settings.MESSAGING_RATE_LIMITS = {**settings.MESSAGING_RATE_LIMITS, "long_code": "1000/second"}
    settings.MESSAGING_CALL_RATE_LIMIT = "1000/second"
    settings.MESSAGING_RATE_LIMIT_PREFIX = "test-messaging-rate"
    backends.outbox.clear()
    backends.media.clear()
    # A test-client request to /es/ leaves Spanish active in this thread; start from English.
    translation.activate("en")
    yield settings
    translation.deactivate()
    backends.outbox.clear()
    backends.media.clear()


def sign(url: str, params: dict, token: str | None = None) -> str:
    from django.conf import settings

    return RequestValidator(token or settings.TWILIO_AUTH_TOKEN).compute_signature(url, params)


@pytest.fixture
def post_signed(client):
    """POST a form as Twilio would, signed for http://testserver<path> unless told otherwise."""

    def post(path: str, params: dict, *, signed_url: str | None = None, **extra):
        signature = sign(signed_url or f"http://testserver{path}", params)
        return client.post(path, params, HTTP_X_TWILIO_SIGNATURE=signature, **extra)

    return post


@pytest.fixture
def report(db):
    return report_submit_for_test(phone=REPORTER)


@pytest.fixture
def dispatcher(db):
    from django.contrib.auth.models import Permission

    user = StaffFactory(username="dispatcher")
    user.user_permissions.add(
        Permission.objects.get(codename="add_message", content_type__app_label="messaging"),
        Permission.objects.get(codename="view_message", content_type__app_label="messaging"),
    )
    StaffPhone.objects.create(user=user, phone=STAFF_PHONE)
    return user


def outbox_item_of(message):
    from portal.outbox.models import OutboxItem

    return OutboxItem.objects.get(key=f"messaging.message:{message.pk}")


def deliver(message) -> str:
    """One outbox attempt at this message, as a worker would make it, due or not."""
    from django.utils import timezone

    from portal.outbox.models import OutboxItem
    from portal.outbox.services import item_deliver

    item = outbox_item_of(message)
    OutboxItem.objects.filter(pk=item.pk).update(next_attempt_at=timezone.now())
    return item_deliver(item_id=item.pk)


def deliver_until_done(message, limit: int = 20) -> str:
    """Attempts until the outbox row settles (retries run at once instead of after backoff)."""
    for _attempt in range(limit):
        result = deliver(message)
        if result != "retry":
            return result
    raise AssertionError(f"message {message.pk} still retrying after {limit} attempts")
