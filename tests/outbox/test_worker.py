"""The outbox with a real Celery worker on Redis: publish after commit, routing, the sweep."""

import pytest
from django.db import transaction

from portal.celery import app
from portal.outbox.models import OutboxItem
from portal.outbox.publish import item_publish
from portal.outbox.services import outbox_add, outbox_sweep
from tests.reporting.messaging.test_worker import broker_down, wait_for

from .conftest import calls

pytestmark = [pytest.mark.celery_worker, pytest.mark.django_db(transaction=True)]


# As tests/conftest.py's worker; a loaded machine may need more than start_worker's default 10 s
# for the worker thread to finish its task and stop.
WORKER = {"pool": "solo", "perform_ping_check": False, "shutdown_timeout": 60}


def state(pk):
    return OutboxItem.objects.get(pk=pk).state


def test_a_row_is_delivered_by_the_worker_after_commit(celery_worker):
    with transaction.atomic():
        item = outbox_add(kind="test.flaky", key="w1", target_id=1)
        assert calls == []  # nothing runs before the commit
    wait_for(lambda: state(item.pk) == "sent", what="delivery")
    assert calls == [("handle", item.pk, 1)]


def test_a_transient_error_is_retried_by_the_worker(celery_worker, settings):
    settings.OUTBOX_RETRY_BACKOFF, settings.OUTBOX_RETRY_BACKOFF_MAX = 1, 1
    item = outbox_add(kind="test.flaky", key="w2", payload={"script": ["flaky"]})
    wait_for(lambda: state(item.pk) == "sent", what="the retry")
    assert [c[2] for c in calls] == [1, 2]


def test_with_the_broker_down_the_commit_succeeds_and_the_sweep_delivers_later(
    celery_worker, settings
):
    settings.OUTBOX_SWEEP_GRACE_SECONDS = 0
    with broker_down(app):
        item = outbox_add(kind="test.flaky", key="w3")
        # The publish after commit gave up without raising; the row waits.
        assert item_publish(item_id=item.pk, kind="test.flaky") is False
    assert state(item.pk) == "pending" and calls == []

    assert outbox_sweep()["queued"] == 1
    wait_for(lambda: state(item.pk) == "sent", what="the swept row")
    assert outbox_sweep()["queued"] == 0
    assert len(calls) == 1


def test_a_kind_goes_to_its_own_queue(settings):
    """A kind registered with a queue is only taken by a worker that consumes that queue."""
    from celery.contrib.testing.worker import start_worker

    app.control.purge()
    # A worker's queue list is kept on the app; the next test's worker must get the default back.
    consume_from = app.amqp.queues._consume_from
    try:
        with start_worker(app, queues=["celery"], **WORKER):
            item = outbox_add(kind="test.routed", key="w4")
            flaky = outbox_add(kind="test.flaky", key="w5")
            wait_for(lambda: state(flaky.pk) == "sent", what="the default-queue row")
            assert state(item.pk) == "pending"
        with start_worker(app, queues=["test-routed"], **WORKER):
            wait_for(lambda: state(item.pk) == "sent", what="the routed row")
    finally:
        app.amqp.queues._consume_from = consume_from
