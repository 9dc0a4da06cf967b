"""The optional sink: a new item's EIDO is POSTed to a CAD endpoint, HMAC-signed, once."""

import hashlib
import hmac
import json

import pytest

from dispatch_bridge.models import QueueItem
from dispatch_bridge.tasks import TransientPushError, eido_push
from tests.factories import report_submit_for_test

pytestmark = pytest.mark.django_db


def test_push_is_off_by_default(django_capture_on_commit_callbacks, settings):
    assert settings.DISPATCH_EIDO_PUSH_URL == ""
    with django_capture_on_commit_callbacks() as callbacks:
        report_submit_for_test(email="")
    assert len(callbacks) == 1  # only the receipt SMS


def test_push_signs_the_document_and_runs_once(cad, settings, django_capture_on_commit_callbacks):
    url, received, _status = cad
    settings.DISPATCH_EIDO_PUSH_URL, settings.DISPATCH_EIDO_PUSH_SECRET = url, "shared-secret"
    with django_capture_on_commit_callbacks() as callbacks:
        report = report_submit_for_test(email="")
    assert len(callbacks) == 2  # receipt + push, both after commit

    item = report.queue_item
    assert eido_push(item.pk) == "pushed"
    assert eido_push(item.pk) == "skipped"

    headers, body = received[0]
    expected = "sha256=" + hmac.new(b"shared-secret", body, hashlib.sha256).hexdigest()
    assert headers["X-EIDO-Signature"] == expected
    assert json.loads(body)["incidentComponent"]["internalIncidentId"] == report.reference
    assert QueueItem.objects.get(pk=item.pk).eido_pushed_at is not None


def test_a_5xx_is_retried_as_transient(cad, settings):
    url, _received, status = cad
    settings.DISPATCH_EIDO_PUSH_URL = url
    status["code"] = 503
    item = report_submit_for_test().queue_item

    with pytest.raises(TransientPushError):
        eido_push.run(item.pk)
    assert QueueItem.objects.get(pk=item.pk).eido_pushed_at is None
