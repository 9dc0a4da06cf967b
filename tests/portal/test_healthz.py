import pytest

from portal.celery import app as celery_app

pytestmark = pytest.mark.django_db


@pytest.mark.celery_worker
def test_healthz_is_ok_when_database_cache_and_a_worker_answer(client, celery_worker, settings):
    # The ping goes through Redis to the worker thread and back: on a loaded machine that can
    # take longer than the test settings' 5 s, which would report a live worker as down.
    settings.HEALTHZ_CELERY_TIMEOUT = 60
    response = client.get("/healthz")

    assert response.status_code == 200
    assert response.json() == {
        "status": "ok",
        "down": [],
        "checks": {"database": "ok", "cache": "ok", "broker": "ok"},
        "warnings": {"outbox_overdue": 0},
    }
    assert "no-cache" in response["Cache-Control"]


def test_healthz_warns_about_undelivered_outbox_rows_older_than_the_threshold(
    client, settings, monkeypatch
):
    from datetime import timedelta

    from django.utils import timezone

    from portal import health
    from portal.outbox.models import OutboxItem

    monkeypatch.setitem(health.CHECKS, "broker", lambda: None)
    settings.OUTBOX_HEALTH_AGE_SECONDS = 600
    old = timezone.now() - timedelta(minutes=11)
    OutboxItem.objects.create(kind="messaging.sms", key="old-pending", created_at=old)
    OutboxItem.objects.create(
        kind="messaging.sms", key="old-sending", created_at=old, state="sending"
    )
    OutboxItem.objects.create(kind="messaging.sms", key="old-sent", created_at=old, state="sent")
    OutboxItem.objects.create(kind="messaging.sms", key="old-dead", created_at=old, state="dead")
    OutboxItem.objects.create(kind="messaging.sms", key="fresh")

    response = client.get("/healthz")

    # A warning, not an outage: the load balancer keeps the site in rotation.
    assert response.status_code == 200
    assert response.json()["warnings"] == {"outbox_overdue": 2}


def test_healthz_names_the_broker_when_it_points_at_a_closed_port(client, monkeypatch):
    monkeypatch.setitem(celery_app.conf, "broker_url", "redis://127.0.0.1:1/0")

    response = client.get("/healthz")

    assert response.status_code == 503
    body = response.json()
    assert body["down"] == ["broker"]
    assert body["checks"] == {"database": "ok", "cache": "ok", "broker": "down"}
    # Public endpoint: the reason (host names, ports) stays in the log.
    assert "127.0.0.1" not in response.content.decode()


def test_healthz_names_the_cache_when_it_is_unreachable(client, settings):
    settings.CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.redis.RedisCache",
            "LOCATION": "redis://127.0.0.1:1/0",
        }
    }
    settings.HEALTHZ_CELERY_TIMEOUT = 0.5

    response = client.get("/healthz")

    assert response.status_code == 503
    assert "cache" in response.json()["down"]


def test_a_burst_of_probes_runs_the_checks_once(client, settings, monkeypatch):
    from portal import health

    settings.HEALTHZ_CACHE_SECONDS = 60
    runs = []
    monkeypatch.setitem(health.CHECKS, "broker", lambda: runs.append(1))
    monkeypatch.setattr(health, "_last", {"at": 0.0, "body": None})

    answers = [client.get("/healthz") for _ in range(5)]

    assert [a.status_code for a in answers] == [200] * 5
    assert len(runs) == 1  # one broker round trip for five probes


def test_concurrent_probes_in_one_process_run_the_checks_once(settings, monkeypatch):
    """Threads of one web worker probing at once: one refreshes, the rest wait for its answer
    (the first time) or keep the last one; never one broker round trip each."""
    import threading
    import time

    from django.test import RequestFactory

    from portal import health

    settings.HEALTHZ_CACHE_SECONDS = 60
    runs = []

    def slow_broker():
        runs.append(1)
        time.sleep(0.3)

    monkeypatch.setitem(health.CHECKS, "broker", slow_broker)
    monkeypatch.setitem(health.CHECKS, "database", lambda: None)
    monkeypatch.setitem(health.CHECKS, "cache", lambda: None)
    monkeypatch.setattr(health, "_warnings", lambda database_up: {})  # no query from threads
    monkeypatch.setattr(health, "_last", {"at": 0.0, "body": None})
    statuses = []

    def probe():
        statuses.append(health.healthz(RequestFactory().get("/healthz")).status_code)

    threads = [threading.Thread(target=probe) for _ in range(8)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()

    assert statuses == [200] * 8
    assert len(runs) == 1

    # Stale: one thread refreshes while the others answer at once with the last answer. The
    # refresh is held until the other seven have answered; had they queued behind it, they
    # could not answer, and the count below would say so (after a minute, not a hang).
    answered_during_refresh = []
    others_answered = threading.Event()

    def held_broker():
        runs.append(1)
        others_answered.wait(60)
        answered_during_refresh.append(len(statuses) - 8)

    monkeypatch.setitem(health.CHECKS, "broker", held_broker)

    def probe_and_count():
        probe()
        if len(statuses) - 8 == 7:
            others_answered.set()

    health._last["at"] = 0.0
    threads = [threading.Thread(target=probe_and_count) for _ in range(8)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert len(runs) == 2
    assert statuses == [200] * 16
    assert answered_during_refresh == [7]
