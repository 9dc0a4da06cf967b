"""Messages through the one outbox: no duplicate text after a crash or a timeout.

The outbox's own rules (claim, backoff, dead) are tested in tests/outbox; these are what
messaging adds: a message with a SID is never sent again, and an attempt with an unknown
outcome is reconciled with the provider's record before anything is resent.
"""

from datetime import timedelta

import pytest
from django.utils import timezone

from portal.outbox.models import OutboxItem
from portal.outbox.services import outbox_sweep
from reporting.messaging import backends
from reporting.messaging.errors import TransientSendError
from reporting.messaging.models import Message

from .conftest import REPORTER, deliver, outbox_item_of

pytestmark = pytest.mark.django_db


def texts_to(number):
    return [m for m in backends.outbox if m["kind"] == "sms" and m["to"] == number]


def test_each_message_has_one_outbox_row_on_the_sms_queue(report, settings):
    sms = report.messages.get(channel="sms")
    item = outbox_item_of(sms)
    assert item.kind == "messaging.sms" and item.target_id == sms.pk and item.state == "pending"
    email = report.messages.filter(channel="email").first()
    if email:
        assert outbox_item_of(email).kind == "messaging.email"
    from portal.outbox.registry import kind_get

    assert kind_get("messaging.sms").queue == settings.MESSAGING_SMS_QUEUE == "sms"
    assert kind_get("messaging.email").queue is None  # the default queue


def test_a_worker_killed_after_twilio_took_the_text_does_not_send_it_twice(report, settings):
    sms = report.messages.get(channel="sms")
    assert deliver(sms) == "sent"
    [sent] = texts_to(REPORTER)
    # As if the worker died before recording the SID: the row is still "sending".
    Message.objects.filter(pk=sms.pk).update(provider_sid=None, status="sending")
    item = outbox_item_of(sms)
    started = timezone.now() - timedelta(minutes=10)
    OutboxItem.objects.filter(pk=item.pk).update(
        state="sending", attempt_started_at=started, provider_ref=""
    )
    backends.outbox[0]["at"] = started + timedelta(seconds=1)

    assert outbox_sweep()["stuck"] == 1  # queued again (no worker here; we run it)
    assert deliver(sms) == "reconciled"

    assert len(texts_to(REPORTER)) == 1
    sms.refresh_from_db()
    item.refresh_from_db()
    assert sms.status == "sent" and sms.provider_sid == sent["sid"]
    assert item.state == "sent" and item.provider_ref == sent["sid"]


def test_a_text_twilio_never_got_is_sent_after_the_check(report):
    sms = report.messages.get(channel="sms")
    item = outbox_item_of(sms)
    OutboxItem.objects.filter(pk=item.pk).update(
        state="sending", attempts=1, attempt_started_at=timezone.now() - timedelta(minutes=10)
    )

    assert deliver(sms) == "sent"
    assert len(texts_to(REPORTER)) == 1


def test_no_answer_in_time_is_checked_before_the_retry(report, monkeypatch):
    """Twilio took the text but answered after the client's timeout."""
    sms = report.messages.get(channel="sms")
    real_send = backends.LocmemBackend.send_sms

    def send_then_time_out(self, **kwargs):
        real_send(self, **kwargs)
        raise TransientSendError("ReadTimeout", code="timeout", outcome_unknown=True)

    monkeypatch.setattr(backends.LocmemBackend, "send_sms", send_then_time_out)
    assert deliver(sms) == "retry"
    monkeypatch.undo()
    sms.refresh_from_db()
    assert sms.status == "pending" and sms.error_code == "timeout"

    assert deliver(sms) == "reconciled"
    [sent] = texts_to(REPORTER)
    sms.refresh_from_db()
    assert sms.provider_sid == sent["sid"] and sms.status == "sent"


def test_a_message_with_a_sid_is_never_sent_again(report):
    sms = report.messages.get(channel="sms")
    Message.objects.filter(pk=sms.pk).update(provider_sid="SM" + "9" * 32, status="sent")

    assert deliver(sms) == "sent"
    assert texts_to(REPORTER) == []
    assert outbox_item_of(sms).provider_ref == "SM" + "9" * 32


def test_a_supervisors_retry_sends_a_text_that_had_failed(report, monkeypatch):
    from portal.outbox.services import item_retry

    sms = report.messages.get(channel="sms")

    def refuse(self, **kwargs):
        raise TransientSendError("Twilio is down", code="20500")

    monkeypatch.setattr(backends.LocmemBackend, "send_sms", refuse)
    OutboxItem.objects.filter(pk=outbox_item_of(sms).pk).update(attempts=6)  # the last one
    assert deliver(sms) == "dead"
    sms.refresh_from_db()
    assert sms.status == "failed"
    monkeypatch.undo()

    item_retry(item_id=outbox_item_of(sms).pk)
    assert deliver(sms) == "sent"
    sms.refresh_from_db()
    assert sms.status == "sent" and len(texts_to(REPORTER)) == 1
