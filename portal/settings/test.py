"""The test suite: real PostgreSQL and Redis, never a silent fallback to SQLite.

Each service is named by an environment variable so parallel checkouts can use their own
database names and Redis databases.
"""

import os
from urllib.parse import urlsplit, urlunsplit

from .base import *  # noqa: F403
from .base import env

DEBUG = False
SECRET_KEY = "test-only-not-secret-4a1f0c"  # noqa: S105
ALLOWED_HOSTS = ["testserver", "127.0.0.1", "localhost"]

if not DATABASES["default"]["ENGINE"].endswith("postgresql"):  # noqa: F405
    raise RuntimeError("Tests run against PostgreSQL: set DATABASE_URL to a postgres:// URL.")

# Redis databases of their own, so a test run never touches a developer's demo or dev data.
REDIS_URL = env("REDIS_URL", default="redis://127.0.0.1:6379/10")
CELERY_BROKER_URL = env("CELERY_BROKER_URL", default="redis://127.0.0.1:6379/11")


def _redis_database(url: str, number: int) -> str:
    parts = urlsplit(url)
    return urlunsplit(parts._replace(path=f"/{number}"))


# Under pytest-xdist (`make test` runs several pytest processes) each process gets a PostgreSQL
# database of its own from pytest-django (test_<name>_gw0, ...) and here two Redis databases of
# its own on the same server: gwN uses 2+2N for the cache (rate limits, sessions, page cache) and
# 3+2N as Celery's broker and result store. A test's cache.clear() empties a whole database and a
# worker takes any task on its queues, so sharing either would let one process disturb another.
# 0-1 stay the dev/demo defaults, 10-11 the one-process default; at most 4 processes fit below.
XDIST_WORKER = os.environ.get("PYTEST_XDIST_WORKER", "")
if XDIST_WORKER:
    _n = int(XDIST_WORKER.removeprefix("gw"))
    if 3 + 2 * _n > 9:
        raise RuntimeError(f"{XDIST_WORKER}: at most 4 pytest-xdist processes (Redis 2-9)")
    REDIS_URL = _redis_database(REDIS_URL, 2 + 2 * _n)
    CELERY_BROKER_URL = _redis_database(CELERY_BROKER_URL, 3 + 2 * _n)
    # Celery reads these environment variables before its settings: they must say the same.
    # (Programs this process starts inherit them; deriving again gives the same databases.)
    os.environ["CELERY_BROKER_URL"] = os.environ["CELERY_RESULT_BACKEND"] = CELERY_BROKER_URL
    for _name in ("CELERY_BROKER_READ_URL", "CELERY_BROKER_WRITE_URL"):
        os.environ.pop(_name, None)
CACHES["default"]["LOCATION"] = REDIS_URL  # noqa: F405
CACHES["renditions"]["LOCATION"] = REDIS_URL  # noqa: F405
CELERY_RESULT_BACKEND = CELERY_BROKER_URL

# Never let a queued task run inline by accident: tests call task bodies directly, and the
# tests about queuing run a real worker against Redis.
CELERY_TASK_ALWAYS_EAGER = False
HEALTHZ_CELERY_TIMEOUT = 5.0
HEALTHZ_CACHE_SECONDS = 0  # each test sees a fresh answer; the reuse has its own test

PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
MESSAGING_BACKEND = "locmem"
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
# Static files straight from the app folders; no collectstatic outside production.
STATIC_ROOT = None
WHITENOISE_USE_FINDERS = True
WHITENOISE_AUTOREFRESH = True
STORAGES = {
    **STORAGES,  # noqa: F405
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}
# Uploads written by tests: scratch folders of the test run's own (never a deployment's), one per
# pytest process so one process's cleanup can't delete another's files; S108 is about shared /tmp
# paths an attacker could pre-create, which a throwaway test folder does not care about.
_suffix = f"-{XDIST_WORKER}" if XDIST_WORKER else ""
MEDIA_ROOT = env.path("MEDIA_ROOT", default=f"/tmp/portal-test-media{_suffix}")  # noqa: S108
REPORTS_STORAGE_ROOT = env.path(
    "REPORTS_STORAGE_ROOT",
    default=f"/tmp/portal-test-private{_suffix}",  # noqa: S108
)
WAGTAILADMIN_BASE_URL = "http://testserver"
TWILIO_ACCOUNT_SID = "AC" + "a" * 32
TWILIO_AUTH_TOKEN = "test-auth-token"  # noqa: S105
TWILIO_FROM_NUMBER = "+15005550006"
# Off by default so a page cached by one test never leaks into the next through Redis; the
# page-cache tests switch it on.
CMS_PAGE_CACHE_SECONDS = 0
# Each request reads the purge version from Redis, so a test's cache.clear() is seen at once.
CMS_PAGE_CACHE_LOCAL_SECONDS = 0
# Every emergency check reads the lists' version, so a test's edit or cache.clear() is seen at once.
REPORTING_TRIAGE_LISTS_VERSION_SECONDS = 0
# Every poll reads the queue's version, so a test sees its own change at once.
DISPATCH_POLL_VERSION_SECONDS = 0
