"""The supervisors' statistics page: the aggregates (live, or from the summary table the beat
job refreshes) shaped into tables with their labels in words, in the viewer's language."""

from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Any

from django.conf import settings
from django.utils import timezone, translation
from django.utils.dateparse import parse_datetime
from django.utils.translation import gettext as _

from reporting.models import Category, Priority, ReportChannel, ReportStatus

from ..dispositions import DISPOSITIONS
from ..models import Outcome, StatisticsSnapshot
from .aggregates import aggregates
from .tables import COUNT, DURATION, PERCENT, SCORE, TEXT, Column, Table, percent


def category_names(keys) -> dict[str, str]:
    """translation_key -> the category's name in the active language (else the site's default
    language, else any language it exists in). One query."""
    keys = [str(k) for k in keys]
    language = translation.get_language() or settings.LANGUAGE_CODE
    preference = {language: 0, settings.LANGUAGE_CODE: 1}
    best: dict[str, tuple[int, str]] = {}
    rows = Category.objects.filter(translation_key__in=keys).values_list(
        "translation_key", "locale__language_code", "name"
    )
    for key, code, name in rows:
        rank = preference.get(code, 2)
        if str(key) not in best or rank < best[str(key)][0]:
            best[str(key)] = (rank, name)
    return {key: best[key][1] if key in best else _("Deleted category") for key in keys}


def disposition_label(code: str) -> str:
    if not code:
        return _("Not closed yet")
    words = DISPOSITIONS.get(code)
    return f"{code} – {words}" if words else code


@dataclass
class Statistics:
    since: date
    until: date
    as_of: datetime
    total: int
    sla_met_pct: float | None
    median_to_claim: float | None
    median_to_outcome: float | None
    loop_closed_pct: float | None
    survey_avg: float | None
    survey_n: int
    trend_unit: str  # "day" or "week"
    trend: list[tuple[date, int]]
    tables: dict[str, Table]
    comments: list[dict[str, Any]]


def figures_for(*, since: date, until: date) -> tuple[dict[str, Any], datetime]:
    """The aggregates for a range and when they were computed: from the summary table when the
    beat job refreshed this range lately, else computed now."""
    fresh = timezone.now() - timedelta(seconds=settings.STATISTICS_SNAPSHOT_MAX_AGE)
    snapshot = (
        StatisticsSnapshot.objects.filter(since=since, until=until, computed_at__gte=fresh)
        .only("data", "computed_at")
        .first()
    )
    if snapshot is not None:
        return snapshot.data, snapshot.computed_at
    return aggregates(since=since, until=until), timezone.now()


def supervisor_statistics(*, since: date, until: date) -> Statistics:
    """Everything on the statistics page for reports made from `since` to `until` (both
    included, in the agency's time zone). A fixed number of queries, whatever the reports."""
    data, as_of = figures_for(since=since, until=until)
    reports, queue, survey = data["reports"], data["queue"], data["survey"]
    names = category_names(
        {*reports["category"], *survey["category"], *(c["category"] for c in data["comments"])}
    )
    total = reports["total"]
    tables: dict[str, Table] = {}

    unit, trend = _trend(reports["day"], since, until)
    tables["trend"] = Table(
        "trend",
        _("Reports per day") if unit == "day" else _("Reports per week"),
        [Column(_("Day") if unit == "day" else _("Week starting"), TEXT), Column(_("Reports"))],
        [[day.isoformat(), n] for day, n in trend],
    )
    tables["timing"] = _timing_table(queue)
    tables["categories"] = _share_table(
        "categories",
        _("Reports by category"),
        _("Category"),
        {names[key]: n for key, n in reports["category"].items()},
        total,
    )
    outcomes = {str(label): queue["outcome"].get(value, 0) for value, label in Outcome.choices}
    outcomes[_("No outcome yet")] = queue["all"]["n"] - sum(queue["outcome"].values())
    tables["outcomes"] = _share_table(
        "outcomes", _("Outcomes"), _("Outcome"), _nonzero(outcomes), total, keep_order=True
    )
    dispositions = sorted(reports["disposition"].items(), key=lambda kv: kv[0] or "~")
    tables["dispositions"] = _share_table(
        "dispositions",
        _("Dispositions (APCO codes)"),
        _("Disposition"),
        {disposition_label(code): n for code, n in dispositions},
        total,
        keep_order=True,
    )
    statuses = {
        str(label): reports["status"].get(value, 0) for value, label in ReportStatus.choices
    }
    tables["statuses"] = _share_table(
        "statuses",
        _("Reports by status now"),
        _("Status"),
        _nonzero(statuses),
        total,
        keep_order=True,
    )
    channels = {str(label): reports["channel"].get(v, 0) for v, label in ReportChannel.choices}
    tables["channels"] = _share_table(
        "channels", _("Reports by channel"), _("Channel"), channels, total, keep_order=True
    )
    languages = {code: str(name) for code, name in settings.LANGUAGES}
    tables["languages"] = _share_table(
        "languages",
        _("Reports by language"),
        _("Language"),
        {languages.get(code, code): n for code, n in reports["language"].items()},
        total,
    )
    tables.update(_survey_tables(survey, names))
    tables["dispatchers"] = _dispatcher_table(data["dispatchers"])

    overall = queue["all"]
    return Statistics(
        since=since,
        until=until,
        as_of=as_of,
        total=total,
        sla_met_pct=percent(overall["sla_met"], overall["sla_judged"]),
        median_to_claim=overall["claim_p50"],
        median_to_outcome=overall["outcome_p50"],
        loop_closed_pct=percent(reports["loop_closed"], reports["final"]),
        survey_avg=survey["all"]["avg"],
        survey_n=survey["all"]["n"],
        trend_unit=unit,
        trend=trend,
        tables=tables,
        comments=[
            {
                **c,
                "at": parse_datetime(c["at"]),
                "category": names.get(c["category"], ""),
            }
            for c in data["comments"]
        ],
    )


def _nonzero(counts: dict[str, int]) -> dict[str, int]:
    return {label: n for label, n in counts.items() if n}


def _trend(by_day: dict[str, int], since: date, until: date) -> tuple[str, list]:
    """Reports per day for up to two months, else per week (weeks start on Monday); days and
    weeks without reports are shown as 0, so the line does not skip them."""
    counts = {date.fromisoformat(day): n for day, n in by_day.items()}
    days = (until - since).days + 1
    if days <= 62:
        every_day = [since + timedelta(days=i) for i in range(days)]
        return "day", [(day, counts.get(day, 0)) for day in every_day]
    first = since - timedelta(days=since.weekday())
    weeks = {first + timedelta(days=i): 0 for i in range(0, (until - first).days + 1, 7)}
    for day, n in counts.items():
        weeks[day - timedelta(days=day.weekday())] += n
    return "week", sorted(weeks.items())


def _share_table(slug, caption, label, counts, total, *, keep_order=False) -> Table:
    items = list(counts.items())
    if not keep_order:
        items.sort(key=lambda kv: (-kv[1], kv[0]))
    return Table(
        slug,
        caption,
        [Column(label, TEXT), Column(_("Reports")), Column(_("Share"), PERCENT, _("Share (%)"))],
        [[name, n, percent(n, total)] for name, n in items],
    )


def _timing_table(queue: dict[str, Any]) -> Table:
    minutes = _("(minutes)")

    def duration(label):
        return Column(label, DURATION, f"{label} {minutes}")

    columns = [
        Column(_("Priority"), TEXT),
        duration(_("Due within")),
        Column(_("Reports")),
        duration(_("Median to claim")),
        duration(_("9 in 10 claimed within")),
        duration(_("Median to outcome")),
        duration(_("9 in 10 decided within")),
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
        row(str(label), settings.DISPATCH_SLA_MINUTES[value], queue["priority"].get(str(value), {}))
        for value, label in Priority.choices
    ]
    return Table(
        "timing",
        _("Time to claim and to outcome, by priority"),
        columns,
        rows,
        footer=row(_("All priorities"), None, queue["all"]),
    )


def _score_table(slug, caption, label, groups: dict[str, dict], names=None, keep_order=False):
    items = [((names or {}).get(key, key), g["n"], g["avg"]) for key, g in groups.items()]
    if not keep_order:
        items.sort(key=lambda r: (-r[1], r[0]))
    return Table(
        slug,
        caption,
        [Column(label, TEXT), Column(_("Answers")), Column(_("Average score (1 to 5)"), SCORE)],
        [list(r) for r in items],
    )


def _survey_tables(survey: dict[str, Any], names: dict[str, str]) -> dict[str, Table]:
    outcome_labels = {value: str(label) for value, label in Outcome.choices}
    outcome_labels[""] = _("No outcome yet")
    by_outcome = {
        outcome_labels.get(key, key): g
        for key, g in sorted(survey["outcome"].items(), key=lambda kv: kv[0] or "~")
    }
    return {
        "survey_categories": _score_table(
            "survey_categories",
            _("Survey scores by category"),
            _("Category"),
            survey["category"],
            names,
        ),
        "survey_months": _score_table(
            "survey_months",
            _("Survey scores by month answered"),
            _("Month"),
            dict(sorted(survey["month"].items())),
            keep_order=True,
        ),
        "survey_outcomes": _score_table(
            "survey_outcomes",
            _("Survey scores by outcome"),
            _("Outcome"),
            by_outcome,
            keep_order=True,
        ),
    }


def _dispatcher_table(dispatchers: list[dict[str, Any]]) -> Table:
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


def snapshot_refresh(*, today: date | None = None) -> list[StatisticsSnapshot]:
    """The beat job's work: compute the ranges the page opens with (the last 30 days, the last
    year) and store them, so opening the page reads one row instead of a year of reports."""
    today = today or timezone.localdate()
    done = []
    for days in settings.STATISTICS_SNAPSHOT_DAYS:
        since = today - timedelta(days=days - 1)
        data = aggregates(since=since, until=today)
        snapshot, _created = StatisticsSnapshot.objects.update_or_create(
            since=since, until=today, defaults={"data": data, "computed_at": timezone.now()}
        )
        done.append(snapshot)
    StatisticsSnapshot.objects.filter(until__lt=today - timedelta(days=1)).delete()
    return done


__all__ = ["COUNT", "Statistics", "figures_for", "snapshot_refresh", "supervisor_statistics"]
