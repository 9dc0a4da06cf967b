"""Statistics for supervisors and for the public "how we're doing" page (reads only).

Every figure is an aggregate computed by PostgreSQL: a handful of queries whatever the number of
reports (GROUPING SETS count every breakdown in one pass; percentile_cont gives medians and 90th
percentiles where the rows are). Python only shapes the few aggregated rows into tables with
their labels in words, in the viewer's language.

A category exists once per language (wagtail-localize rows sharing a translation_key); reports
point at the row in the reporter's language, so categories are counted by translation_key and
named in the viewer's language: "Vandalism" and "Vandalismo" are one row.
"""

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from typing import Any

from django.conf import settings
from django.core.exceptions import FieldDoesNotExist
from django.db import connection
from django.utils import timezone, translation
from django.utils.formats import date_format
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from reporting.models import Category, Priority, Report, ReportStatus

from .dispositions import DISPOSITIONS
from .models import Outcome, QueueItem

# Kinds of cell: how a value is shown on the page and written to CSV.
COUNT, TEXT, PERCENT, DURATION = "count", "text", "percent", "duration"


@dataclass
class Column:
    label: str
    kind: str = COUNT
    # The header written to CSV (units spelled out where the page shows them in the cells).
    csv_label: str = ""


@dataclass
class Table:
    """One table of the statistics page; every table is also a CSV download (slug)."""

    slug: str
    caption: str
    columns: list[Column]
    rows: list[list[Any]] = field(default_factory=list)
    footer: list[Any] | None = None
    csv_url: str = ""  # set by the view that shows the table

    def with_kinds(self, row: list[Any]) -> list[tuple[Any, str]]:
        return [(value, column.kind) for value, column in zip(row, self.columns, strict=True)]

    @property
    def body(self) -> list[list[tuple[Any, str]]]:
        return [self.with_kinds(row) for row in self.rows]

    @property
    def foot(self) -> list[tuple[Any, str]]:
        return self.with_kinds(self.footer) if self.footer else []

    def csv_rows(self) -> Iterable[list[Any]]:
        yield [c.csv_label or c.label for c in self.columns]
        for row in [*self.rows, *([self.footer] if self.footer else [])]:
            yield [
                csv_value(value, column.kind)
                for value, column in zip(row, self.columns, strict=True)
            ]


def csv_value(value: Any, kind: str) -> Any:
    """Numbers a spreadsheet can add up: durations in minutes, percentages as numbers."""
    if value is None:
        return ""
    if kind == DURATION:
        return round(value / 60, 1)
    if kind == PERCENT:
        return round(value, 1)
    return value


def duration_text(seconds: float | None) -> str:
    """'45 min', '3 h 20 min', '2 d 4 h': short, and the same in every table."""
    if seconds is None:
        return "–"
    minutes = round(seconds / 60)
    if minutes < 60:
        return ngettext("%(m)d min", "%(m)d min", minutes) % {"m": minutes}
    hours, minutes = divmod(minutes, 60)
    if hours < 48:
        return _("%(h)d h %(m)02d min") % {"h": hours, "m": minutes}
    days, hours = divmod(hours, 24)
    return _("%(d)d d %(h)d h") % {"d": days, "h": hours}


def percent(part: int, whole: int) -> float | None:
    return 100 * part / whole if whole else None


# --- The date range --------------------------------------------------------------------------


def day_start(day: date) -> datetime:
    """Midnight at the start of `day` in the agency's time zone."""
    return timezone.make_aware(datetime.combine(day, time.min))


def _tz_name() -> str:
    return settings.TIME_ZONE


def _fetch(sql: str, params: Iterable[Any]) -> list[tuple]:
    with connection.cursor() as cursor:
        cursor.execute(sql, list(params))
        return cursor.fetchall()


# --- Labels ----------------------------------------------------------------------------------


def category_names(keys: Iterable[Any]) -> dict[Any, str]:
    """translation_key -> the category's name in the active language (else English, else any
    language it exists in). One query."""
    keys = list(keys)
    language = translation.get_language() or settings.LANGUAGE_CODE
    preference = {language: 0, settings.LANGUAGE_CODE: 1}
    best: dict[Any, tuple[int, str]] = {}
    rows = Category.objects.filter(translation_key__in=keys).values_list(
        "translation_key", "locale__language_code", "name"
    )
    for key, code, name in rows:
        rank = preference.get(code, 2)
        if key not in best or rank < best[key][0]:
            best[key] = (rank, name)
    return {key: best[key][1] if key in best else _("Deleted category") for key in keys}


def _language_names() -> dict[str, str]:
    return {code: str(name) for code, name in settings.LANGUAGES}


def _channel_labels() -> dict[str, str]:
    channel_field = _report_field("channel")
    if channel_field is None:
        return {}
    return {value: str(label) for value, label in channel_field.choices}


def _report_field(name: str):
    try:
        return Report._meta.get_field(name)
    except FieldDoesNotExist:  # Report.channel lands with the text-message intake
        return None


def disposition_label(code: str) -> str:
    if not code:
        return _("Not closed yet")
    words = DISPOSITIONS.get(code)
    return f"{code} – {words}" if words else code


# --- Supervisor statistics -------------------------------------------------------------------

# The breakdowns counted in one pass, in the order of the GROUPING SETS below.
_DIMENSIONS = ("day", "category", "status", "disposition", "language", "outcome", "channel")


@dataclass
class Statistics:
    since: date
    until: date
    total: int
    sla_met_pct: float | None
    median_to_claim: float | None
    median_to_outcome: float | None
    trend_unit: str  # "day" or "week"
    trend: list[tuple[date, int]]
    tables: dict[str, Table]


def supervisor_statistics(*, since: date, until: date) -> Statistics:
    """Everything on the supervisors' statistics page for items queued from `since` to `until`
    (both included, in the agency's time zone). Four queries, whatever the number of items."""
    start, end = day_start(since), day_start(until + timedelta(days=1))
    counts = _counts(start, end)
    timings = _timings(start, end)
    dispatchers = _dispatchers(start, end)
    names = category_names(counts["category"])

    tables: dict[str, Table] = {}
    unit, trend = _trend(counts["day"], since, until)
    tables["trend"] = Table(
        "trend",
        _("Reports per day") if unit == "day" else _("Reports per week"),
        [
            Column(_("Day") if unit == "day" else _("Week starting"), TEXT),
            Column(_("Reports")),
        ],
        [[day.isoformat(), n] for day, n in trend],
    )
    total = sum(counts["status"].values())
    tables["timing"] = _timing_table(timings)
    tables["categories"] = _share_table(
        "categories",
        _("Reports by category"),
        _("Category"),
        {names[key]: n for key, n in counts["category"].items()},
        total,
    )
    statuses = {str(label): counts["status"].get(value, 0) for value, label in ReportStatus.choices}
    tables["statuses"] = _share_table(
        "statuses",
        _("Reports by status now"),
        _("Status"),
        {label: n for label, n in statuses.items() if n},
        total,
        keep_order=True,
    )
    outcomes = {str(label): counts["outcome"].get(value, 0) for value, label in Outcome.choices}
    outcomes[_("No outcome yet")] = counts["outcome"].get("", 0)
    tables["outcomes"] = _share_table(
        "outcomes",
        _("Outcomes"),
        _("Outcome"),
        {label: n for label, n in outcomes.items() if n},
        total,
        keep_order=True,
    )
    tables["dispositions"] = _share_table(
        "dispositions",
        _("Dispositions (APCO codes)"),
        _("Disposition"),
        {
            disposition_label(code): n
            for code, n in sorted(counts["disposition"].items(), key=lambda kv: kv[0] or "~")
        },
        total,
        keep_order=True,
    )
    if counts["channel"]:
        labels = _channel_labels()
        tables["channels"] = _share_table(
            "channels",
            _("Reports by channel"),
            _("Channel"),
            {labels.get(value, value): n for value, n in counts["channel"].items()},
            total,
        )
    languages = _language_names()
    tables["languages"] = _share_table(
        "languages",
        _("Reports by language"),
        _("Language"),
        {languages.get(code, code): n for code, n in counts["language"].items()},
        total,
    )
    tables["dispatchers"] = _dispatcher_table(dispatchers)

    overall = timings.get(None, {})
    return Statistics(
        since=since,
        until=until,
        total=total,
        sla_met_pct=percent(overall.get("sla_met", 0), overall.get("sla_judged", 0)),
        median_to_claim=overall.get("claim_p50"),
        median_to_outcome=overall.get("outcome_p50"),
        trend_unit=unit,
        trend=trend,
        tables=tables,
    )


def _items_sql() -> str:
    """The items queued in [start, end) with what the breakdowns read (channel once it exists)."""
    channel = "r.channel" if _report_field("channel") is not None else "NULL::text"
    return f"""
        SELECT (qi.created_at AT TIME ZONE %s)::date AS day, c.translation_key AS category,
               r.status AS status, r.disposition_code AS disposition, r.language AS language,
               qi.outcome AS outcome, {channel} AS channel
        FROM {QueueItem._meta.db_table} qi
        JOIN {Report._meta.db_table} r ON r.id = qi.report_id
        JOIN {Category._meta.db_table} c ON c.id = r.category_id
        WHERE qi.created_at >= %s AND qi.created_at < %s
    """  # noqa: S608 - table names and a fixed column only; values are parameters


def _counts(start: datetime, end: datetime) -> dict[str, dict[Any, int]]:
    """Counts by day, category, status, disposition, language, outcome and channel: one query,
    one pass over the range's rows."""
    sets = ", ".join(f"({d})" for d in _DIMENSIONS)
    flags = ", ".join(f"GROUPING({d})" for d in _DIMENSIONS)
    sql = (
        f"SELECT {', '.join(_DIMENSIONS)}, {flags}, count(*) "  # noqa: S608 - fixed names
        f"FROM ({_items_sql()}) items GROUP BY GROUPING SETS ({sets})"
    )
    result: dict[str, dict[Any, int]] = {d: {} for d in _DIMENSIONS}
    width = len(_DIMENSIONS)
    for row in _fetch(sql, [_tz_name(), start, end]):
        values, grouped, n = row[:width], row[width : 2 * width], row[-1]
        index = grouped.index(0)  # the one dimension this row is counted by
        if _DIMENSIONS[index] == "channel" and values[index] is None:
            continue  # no channel column yet
        result[_DIMENSIONS[index]][values[index]] = n
    return result


def _timings(start: datetime, end: datetime) -> dict[int | None, dict[str, Any]]:
    """Per priority and overall (key None): count, median and 90th percentile of the seconds to
    the first claim and to the outcome, and how many items met their due time."""
    table = QueueItem._meta.db_table
    claim = "extract(epoch FROM first_claimed_at - created_at)"
    outcome = "extract(epoch FROM decided_at - created_at)"
    sql = f"""
        SELECT priority, GROUPING(priority), count(*),
               percentile_cont(ARRAY[0.5, 0.9]) WITHIN GROUP (ORDER BY {claim}),
               percentile_cont(ARRAY[0.5, 0.9]) WITHIN GROUP (ORDER BY {outcome}),
               count(*) FILTER (WHERE decided_at IS NOT NULL AND decided_at <= due_at),
               count(*) FILTER (WHERE decided_at IS NOT NULL OR due_at < now())
        FROM {table}
        WHERE created_at >= %s AND created_at < %s
        GROUP BY GROUPING SETS ((priority), ())
    """  # noqa: S608 - table name only
    result: dict[int | None, dict[str, Any]] = {}
    for priority, overall, n, claim_p, outcome_p, met, judged in _fetch(sql, [start, end]):
        claim_p, outcome_p = claim_p or [None, None], outcome_p or [None, None]
        result[None if overall else priority] = {
            "n": n,
            "claim_p50": claim_p[0],
            "claim_p90": claim_p[1],
            "outcome_p50": outcome_p[0],
            "outcome_p90": outcome_p[1],
            "sla_met": met,
            "sla_judged": judged,
        }
    return result


def _dispatchers(start: datetime, end: datetime) -> list[dict[str, Any]]:
    """Per dispatcher: items decided in the range (how fast after claiming, within the due
    time or not), and the items they hold now. One query."""
    user_model = QueueItem._meta.get_field("decided_by").related_model
    items, users = QueueItem._meta.db_table, user_model._meta.db_table
    sql = f"""
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
        ORDER BY 2 DESC, 5 DESC, 1
    """  # noqa: S608 - table names only
    return [
        {"user": user, "decided": decided, "work_p50": p50, "met": met, "holding": holding}
        for user, decided, p50, met, holding in _fetch(sql, [start, end])
    ]


def _trend(by_day: dict[date, int], since: date, until: date) -> tuple[str, list]:
    """Reports per day for up to two months, else per week (weeks start on Monday); days and
    weeks without reports are shown as 0, so the line does not skip them."""
    days = (until - since).days + 1
    if days <= 62:
        return "day", [
            (since + timedelta(days=i), by_day.get(since + timedelta(days=i), 0))
            for i in range(days)
        ]
    weeks: dict[date, int] = {}
    first = since - timedelta(days=since.weekday())
    for i in range(0, (until - first).days + 1, 7):
        weeks[first + timedelta(days=i)] = 0
    for day, n in by_day.items():
        weeks[day - timedelta(days=day.weekday())] += n
    return "week", sorted(weeks.items())


def _share_table(slug, caption, label, counts, total, *, keep_order=False) -> Table:
    items = list(counts.items())
    if not keep_order:
        items.sort(key=lambda kv: (-kv[1], kv[0]))
    return Table(
        slug,
        caption,
        [
            Column(label, TEXT),
            Column(_("Reports")),
            Column(_("Share"), PERCENT, _("Share (%)")),
        ],
        [[name, n, percent(n, total)] for name, n in items],
    )


def _timing_table(timings) -> Table:
    minutes = _("(minutes)")
    columns = [
        Column(_("Priority"), TEXT),
        Column(_("Due within"), DURATION, f"{_('Due within')} {minutes}"),
        Column(_("Reports")),
        Column(_("Median to claim"), DURATION, f"{_('Median to claim')} {minutes}"),
        Column(_("9 in 10 claimed within"), DURATION, f"{_('9 in 10 claimed within')} {minutes}"),
        Column(_("Median to outcome"), DURATION, f"{_('Median to outcome')} {minutes}"),
        Column(_("9 in 10 decided within"), DURATION, f"{_('9 in 10 decided within')} {minutes}"),
        Column(_("Met the due time"), PERCENT, _("Met the due time (%)")),
    ]

    def row(label, sla_minutes, t):
        return [
            label,
            sla_minutes * 60 if sla_minutes is not None else None,
            t.get("n", 0),
            t.get("claim_p50"),
            t.get("claim_p90"),
            t.get("outcome_p50"),
            t.get("outcome_p90"),
            percent(t.get("sla_met", 0), t.get("sla_judged", 0)),
        ]

    rows = [
        row(str(label), settings.DISPATCH_SLA_MINUTES[value], timings.get(value, {}))
        for value, label in Priority.choices
    ]
    return Table(
        "timing",
        _("Time to claim and to outcome, by priority"),
        columns,
        rows,
        footer=row(_("All priorities"), None, timings.get(None, {})),
    )


def _dispatcher_table(dispatchers) -> Table:
    return Table(
        "dispatchers",
        _("Workload by dispatcher"),
        [
            Column(_("Dispatcher"), TEXT),
            Column(_("Decided")),
            Column(
                _("Median claim to decision"),
                DURATION,
                f"{_('Median claim to decision')} {_('(minutes)')}",
            ),
            Column(_("Decided within due time"), PERCENT, _("Decided within due time (%)")),
            Column(_("Holding now")),
        ],
        [
            [d["user"], d["decided"], d["work_p50"], percent(d["met"], d["decided"]), d["holding"]]
            for d in dispatchers
        ],
    )


# --- The public page -------------------------------------------------------------------------

PUBLIC_MONTHS = 12


@dataclass
class PublicStatistics:
    months: list[date]
    categories: list[tuple[str, list[int]]]  # name, reports per month
    totals: list[int]
    median_to_outcome: float | None
    decided: int

    @property
    def total(self) -> int:
        return sum(self.totals)

    def table(self) -> Table:
        columns = [Column(_("Category"), TEXT)] + [
            Column(date_format(m, "M Y"), COUNT, m.strftime("%Y-%m")) for m in self.months
        ]
        return Table(
            "monthly",
            _("Reports received per month, by category"),
            columns,
            [[name, *counts] for name, counts in self.categories],
            footer=[_("All categories"), *self.totals],
        )


def public_months(today: date, months: int = PUBLIC_MONTHS) -> list[date]:
    """The first day of each of the last `months` months, the current one last."""
    first = today.replace(day=1)
    result = []
    for _i in range(months):
        result.append(first)
        first = (first - timedelta(days=1)).replace(day=1)
    return result[::-1]


def public_statistics(*, today: date | None = None) -> PublicStatistics:
    """Counts and a median only: nothing about any one report or person. Two queries."""
    today = today or timezone.localdate()
    months = public_months(today)
    start = day_start(months[0])
    sql = f"""
        SELECT date_trunc('month', r.submitted_at AT TIME ZONE %s)::date, c.translation_key,
               count(*)
        FROM {Report._meta.db_table} r
        JOIN {Category._meta.db_table} c ON c.id = r.category_id
        WHERE r.submitted_at >= %s
        GROUP BY 1, 2
    """  # noqa: S608 - table names only
    rows = _fetch(sql, [_tz_name(), start])
    names = category_names({key for _m, key, _n in rows})
    index = {m: i for i, m in enumerate(months)}
    per_category: dict[str, list[int]] = {}
    totals = [0] * len(months)
    for month, key, n in rows:
        if month not in index:
            continue
        counts = per_category.setdefault(names[key], [0] * len(months))
        counts[index[month]] += n
        totals[index[month]] += n
    timing = _fetch(
        f"""SELECT count(decided_at), percentile_cont(0.5) WITHIN GROUP (
                ORDER BY extract(epoch FROM decided_at - created_at))
            FROM {QueueItem._meta.db_table} WHERE created_at >= %s""",  # noqa: S608
        [start],
    )[0]
    return PublicStatistics(
        months=months,
        categories=sorted(per_category.items(), key=lambda kv: (-sum(kv[1]), kv[0])),
        totals=totals,
        median_to_outcome=timing[1],
        decided=timing[0],
    )
