"""The optional sink: a new item's EIDO is POSTed to a CAD endpoint, HMAC-signed, once, through
the outbox; a push that runs out of attempts ends dead and alerts a supervisor."""

import hashlib
import hmac
import json

import pytest
from django.core import mail
from django.utils import timezone

from dispatch_bridge.deliveries import EIDO_PUSH
from dispatch_bridge.models import QueueItem, SupervisorAlert
from portal.outbox.models import OutboxItem
from portal.outbox.services import item_deliver
from tests.factories import report_submit_for_test

pytestmark = pytest.mark.django_db


def push_row(item):
    return OutboxItem.objects.get(kind=EIDO_PUSH, target_id=item.pk)


def attempt(row):
    OutboxItem.objects.filter(pk=row.pk).update(next_attempt_at=timezone.now())
    return item_deliver(item_id=row.pk)


def test_push_is_off_by_default(settings):
    assert settings.DISPATCH_EIDO_PUSH_URL == ""
    report = report_submit_for_test(email="")
    assert not OutboxItem.objects.filter(kind=EIDO_PUSH).exists()
    assert OutboxItem.objects.filter(target_id=report.messages.get().pk).count() == 1


def test_push_signs_the_document_and_runs_once(cad, settings):
    url, received, _status = cad
    settings.DISPATCH_EIDO_PUSH_URL, settings.DISPATCH_EIDO_PUSH_SECRET = url, "shared-secret"
    report = report_submit_for_test(email="")

    item = report.queue_item
    row = push_row(item)  # written in the submit transaction
    assert attempt(row) == "sent"
    assert attempt(row) == "skipped"

    [(headers, body)] = received
    expected = "sha256=" + hmac.new(b"shared-secret", body, hashlib.sha256).hexdigest()
    assert headers["X-EIDO-Signature"] == expected
    assert json.loads(body)["incidentComponent"]["internalIncidentId"] == report.reference
    assert QueueItem.objects.get(pk=item.pk).eido_pushed_at is not None


def test_a_5xx_is_retried_as_transient(cad, settings):
    url, _received, status = cad
    settings.DISPATCH_EIDO_PUSH_URL = url
    status["code"] = 503
    item = report_submit_for_test().queue_item

    assert attempt(push_row(item)) == "retry"
    row = push_row(item)
    assert row.state == "pending" and "503" in row.last_error
    assert QueueItem.objects.get(pk=item.pk).eido_pushed_at is None

    status["code"] = 202
    assert attempt(row) == "sent"
    assert QueueItem.objects.get(pk=item.pk).eido_pushed_at is not None


def test_a_push_that_runs_out_of_attempts_is_dead_and_alerts_a_supervisor(
    cad, settings, supervisor
):
    url, received, status = cad
    settings.DISPATCH_EIDO_PUSH_URL, settings.OUTBOX_MAX_ATTEMPTS = url, 3
    status["code"] = 500
    item = report_submit_for_test(email="").queue_item
    row = push_row(item)

    assert [attempt(row) for _ in range(3)] == ["retry", "retry", "dead"]

    row.refresh_from_db()
    assert row.state == "dead" and row.attempts == 3 and len(received) == 3
    alert = SupervisorAlert.objects.get(kind="delivery_dead")
    assert alert.item_id == item.pk and alert.outbox_item_id == row.pk
    # The supervisor's email is an outbox row of its own.
    email = OutboxItem.objects.get(kind="dispatch.supervisor_alert", target_id=alert.pk)
    assert item_deliver(item_id=email.pk) == "sent"
    assert [m.to for m in mail.outbox] == [["supervisor@example.org"]]
    assert item.report.reference in mail.outbox[0].subject


def test_a_4xx_fails_at_once_without_retrying(cad, settings):
    url, received, status = cad
    settings.DISPATCH_EIDO_PUSH_URL = url
    status["code"] = 422
    item = report_submit_for_test().queue_item

    assert attempt(push_row(item)) == "failed"
    row = push_row(item)
    assert row.error_code == "refused" and "422" in row.last_error and len(received) == 1
