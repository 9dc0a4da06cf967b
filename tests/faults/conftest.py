"""The fault suite's harness: its own redis-server as broker, a Celery worker and beat in their
own processes, the recording Twilio fake and a CAD endpoint; reports go in through the wizard.

Sizes: FAULTS_REPORTS reports per fault (`make faults` sets 50; the default keeps `make test`
short). The figures of every fault are printed at the end of the run.
"""

import contextlib
import os
import statistics
import threading
import time
from dataclasses import dataclass, field
from types import SimpleNamespace

import pytest
from django.apps import apps
from django.core.cache import cache
from django.db import connection
from django.test import Client

from tests.factories import CategoryFactory
from tests.reporting.helpers import fill_all, submit
from tests.support.cad import CadEndpoint
from tests.support.processes import CeleryProcess, RedisServer, wait_until

REPORTS = int(os.environ.get("FAULTS_REPORTS", "6"))
# How long a fault may take to recover once its cause is gone.
RECOVERY_SECONDS = float(os.environ.get("FAULTS_RECOVERY_SECONDS", "90"))
WORKER_CONCURRENCY = 3
# The worker's Twilio client gives up after this (TWILIO_HTTP_TIMEOUT; the SDK client that talks
# to a mock falls back to 10 s when it has none), so a "slow" answer comes later than both.
CLIENT_TIMEOUT = 4.0
TOO_LATE = 12.0
# A row left "sending" by a dead worker is taken over after this long; it must exceed the
# longest honest attempt (the client timeout above), as in production.
SENDING_STALE_SECONDS = 15
# Per pytest-xdist process: another process's fault (f) must not end this one's sessions.
DB_APPLICATION_NAME = "portal-faults-worker-" + os.environ.get("PYTEST_XDIST_WORKER", "main")

MESSAGE_DONE = ("sent", "delivered", "undelivered", "failed", "received")

RESULTS: list["FaultFigures"] = []


@dataclass
class FaultFigures:
    fault: str
    submitted: int = 0
    stored: int = 0
    queued: int = 0
    sent_once: int = 0
    sent_twice: int = 0
    never_sent: int = 0
    eido_delivered: int = 0
    eido_twice: int = 0
    unfinished: int = 0  # outbox rows neither done nor given up after the recovery time
    submit_seconds: list[float] = field(default_factory=list)
    refused: list[str] = field(default_factory=list)

    @property
    def lost(self) -> int:
        return self.submitted - self.stored

    @property
    def p50(self) -> float:
        return statistics.median(self.submit_seconds) if self.submit_seconds else 0.0

    @property
    def max(self) -> float:
        return max(self.submit_seconds, default=0.0)

    def row(self) -> str:
        return (
            f"{self.fault:<34} {self.submitted:>4} {self.stored:>6} {self.queued:>6}"
            f" {self.sent_once:>5} {self.sent_twice:>5} {self.never_sent:>5}"
            f" {self.eido_delivered:>5} {self.unfinished:>5} {self.p50:>7.3f} {self.max:>7.3f}"
        )


HEADER = (
    f"{'fault':<34} {'sub':>4} {'stored':>6} {'queue':>6} {'once':>5} {'twice':>5} {'never':>5}"
    f" {'eido':>5} {'open':>5} {'p50 s':>7} {'max s':>7}"
)


def pytest_terminal_summary(terminalreporter):
    if not RESULTS:
        return
    terminalreporter.section(f"fault suite: {REPORTS} reports per fault")
    terminalreporter.write_line(HEADER)
    for figures in RESULTS:
        terminalreporter.write_line(figures.row())
    terminalreporter.write_line(
        "sub/stored/queue: reports submitted, stored, in the dispatch queue; once/twice/never: "
        "receipts by SMS per report as Twilio recorded them; eido: reports whose EIDO push the "
        "CAD endpoint received; open: side effects neither done nor given up at the end; p50/max: "
        "time of the submit request (the wizard's final POST)."
    )


def _queues() -> list[str]:
    """Every queue a task may be routed to, so one worker serves them all."""
    from django.conf import settings

    names = {"celery", getattr(settings, "CELERY_TASK_DEFAULT_QUEUE", "celery")}
    for route in (getattr(settings, "CELERY_TASK_ROUTES", None) or {}).values():
        if isinstance(route, dict) and route.get("queue"):
            names.add(route["queue"])
    try:
        from portal.outbox.registry import kinds
    except ImportError:
        pass
    else:
        names |= {kind.queue for kind in kinds().values() if kind.queue}
    return sorted(names)


def _database_url() -> str:
    s = connection.settings_dict
    auth = s["USER"] + (f":{s['PASSWORD']}" if s["PASSWORD"] else "")
    return f"postgres://{auth}@{s['HOST'] or '127.0.0.1'}:{s['PORT'] or 5432}/{s['NAME']}"


def worker_env(*, redis_url: str, twilio_url: str, cad_url: str) -> dict:
    from django.conf import settings

    return {
        # Without PYTEST_XDIST_WORKER: the URLs below are final (portal/settings/test.py would
        # move a pytest-xdist process's Redis URLs to its own databases).
        **{k: v for k, v in os.environ.items() if k != "PYTEST_XDIST_WORKER"},
        "DJANGO_SETTINGS_MODULE": "tests.faults.settings",
        "DATABASE_URL": _database_url(),
        # This process's cache (rate limits, cached pages): the one its tests clear.
        "REDIS_URL": settings.REDIS_URL,
        "CELERY_BROKER_URL": redis_url,
        "CELERY_RESULT_BACKEND": redis_url,
        "TWILIO_API_BASE_URL": twilio_url,
        "TWILIO_HTTP_TIMEOUT": str(CLIENT_TIMEOUT),
        "DISPATCH_EIDO_PUSH_URL": cad_url,
        "MESSAGING_SENDER_TYPE": "short_code",  # pacing at 1/s would only make this slow
        "OUTBOX_RETRY_BACKOFF": "1",
        "OUTBOX_RETRY_BACKOFF_MAX": "4",
        "OUTBOX_SWEEP_GRACE_SECONDS": "2",
        "OUTBOX_SENDING_STALE_SECONDS": str(SENDING_STALE_SECONDS),
        "FAULTS_DB_APPLICATION_NAME": DB_APPLICATION_NAME,
    }


class Harness:
    """The processes, shared by the faults of a run; each test drives them and leaves them
    running (see `harness`)."""

    def __init__(self, workdir, fake, cad, redis):
        self.fake, self.cad, self.redis = fake, cad, redis
        env = worker_env(redis_url=redis.url, twilio_url=fake.url, cad_url=cad.url)
        self.worker = CeleryProcess(
            "worker",
            [
                "--loglevel",
                "INFO",
                "--pool",
                "prefork",
                "--concurrency",
                str(WORKER_CONCURRENCY),
                "--queues",
                ",".join(_queues()),
                "--hostname",
                f"faults-{redis.port}@%h",
                "--without-gossip",
                "--without-mingle",
                "--without-heartbeat",
            ],  # fmt: skip
            env=env,
            log_path=workdir / "worker.log",
        )
        self.beat = CeleryProcess(
            "beat",
            ["--loglevel", "INFO", "--schedule", str(workdir / "beat-schedule")],
            env=env,
            log_path=workdir / "beat.log",
        )

    def ensure_running(self):
        if not self.redis.running:
            self.redis.start()
        for process in (self.beat, self.worker):
            if not process.running:
                process.start()

    # --- Submitting through the wizard ------------------------------------------------------

    def submit(self, phones, figures: FaultFigures) -> None:
        """File one report per phone through the wizard's plain forms; time the final POST."""
        for phone in phones:
            client = Client()
            fill_all(client, {"contact": {"phone": phone}})
            started = time.perf_counter()
            try:
                response = submit(client)
            except Exception as error:  # noqa: BLE001 - a 500 is a finding, not a crash here
                figures.refused.append(f"{phone}: {error!r}")
                continue
            finally:
                figures.submit_seconds.append(time.perf_counter() - started)
                figures.submitted += 1
            if response.status_code != 302 or "/received/" not in response.url:
                figures.refused.append(f"{phone}: HTTP {response.status_code}")

    # --- Waiting and counting ---------------------------------------------------------------

    def _reports(self, phones):
        from reporting.models import Report

        return list(Report.objects.filter(phone__in=phones))

    def _unfinished(self) -> int:
        """Side effects still on their way, in whichever outbox exists."""
        count = 0
        for label, field_name, done in (
            ("outbox.OutboxItem", "state", ("sent", "failed", "dead")),
            ("messaging.Message", "status", MESSAGE_DONE),
        ):
            try:
                model = apps.get_model(label)
            except LookupError:
                continue
            count += model.objects.exclude(**{f"{field_name}__in": done}).count()
        return count

    def _delivered(self, phones) -> bool:
        reports = self._reports(phones)
        return (
            all(self.fake.sent_to(str(r.phone)) for r in reports)
            and self._eido_counts(reports)[0] == len(reports)
            and self._unfinished() == 0
        )

    def _eido_counts(self, reports) -> tuple[int, int]:
        bodies = [body for _headers, body in self.cad.received]
        per_report = [sum(f'"{r.reference}"'.encode() in b for b in bodies) for r in reports]
        return sum(n >= 1 for n in per_report), sum(n >= 2 for n in per_report)

    def recover_and_count(self, phones, figures: FaultFigures, *, settle: float = 3.0):
        """Wait until every report's side effects are done (or the recovery time is up), let
        late duplicates show up, then count. The figures are kept for the summary."""
        from dispatch_bridge.models import QueueItem

        # On a timeout the figures below say what is missing.
        with contextlib.suppress(TimeoutError):
            wait_until(
                lambda: self._delivered(phones),
                timeout=RECOVERY_SECONDS,
                what="every report's receipt and EIDO push",
                interval=0.5,
            )
        time.sleep(settle)
        reports = self._reports(phones)
        figures.stored = len(reports)
        figures.queued = QueueItem.objects.filter(report__in=reports).count()
        counts = [len(self.fake.sent_to(phone)) for phone in phones]
        figures.sent_once = counts.count(1)
        figures.sent_twice = sum(n >= 2 for n in counts)
        figures.never_sent = counts.count(0)
        figures.eido_delivered, figures.eido_twice = self._eido_counts(reports)
        figures.unfinished = self._unfinished()
        RESULTS.append(figures)
        return figures

    def assert_the_bar(self, figures: FaultFigures) -> None:
        diagnosis = f"{HEADER}\n{figures.row()}\nrefused: {figures.refused}\n" + (
            f"worker log:\n{self.worker.tail()}"
        )
        assert figures.refused == [], diagnosis
        assert figures.lost == 0 and figures.queued == figures.submitted, diagnosis
        assert figures.sent_twice == 0, diagnosis
        assert figures.never_sent == 0, diagnosis
        assert figures.eido_delivered == figures.stored, diagnosis
        assert figures.unfinished == 0, diagnosis

    # --- The database side of fault (f) -----------------------------------------------------

    @contextlib.contextmanager
    def dropping_worker_sessions(self, *, times: int):
        """In the background, terminate the worker's sessions `times` times, each time while
        it is connected and a send is under way (after the first, once it has reconnected)."""
        state = SimpleNamespace(count=0, done=False)
        stop = threading.Event()

        def run():
            try:
                while state.count < times and not stop.is_set():
                    if self.fake.in_flight and self.worker_sessions():
                        state.count += self.terminate_worker_sessions() > 0
                        stop.wait(0.5)
                    stop.wait(0.05)
                state.done = state.count >= times
            finally:
                connection.close()  # this thread's own

        thread = threading.Thread(target=run, daemon=True)
        thread.start()
        try:
            yield state
        finally:
            stop.set()
            thread.join(10)

    def worker_sessions(self) -> int:
        return self._on_worker_sessions("count(*)")

    def terminate_worker_sessions(self) -> int:
        return self._on_worker_sessions("count(pg_terminate_backend(pid))")

    def _on_worker_sessions(self, what: str) -> int:
        with connection.cursor() as cursor:
            cursor.execute(
                f"SELECT {what} FROM pg_stat_activity WHERE application_name = %s",  # noqa: S608
                [DB_APPLICATION_NAME],
            )
            return cursor.fetchone()[0]

    def stop(self):
        self.worker.stop()
        self.beat.stop()


def point_app_at(app, url: str) -> dict:
    """Make this process publish to `url` (and read results there); returns what to restore."""
    names = ("broker_url", "broker_write_url", "broker_read_url", "result_backend")
    saved = {name: app.conf.get(name) for name in names}
    for name in names:
        app.conf[name] = url
    _reset_connections(app)
    return saved


def _reset_connections(app):
    # Drop the app's references only: kombu keeps one pool per URL, and other tests publish to
    # the shared broker's pool afterwards.
    app._pool = None
    app.amqp._producer_pool = None
    app._backend_cache = None
    app._local.backend = None


@pytest.fixture(scope="module")
def _processes(django_db_setup, django_db_blocker, _twilio_fake_server, tmp_path_factory):
    """A redis-server, beat and worker for the module: starting a worker costs seconds."""
    from portal.celery import app

    workdir = tmp_path_factory.mktemp("faults")
    redis = RedisServer(workdir).start()
    with CadEndpoint() as cad, django_db_blocker.unblock():
        saved = point_app_at(app, redis.url)
        h = Harness(workdir, _twilio_fake_server, cad, redis)
        try:
            h.ensure_running()
            yield h
        finally:
            h.stop()
            redis.stop()
            for name, value in saved.items():
                app.conf[name] = value
            _reset_connections(app)


@pytest.fixture
def harness(_processes, transactional_db, site, twilio_fake, settings):
    cache.clear()  # rate limits and cached pages of earlier tests
    CategoryFactory(name="Vandalism", slug="vandalism", apco_code="VANDAL")
    settings.DISPATCH_EIDO_PUSH_URL = _processes.cad.url
    settings.REPORTING_SUBMIT_RATE_PER_IP = "100000/h"
    _processes.cad.received.clear()
    _processes.ensure_running()
    broker_starts = _processes.redis.starts
    yield _processes
    _processes.fake.clear_plans()
    # The next fault starts with everything up, and with nothing of this one still running. A
    # worker or beat that lived through a broker restart may not have recovered (that is what
    # the fault tests); the next fault gets fresh ones.
    _processes.ensure_running()
    if _processes.redis.starts != broker_starts:
        _processes.stop()
        _processes.ensure_running()
    with contextlib.suppress(TimeoutError):
        wait_until(lambda: _processes.fake.in_flight == 0, timeout=30, what="answers")


_AREA_CODES = iter(("212", "303", "312", "415", "617", "713", "206", "305", "404", "503"))
_FAULT_AREA: dict[str, str] = {}


def phones_for(fault: str, count: int = REPORTS) -> list[str]:
    """Numbers of their own per fault (at most 1,000), so counts never mix."""
    area = _FAULT_AREA.setdefault(fault, next(_AREA_CODES))
    return [f"+1{area}555{2000 + i:04d}" for i in range(count)]
