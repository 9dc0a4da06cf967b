import random

import pytest

from reporting.messaging.delivery import outbox_sweep
from reporting.messaging.models import Message
from reporting.messaging.tasks import retry_countdown

pytestmark = pytest.mark.django_db


def test_retry_waits_grow_exponentially_with_full_jitter_and_a_cap(settings):
    settings.MESSAGING_RETRY_BACKOFF = 5
    settings.MESSAGING_RETRY_BACKOFF_MAX = 600
    random.seed(6)

    for retries, ceiling in [(0, 5), (1, 10), (2, 20), (3, 40), (10, 600)]:
        waits = {retry_countdown(retries) for _ in range(200)}
        assert min(waits) >= 1 and max(waits) <= ceiling
        assert len(waits) > 1  # jittered, not lockstep


def test_the_sweep_leaves_rows_waiting_for_a_retry_and_revives_interrupted_sends(
    settings, report, django_capture_on_commit_callbacks
):
    from datetime import timedelta

    from django.utils import timezone

    settings.MESSAGING_SWEEP_GRACE_SECONDS = 0
    sms = report.messages.get(channel="sms")
    Message.objects.filter(pk=sms.pk).update(next_attempt_at=timezone.now() + timedelta(hours=1))
    assert outbox_sweep()["queued"] == 0

    Message.objects.filter(pk=sms.pk).update(
        status="sending", next_attempt_at=None, updated_at=timezone.now() - timedelta(hours=1)
    )
    result = outbox_sweep()

    assert result["revived"] == 1 and result["queued"] == 1
    sms.refresh_from_db()
    assert sms.status == "pending"


def test_the_sweep_never_touches_a_row_with_a_sid(settings, report):
    settings.MESSAGING_SWEEP_GRACE_SECONDS = 0
    Message.objects.filter(report=report).update(provider_sid="SM" + "9" * 32, status="pending")

    assert outbox_sweep()["queued"] == 0
