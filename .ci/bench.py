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
import re
import signal
import socket
import statistics
import subprocess
import sys
import threading
import time
from datetime import date, timedelta
from http.client import HTTPConnection
from pathlib import Path
from urllib.parse import urlencode

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / ".ci"))
from bench_alerts import BOUNDS as ALERTS_BOUNDS  # noqa: E402
from bench_alerts import alerts_fanout  # noqa: E402

PY = str(ROOT / ".venv" / "bin" / "python")
GRANIAN = str(ROOT / ".venv" / "bin" / "granian")
CELERY = str(ROOT / ".venv" / "bin" / "celery")
HOST = "127.0.0.1"

# The production command's tuning, as README gives it (overridable to compare).
WORKERS = int(os.environ.get("BENCH_WORKERS", "2"))
BLOCKING_THREADS = int(os.environ.get("BENCH_BLOCKING_THREADS", "4"))
BACKPRESSURE = int(os.environ.get("BENCH_BACKPRESSURE", "64"))


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
            self.seed = json.loads(seed_file.read_text())
            self.seed.update(self.run_seed({"sessions_only": 50}))
            return
        psql = ["psql", "-h", "127.0.0.1", "-U", "postgres", "-qAt", "-d", "postgres", "-c"]
        subprocess.run([*psql, f'DROP DATABASE IF EXISTS "{self.db}" WITH (FORCE)'], check=True)
        subprocess.run([*psql, f'CREATE DATABASE "{self.db}"'], check=True)
        for url in (self.args.redis, self.args.broker):
            db = url.rsplit("/", 1)[1]
            flush = ["redis-cli", "-n", db, "FLUSHDB"]
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
                [CELERY, "-A", "portal", "worker", "--loglevel", "WARNING", "--concurrency", "2"],
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
                f"SELECT count(*) FROM pg_stat_activity WHERE datname = '{self.db}'",
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


def wrk(port, path, *, seconds, connections=32, headers=()):
    cmd = [
        "wrk",
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
    poll_headers = [f"Cookie: sessionid={session}", "X-Background-Poll: 1", "Accept-Encoding: gzip"]
    results = {name: [] for name in [*targets, "console_poll"]}
    for _round in range(rounds):
        for name, path in targets.items():
            results[name].append(
                wrk(stack.port, path, seconds=seconds, headers=["Accept-Encoding: gzip"])
            )
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


def sequential_ms(port, path, n, cookies=None, headers=None):
    client = Client(port, cookies)
    client.get(path, headers=headers)  # warm the connection and the process
    times = []
    for i in range(n):
        sep = "&" if "?" in path else "?"
        response = client.get(f"{path}{sep}bench={i}" if cookies is None else path, headers=headers)
        if response.status not in (200, 304):
            raise RuntimeError(f"{path}: {response.status}")
        times.append(response.elapsed * 1000)
    return {"p50_ms": round(percentile(times, 50), 1), "p99_ms": round(percentile(times, 99), 1)}


def report_once(port, category, n, timings):
    """One resident through the whole wizard over HTTP, every GET and POST a browser makes."""
    client = Client(port)

    def step(method, path, data=None):
        response = client.request(method, path, body=data)
        timings.append(response.elapsed * 1000)
        if response.status >= 400:
            raise RuntimeError(f"{method} {path}: {response.status}")
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
        "where": {"address": "12 Oak Street", "city": "Example City"},
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


def wizard(port, category, seconds, concurrency=32, processes=8):
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
    return {
        "reports_per_s": round(done / elapsed, 2),
        "reports": done,
        "failed": failed,
        "step_p50_ms": round(percentile(timings, 50), 1),
        "step_p99_ms": round(percentile(timings, 99), 1),
        "errors": errors[:3],
    }


def _claim_worker(port, session, item_ids, barrier, queue, take_next):
    client = Client(port, {"sessionid": session, "csrftoken": "b" * 32})
    headers = {"X-CSRFToken": "b" * 32}
    client.get("/dispatch/", headers={"Accept-Encoding": "identity"})
    times = []
    for item_id in item_ids:
        barrier.wait()
        path = "/dispatch/take-next" if take_next else f"/dispatch/items/{item_id}/claim"
        response = client.post(path, headers=headers)
        if response.status != 302:
            queue.put(("error", f"{path}: {response.status}"))
        times.append(response.elapsed * 1000)
    queue.put(("result", times))


def claims(port, sessions, item_ids, take_next=False):
    """50 dispatchers, each its own process, all at once: for claims all on the same item."""
    ctx = multiprocessing.get_context("fork")
    queue = ctx.Queue()
    barrier = ctx.Barrier(len(sessions))
    procs = [
        ctx.Process(target=_claim_worker, args=(port, s, item_ids, barrier, queue, take_next))
        for s in sessions
    ]
    for p in procs:
        p.start()
    times, errors = [], []
    for _ in procs:
        while True:
            kind, value = queue.get()
            if kind == "error":
                errors.append(value)
                continue
            times += value
            break
    for p in procs:
        p.join()
    return {
        "p50_ms": round(percentile(times, 50), 1),
        "p99_ms": round(percentile(times, 99), 1),
        "requests": len(times),
        "errors": errors[:3],
    }


def sql(stack, query):
    return subprocess.run(
        ["psql", "-h", "127.0.0.1", "-U", "postgres", "-qAt", "-d", stack.db, "-c", query],
        capture_output=True,
        text=True,
        check=True,
    ).stdout.strip()


def submit_service_rate(stack, n):
    code = f"""
import time
from reporting.models import Category
from reporting.services import report_submit
c = Category.objects.filter(locale__language_code='en').first()
t = time.perf_counter()
for i in range({n}):
    report_submit(category=c, reporter_name='Bench', language='en', narrative='A bike was taken.',
                  phone='+12025550100', callback_channel='sms')
print({n} / (time.perf_counter() - t))
"""
    out = subprocess.run(
        [PY, "manage.py", "shell", "-c", code],
        cwd=ROOT,
        env=stack.env,
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    return round(float(out.strip().splitlines()[-1]), 1)


def connections_under_load(stack, seconds):
    peak = 0
    stop = threading.Event()

    def sample():
        nonlocal peak
        while not stop.is_set():
            peak = max(peak, stack.pg_connections())
            time.sleep(0.2)

    sampler = threading.Thread(target=sample)
    sampler.start()
    try:
        result = wrk(stack.port, "/report/", seconds=seconds, connections=64)
    finally:
        stop.set()
        sampler.join()
    return {
        "errors": result["non2xx"] + result["socket_errors"],
        "peak_connections": peak,
        "rps": result["rps"],
    }


STATIC_PATH = [""]


def find_static(port):
    html = Client(port).get("/", headers={"Accept-Encoding": "identity"}).data.decode()
    STATIC_PATH[0] = re.search(r'href="(/static/[^"]+\.css)"', html).group(1)


# --- The table -------------------------------------------------------------------------------

# (figure, how it is read from the results, the bound, "min" or "max")
BOUNDS = [
    *[
        (f"cached {name} / static", ("throughput", name, "ratio"), 0.7, "min")
        for name in CACHED_PAGES
    ],
    *[
        (f"uncached {name} p50 ms", ("uncached", name, "p50_ms"), 15, "max")
        for name in ("home", "education", "faq", "kids")
    ],
    ("wizard reports/s (32 reporters)", ("wizard", "reports_per_s"), 30, "min"),
    ("wizard step p99 ms", ("wizard", "step_p99_ms"), 150, "max"),
    ("wizard reports lost", ("wizard", "failed"), 0, "max"),
    ("submit service reports/s", ("submit_service_rps",), 500, "min"),
    ("console: 50 pollers, share of machine %", ("console", "machine_share_pct"), 10, "max"),
    ("console queue page p50 ms", ("console", "queue_page", "p50_ms"), 50, "max"),
    ("claims p99 ms (50 processes)", ("claims", "p99_ms"), 50, "max"),
    ("double claims", ("claims", "double_claims"), 0, "max"),
    ("take next p99 ms", ("take_next", "p99_ms"), 100, "max"),
    ("stats, a year p50 ms", ("stats", "p50_ms"), 300, "max"),
    ("audit CSV seconds", ("audit_csv", "seconds"), 3, "max"),
    ("status lookup p50 ms", ("status_lookup", "p50_ms"), 20, "max"),
    ("errors at 64 clients", ("connections", "errors"), 0, "max"),
    (
        "PostgreSQL connections at 64 clients",
        ("connections", "peak_connections"),
        ("connections", "bound"),
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
        if isinstance(bound, tuple):
            bound = dig(results, bound)
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
                name: sequential_ms(stack.port, CACHED_PAGES[name], 30)
                for name in ("home", "education", "faq", "kids")
            }
        if want("console"):
            print("console...", flush=True)
            console = {
                "queue_page": sequential_ms(
                    stack.port, "/dispatch/", 20, cookies={"sessionid": sessions[0]}
                )
            }
            poll = Client(stack.port, {"sessionid": sessions[0]}).get(
                "/dispatch/queue/rows", headers={"X-Background-Poll": "1"}
            )
            console["poll_bytes"] = len(poll.data)
            poll_rps = dig(results, ("throughput", "console_poll", "rps"))
            if poll_rps:
                # 50 consoles polling once a second need 50/rps of what the machine can give.
                console["machine_share_pct"] = round(100 * 50 / poll_rps, 1)
            results["console"] = console
        if want("stats"):
            print("statistics and audit...", flush=True)
            today = date.today()
            query = urlencode({"since": today - timedelta(days=364), "until": today})
            results["stats"] = sequential_ms(
                stack.port, f"/dispatch/stats/?{query}", 5, cookies={"sessionid": sessions[0]}
            )
            client = Client(stack.port, {"sessionid": sessions[0]})
            started = time.perf_counter()
            response = client.get(
                "/dispatch/audit/?format=csv", headers={"Accept-Encoding": "identity"}
            )
            results["audit_csv"] = {
                "seconds": round(time.perf_counter() - started, 2),
                "rows": response.data.count(b"\n") - 1,
            }
        if want("status"):
            reference = sql(
                stack,
                "SELECT reference FROM reporting_report "
                "WHERE reference LIKE 'NB-%' ORDER BY id DESC LIMIT 1",
            )
            client = Client(stack.port)
            page = client.get("/report/status/")
            times = []
            for _ in range(20):
                response = client.post(
                    "/report/status/",
                    {
                        "csrfmiddlewaretoken": csrf_from(page),
                        "reference": reference,
                        "secret": "0100",
                    },
                )
                times.append(response.elapsed * 1000)
            results["status_lookup"] = {
                "p50_ms": round(percentile(times, 50), 1),
                "status": response.status,
            }
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
            results["claims"] = claims(stack.port, sessions, ids)
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
            results["take_next"] = claims(stack.port, sessions, range(4), take_next=True)
        if want("wizard"):
            print("report wizard (32 reporters)...", flush=True)
            results["wizard"] = wizard(stack.port, stack.seed["category"], args.seconds * 4)
            results["submit_service_rps"] = submit_service_rate(stack, 200)
        if want("alerts"):
            print("alert fan-out (10,000 subscribers)...", flush=True)
            results["alerts"] = alerts_fanout(stack, python=PY, root=ROOT)
        if want("connections"):
            print("64 clients...", flush=True)
            results["connections"] = connections_under_load(stack, args.seconds)
            results["connections"]["bound"] = (
                WORKERS * int(os.environ.get("DATABASE_POOL_MAX_SIZE", "4")) + 8
            )
    finally:
        stack.stop()
        Path(args.json).parent.mkdir(parents=True, exist_ok=True)
        Path(args.json).write_text(json.dumps(results, indent=2, default=str))
        print()
        print(table(results))
        print(f"\nJSON: {args.json}")


if __name__ == "__main__":
    main()
