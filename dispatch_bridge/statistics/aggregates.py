"""The numbers behind the supervisors' statistics, as plain JSON (the summary table stores them).

On PostgreSQL every figure is an aggregate computed where the rows are: GROUPING SETS count all
breakdowns of the range's reports in one pass, percentile_cont gives medians and 9-in-10 times,
FILTER clauses the outcomes, the SLA and the closed loops. Four queries, whatever the number of
reports. The demo's SQLite has none of that; there the same figures are computed in Python
from the range's rows (a demo holds a few dozen), and a test holds both ways to one answer.

Every count is about reports made (queued) in the range: a report counts once, in the day it
arrived; what happened to it later (claim, outcome, survey) is counted with it.
"""

from collections import defaultdict
from datetime import date, datetime, time, timedelta
from statistics import mean
from typing import Any

from django.conf import settings
from django.db import connection, transaction
from django.utils import timezone

from reporting.models import Category, Report, SurveyResponse

from ..models import QueueItem

# The statuses after which a reporter is owed an outcome (the loop is closed when they got it).
FINAL = ("approved", "referred", "rejected", "escalated", "closed")
OUTCOMES = ("approved", "referred", "rejected", "duplicate", "escalated")
COMMENTS_SHOWN = 20
WORK_MEM = "32MB"


def day_start(day: date) -> datetime:
    """Midnight at the start of `day` in the agency's time zone."""
    return timezone.make_aware(datetime.combine(day, time.min))


def aggregates(*, since: date, until: date) -> dict[str, Any]:
    """Every figure of the statistics page for reports made from `since` to `until` (both
    included, in the agency's time zone), JSON-ready."""
    start, end = day_start(since), day_start(until + timedelta(days=1))
    if connection.vendor == "postgresql":
        with transaction.atomic():
            # A year's grouping by day sorts in memory rather than spilling to disk.
            with connection.cursor() as cursor:
                cursor.execute(f"SET LOCAL work_mem = '{WORK_MEM}'")
            data = {
                "reports": _reports_sql(start, end),
                "queue": _queue_sql(start, end),
                "dispatchers": _dispatchers_sql(start, end),
                "survey": _survey_sql(start, end),
            }
    else:
        data = aggregates_in_python(start, end)
    data["comments"] = _comments(start, end)
    return data


def _fetch(sql: str, params: list[Any]) -> list[tuple]:
    with connection.cursor() as cursor:
        cursor.execute(sql, params)
        return cursor.fetchall()


def _tables() -> dict[str, str]:
    return {
        "items": QueueItem._meta.db_table,
        "reports": Report._meta.db_table,
        "categories": Category._meta.db_table,
        "surveys": SurveyResponse._meta.db_table,
        "users": QueueItem._meta.get_field("decided_by").related_model._meta.db_table,
    }


def _grouped(rows, dimensions: tuple[str, ...]) -> dict[str, dict[str, Any]]:
    """Rows of (*dimension values, *GROUPING flags, *figures) -> {dimension: {value: figures}};
    the grand total (every flag set) is under "all"."""
    width = len(dimensions)
    result: dict[str, Any] = {d: {} for d in dimensions}
    for row in rows:
        values, flags, figures = row[:width], row[width : 2 * width], row[2 * width :]
        if all(flags):
            result["all"] = figures
            continue
        index = flags.index(0)
        value = values[index]
        key = value.isoformat() if isinstance(value, date) else str(value)
        result[dimensions[index]][key] = figures
    return result


_REPORT_DIMENSIONS = ("day", "category", "status", "disposition", "language", "channel")


def _reports_sql(start: datetime, end: datetime) -> dict[str, Any]:
    """Reports by day, category (across languages), status, disposition, language and channel,
    and how many of the finished ones had their loop closed: one pass."""
    sets = ", ".join(f"({d})" for d in _REPORT_DIMENSIONS)
    flags = ", ".join(f"GROUPING({d})" for d in _REPORT_DIMENSIONS)
    final = ", ".join(f"'{status}'" for status in FINAL)
    sql = """
        SELECT {dimensions}, {flags}, count(*),
               count(*) FILTER (WHERE status IN ({final})),
               count(*) FILTER (WHERE status IN ({final}) AND loop_closed_at IS NOT NULL)
        FROM (
            SELECT (r.submitted_at AT TIME ZONE %s)::date AS day,
                   c.translation_key::text AS category, r.status, r.disposition_code AS disposition,
                   r.language, r.channel, r.loop_closed_at
            FROM {reports} r JOIN {categories} c ON c.id = r.category_id
            WHERE r.submitted_at >= %s AND r.submitted_at < %s
        ) made
        GROUP BY GROUPING SETS ({sets}, ())
    """.format(  # noqa: S608 - fixed names; values are parameters
        dimensions=", ".join(_REPORT_DIMENSIONS), flags=flags, final=final, sets=sets, **_tables()
    )
    grouped = _grouped(_fetch(sql, [settings.TIME_ZONE, start, end]), _REPORT_DIMENSIONS)
    total, finished, closed = grouped.pop("all", (0, 0, 0))
    counts = {d: {k: v[0] for k, v in grouped[d].items()} for d in _REPORT_DIMENSIONS}
    return {**counts, "total": total, "final": finished, "loop_closed": closed}


def _queue_sql(start: datetime, end: datetime) -> dict[str, Any]:
    """Per priority and overall: how many, median and 9-in-10 seconds to the first claim and to
    the outcome, how many were decided by their due time (of those decided or past due), and
    the outcomes."""
    claim = "extract(epoch FROM first_claimed_at - created_at)"
    decide = "extract(epoch FROM decided_at - created_at)"
    outcomes = ", ".join(f"count(*) FILTER (WHERE outcome = '{o}')" for o in OUTCOMES)
    sql = """
        SELECT priority, GROUPING(priority), count(*),
               percentile_cont(ARRAY[0.5, 0.9]) WITHIN GROUP (ORDER BY {claim}),
               percentile_cont(ARRAY[0.5, 0.9]) WITHIN GROUP (ORDER BY {decide}),
               count(*) FILTER (WHERE decided_at IS NOT NULL AND decided_at <= due_at),
               count(*) FILTER (WHERE decided_at IS NOT NULL OR due_at < %s),
               {outcomes}
        FROM {items}
        WHERE created_at >= %s AND created_at < %s
        GROUP BY GROUPING SETS ((priority), ())
    """.format(claim=claim, decide=decide, outcomes=outcomes, **_tables())  # noqa: S608
    result: dict[str, Any] = {"priority": {}, "all": _timing(0, None, None, 0, 0)}
    result["outcome"] = dict.fromkeys(OUTCOMES, 0)
    for row in _fetch(sql, [timezone.now(), start, end]):
        priority, overall, n, claim_p, decide_p, met, judged, *by_outcome = row
        timing = _timing(n, claim_p, decide_p, met, judged)
        if overall:
            result["all"] = timing
            result["outcome"] = dict(zip(OUTCOMES, by_outcome, strict=True))
        else:
            result["priority"][str(priority)] = timing
    return result


def _timing(n, claim_p, decide_p, met, judged) -> dict[str, Any]:
    claim_p, decide_p = claim_p or [None, None], decide_p or [None, None]
    return {
        "n": n,
        "claim_p50": claim_p[0],
        "claim_p90": claim_p[1],
        "outcome_p50": decide_p[0],
        "outcome_p90": decide_p[1],
        "sla_met": met,
        "sla_judged": judged,
    }


def _dispatchers_sql(start: datetime, end: datetime) -> list[dict[str, Any]]:
    """Per dispatcher: items of the range they decided (median claim to decision, how many by
    the due time) and the open items they hold now. One query."""
    sql = """
        WITH decided AS (
            SELECT decided_by_id AS user_id, count(*) AS decided,
                   percentile_cont(0.5) WITHIN GROUP (
                       ORDER BY extract(epoch FROM decided_at - first_claimed_at)) AS work_p50,
                   count(*) FILTER (WHERE decided_at <= due_at) AS met
            FROM {items}
            WHERE created_at >= %s AND created_at < %s AND decided_by_id IS NOT NULL
            GROUP BY decided_by_id
        ), holding AS (
            SELECT claimed_by_id AS user_id, count(*) AS holding
            FROM {items} WHERE closed_at IS NULL AND claimed_by_id IS NOT NULL
            GROUP BY claimed_by_id
        )
        SELECT u.username, coalesce(d.decided, 0), d.work_p50, coalesce(d.met, 0),
               coalesce(h.holding, 0)
        FROM decided d FULL OUTER JOIN holding h ON h.user_id = d.user_id
        JOIN {users} u ON u.id = coalesce(d.user_id, h.user_id)
    """.format(**_tables())  # noqa: S608 - table names only
    return _workload(_fetch(sql, [start, end]))


def _workload(rows) -> list[dict[str, Any]]:
    rows = sorted(rows, key=lambda r: (-r[1], -r[4], r[0]))
    return [
        {"user": user, "decided": decided, "work_p50": p50, "met": met, "holding": holding}
        for user, decided, p50, met, holding in rows
    ]


_SURVEY_DIMENSIONS = ("category", "month", "outcome")


def _survey_sql(start: datetime, end: datetime) -> dict[str, Any]:
    """Survey answers for the range's reports: how many and the average score, overall and by
    category, by the month answered and by outcome. One query."""
    sets = ", ".join(f"({d})" for d in _SURVEY_DIMENSIONS)
    flags = ", ".join(f"GROUPING({d})" for d in _SURVEY_DIMENSIONS)
    sql = """
        SELECT {dimensions}, {flags}, count(*), avg(score)::float
        FROM (
            SELECT c.translation_key::text AS category,
                   to_char(s.created_at AT TIME ZONE %s, 'YYYY-MM') AS month,
                   coalesce(qi.outcome, '') AS outcome, s.score
            FROM {surveys} s
            JOIN {reports} r ON r.id = s.report_id
            JOIN {categories} c ON c.id = r.category_id
            LEFT JOIN {items} qi ON qi.report_id = r.id
            WHERE r.submitted_at >= %s AND r.submitted_at < %s
        ) answers
        GROUP BY GROUPING SETS ({sets}, ())
    """.format(  # noqa: S608 - fixed names; values are parameters
        dimensions=", ".join(_SURVEY_DIMENSIONS), flags=flags, sets=sets, **_tables()
    )
    grouped = _grouped(_fetch(sql, [settings.TIME_ZONE, start, end]), _SURVEY_DIMENSIONS)
    n, average = grouped.pop("all", (0, None))
    return {
        "all": {"n": n, "avg": average},
        **{
            d: {k: {"n": v[0], "avg": v[1]} for k, v in grouped[d].items()}
            for d in _SURVEY_DIMENSIONS
        },
    }


def _comments(start: datetime, end: datetime) -> list[dict[str, Any]]:
    """The newest survey comments of the range, without anything that names the reporter."""
    rows = (
        SurveyResponse.objects.filter(report__submitted_at__gte=start, report__submitted_at__lt=end)
        .exclude(comment="")
        .order_by("-created_at", "-pk")
        .values_list("created_at", "score", "report__category__translation_key", "comment")[
            :COMMENTS_SHOWN
        ]
    )
    return [
        {"at": at.isoformat(), "score": score, "category": str(key), "comment": comment}
        for at, score, key, comment in rows
    ]


# --- The same figures without PostgreSQL (the demo's SQLite) ---------------------------------


def percentile(values: list[float], p: float) -> float | None:
    """percentile_cont: linear interpolation between the closest ranks."""
    values = sorted(v for v in values if v is not None)
    if not values:
        return None
    k = (len(values) - 1) * p
    low = int(k)
    high = min(low + 1, len(values) - 1)
    return values[low] + (values[high] - values[low]) * (k - low)


def _seconds(later, earlier) -> float | None:
    return (later - earlier).total_seconds() if later and earlier else None


def aggregates_in_python(start: datetime, end: datetime) -> dict[str, Any]:
    reports = Report.objects.filter(submitted_at__gte=start, submitted_at__lt=end).values_list(
        "submitted_at",
        "category__translation_key",
        "status",
        "disposition_code",
        "language",
        "channel",
        "loop_closed_at",
    )
    counts: dict[str, Any] = {d: defaultdict(int) for d in _REPORT_DIMENSIONS}
    total = finished = closed = 0
    for at, key, status, disposition, language, channel, loop_closed_at in reports:
        values = (timezone.localdate(at).isoformat(), str(key), status, disposition, language)
        for dimension, value in zip(_REPORT_DIMENSIONS, (*values, channel), strict=True):
            counts[dimension][value] += 1
        total += 1
        finished += status in FINAL
        closed += status in FINAL and loop_closed_at is not None

    now = timezone.now()
    items = QueueItem.objects.filter(created_at__gte=start, created_at__lt=end).values_list(
        "priority",
        "outcome",
        "created_at",
        "first_claimed_at",
        "decided_at",
        "due_at",
        "decided_by__username",
    )
    groups: dict[str, list] = defaultdict(list)
    outcomes = dict.fromkeys(OUTCOMES, 0)
    workers: dict[str, list] = defaultdict(list)
    for priority, outcome, created, claimed, decided, due, decider in items:
        row = (_seconds(claimed, created), _seconds(decided, created), decided, due)
        groups[str(priority)].append(row)
        groups["all"].append(row)
        if outcome in outcomes:
            outcomes[outcome] += 1
        if decider:
            workers[decider].append((_seconds(decided, claimed), decided <= due))

    def timing(rows):
        claims, decides = [r[0] for r in rows], [r[1] for r in rows]
        return _timing(
            len(rows),
            [percentile(claims, 0.5), percentile(claims, 0.9)],
            [percentile(decides, 0.5), percentile(decides, 0.9)],
            sum(1 for r in rows if r[2] is not None and r[2] <= r[3]),
            sum(1 for r in rows if r[2] is not None or r[3] < now),
        )

    holding: dict[str, int] = defaultdict(int)
    held = QueueItem.objects.filter(closed_at__isnull=True, claimed_by__isnull=False)
    for username in held.values_list("claimed_by__username", flat=True):
        holding[username] += 1
    workload = [
        (
            user,
            len(workers.get(user, [])),
            percentile([w[0] for w in workers.get(user, [])], 0.5),
            sum(1 for w in workers.get(user, []) if w[1]),
            holding.get(user, 0),
        )
        for user in set(workers) | set(holding)
    ]

    answers = SurveyResponse.objects.filter(
        report__submitted_at__gte=start, report__submitted_at__lt=end
    ).values_list(
        "report__category__translation_key", "created_at", "report__queue_item__outcome", "score"
    )
    survey_groups: dict[str, dict[str, list[int]]] = {
        d: defaultdict(list) for d in _SURVEY_DIMENSIONS
    }
    scores = []
    for key, at, outcome, score in answers:
        month = timezone.localtime(at).strftime("%Y-%m")
        for dimension, value in zip(
            _SURVEY_DIMENSIONS, (str(key), month, outcome or ""), strict=True
        ):
            survey_groups[dimension][value].append(score)
        scores.append(score)

    return {
        "reports": {
            **{d: dict(v) for d, v in counts.items()},
            "total": total,
            "final": finished,
            "loop_closed": closed,
        },
        "queue": {
            "priority": {p: timing(rows) for p, rows in groups.items() if p != "all"},
            "all": timing(groups.get("all", [])),
            "outcome": outcomes,
        },
        "dispatchers": _workload(workload),
        "survey": {
            "all": {"n": len(scores), "avg": mean(scores) if scores else None},
            **{
                d: {k: {"n": len(v), "avg": mean(v)} for k, v in survey_groups[d].items()}
                for d in _SURVEY_DIMENSIONS
            },
        },
    }
