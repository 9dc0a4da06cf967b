"""Publishing to subscribers with a real Celery worker, the outbox and the real twilio SDK
talking to Prism: every subscriber gets one message per channel, and nothing is sent twice."""

import time

import pytest
from django.core import mail

from portal.outbox.models import OutboxItem
from portal.outbox.services import outbox_sweep
from reporting.alerts.models import Delivery
from reporting.messaging.models import Message

from .conftest import alert_make, subscriber_make

pytestmark = [pytest.mark.celery_worker, pytest.mark.prism]


# A real worker on a loaded machine can take many seconds; a passing test never waits this long.
def wait_for(condition, *, timeout=60.0, what="condition"):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if condition():
            return
        time.sleep(0.05)
    raise AssertionError(f"timed out waiting for {what}")


def test_publishing_fans_out_through_the_outbox_to_twilio_and_email(
    celery_worker, twilio_fake, settings, hoods
):
    settings.MESSAGING_BACKEND = "twilio"
    settings.OUTBOX_SWEEP_GRACE_SECONDS = 0
    west, east = hoods
    subscriber_make(phone="+12025550101", email="en@example.org", neighbourhoods=[west])
    subscriber_make(phone="+12025550102", language="es", neighbourhoods=[west])
    subscriber_make(phone="+12025550103", neighbourhoods=[east])  # not in the area

    alert = alert_make(neighbourhoods=[west])  # publishing commits; the worker does the rest

    def all_sent():
        messages = Message.objects.filter(kind="alert")
        return messages.count() == 3 and not messages.exclude(status="sent").exists()

    wait_for(all_sent, what="the alert's three messages")
    fanout = OutboxItem.objects.get(kind="alerts.fanout", target_id=alert.pk)
    assert fanout.state == "sent"
    texts = twilio_fake.messages
    assert sorted(t.to for t in texts) == ["+12025550101", "+12025550102"]
    [spanish] = twilio_fake.sent_to("+12025550102")
    assert "Calle Main cerrada" in spanish.body
    assert all(m.provider_sid.startswith("SM") for m in Message.objects.filter(channel="sms"))
    [email] = [m for m in mail.outbox if m.to == ["en@example.org"]]
    assert email.subject == "Main Street closed"
    assert "/alerts/preferences/" in email.body

    # A sweep and a second publish find nothing more to do.
    assert outbox_sweep()["queued"] == 0
    alert.save_revision().publish()
    assert OutboxItem.objects.filter(kind="alerts.fanout").count() == 1
    assert Delivery.objects.filter(alert=alert).count() == 3
    assert len(twilio_fake.messages) == 2
