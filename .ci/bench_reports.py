"""Reports that grow, for `make bench` (issue 13): statistics for a year of reports, the audit CSV
and the status lookup, measured over HTTP against the bench's own stack.

- Statistics: the summary table is refreshed first, as the beat job does every five minutes in
  production (its time is a figure too); then the page for the last year (what a supervisor
  opens), a year's range the summary does not hold (computed live, from the same aggregates),
  and the public "how we're doing" page uncached.
- Audit CSV: every entry, streamed; seconds to the last byte.
- Status lookup: the reports table is topped up to 1,000,000 rows (older years, SQL copies of one
  report, once per database), then the private status link and the look-up form are timed.
"""

import re
import subprocess
import time
from datetime import date, timedelta
from urllib.parse import urlencode

# A module import, not names: bench.py imports this module at its top (see its imports).
import bench

STATUS_REPORTS = 1_000_000
RANGE = re.compile(r"statistics (\d{4}-\d{2}-\d{2})\.\.(\d{4}-\d{2}-\d{2})")


def statistics_figures(stack, session: str) -> dict:
    started = time.perf_counter()
    out = subprocess.run(
        [bench.PY, "manage.py", "statistics_refresh"],
        cwd=bench.ROOT,
        env=stack.env,
        check=True,
        capture_output=True,
        text=True,
    ).stdout
    refresh = round(time.perf_counter() - started, 2)
    # The ranges as the app stored them: "today" is the agency's, not this machine's.
    ranges = [tuple(map(date.fromisoformat, r)) for r in RANGE.findall(out)]
    since, until = max(ranges, key=lambda r: r[1] - r[0])
    cookies = {"sessionid": session}
    year = urlencode({"since": since, "until": until})
    live = urlencode({"since": since - timedelta(days=1), "until": until - timedelta(days=1)})
    return {
        "stats": {
            **bench.sequential_ms(
                stack.port, f"/dispatch/stats/?{year}", 5, cookies=cookies, stack=stack
            ),
            "refresh_seconds": refresh,
        },
        "stats_live": bench.sequential_ms(
            stack.port, f"/dispatch/stats/?{live}", 5, cookies=cookies, stack=stack
        ),
        # A query string keeps the page cache out: this is the page rendered (figures cached).
        "public_stats": bench.sequential_ms(stack.port, "/how-we-are-doing/", 10, stack=stack),
    }


def audit_csv(stack, session: str) -> dict:
    client = bench.Client(stack.port, {"sessionid": session})
    pids = stack.server_pids()
    cpu_before = stack.cpu_seconds(pids)
    started = time.perf_counter()
    response = client.get("/dispatch/audit/?format=csv", headers={"Accept-Encoding": "identity"})
    return {
        "audit_csv": {
            "seconds": round(time.perf_counter() - started, 2),
            "server_cpu_seconds": round(stack.cpu_seconds(pids) - cpu_before, 2),
            "rows": response.data.count(b"\n") - 1,
            "status": response.status,
        }
    }


def _top_up(stack, target: int) -> int:
    have = int(bench.sql(stack, "SELECT count(*) FROM reporting_report"))
    if have < target:
        template = bench.sql(stack, "SELECT id FROM reporting_report ORDER BY id LIMIT 1")
        code = (
            "import sys; sys.path.insert(0, '.ci'); from bench_seed import clone; "
            "from reporting.models import Report; "
            f"clone(Report, {template}, {target - have}, {{"
            "'reference': \"'OLD-' || lpad(g::text, 8, '0')\", "
            "'status': \"'closed'\", "
            "'submitted_at': \"now() - interval '400 days' - g * interval '5 minutes'\", "
            "'updated_at': \"now() - interval '400 days' - g * interval '5 minutes'\"})"
        )
        subprocess.run([bench.PY, "-c", f"import django; django.setup(); {code}"], cwd=bench.ROOT,
                       env=stack.env, check=True)  # fmt: skip
        bench.sql(stack, "ANALYZE reporting_report")
    return int(bench.sql(stack, "SELECT count(*) FROM reporting_report"))


def status_lookup(stack) -> dict:
    reports = _top_up(stack, STATUS_REPORTS)
    key, reference = bench.sql(
        stack,
        "SELECT status_key || ' ' || reference FROM reporting_report "
        "WHERE reference LIKE 'NB-%' ORDER BY id DESC LIMIT 1",
    ).split()
    link = bench.sequential_ms(stack.port, f"/report/status/{key}/", 20, cookies={}, stack=stack)
    client = bench.Client(stack.port)
    form = client.get("/report/status/")
    pids = stack.server_pids()
    cpu_before = stack.cpu_seconds(pids)
    times = []
    for _ in range(20):
        response = client.post(
            "/report/status/",
            {
                "csrfmiddlewaretoken": bench.csrf_from(form),
                "reference": reference,
                "contact": "+12025550100",
            },
        )
        times.append(response.elapsed * 1000)
    return {
        "status_lookup": {
            "p50_ms": link["p50_ms"],
            "p99_ms": link["p99_ms"],
            "cpu_ms": link["cpu_ms"],
            "reports": reports,
        },
        "status_form": {
            "p50_ms": round(bench.percentile(times, 50), 1),
            "cpu_ms": round(1000 * (stack.cpu_seconds(pids) - cpu_before) / len(times), 1),
            "status": response.status,
        },
    }
