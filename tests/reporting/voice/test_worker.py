"""Option 1 with a real Celery worker: the caller holds while the outbox sends the text, and
hears that it went only once it did."""

import time

import pytest

from reporting.messaging import backends
from reporting.messaging.models import Message

from .conftest import CALLER, Call

pytestmark = pytest.mark.celery_worker


# A real worker on a loaded machine can take many seconds; a passing test never waits this long.
def wait_for(condition, *, timeout=60.0, what="condition"):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if condition():
            return
        time.sleep(0.05)
    raise AssertionError(f"timed out waiting for {what}")


def test_the_caller_holds_until_the_worker_has_sent_the_text(client, line, celery_worker):
    call = Call(client)
    call.dial_in()
    call.stay_silent()
    call.press("1")
    assert "Please hold" in call.said

    text = Message.objects.get(kind="phone_line_link")
    wait_for(lambda: Message.objects.get(pk=text.pk).status == "sent", what="the link text")
    call.follow()

    assert "We sent a text message to this phone" in call.said
    [sent] = [m for m in backends.outbox if m["kind"] == "sms"]
    assert sent["to"] == CALLER and "/report/phone/" in sent["body"]
