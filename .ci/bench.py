"""`make bench`: the production stack on free ports, driven hard, figures next to their bounds.

Starts granian with the README's production command (its own PostgreSQL database and Redis
databases), a real Celery worker, seeds a year of reports, then measures. Throughput figures are
wrk runs of 32 connections in interleaved rounds (medians), each divided by the req/s of a static
CSS file served by the same server in the same round: on a shared 2-core machine a time is noise,
a ratio to the ceiling measured alongside it is not. Latencies are percentiles of requests made
one at a time (or by separate client processes where concurrency is the point).

Prints a table and writes JSON (var/bench.json unless --json) so a later run can be compared.
The bench uses the settings module portal.settings.bench: production, with the per-IP intake
limits lifted (every simulated resident comes from 127.0.0.1).
"""

import argparse
import contextlib
import json
import multiprocessing
import os
import random
import re
import signal
import socket
import statistics
import subprocess
import sys
import threading
import time
from http.client import HTTPConnection
from pathlib import Path
from urllib.parse import urlencode

import bench_reports
from bench_alerts import BOUNDS as ALERTS_BOUNDS
from bench_alerts import alerts_fanout
from bench_triage import triage_latency

ROOT = Path(__file__).resolve().parent.parent
PY = str(ROOT / ".venv" / "bin" / "python")
GRANIAN = str(ROOT / ".venv" / "bin" / "granian")
CELERY = str(ROOT / ".venv" / "bin" / "celery")
HOST = "127.0.0.1"

# The production command's tuning, as README gives it (overridable to compare).
WORKERS = int(os.environ.get("BENCH_WORKERS", "2"))
# Clients calling the submit service at once (the cores, plus one to cover each commit's wait).
SUBMIT_PROCESSES = int(os.environ.get("BENCH_SUBMIT_PROCESSES", (os.cpu_count() or 1) + 1))
BLOCKING_THREADS = int(os.environ.get("BENCH_BLOCKING_THREADS", "4"))
BACKPRESSURE = int(os.environ.get("BENCH_BACKPRESSURE", "64"))
CELERY_CONCURRENCY = 2


# --- Plumbing --------------------------------------------------------------------------------


def free_port() -> int:
    with socket.socket() as s:
        s.bind((HOST, 0))
        return s.getsockname()[1]


def percentile(values, p):
    values = sorted(values)
    if not values:
        return float("nan")
    k = (len(values) - 1) * p / 100
    low = int(k)
    high = min(low + 1, len(values) - 1)
    return values[low] + (values[high] - values[low]) * (k - low)


class Client:
    """One keep-alive HTTP/1.1 connection with a cookie jar, speaking as if behind TLS."""

    def __init__(self, port, cookies=None):
        self.port = port
        self.conn = HTTPConnection(HOST, port, timeout=60)
        self.cookies = dict(cookies or {})

    def request(self, method, path, body=None, headers=None):
        headers = {
            "Host": f"{HOST}:{self.port}",
            "X-Forwarded-Proto": "https",
            "Accept-Encoding": "gzip",
            **(headers or {}),
        }
        if self.cookies:
            headers["Cookie"] = "; ".join(f"{k}={v}" for k, v in self.cookies.items())
        if body is not None and not isinstance(body, bytes):
            body = urlencode(body, doseq=True).encode()
            headers["Content-Type"] = "application/x-www-form-urlencoded"
            headers["Origin"] = f"https://{HOST}:{self.port}"
        if method == "POST" and body is None:
            headers["Origin"] = f"https://{HOST}:{self.port}"
            headers["Content-Length"] = "0"
        started = time.perf_counter()
        try:
            self.conn.request(method, path, body=body, headers=headers)
            response = self.conn.getresponse()
        except (ConnectionError, OSError):
            self.conn.close()
            self.conn = HTTPConnection(HOST, self.port, timeout=60)
            self.conn.request(method, path, body=body, headers=headers)
            response = self.conn.getresponse()
        data = response.read()
        elapsed = time.perf_counter() - started
        for name, value in response.getheaders():
            if name.lower() == "set-cookie":
                pair = value.split(";", 1)[0]
                key, _, val = pair.partition("=")
                if val in ('""', ""):
                    self.cookies.pop(key.strip(), None)
                else:
                    self.cookies[key.strip()] = val
        response.data = data
        response.elapsed = elapsed
        return response

    def get(self, path, **kw):
        return self.request("GET", path, **kw)

    def post(self, path, data=None, **kw):
        return self.request("POST", path, body=data, **kw)


CSRF_RE = re.compile(rb'name="csrfmiddlewaretoken" value="([^"]+)"')


def csrf_from(response) -> str:
    match = CSRF_RE.search(response.data)
    return match.group(1).decode() if match else ""


# --- The stack -------------------------------------------------------------------------------


class Stack:
    def __init__(self, args):
        self.args = args
        self.port = free_port()
        self.db = args.database
        self.env = {
            **os.environ,
            "DJANGO_SETTINGS_MODULE": "portal.settings.bench",
            # Fixed, so the sessions seeded by an earlier run (--reuse-db) stay valid.
            "DJANGO_SECRET_KEY": f"bench-only-not-secret-{self.db}-" + "x" * 30,
            "DJANGO_ALLOWED_HOSTS": "127.0.0.1,localhost",
            "DJANGO_SECURE_SSL_REDIRECT": "False",
            "DATABASE_URL": f"postgres://postgres@127.0.0.1:5432/{self.db}",
            "REDIS_URL": args.redis,
            "CELERY_BROKER_URL": args.broker,
            "CACHE_KEY_PREFIX": "bench",
            "WAGTAILADMIN_BASE_URL": f"http://{HOST}:{self.port}",
            "EMAIL_URL": "consolemail://",
            "DEFAULT_FROM_EMAIL": "bench@example.org",
            "TWILIO_ACCOUNT_SID": "AC" + "0" * 32,
            "TWILIO_AUTH_TOKEN": "bench",
            "TWILIO_FROM_NUMBER": "+15005550006",
            "MESSAGING_BACKEND": "console",
            "MEDIA_ROOT": "/tmp/portal-bench-media",
            "LOG_LEVEL": "WARNING",
        }
        self.procs = []
        self.logdir = ROOT / "var" / "bench-logs"
        self.logdir.mkdir(parents=True, exist_ok=True)

    def manage(self, *argv):
        subprocess.run(
            [PY, "manage.py", *argv], cwd=ROOT, env=self.env, check=True, stdout=subprocess.DEVNULL
        )

    def prepare(self):
        seed_file = ROOT / "var" / f"bench-seed-{self.db}.json"
        if self.args.reuse_db and seed_file.exists():
            print("reusing the seeded database; migrating...", flush=True)
            self.manage("migrate", "--noinput")
            self.manage("collectstatic", "--noinput")
            # Earlier runs added rows (submits, claims, texts); where autovacuum is off (as on
            # the bench machine) the planner would otherwise plan with the seed's statistics:
            # one text's delivery read all 110,000 reports (28 ms) on a stale messaging_message.
            sql(self, "ANALYZE")
            self.seed = json.loads(seed_file.read_text())
            self.seed.update(self.run_seed({"sessions_only": 50}))
            return
        psql = ["psql", "-h", "127.0.0.1", "-U", "postgres", "-qAt", "-d", "postgres", "-c"]
        subprocess.run([*psql, f'DROP DATABASE IF EXISTS "{self.db}" WITH (FORCE)'], check=True)
        subprocess.run([*psql, f'CREATE DATABASE "{self.db}"'], check=True)
        for url in (self.args.redis, self.args.broker):
            # The URL's own host, port and database (not redis-cli's default server).
            flush = ["redis-cli", "-u", url, "FLUSHDB"]
            subprocess.run(flush, check=True, stdout=subprocess.DEVNULL)
        print("migrating, collecting static files, loading the demo...", flush=True)
        self.manage("migrate", "--noinput")
        self.manage("collectstatic", "--noinput")
        self.manage("load_demo")
        print("seeding...", flush=True)
        seed_args = {
            "reports": self.args.reports,
            "open_items": self.args.open_items,
            "audit": self.args.audit,
            "dispatchers": 50,
        }
        self.seed = self.run_seed(seed_args)
        seed_file.write_text(json.dumps(self.seed))
        print(
            f"seeded in {self.seed['seconds']}s: {self.seed['reports']} reports, "
            f"{self.seed['open_items']} open, {self.seed['audit_entries']} audit entries",
            flush=True,
        )

    def run_seed(self, args: dict) -> dict:
        out = subprocess.run(
            [PY, ".ci/bench_seed.py", json.dumps(args)],
            cwd=ROOT,
            env=self.env,
            check=True,
            capture_output=True,
            text=True,
        ).stdout
        return json.loads(out.strip().splitlines()[-1])

    def start(self):
        log = open(self.logdir / "granian.log", "w")  # noqa: SIM115
        self.procs.append(
            subprocess.Popen(
                [
                    GRANIAN,
                    "--interface",
                    "wsgi",
                    "--host",
                    HOST,
                    "--port",
                    str(self.port),
                    "--workers",
                    str(WORKERS),
                    "--blocking-threads",
                    str(BLOCKING_THREADS),
                    "--backpressure",
                    str(BACKPRESSURE),
                    "--no-ws",
                    "portal.wsgi:application",
                ],
                cwd=ROOT,
                env=self.env,
                stdout=log,
                stderr=subprocess.STDOUT,
            )
        )
        log = open(self.logdir / "celery.log", "w")  # noqa: SIM115
        self.procs.append(
            subprocess.Popen(
                [
                    CELERY,
                    "-A",
                    "portal",
                    "worker",
                    "--loglevel",
                    "WARNING",
                    "--concurrency",
                    str(CELERY_CONCURRENCY),
                ],
                cwd=ROOT,
                env=self.env,
                stdout=log,
                stderr=subprocess.STDOUT,
            )
        )
        deadline = time.monotonic() + 240  # a loaded machine starts Celery slowly
        while time.monotonic() < deadline:
            with contextlib.suppress(OSError):
                if Client(self.port).get("/healthz").status == 200:
                    return
            time.sleep(0.5)
        raise RuntimeError(f"the stack did not come up; see {self.logdir}")

    def stop(self):
        for proc in self.procs:
            proc.terminate()
        for proc in self.procs:
            try:
                proc.wait(timeout=15)
            except subprocess.TimeoutExpired:
                proc.kill()

    def server_pids(self) -> list[int]:
        """Every process serving the stack: granian and Celery with their children, this
        database's PostgreSQL backends and the Redis server."""
        children: dict[int, list[int]] = {}
        for stat in Path("/proc").glob("[0-9]*/stat"):
            with contextlib.suppress(OSError, ValueError, IndexError):
                fields = stat.read_text().rsplit(")", 1)[1].split()
                children.setdefault(int(fields[1]), []).append(int(stat.parent.name))
        pids, todo = [], [p.pid for p in self.procs]
        while todo:
            pid = todo.pop()
            pids.append(pid)
            todo += children.get(pid, [])
        backends = sql(
            self,
            f"SELECT pid FROM pg_stat_activity WHERE datname = '{self.db}' "
            "AND pid <> pg_backend_pid()",
        ).split()
        pids += [int(p) for p in backends]
        with contextlib.suppress(Exception):
            info = subprocess.run(
                ["redis-cli", "-u", self.args.redis, "INFO", "server"],
                capture_output=True,
                text=True,
                check=True,
            ).stdout
            pids.append(int(re.search(r"process_id:(\d+)", info).group(1)))
        return pids

    def cpu_seconds(self, pids) -> float:
        """CPU time (user + system) these processes have used so far."""
        total = 0
        for pid in pids:
            with contextlib.suppress(OSError, ValueError, IndexError):
                fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
                total += int(fields[11]) + int(fields[12])  # utime, stime (clock ticks)
        return total / os.sysconf("SC_CLK_TCK")

    def cpu_by_program(self, pids) -> dict:
        """CPU seconds so far per program (granian, celery, postgres, redis), to say where a
        section's server CPU went."""
        out: dict[str, float] = {}
        tick = os.sysconf("SC_CLK_TCK")
        for pid in pids:
            with contextlib.suppress(OSError, ValueError, IndexError):
                cmdline = Path(f"/proc/{pid}/cmdline").read_bytes().replace(b"\0", b" ")
                name = next(
                    (
                        n
                        for n in ("granian", "celery", "postgres", "redis")
                        if n.encode() in cmdline
                    ),
                    "other",
                )
                fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
                out[name] = out.get(name, 0) + (int(fields[11]) + int(fields[12])) / tick
        return out

    def pg_connections(self) -> int:
        out = subprocess.run(
            [
                "psql",
                "-h",
                "127.0.0.1",
                "-U",
                "postgres",
                "-qAt",
                "-d",
                "postgres",
                "-c",
                f"SELECT count(*) FROM pg_stat_activity WHERE datname = '{self.db}' "
                # The bench's own psql and shell clients are not the stack's.
                "AND application_name NOT IN ('psql', 'bench-client')",
            ],
            capture_output=True,
            text=True,
            check=True,
        ).stdout
        return int(out.strip())


# --- wrk -------------------------------------------------------------------------------------

WRK_RPS = re.compile(r"Requests/sec:\s+([\d.]+)")
WRK_NON2XX = re.compile(r"Non-2xx or 3xx responses:\s+(\d+)")
WRK_ERRORS = re.compile(r"Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)")
WRK_P = re.compile(r"^\s+(50|99)%\s+([\d.]+)(us|ms|s)\s*$", re.M)
UNIT = {"us": 0.001, "ms": 1.0, "s": 1000.0}


def wrk(port, path, *, seconds, connections=32, headers=(), timeout=10):
    cmd = [
        "wrk",
        "--timeout",
        f"{int(timeout)}s",
        "-t",
        "2",
        "-c",
        str(connections),
        "-d",
        f"{int(seconds)}s",
        "--latency",
        "-H",
        "X-Forwarded-Proto: https",
    ]
    for header in headers:
        cmd += ["-H", header]
    out = subprocess.run(
        [*cmd, f"http://{HOST}:{port}{path}"], capture_output=True, text=True, check=True
    ).stdout
    errors = WRK_ERRORS.search(out)
    non2xx = WRK_NON2XX.search(out)
    lat = {p: float(v) * UNIT[u] for p, v, u in WRK_P.findall(out)}
    return {
        "rps": float(WRK_RPS.search(out).group(1)),
        "p50_ms": lat.get("50"),
        "p99_ms": lat.get("99"),
        "non2xx": int(non2xx.group(1)) if non2xx else 0,
        "socket_errors": sum(int(x) for x in errors.groups()) if errors else 0,
        "requests": int(re.search(r"(\d+) requests in", out).group(1)),
    }


# --- Measurements ----------------------------------------------------------------------------

CACHED_PAGES = {
    "home": "/",
    "home_es": "/es/",
    "education": "/when-to-call-911/",
    "faq": "/faq/",
    "kids": "/kids/",
    "contact": "/contact/",
}


def discover_paths(port):
    """The demo's kids and contact paths, from the home page's links (names may differ)."""
    html = Client(port).get("/", headers={"Accept-Encoding": "identity"}).data.decode()
    for name, needle in (("kids", "kids"), ("contact", "contact")):
        match = re.search(rf'href="(/[^"]*{needle}[^"]*/)"', html)
        if match:
            CACHED_PAGES[name] = match.group(1)


def throughput(stack, seconds, rounds, session):
    targets = {
        "static": STATIC_PATH[0],
        **CACHED_PAGES,
        "healthz": "/healthz",
        "report_start": "/report/",
    }
    results = {name: [] for name in [*targets, "console_poll"]}
    for _round in range(rounds):
        for name, path in targets.items():
            results[name].append(
                wrk(stack.port, path, seconds=seconds, headers=["Accept-Encoding: gzip"])
            )
        # An open console that is up to date: the poll it repeats every second is answered 304
        # (from the tag, fetched afresh since a tag lasts DISPATCH_POLL_TAG_SECONDS).
        etag = (
            Client(stack.port, {"sessionid": session})
            .get("/dispatch/queue/rows", headers={"X-Background-Poll": "1"})
            .getheader("ETag")
        )
        poll_headers = [
            f"Cookie: sessionid={session}",
            "X-Background-Poll: 1",
            "Accept-Encoding: gzip",
            f"If-None-Match: {etag}",
        ]
        results["console_poll"].append(
            wrk(stack.port, "/dispatch/queue/rows", seconds=seconds, headers=poll_headers)
        )
    out = {}
    for name, runs in results.items():
        rps = statistics.median(r["rps"] for r in runs)
        out[name] = {
            "rps": round(rps, 1),
            "runs": [r["rps"] for r in runs],
            "non2xx": sum(r["non2xx"] for r in runs),
        }
    static = out["static"]["rps"]
    for entry in out.values():
        entry["ratio"] = round(entry["rps"] / static, 3) if static else None
    return out


def sequential_ms(port, path, n, cookies=None, headers=None, stack=None):
    """Requests one at a time: wall-clock percentiles and, with the stack given, the server's CPU
    time per request (granian, PostgreSQL, Redis): what an idle machine would answer in, since
    another process's load stretches the wall clock but not this CPU time."""
    client = Client(port, cookies)
    client.get(path, headers=headers)  # warm the connection and the process
    pids = stack.server_pids() if stack else []
    cpu_before = stack.cpu_seconds(pids) if stack else 0
    times = []
    for i in range(n):
        sep = "&" if "?" in path else "?"
        response = client.get(f"{path}{sep}bench={i}" if cookies is None else path, headers=headers)
        if response.status not in (200, 304):
            raise RuntimeError(f"{path}: {response.status}")
        times.append(response.elapsed * 1000)
    result = {"p50_ms": round(percentile(times, 50), 1), "p99_ms": round(percentile(times, 99), 1)}
    if stack:
        result["cpu_ms"] = round(1000 * (stack.cpu_seconds(pids) - cpu_before) / n, 1)
    return result


def report_once(port, category, n, timings):
    """One resident through the whole wizard over HTTP, every GET and POST a browser makes."""
    client = Client(port)

    def step(method, path, data=None):
        response = client.request(method, path, body=data)
        timings.append(response.elapsed * 1000)
        if response.status >= 400:
            summary = re.search(rb'class="error-summary".*?</div>', response.data, re.S)
            text = re.sub(rb"<[^>]+>|\s+", b" ", summary.group(0)).decode()[:200] if summary else ""
            raise RuntimeError(f"{method} {path}: {response.status} {text}")
        return response

    page = step("GET", "/report/")
    token = csrf_from(page)
    step(
        "POST",
        "/report/",
        {
            "csrfmiddlewaretoken": token,
            "danger": "no",
            "hurt": "no",
            "suspect_present": "no",
            "happening_now": "no",
        },
    )
    data = {
        "category": {"category": category},
        "what": {"narrative": "Someone sprayed paint on my garage door overnight."},
        # Keep the typed address whatever the agency's address points suggest.
        "where": {
            "address": "12 Oak Street",
            "city": "Example City",
            "place": "typed",
            "place_for": "12 Oak Street|Example City",
        },
        "when": {"date_from": "2026-01-10", "time_from": "22:00", "date_to": "2026-01-11"},
        "who": {"suspect": "Two teenagers on bikes"},
        "property": {"item1_description": "Garage door", "item1_value": "300"},
        "photos": {},
        "contact": {
            "reporter_name": "Bench Resident",
            "phone": f"(202) 555-{n % 10000:04d}",
            "email": "",
            "callback_channel": "sms",
            "language": "en",
            "best_time": "evenings",
            "website": "",
        },
    }
    for slug, fields in data.items():
        page = step("GET", f"/report/step/{slug}/")
        step(
            "POST",
            f"/report/step/{slug}/",
            {**fields, "nav": "next", "csrfmiddlewaretoken": csrf_from(page) or token},
        )
    page = step("GET", "/report/step/review/")
    done = step(
        "POST",
        "/report/step/review/",
        {"nav": "send", "csrfmiddlewaretoken": csrf_from(page) or token},
    )
    location = done.getheader("Location", "")
    if "/received/" not in location:
        raise RuntimeError(f"submit did not land on a receipt: {done.status} {location}")
    step("GET", location)


def _wizard_worker(port, category, reporters, until, queue, offset):
    timings, done, failed = [], 0, 0

    def run(k):
        nonlocal done, failed
        n = offset + k
        while time.monotonic() < until:
            try:
                report_once(port, category, n, timings)
                done += 1
            except Exception as exc:  # counted and shown: a lost report is a failure
                failed += 1
                queue.put(("error", repr(exc)[:200]))
            n += 1000

    threads = [threading.Thread(target=run, args=(k,)) for k in range(reporters)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    queue.put(("result", (done, failed, timings)))


def wizard(stack, category, seconds, concurrency=32, processes=8):
    port = stack.port
    pids = stack.server_pids()
    cpu_before = stack.cpu_seconds(pids)
    ctx = multiprocessing.get_context("fork")
    queue = ctx.Queue()
    until = time.monotonic() + seconds
    started = time.monotonic()
    procs = [
        ctx.Process(
            target=_wizard_worker,
            args=(port, category, concurrency // processes, until, queue, i * 100),
        )
        for i in range(processes)
    ]
    for p in procs:
        p.start()
    done = failed = 0
    timings, errors, results = [], [], 0
    while results < processes:
        kind, value = queue.get()
        if kind == "error":
            errors.append(value)
        else:
            results += 1
            done += value[0]
            failed += value[1]
            timings += value[2]
    for p in procs:
        p.join()
    elapsed = time.monotonic() - started
    cpu = stack.cpu_seconds(pids) - cpu_before
    cpu_per_report = cpu / done if done else None
    return {
        "reports_per_s": round(done / elapsed, 2),
        # The server's CPU time (granian, Celery, PostgreSQL, Redis) per report, and the reports
        # per second this machine's cores would carry if the server had them to itself.
        "cpu_ms_per_report": round(1000 * cpu_per_report, 1) if done else None,
        "cpu_capacity_reports_per_s": (
            round((os.cpu_count() or 1) / cpu_per_report, 1) if done else None
        ),
        "reports": done,
        "failed": failed,
        "step_p50_ms": round(percentile(timings, 50), 1),
        "step_p99_ms": round(percentile(timings, 99), 1),
        "errors": errors[:3],
    }


def _claim_worker(port, session, item_ids, barrier, queue, take_next, go, moments):
    client = Client(port, {"sessionid": session, "csrftoken": "b" * 32})
    headers = {"X-CSRFToken": "b" * 32}
    client.get("/dispatch/", headers={"Accept-Encoding": "identity"})
    queue.put(("ready", None))
    go.wait()
    started = time.monotonic()
    times = []
    for k, item_id in enumerate(item_ids):
        if moments is None:
            barrier.wait()  # the burst: every process at once
        else:
            time.sleep(max(0.0, started + moments[k] - time.monotonic()))
        path = "/dispatch/take-next" if take_next else f"/dispatch/items/{item_id}/claim"
        response = client.post(path, headers=headers)
        if response.status != 302:
            queue.put(("error", f"{path}: {response.status}"))
        times.append(response.elapsed * 1000)
        # A browser follows the redirect, and that page shows the flash message and clears its
        # cookie; the bench does not follow it, so it drops the cookie the same way (kept, it
        # would grow with every claim until Django moved it into the session).
        client.cookies.pop("messages", None)
    queue.put(("result", times))


def claims(port, sessions, item_ids, take_next=False, stack=None, paced=None):
    """50 dispatchers, each its own process. The burst (paced=None): all at once, for claims
    all on the same item. Paced, (seconds, claims per process): each process makes its claims
    at random moments over those seconds, each on an item of its own (or take-next).
    With the stack given, also the server's CPU time per claim (granian, Celery, PostgreSQL,
    Redis), from the first claim on (the console page each process opens first is not in it)."""
    ctx = multiprocessing.get_context("fork")
    queue = ctx.Queue()
    barrier = ctx.Barrier(len(sessions))
    go = ctx.Event()
    plans = []
    for n, _session in enumerate(sessions):
        if paced is None:
            plans.append((item_ids, None))
            continue
        seconds, per_process = paced
        rng = random.Random(n)  # noqa: S311 - moments, not secrets
        moments = sorted(rng.uniform(0, seconds) for _ in range(per_process))
        mine = (
            range(per_process) if take_next else item_ids[n * per_process : (n + 1) * per_process]
        )
        plans.append((mine, moments))
    procs = [
        ctx.Process(
            target=_claim_worker, args=(port, s, ids, barrier, queue, take_next, go, moments)
        )
        for s, (ids, moments) in zip(sessions, plans, strict=True)
    ]
    for p in procs:
        p.start()
    times, errors = [], []
    ready = 0
    while ready < len(procs):
        kind, value = queue.get()
        if kind == "ready":
            ready += 1
        else:
            errors.append(value)
    pids = stack.server_pids() if stack else []
    cpu_before = stack.cpu_seconds(pids) if stack else 0
    by_program = stack.cpu_by_program(pids) if stack else {}
    started = time.monotonic()
    go.set()
    for _ in procs:
        while True:
            kind, value = queue.get()
            if kind == "error":
                errors.append(value)
                continue
            times += value
            break
    elapsed = time.monotonic() - started
    for p in procs:
        p.join()
    result = {
        "p50_ms": round(percentile(times, 50), 1),
        "p99_ms": round(percentile(times, 99), 1),
        "requests": len(times),
        "errors": errors[:3],
    }
    if paced is not None:
        result["claims_per_s"] = round(len(times) / paced[0], 1)
        result["seconds"] = round(elapsed, 1)
    if stack and times:
        result["cpu_ms"] = round(1000 * (stack.cpu_seconds(pids) - cpu_before) / len(times), 1)
        after = stack.cpu_by_program(pids)
        result["cpu_ms_by_program"] = {
            name: round(1000 * (after.get(name, 0) - by_program.get(name, 0)) / len(times), 1)
            for name in sorted(after)
        }
    return result


def _console_poller(port, session, seconds, ready, changes, seen, counts):
    """One open console: the page, then the browser script's loop (If-None-Match and since,
    every data-poll milliseconds), as dispatch_bridge/static/dispatch/console.js does it."""
    import html as html_lib

    client = Client(port, {"sessionid": session})
    page = gzip_decode(client.get("/dispatch/")).decode()
    tag = re.search(r'data-poll-tag="([^"]*)"', page)
    stamp = re.search(r'data-poll-stamp="([^"]*)"', page)
    interval = re.search(r'data-poll="(\d+)"', page)
    etag = html_lib.unescape(tag.group(1)) if tag else None
    stamp = stamp.group(1) if stamp else None
    interval = int(interval.group(1)) / 1000 if interval else 1.0
    ready.wait()
    until = time.monotonic() + seconds
    # Consoles are opened at different moments: each polls at its own point of the interval.
    time.sleep(interval * random.random())  # noqa: S311 - a phase, not a secret
    tick = time.monotonic()
    while tick < until:
        headers = {"X-Background-Poll": "1", "Accept": "application/json"}
        path = "/dispatch/queue/rows"
        if etag and stamp is not None:
            headers["If-None-Match"] = etag
            path += f"?since={stamp}"
        response = client.get(path, headers=headers)
        counts[response.status] = counts.get(response.status, 0) + 1
        if response.status == 200:
            etag = response.getheader("ETag")
            data = json.loads(gzip_decode(response))
            stamp = data["stamp"]
            now = time.monotonic()
            for item_id, at in list(changes.items()):
                if f'data-id="{item_id}"' in data["rows"] and (session, item_id) not in seen:
                    seen[(session, item_id)] = now - at
        tick += interval
        time.sleep(max(0.0, tick - time.monotonic()))


def gzip_decode(response) -> bytes:
    if (response.getheader("Content-Encoding") or "") == "gzip":
        import gzip

        return gzip.decompress(response.data)
    return response.data


def console_pollers(stack, sessions, seconds, change_every=10.0):
    """len(sessions) dispatchers with the console open, each polling as the page says, while the
    reporter of a listed item replies every change_every seconds (its row gains a flag): the
    server's CPU share of the machine once the consoles are open, and how long each change took
    to show on every console. A change every 10 s is 7 times the seeded year's pace (100,000
    reports a year, each claimed, decided and closed: about one change a minute)."""
    changes, seen, counts = {}, {}, {}
    ready = threading.Barrier(len(sessions) + 1)
    threads = [
        threading.Thread(
            target=_console_poller,
            args=(stack.port, s, seconds, ready, changes, seen, counts),
        )
        for s in sessions
    ]
    # Rows every console lists: the ones the page shows.
    page = gzip_decode(Client(stack.port, {"sessionid": sessions[0]}).get("/dispatch/"))
    ids = re.findall(r'data-id="(\d+)"', page.decode())[::-1]
    for t in threads:
        t.start()
    ready.wait()  # every console has its page: from here on it is the steady state
    pids = stack.server_pids()
    cpu_before, wall_before = stack.cpu_seconds(pids), time.monotonic()
    until = wall_before + seconds
    while time.monotonic() + change_every < until - 3 and ids:
        time.sleep(change_every)
        item_id = ids.pop(0)
        changes[item_id] = time.monotonic()
        sql(
            stack,
            "UPDATE dispatch_bridge_queueitem SET reporter_replied_at = now(), "
            f"updated_at = now() WHERE id = {int(item_id)}",
        )
    for t in threads:
        t.join()
    cpu = stack.cpu_seconds(pids) - cpu_before
    wall = time.monotonic() - wall_before
    delays = list(seen.values())
    return {
        "consoles": len(threads),
        "machine_share_pct": round(100 * cpu / (wall * (os.cpu_count() or 1)), 1),
        "server_cpu_s": round(cpu, 2),
        "seconds": round(wall, 1),
        "polls": counts,
        "changes": len(changes),
        "update_max_s": round(max(delays), 2) if delays else None,
        "update_p50_s": round(percentile(delays, 50), 2) if delays else None,
        "delays_by_change": {
            item_id: sorted(round(d, 2) for (_, i), d in seen.items() if i == item_id)[::10]
            for item_id in changes
        },
        "updates_missed": len(changes) * len(threads) - len(delays),
    }


def sql(stack, query):
    return subprocess.run(
        ["psql", "-h", "127.0.0.1", "-U", "postgres", "-qAt", "-d", stack.db, "-c", query],
        capture_output=True,
        text=True,
        check=True,
    ).stdout.strip()


SUBMIT_WORKER = """
import os, time
from pathlib import Path
from reporting.models import Category
from reporting.services import report_submit
c = Category.objects.filter(locale__language_code='en').first()
def one():
    report_submit(category=c, reporter_name='Bench', language='en', narrative='A bike was taken.',
                  phone='+12025550100', callback_channel='sms')
one()  # connected, caches warm
flag = os.environ['BENCH_SUBMIT_FLAG']
Path(flag + '.ready').touch()
while not Path(flag[:flag.rindex('-')] + '.go').exists():
    time.sleep(0.002)
t, cpu = time.perf_counter(), time.process_time()
for i in range({n}):
    one()
print({n}, time.perf_counter() - t, time.process_time() - cpu, flush=True)
# Stay connected until the bench has read this client's PostgreSQL backend's CPU time: a
# backend that has exited can no longer be read (and would count as giving CPU back).
Path(flag + '.done').touch()
while not Path(flag[:flag.rindex('-')] + '.exit').exists():
    time.sleep(0.002)
"""


def submit_service(stack, n, processes):
    """The submit service alone (no HTTP): `processes` clients, each calling report_submit `n`
    times as fast as it can, started together. Reports/s is what they filed together per
    second of wall clock; the CPU figure adds the clients' own CPU to the stack's (PostgreSQL's
    backends, the Celery worker sending the receipts, Redis) per report, and divides the
    machine's cores by it, as the wizard's does."""
    code = SUBMIT_WORKER.format(n=n)
    flag = ROOT / "var" / f"bench-submit-{os.getpid()}"
    suffixes = (".go", ".exit", *(f"-{i}.{s}" for i in range(processes) for s in ("ready", "done")))
    for suffix in suffixes:
        Path(f"{flag}{suffix}").unlink(missing_ok=True)
    procs = [
        subprocess.Popen(
            [PY, "manage.py", "shell", "-c", code],
            cwd=ROOT,
            env={**stack.env, "PGAPPNAME": "bench-client", "BENCH_SUBMIT_FLAG": f"{flag}-{i}"},
            stdout=subprocess.PIPE,
            text=True,
        )
        for i in range(processes)
    ]
    try:
        deadline = time.monotonic() + 300
        while not all(Path(f"{flag}-{i}.ready").exists() for i in range(processes)):
            if time.monotonic() > deadline or any(p.poll() is not None for p in procs):
                raise RuntimeError("the submit clients did not start")
            time.sleep(0.05)
        pids = stack.server_pids()  # now with the clients' PostgreSQL backends
        cpu_before = stack.cpu_seconds(pids)
        started = time.monotonic()
        Path(f"{flag}.go").touch()
        while not all(Path(f"{flag}-{i}.done").exists() for i in range(processes)):
            if time.monotonic() > deadline + 900 or any(p.poll() is not None for p in procs):
                raise RuntimeError("a submit client stopped")
            time.sleep(0.002)
        elapsed = time.monotonic() - started
        server_cpu = stack.cpu_seconds(pids) - cpu_before
        Path(f"{flag}.exit").touch()
        outputs = [p.communicate(timeout=60)[0] for p in procs]
    finally:
        for p in procs:
            if p.poll() is None:
                p.kill()
        for suffix in suffixes:
            Path(f"{flag}{suffix}").unlink(missing_ok=True)
    done = client_cpu = 0
    for out in outputs:
        count, _seconds, cpu = out.strip().splitlines()[-1].split()
        done += int(count)
        client_cpu += float(cpu)
    cpu_per_report = (server_cpu + client_cpu) / done
    return {
        "processes": processes,
        "reports": done,
        "reports_per_s": round(done / elapsed, 1),
        "cpu_ms_per_report": round(1000 * cpu_per_report, 2),
        "client_cpu_ms_per_report": round(1000 * client_cpu / done, 2),
        "cpu_capacity_reports_per_s": round((os.cpu_count() or 1) / cpu_per_report, 1),
    }


class ConnectionSampler(threading.Thread):
    """The most PostgreSQL connections the stack held at once, sampled all through the run
    (granian's pools and the Celery worker's, under every section's load)."""

    def __init__(self, stack):
        super().__init__(daemon=True)
        self.stack, self.peak, self.stopped = stack, 0, threading.Event()

    def run(self):
        while not self.stopped.is_set():
            with contextlib.suppress(Exception):
                self.peak = max(self.peak, self.stack.pg_connections())
            time.sleep(0.25)


def connections_under_load(stack, seconds, sampler):
    """64 clients at once on the report page (sessions, the draft cookie, the database) while
    /healthz keeps the worker busy: no answer may be a server error."""
    peak_before = sampler.peak
    sampler.peak = 0
    result = wrk(stack.port, "/report/", seconds=seconds, connections=64, timeout=30)
    peak_here = sampler.peak
    sampler.peak = max(peak_before, peak_here)
    return {
        "clients": 64,
        "requests": result["requests"],
        "server_errors": result["non2xx"],
        "socket_errors": result["socket_errors"],
        "peak_connections": peak_here,
        "rps": result["rps"],
    }


STATIC_PATH = [""]


def find_static(port):
    html = Client(port).get("/", headers={"Accept-Encoding": "identity"}).data.decode()
    STATIC_PATH[0] = re.search(r'href="(/static/[^"]+\.css)"', html).group(1)


# --- The table -------------------------------------------------------------------------------

# (figure, how it is read from the results, the bound, "min" or "max"). Other areas add
# rows here for their .ci/bench_<area>.py sections.
BOUNDS = [
    *[
        (f"cached {name} / static", ("throughput", name, "ratio"), 0.7, "min")
        for name in CACHED_PAGES
    ],
    *[
        row
        for name in ("home", "education", "faq", "kids")
        for row in (
            (f"uncached {name} p50 ms", ("uncached", name, "p50_ms"), 15, "max"),
            (f"uncached {name} server CPU ms", ("uncached", name, "cpu_ms"), 15, "max"),
        )
    ],
    ("wizard reports/s (32 reporters)", ("wizard", "reports_per_s"), 30, "min"),
    ("wizard reports/s the CPU allows", ("wizard", "cpu_capacity_reports_per_s"), 30, "min"),
    ("wizard step p99 ms", ("wizard", "step_p99_ms"), 150, "max"),
    ("wizard reports lost", ("wizard", "failed"), 0, "max"),
    (
        f"submit service reports/s ({SUBMIT_PROCESSES} clients)",
        ("submit_service", "reports_per_s"),
        500,
        "min",
    ),
    (
        "submit service reports/s the CPU allows",
        ("submit_service", "cpu_capacity_reports_per_s"),
        500,
        "min",
    ),
    ("console: 50 open, share of machine %", ("console", "open", "machine_share_pct"), 10, "max"),
    ("console: a change shown within s", ("console", "open", "update_max_s"), 2, "max"),
    ("console: changes missed", ("console", "open", "updates_missed"), 0, "max"),
    ("console queue page p50 ms", ("console", "queue_page", "p50_ms"), 50, "max"),
    ("console queue page server CPU ms", ("console", "queue_page", "cpu_ms"), 50, "max"),
    ("claims p99 ms (50 processes)", ("claims", "p99_ms"), 50, "max"),
    ("double claims", ("claims", "double_claims"), 0, "max"),
    ("take next p99 ms", ("take_next", "p99_ms"), 100, "max"),
    # The same bounds for 50 dispatchers claiming at their own moments (20 claims/s together)
    # rather than all in the same millisecond.
    ("claims p99 ms, paced (50 processes, 20/s)", ("claims_paced", "p99_ms"), 50, "max"),
    ("take next p99 ms, paced (50 processes, 20/s)", ("take_next_paced", "p99_ms"), 100, "max"),
    # Not bounds of the issue: what a claim costs the server, whatever the machine's load.
    ("claims server CPU ms per claim", ("claims", "cpu_ms"), None, "max"),
    ("take next server CPU ms per claim", ("take_next", "cpu_ms"), None, "max"),
    ("claims paced server CPU ms per claim", ("claims_paced", "cpu_ms"), None, "max"),
    ("take next paced server CPU ms per claim", ("take_next_paced", "cpu_ms"), None, "max"),
    ("stats, a year p50 ms", ("stats", "p50_ms"), 300, "max"),
    ("stats, a year server CPU ms", ("stats", "cpu_ms"), 300, "max"),
    ("stats, a year not in the summary p50 ms", ("stats_live", "p50_ms"), 300, "max"),
    ("stats, a year not in the summary server CPU ms", ("stats_live", "cpu_ms"), 300, "max"),
    ("public statistics page server CPU ms", ("public_stats", "cpu_ms"), 50, "max"),
    ("audit CSV seconds", ("audit_csv", "seconds"), 3, "max"),
    ("audit CSV server CPU seconds", ("audit_csv", "server_cpu_seconds"), 3, "max"),
    ("status lookup p50 ms (1,000,000 reports)", ("status_lookup", "p50_ms"), 20, "max"),
    ("status lookup server CPU ms", ("status_lookup", "cpu_ms"), 20, "max"),
    ("status look-up form server CPU ms", ("status_form", "cpu_ms"), 20, "max"),
    ("emergency check p99 ms, 2,000 characters", ("triage", "p99_ms"), 5, "max"),
    ("server errors at 64 clients", ("connections", "server_errors"), 0, "max"),
    (
        "PostgreSQL connections, peak of the run",
        ("connections_run", "peak_connections"),
        ("connections_run", "bound"),
        "max",
    ),
    *ALERTS_BOUNDS,
]


def dig(data, path):
    for key in path:
        if data is None:
            return None
        data = data.get(key) if isinstance(data, dict) else None
    return data


def table(results) -> str:
    lines = ["| figure | measured | bound | within |", "| --- | --- | --- | --- |"]
    for label, path, bound, kind in BOUNDS:
        value = dig(results, path)
        spec = bound
        if isinstance(bound, tuple):
            bound = dig(results, bound)
        if value is not None and bound is None and not isinstance(spec, tuple):
            lines.append(f"| {label} | {value} | - | - |")  # a figure to compare, no bound
            continue
        if value is None or bound is None:
            lines.append(f"| {label} | not measured | {bound} | - |")
            continue
        ok = value >= bound if kind == "min" else value <= bound
        sign = ">=" if kind == "min" else "<="
        lines.append(f"| {label} | {value} | {sign} {bound} | {'yes' if ok else 'NO'} |")
    static = dig(results, ("throughput", "static", "rps"))
    lines.append("")
    lines.append(f"Static ceiling in this run: {static} req/s (wrk, 32 connections).")
    return "\n".join(lines)


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=float, default=5, help="length of each wrk run")
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--reports", type=int, default=100_000)
    parser.add_argument("--open-items", type=int, default=1000)
    parser.add_argument("--audit", type=int, default=100_000)
    parser.add_argument("--database", default=os.environ.get("BENCH_DATABASE", "portal_bench"))
    parser.add_argument(
        "--redis", default=os.environ.get("BENCH_REDIS_URL", "redis://127.0.0.1:6379/14")
    )
    parser.add_argument(
        "--broker", default=os.environ.get("BENCH_BROKER_URL", "redis://127.0.0.1:6379/15")
    )
    parser.add_argument("--json", default=str(ROOT / "var" / "bench.json"))
    parser.add_argument(
        "--reuse-db",
        action="store_true",
        help="keep the database the last run seeded (skips the seeding)",
    )
    parser.add_argument(
        "--serve",
        action="store_true",
        help="start the stack, print its port and wait (for profiling)",
    )
    parser.add_argument("--only", default="", help="comma-separated sections to run")
    args = parser.parse_args()
    only = set(filter(None, args.only.split(",")))

    def want(section):
        return not only or section in only

    # Stopped from outside (kill), still stop the servers it started.
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(1))
    stack = Stack(args)
    stack.prepare()
    stack.start()
    sampler = ConnectionSampler(stack)
    sampler.start()
    results = {
        "date": time.strftime("%Y-%m-%d %H:%M"),
        "seed": {k: v for k, v in stack.seed.items() if k != "sessions"},
        "server": {
            "workers": WORKERS,
            "blocking_threads": BLOCKING_THREADS,
            "backpressure": BACKPRESSURE,
        },
    }
    sessions = stack.seed["sessions"]
    if args.serve:
        print(f"serving on http://{HOST}:{stack.port} session={sessions[0]}", flush=True)
        try:
            while True:
                time.sleep(60)
        finally:
            stack.stop()
    try:
        find_static(stack.port)
        discover_paths(stack.port)
        # Warm every page once so the first round measures hits.
        for path in CACHED_PAGES.values():
            Client(stack.port).get(path)
        if want("throughput"):
            print("throughput (wrk)...", flush=True)
            results["throughput"] = throughput(stack, args.seconds, args.rounds, sessions[0])
        if want("uncached"):
            print("uncached pages...", flush=True)
            results["uncached"] = {
                name: sequential_ms(stack.port, CACHED_PAGES[name], 30, stack=stack)
                for name in ("home", "education", "faq", "kids")
            }
        if want("console"):
            print("console (50 open consoles)...", flush=True)
            console = {
                "queue_page": sequential_ms(
                    stack.port, "/dispatch/", 20, cookies={"sessionid": sessions[0]}, stack=stack
                )
            }
            first = Client(stack.port, {"sessionid": sessions[0]}).get(
                "/dispatch/queue/rows", headers={"X-Background-Poll": "1"}
            )
            console["full_poll_bytes"] = len(first.data)
            unchanged = Client(stack.port, {"sessionid": sessions[0]}).get(
                "/dispatch/queue/rows",
                headers={"X-Background-Poll": "1", "If-None-Match": first.getheader("ETag")},
            )
            console["unchanged_poll_status"] = unchanged.status
            console["open"] = console_pollers(stack, sessions, max(40.0, args.seconds * 5))
            results["console"] = console
        if want("stats"):
            print("statistics and audit...", flush=True)
            results.update(bench_reports.statistics_figures(stack, sessions[0]))
            results.update(bench_reports.audit_csv(stack, sessions[0]))
        if want("triage"):
            print("emergency check...", flush=True)
            results["triage"] = triage_latency()
        if want("status"):
            print("status lookup (1,000,000 reports)...", flush=True)
            results.update(bench_reports.status_lookup(stack))
        if want("claims"):
            print("claims (50 processes)...", flush=True)
            ids = [
                int(x)
                for x in sql(
                    stack,
                    "SELECT id FROM dispatch_bridge_queueitem WHERE closed_at IS NULL "
                    "AND claimed_by_id IS NULL ORDER BY id LIMIT 20",
                ).split()
            ]
            results["claims"] = claims(stack.port, sessions, ids, stack=stack)
            doubles = sql(
                stack,
                "SELECT count(*) FROM (SELECT object_id FROM "
                "staff_auditentry WHERE action = 'queue.claim' "
                "AND outcome = 'success' GROUP BY object_id "
                "HAVING count(*) > 1) d",
            )
            results["claims"]["double_claims"] = int(doubles)
            results["claims"]["claimed"] = int(
                sql(
                    stack,
                    "SELECT count(*) FROM dispatch_bridge_queueitem WHERE claimed_by_id "
                    f"IS NOT NULL AND id IN ({','.join(map(str, ids))})",
                )
            )
            results["take_next"] = claims(
                stack.port, sessions, range(4), take_next=True, stack=stack
            )
            # 50 dispatchers at work: each claims at random moments over the window (4 each in
            # 10 s, 20 claims/s together, far more than a real room), distinct items, then the
            # same for take-next.
            paced = (10.0, 4)
            ids = [
                int(x)
                for x in sql(
                    stack,
                    "SELECT id FROM dispatch_bridge_queueitem WHERE closed_at IS NULL "
                    f"AND claimed_by_id IS NULL ORDER BY id DESC LIMIT {len(sessions) * paced[1]}",
                ).split()
            ]
            results["claims_paced"] = claims(stack.port, sessions, ids, stack=stack, paced=paced)
            results["take_next_paced"] = claims(
                stack.port, sessions, [], take_next=True, stack=stack, paced=paced
            )
        if want("wizard"):
            print("report wizard (32 reporters)...", flush=True)
            # A category without required extra questions: the bench fills the common fields.
            category = sql(
                stack,
                "SELECT c.slug FROM reporting_category c JOIN wagtailcore_locale l "
                "ON l.id = c.locale_id WHERE l.language_code = 'en' AND NOT EXISTS "
                "(SELECT 1 FROM reporting_categoryquestion q WHERE q.category_id = c.id "
                "AND q.required) ORDER BY c.id LIMIT 1",
            )
            results["wizard"] = wizard(stack, category, args.seconds * 4)
        if want("wizard") or want("submit"):
            print("submit service...", flush=True)
            # One client (the figure issue 13 started from), then one per core and one more:
            # a service answers many residents at once, and their commits share the WAL flush.
            one = submit_service(stack, 200, 1)
            results["submit_service"] = submit_service(stack, 200, SUBMIT_PROCESSES)
            results["submit_service"]["one_client_reports_per_s"] = one["reports_per_s"]
            results["submit_service_rps"] = results["submit_service"]["reports_per_s"]
        if want("alerts"):
            print("alert fan-out (10,000 subscribers)...", flush=True)
            results["alerts"] = alerts_fanout(stack, python=PY, root=ROOT)
        if want("connections"):
            print("64 clients...", flush=True)
            results["connections"] = connections_under_load(stack, args.seconds * 2, sampler)
    finally:
        sampler.stopped.set()
        pool = int(stack.env.get("DATABASE_POOL_MAX_SIZE", "4"))
        results["connections_run"] = {
            "peak_connections": sampler.peak,
            # Each granian worker and each Celery process pools at most `pool` connections.
            "bound": (WORKERS + CELERY_CONCURRENCY) * pool,
            "bound_reads": f"({WORKERS} granian + {CELERY_CONCURRENCY} Celery processes) x {pool}",
        }
        stack.stop()
        Path(args.json).parent.mkdir(parents=True, exist_ok=True)
        Path(args.json).write_text(json.dumps(results, indent=2, default=str))
        print()
        print(table(results))
        print(f"\nJSON: {args.json}")


if __name__ == "__main__":
    main()
