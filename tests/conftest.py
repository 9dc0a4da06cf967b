"""The shared test harness: real PostgreSQL, Redis, a Celery worker, Prism for Twilio, Chromium.

Fixtures here are the ones every app's tests use; app-specific fixtures live beside their tests.
"""

import os
from pathlib import Path

# Playwright's sync API runs an event loop in the test thread; Django's ORM would otherwise refuse
# to run there (see ../shared/notes/test-toolchain.md).
os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")

import pytest
from django.core.cache import cache
from django.test.signals import setting_changed
from django.urls import clear_url_caches

from cms.kids.demo import load_kids_demo
from cms.models import HomePage
from tests.support.axe import axe_violations, format_violations
from tests.support.demo import load_demo_site
from tests.support.prism import prism_start_shared, prism_stop_shared, prism_wait
from tests.support.site import site_make, site_patches_build
from tests.support.snapshots import Snapshot, baseline_establish, fast_flush_install
from tests.support.twilio_fake import TwilioFake
from tests.support.xdist_db import database_from_template, template_start

pytest_plugins = ["tests.fixtures"]

CHROMIUM = os.environ.get("CHROMIUM_PATH", "/usr/bin/chromium")
CHROMIUM_FLAGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
    "--disable-quic",
]


@pytest.fixture(scope="session", autouse=True)
def _fast_flush_after_transactional_tests():
    """The flush after each transactional test restores a remembered result (snapshots.py)."""
    fast_flush_install()


def _xdist_worker(config) -> bool:
    return hasattr(config, "workerinput")


@pytest.fixture(scope="session")
def django_db_modify_db_settings(django_db_modify_db_settings, request, django_db_blocker):
    """Under pytest-xdist, each process's database is a copy of one migrated per run
    (tests/support/xdist_db.py)."""
    if _xdist_worker(request.config):
        create = request.config.getvalue("create_db")
        reuse = request.config.getvalue("reuse_db") and not create
        with django_db_blocker.unblock():
            database_from_template(_run_dir(request.config), reuse=reuse, fresh=create)


@pytest.fixture(scope="session")
def django_db_keepdb(django_db_keepdb, request):
    # The copy made above is the database to use: pytest-django must not make it again.
    return True if _xdist_worker(request.config) else django_db_keepdb


@pytest.fixture(scope="session")
def django_db_createdb(django_db_createdb, request):
    return False if _xdist_worker(request.config) else django_db_createdb


@pytest.fixture(scope="session")
def django_db_setup(django_db_setup, django_db_blocker):
    """The test database, flushed once before its first test: every test and every snapshot
    starts from the same rows, in any order (`baseline_establish` in snapshots.py)."""
    with django_db_blocker.unblock():
        baseline_establish()
        site_patches_build()


# --- Browser -------------------------------------------------------------------------------


@pytest.fixture(scope="session")
def browser_type_launch_args(browser_type_launch_args):
    """Debian's Chromium, not Playwright's own download (which cannot be fetched here)."""
    return {
        **browser_type_launch_args,
        "executable_path": CHROMIUM,
        "args": CHROMIUM_FLAGS,
        "headless": True,
    }


@pytest.fixture
def axe():
    """Call axe(page) to fail the test on any WCAG 2.1 A/AA violation, listing each one."""

    def check(page, *, context: str = ""):
        violations = axe_violations(page)
        assert not violations, f"axe found WCAG violations {context}:\n" + format_violations(
            violations
        )

    return check


# --- Twilio through Prism --------------------------------------------------------------------


def _run_dir(config, *, make: bool = True) -> Path | None:
    """The run's temporary folder: the same for every pytest-xdist process of a run."""
    factory = config._tmp_path_factory
    if hasattr(config, "workerinput"):
        return factory.getbasetemp().parent
    # Not made for nothing at the end of a run that never asked for a temporary folder.
    return factory.getbasetemp() if make or factory._basetemp else None


def _prism_dir(config, *, make: bool = True) -> Path | None:
    run_dir = _run_dir(config, make=make)
    return run_dir / "prism" if run_dir else None


# pytest-xdist hands out whole files (`--dist loadfile`) in collection order, as processes ask for
# more: a long file handed out last keeps one process busy while the others have finished. The
# longest go first: the fault suite (about 100 s in one process), the demo's SQLite migration
# (30 s in a subprocess), then the browser tests (a third of the suite's time).
LONGEST_FIRST = ("tests/faults/", "tests/portal/test_demo_sqlite.py", "tests/browser/")


def pytest_collection_modifyitems(items):
    def rank(item) -> int:
        path = item.nodeid
        return next(
            (n for n, prefix in enumerate(LONGEST_FIRST) if path.startswith(prefix)),
            len(LONGEST_FIRST),
        )

    items.sort(key=rank)  # stable: each file's tests keep their order


@pytest.hookimpl(tryfirst=True)
def pytest_sessionstart(session):
    # The pytest-xdist controller, before its processes start: the template database is
    # migrated while they start and collect (tests/support/xdist_db.py).
    config = session.config
    if _xdist_worker(config) or not config.getoption("numprocesses", default=None):
        return
    if config.option.collectonly:
        return
    template_start(_run_dir(config), fresh=config.getvalue("create_db"))


def pytest_collection_finish(session):
    # Prism boots in the background while the databases are made (tests/support/prism.py).
    if session.config.option.collectonly:
        return
    if any("prism_url" in item.fixturenames for item in session.items):
        prism_start_shared(_prism_dir(session.config))


def pytest_unconfigure(config):
    # The process that is not a pytest-xdist worker ends last: it stops the run's Prism.
    if not hasattr(config, "workerinput") and (shared := _prism_dir(config, make=False)):
        prism_stop_shared(shared)


@pytest.fixture(scope="session")
def prism_url(request):
    """Prism serving Twilio's own v2010 spec, plus test-only error responses (429/500/503/400).

    One for the whole run, shared by every pytest-xdist process (it keeps no state)."""
    return prism_wait(_prism_dir(request.config))


@pytest.fixture
def twilio_http(settings, prism_url):
    """Points the real twilio SDK at Prism; returns the redirecting http client.

    Set `twilio_http.extra_headers["Prefer"] = "code=429"` to get an error response, and read
    `twilio_http.sent` to see what the SDK sent.
    """
    from reporting.messaging.twilio_backend import get_http_client

    settings.TWILIO_API_BASE_URL = prism_url
    client = get_http_client()
    client.extra_headers.clear()
    client.sent.clear()
    yield client
    client.extra_headers.clear()
    client.sent.clear()


@pytest.fixture(scope="session")
def _twilio_fake_server(prism_url):
    with TwilioFake(prism_url) as fake:
        yield fake


@pytest.fixture
def twilio_fake(settings, _twilio_fake_server):
    """A recording Twilio in front of Prism (tests/support/twilio_fake.py), empty for each test.

    The real SDK in this process talks to it; a worker in another process needs
    TWILIO_API_BASE_URL=twilio_fake.url. Read `twilio_fake.messages`; script bad answers with
    `twilio_fake.fail(429, 500)` or `twilio_fake.slow(seconds)`.
    """
    _twilio_fake_server.reset()
    settings.TWILIO_API_BASE_URL = _twilio_fake_server.url
    yield _twilio_fake_server
    _twilio_fake_server.reset()


# --- Celery -------------------------------------------------------------------------------


@pytest.fixture
def celery_worker(transactional_db):
    """A real Celery worker, in this process, consuming from the real Redis broker.

    Needs transactional_db: the worker thread has its own database connection, so it can only
    see rows that the test has committed. One per test, not per session: a worker left running
    between tests would run the tasks other tests queue and only inspect.
    """
    from celery.contrib.testing.worker import start_worker
    from django.conf import settings

    from portal.celery import app

    # Leftovers queued by earlier tests (without a worker) must not run here.
    app.control.purge()
    with start_worker(
        app,
        pool="solo",
        perform_ping_check=False,
        # A task mid-send at teardown (a 15 s Twilio timeout, a rate-limit wait) may overrun
        # a short shutdown on a loaded machine, which raises instead of stopping.
        shutdown_timeout=60,
        loglevel="WARNING",
        # The default queue and the texts' own (as `make worker` starts them).
        queues=["celery", settings.MESSAGING_SMS_QUEUE],
    ) as worker:
        yield worker


# --- Demo content, loaded once per session (tests/support/snapshots.py) ----------------------


def _shared_dir(config) -> Path | None:
    # Where pytest-xdist processes share what one of them built (None: one process).
    return _run_dir(config) if _xdist_worker(config) else None


@pytest.fixture(scope="session")
def demo_snapshot(request, django_db_setup, django_db_blocker):
    with django_db_blocker.unblock():
        snapshot = Snapshot("demo", load_demo_site)
        snapshot.build_shared(_shared_dir(request.config))
    return snapshot


@pytest.fixture
def demo(db, demo_snapshot):
    """The demo site exactly as `make demo` builds it; returns the English home page.

    Restored from a session snapshot: the same rows as running `load_demo`, in milliseconds."""
    demo_snapshot.restore()
    return HomePage.objects.get(locale__language_code="en")


def _site_with_kids_section() -> None:
    site = site_make()
    load_kids_demo(home=site.root_page.specific)


@pytest.fixture(scope="session")
def kids_snapshot(request, django_db_setup, django_db_blocker):
    """The `site` fixture's site with the demo kids section (tests/kids/fixtures.py restores it)."""
    with django_db_blocker.unblock():
        snapshot = Snapshot("kids", _site_with_kids_section)
        snapshot.build_shared(_shared_dir(request.config))
    return snapshot


def _url_caches_follow_the_language_code(*, setting, **kwargs):
    # The resolver keeps each language's reverse table, and with it whether that language's
    # URLs carry a prefix (/es/...), from the LANGUAGE_CODE it was built under; Django clears
    # URL caches only for ROOT_URLCONF. A test that sets LANGUAGE_CODE = "es" would leave
    # Spanish links without their /es/ for every later test in the process.
    if setting == "LANGUAGE_CODE":
        clear_url_caches()


@pytest.fixture(scope="session", autouse=True)
def _url_caches_cleared_when_the_language_code_changes():
    setting_changed.connect(_url_caches_follow_the_language_code)
    yield
    setting_changed.disconnect(_url_caches_follow_the_language_code)


@pytest.fixture
def page_cache_on(settings):
    """Production's caching (off by default in tests), starting from an empty cache."""
    settings.CMS_PAGE_CACHE_SECONDS = 300
    cache.clear()
    yield
    cache.clear()


@pytest.fixture(autouse=True)
def _language_reset_after_each_test():
    # LocaleMiddleware activates a request's language for the whole thread and never resets
    # it: a test that fetched a Spanish page must not leave the next test in Spanish.
    yield
    from django.utils import translation

    translation.deactivate()
