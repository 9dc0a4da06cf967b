"""The public "how we're doing" figures: counts, a median, a share and an average, nothing
about any one report or person. Three queries (PostgreSQL), or the demo's few rows in Python."""

from collections import defaultdict
from dataclasses import dataclass
from datetime import date, timedelta
from statistics import mean

from django.conf import settings
from django.db import connection
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.translation import gettext as _

from reporting.models import Report, SurveyResponse

from ..models import QueueItem
from .aggregates import FINAL, _fetch, _tables, day_start, percentile
from .supervisor import category_names
from .tables import COUNT, TEXT, Column, Table, percent

PUBLIC_MONTHS = 12


@dataclass
class PublicStatistics:
    months: list[date]
    categories: list[tuple[str, list[int]]]  # name, reports per month
    totals: list[int]
    median_to_outcome: float | None
    loop_closed_pct: float | None
    survey_avg: float | None
    survey_n: int

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
    today = today or timezone.localdate()
    months = public_months(today)
    start = day_start(months[0])
    if connection.vendor == "postgresql":
        monthly, (median, finished, closed, answers, average) = _sql(start)
    else:
        monthly, (median, finished, closed, answers, average) = _python(start)
    names = category_names({key for _m, key, _n in monthly})
    index = {m: i for i, m in enumerate(months)}
    per_category: dict[str, list[int]] = {}
    totals = [0] * len(months)
    for month, key, n in monthly:
        if month in index:
            counts = per_category.setdefault(names[str(key)], [0] * len(months))
            counts[index[month]] += n
            totals[index[month]] += n
    return PublicStatistics(
        months=months,
        categories=sorted(per_category.items(), key=lambda kv: (-sum(kv[1]), kv[0])),
        totals=totals,
        median_to_outcome=median,
        loop_closed_pct=percent(closed, finished),
        survey_avg=average,
        survey_n=answers,
    )


def _sql(start):
    t = _tables()
    monthly = _fetch(
        """SELECT date_trunc('month', r.submitted_at AT TIME ZONE %s)::date,
                  c.translation_key::text, count(*)
           FROM {reports} r JOIN {categories} c ON c.id = r.category_id
           WHERE r.submitted_at >= %s GROUP BY 1, 2""".format(**t),  # noqa: S608
        [settings.TIME_ZONE, start],
    )
    final = ", ".join(f"'{s}'" for s in FINAL)
    figures = _fetch(
        """SELECT
             (SELECT percentile_cont(0.5) WITHIN GROUP (
                  ORDER BY extract(epoch FROM decided_at - created_at))
              FROM {items} WHERE created_at >= %s),
             count(*) FILTER (WHERE status IN ({final})),
             count(*) FILTER (WHERE status IN ({final}) AND loop_closed_at IS NOT NULL),
             (SELECT count(*) FROM {surveys} WHERE created_at >= %s),
             (SELECT avg(score)::float FROM {surveys} WHERE created_at >= %s)
           FROM {reports} WHERE submitted_at >= %s""".format(final=final, **t),  # noqa: S608
        [start, start, start, start],
    )[0]
    return monthly, figures


def _python(start):
    monthly: dict[tuple, int] = defaultdict(int)
    finished = closed = 0
    rows = Report.objects.filter(submitted_at__gte=start).values_list(
        "submitted_at", "category__translation_key", "status", "loop_closed_at"
    )
    for at, key, status, loop_closed_at in rows:
        monthly[(timezone.localdate(at).replace(day=1), str(key))] += 1
        finished += status in FINAL
        closed += status in FINAL and loop_closed_at is not None
    decided = QueueItem.objects.filter(created_at__gte=start, decided_at__isnull=False)
    seconds = [(d - c).total_seconds() for c, d in decided.values_list("created_at", "decided_at")]
    scores = list(
        SurveyResponse.objects.filter(created_at__gte=start).values_list("score", flat=True)
    )
    figures = (
        percentile(seconds, 0.5),
        finished,
        closed,
        len(scores),
        mean(scores) if scores else None,
    )
    return [(m, k, n) for (m, k), n in monthly.items()], figures
