"""The outbox's rules, through its public services, on PostgreSQL."""

import threading
from datetime import timedelta

import pytest
from django.db import connection, transaction
from django.utils import timezone

from portal.outbox import policy
from portal.outbox.models import OutboxItem
from portal.outbox.registry import UnknownKind
from portal.outbox.services import item_deliver, item_retry, outbox_add, outbox_sweep
from portal.outbox.signals import item_dead

from .conftest import calls, given_up, provider

pytestmark = pytest.mark.django_db


def add(script=(), key="k1", **kwargs):
    return outbox_add(kind="test.flaky", key=key, target_id=7, payload={"script": list(script)})


def test_a_row_exists_only_if_the_business_transaction_commits():
    with pytest.raises(RuntimeError), transaction.atomic():
        add()
        raise RuntimeError("the business write failed")
    assert not OutboxItem.objects.exists()

    item = add()
    assert item.state == "pending" and item.attempts == 0 and item.target_id == 7


def test_the_same_key_twice_is_one_row():
    first = add(key="report:1:receipt")
    again = add(key="report:1:receipt")
    assert again.pk == first.pk
    assert OutboxItem.objects.count() == 1


def test_an_unknown_kind_is_refused_inside_the_business_transaction():
    with pytest.raises(UnknownKind):
        outbox_add(kind="no.such.kind", key="x")


def test_a_delivered_row_is_sent_once_with_the_providers_ref():
    item = add()
    assert item_deliver(item_id=item.pk) == "sent"
    assert item_deliver(item_id=item.pk) == "skipped"  # a duplicate task does nothing

    item.refresh_from_db()
    assert item.state == "sent" and item.attempts == 1
    assert item.provider_ref == f"REF{item.pk}-1" and item.finished_at
    assert calls == [("handle", item.pk, 1)]


def test_a_transient_error_waits_for_its_backoff_then_succeeds(settings):
    settings.OUTBOX_RETRY_BACKOFF = 30
    item = add(["flaky"])

    assert item_deliver(item_id=item.pk) == "retry"
    item.refresh_from_db()
    assert item.state == "pending" and item.attempts == 1
    assert item.last_error == "try later" and item.error_code == "Flaky"
    # Full jitter may pick a delay as short as one second, which a loaded machine outlives
    # between two lines; so check the floor against the row's own clock, then make the retry
    # due well ahead before sending the early copy.
    assert item.next_attempt_at >= item.updated_at + timedelta(seconds=1)
    OutboxItem.objects.filter(pk=item.pk).update(
        next_attempt_at=timezone.now() + timedelta(minutes=5)
    )
    # A copy that arrives before the retry is due does nothing.
    assert item_deliver(item_id=item.pk) == "skipped"

    OutboxItem.objects.filter(pk=item.pk).update(next_attempt_at=timezone.now())
    assert item_deliver(item_id=item.pk) == "sent"
    item.refresh_from_db()
    assert item.state == "sent" and item.attempts == 2 and item.last_error == ""


def test_a_permanent_error_fails_at_once_and_is_not_retried():
    item = add(["refused"])
    assert item_deliver(item_id=item.pk) == "failed"
    item.refresh_from_db()
    assert item.state == "failed" and item.attempts == 1
    assert item.error_code == "refused" and item.last_error == "never"
    assert given_up == [item.pk]
    assert item_deliver(item_id=item.pk) == "skipped"


def test_the_last_attempt_marks_the_row_dead_and_signals_once():
    heard = []

    def receiver(sender, item, **kwargs):
        heard.append((item.pk, item.state))

    item_dead.connect(receiver)
    try:
        item = add(["flaky", "flaky", "flaky"])  # max_attempts=3 for this kind
        for _attempt in range(3):
            OutboxItem.objects.filter(pk=item.pk).update(next_attempt_at=timezone.now())
            result = item_deliver(item_id=item.pk)
    finally:
        item_dead.disconnect(receiver)

    assert result == "dead"
    item.refresh_from_db()
    assert item.state == "dead" and item.attempts == 3
    assert heard == [(item.pk, "dead")]
    assert given_up == [item.pk]


def test_a_worker_that_died_mid_attempt_is_reconciled_not_repeated(settings):
    settings.OUTBOX_SENDING_STALE_SECONDS = 120
    item = add()
    started = timezone.now() - timedelta(minutes=5)
    # The far side acted, then the worker was killed before recording it.
    provider[item.pk] = "REF-from-the-provider"
    OutboxItem.objects.filter(pk=item.pk).update(
        state="sending", attempts=1, attempt_started_at=started
    )

    assert item_deliver(item_id=item.pk) == "reconciled"
    item.refresh_from_db()
    assert item.state == "sent" and item.provider_ref == "REF-from-the-provider"
    assert item.outcome_unknown_since == started
    assert [c[0] for c in calls] == ["reconcile"]  # never done a second time


def test_a_recent_sending_row_belongs_to_a_live_worker(settings):
    item = add()
    OutboxItem.objects.filter(pk=item.pk).update(
        state="sending", attempts=1, attempt_started_at=timezone.now()
    )
    assert item_deliver(item_id=item.pk) == "skipped"
    assert outbox_sweep()["stuck"] == 0


def test_no_answer_in_time_is_reconciled_before_a_resend():
    item = add(["ok_but_no_answer"])
    assert item_deliver(item_id=item.pk) == "retry"
    item.refresh_from_db()
    assert item.outcome_unknown_since == item.attempt_started_at

    OutboxItem.objects.filter(pk=item.pk).update(next_attempt_at=timezone.now())
    assert item_deliver(item_id=item.pk) == "reconciled"
    item.refresh_from_db()
    assert item.provider_ref == f"REF{item.pk}-1"
    assert [c[0] for c in calls] == ["handle", "reconcile"]


def test_an_unknown_outcome_the_provider_never_saw_is_done_again():
    item = add()
    OutboxItem.objects.filter(pk=item.pk).update(
        state="sending", attempts=1, attempt_started_at=timezone.now() - timedelta(hours=1)
    )
    assert item_deliver(item_id=item.pk) == "sent"
    assert [c[0] for c in calls] == ["reconcile", "handle"]


@pytest.mark.django_db(transaction=True)
def test_a_row_locked_by_another_worker_is_skipped_not_waited_for():
    item = add()
    locked, release = threading.Event(), threading.Event()

    def other_worker():
        with transaction.atomic():
            OutboxItem.objects.select_for_update().get(pk=item.pk)
            locked.set()
            release.wait(60)  # held until the test's own attempt is done
        connection.close()

    thread = threading.Thread(target=other_worker)
    thread.start()
    try:
        assert locked.wait(60)
        assert item_deliver(item_id=item.pk) == "skipped"
    finally:
        release.set()
        thread.join()
    assert item_deliver(item_id=item.pk) == "sent"


def test_the_sweep_finds_lost_publishes_after_the_grace_period(settings):
    settings.OUTBOX_SWEEP_GRACE_SECONDS = 60
    fresh = add(key="fresh")
    lost = add(key="lost")
    OutboxItem.objects.filter(pk=lost.pk).update(
        next_attempt_at=timezone.now() - timedelta(minutes=2)
    )
    sent = add(key="sent")
    OutboxItem.objects.filter(pk=sent.pk).update(
        state="sent", next_attempt_at=timezone.now() - timedelta(minutes=2)
    )
    assert outbox_sweep() == {"queued": 1, "stuck": 0}
    assert fresh.pk != lost.pk


def test_staff_retry_gives_a_dead_row_fresh_attempts():
    item = add(["refused"])
    item_deliver(item_id=item.pk)
    retried = item_retry(item_id=item.pk)
    assert retried.state == "pending" and retried.attempts == 0
    OutboxItem.objects.filter(pk=item.pk).update(payload={})  # whatever refused it is fixed
    assert item_deliver(item_id=item.pk) == "sent"
    with pytest.raises(ValueError):
        item_retry(item_id=item.pk)


def test_backoff_grows_with_jitter_and_is_capped(settings):
    settings.OUTBOX_RETRY_BACKOFF, settings.OUTBOX_RETRY_BACKOFF_MAX = 5, 600
    for attempts in range(1, 12):
        delays = {policy.retry_delay(attempts) for _ in range(50)}
        assert all(1 <= d <= min(600, 5 * 2 ** (attempts - 1)) for d in delays)
    assert len({policy.retry_delay(6) for _ in range(50)}) > 1  # jittered
    assert policy.retry_delay(30) <= 600


def test_the_sweep_is_on_the_beat_schedule(settings):
    assert settings.CELERY_BEAT_SCHEDULE["outbox-sweep"]["task"] == "outbox.sweep"


def test_adding_a_row_is_one_insert_and_a_repeated_key_one_more_read(django_assert_num_queries):
    with django_assert_num_queries(1):
        first = add(key="report:2:receipt")
    with django_assert_num_queries(2):  # the insert that does nothing, then the row it met
        again = add(key="report:2:receipt")
    assert again.pk == first.pk and again.kind == first.kind
