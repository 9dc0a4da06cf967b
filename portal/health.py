"""/healthz: is each service this site depends on answering right now?

The endpoint is public (load balancers probe it), so it names what is down and nothing more;
the reason, which can carry internal host names, goes to the log.
"""

import logging
import threading
import time

from celery.exceptions import TimeoutError as CeleryTimeout
from django.conf import settings
from django.core.cache import cache
from django.db import connection
from django.http import JsonResponse
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_GET

from .celery import app as celery_app
from .outbox.selectors import items_overdue_count
from .tasks import ping

logger = logging.getLogger(__name__)


def _check_database() -> None:
    with connection.cursor() as cursor:
        cursor.execute("SELECT 1")
        cursor.fetchone()


def _check_cache() -> None:
    cache.set("healthz", "ok", 10)
    if cache.get("healthz") != "ok":
        raise RuntimeError("cache did not return what was stored")


def _check_broker() -> None:
    timeout = settings.HEALTHZ_CELERY_TIMEOUT
    # A connection check first, so a closed broker is reported quickly and by name rather than
    # as a worker timeout.
    with celery_app.connection_for_write() as conn:
        conn.ensure_connection(max_retries=1, timeout=timeout)
    try:
        result = ping.apply_async(retry=False)
        answer = result.get(timeout=timeout)
    except CeleryTimeout as exc:
        raise RuntimeError(f"no worker answered within {timeout:g}s") from exc
    if answer != "pong":
        raise RuntimeError(f"unexpected answer {answer!r}")


CHECKS = {"database": _check_database, "cache": _check_cache, "broker": _check_broker}

# The last answer, per process. A load balancer probing every second would otherwise publish a
# task on every probe and, with the workers down, hold a web worker for the whole timeout each time.
# One thread per process refreshes it (the lock); the others answer with the last answer meanwhile,
# or wait for the first one.
_last: dict = {"at": 0.0, "body": None}
_refreshing = threading.Lock()


def _run_checks() -> dict:
    checks = {}
    for name, check in CHECKS.items():
        try:
            check()
        except Exception:  # a probe reports; it never raises
            logger.exception("healthz: %s is down", name)
            checks[name] = "down"
        else:
            checks[name] = "ok"
    down = [name for name, state in checks.items() if state == "down"]
    return {
        "status": "down" if down else "ok",
        "down": down,
        "checks": checks,
        "warnings": _warnings(database_up="database" not in down),
    }


def _warnings(*, database_up: bool) -> dict:
    """Not down, but falling behind: undelivered outbox rows older than
    OUTBOX_HEALTH_AGE_SECONDS (null when the database can't say)."""
    count = None
    if database_up:
        try:
            count = items_overdue_count()
        except Exception:  # a probe reports; it never raises
            logger.exception("healthz: could not count overdue outbox rows")
    return {"outbox_overdue": count}


def _stale(ttl: float) -> bool:
    return _last["body"] is None or time.monotonic() - _last["at"] >= ttl


def _answer(ttl: float) -> dict:
    # Without an answer yet, wait for whoever is making it; with one, don't queue behind it.
    if _stale(ttl) and _refreshing.acquire(blocking=_last["body"] is None):
        try:
            if _stale(ttl):
                body = _run_checks()
                _last.update(at=time.monotonic(), body=body)
        finally:
            _refreshing.release()
    return _last["body"]


@never_cache
@require_GET
def healthz(request):
    body = _answer(settings.HEALTHZ_CACHE_SECONDS)
    return JsonResponse(body, status=503 if body["down"] else 200)
