"""The outbox with a real Celery worker consuming from Redis: nothing lost, nothing sent twice."""

import socket
import time
from contextlib import contextmanager

import pytest

from portal.outbox.services import outbox_sweep
from reporting.messaging import backends
from reporting.messaging.models import Message
from tests.factories import report_submit_for_test

from .conftest import REPORTER

pytestmark = pytest.mark.celery_worker


# A real worker on a loaded machine can take many seconds; a passing test never waits this long.
def wait_for(condition, *, timeout=60.0, what="condition"):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if condition():
            return
        time.sleep(0.05)
    raise AssertionError(f"timed out waiting for {what}")


def texts_to(number):
    return [m for m in backends.outbox if m["kind"] == "sms" and m["to"] == number]


@contextmanager
def closed_port_url():
    """A broker URL whose port refuses connections. The socket stays bound (never listening)
    until the block ends, so no other program on this shared machine can take the port
    meanwhile and answer, or hang, in the broker's place."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        yield f"redis://127.0.0.1:{s.getsockname()[1]}/0"


@contextmanager
def broker_down(app):
    """Point the app's publishing side at a port nobody listens on (the worker keeps its own
    consumer connection, as a worker on another machine would)."""

    def reset_pools():
        # Drop the app's references only: kombu keeps one pool per broker URL, which the
        # real URL's publishers get back afterwards, so closing it would break them.
        app._pool = None
        app.amqp._producer_pool = None

    # broker_write_url, not broker_url: the CELERY_BROKER_URL environment variable wins over
    # conf.broker_url, and publishing reads broker_write_url first.
    real = app.conf.get("broker_write_url")
    reset_pools()
    with closed_port_url() as url:
        app.conf.broker_write_url = url
        try:
            yield
        finally:
            app.conf.broker_write_url = real
            reset_pools()


def test_a_submitted_reports_receipt_goes_out_exactly_once(celery_worker, settings):
    settings.OUTBOX_SWEEP_GRACE_SECONDS = 0

    report = report_submit_for_test(phone=REPORTER)
    sms = report.messages.get(channel="sms")

    wait_for(lambda: Message.objects.get(pk=sms.pk).status == "sent", what="the receipt")
    # A sweep afterwards (beat runs one every minute) must find nothing to send.
    assert outbox_sweep()["queued"] == 0
    sms.refresh_from_db()
    assert sms.attempts == 1 and sms.provider_sid
    [text] = texts_to(REPORTER)
    assert report.reference in text["body"]


def test_with_the_broker_down_at_submit_the_sweep_sends_the_receipt_later_once(
    celery_worker, settings, caplog
):
    from portal.celery import app

    settings.OUTBOX_SWEEP_GRACE_SECONDS = 0

    with broker_down(app):
        report = report_submit_for_test(phone=REPORTER)  # commits; the publish fails quietly

    assert "the sweep will send it" in caplog.text

    sms = report.messages.get(channel="sms")
    assert sms.status == "pending" and sms.attempts == 0
    assert texts_to(REPORTER) == []

    # The broker is back: beat's sweep queues the rows and the worker sends them.
    assert outbox_sweep()["queued"] >= 1
    wait_for(lambda: Message.objects.get(pk=sms.pk).status == "sent", what="the receipt")
    assert outbox_sweep()["queued"] == 0

    sms.refresh_from_db()
    assert sms.attempts == 1
    assert len(texts_to(REPORTER)) == 1
