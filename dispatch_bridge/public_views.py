"""The public "how we're doing" page: counts and medians only, for anyone, in English and
Spanish, cached.

A plain view linked from every page's footer rather than a Wagtail page type: its figures come
from the queue (this app), and cms must not import the apps above it; see
docs/decisions/0006-public-statistics-page.md.
"""

from django.conf import settings
from django.core.cache import cache
from django.http import HttpResponse
from django.shortcuts import render
from django.urls import reverse
from django.utils import timezone, translation
from django.views.decorators.cache import cache_control
from django.views.decorators.http import require_GET

from cms import page_cache
from portal.csv_export import csv_writer

from . import charts, statistics


def public_statistics_cached() -> statistics.PublicStatistics:
    """The figures, computed at most once per PUBLIC_STATISTICS_SECONDS per language and day
    (category names are in the page's language)."""
    language = translation.get_language() or settings.LANGUAGE_CODE
    today = timezone.localdate()
    key = f"public-statistics:{language}:{today.isoformat()}"
    figures = cache.get(key)
    if figures is None:
        figures = statistics.public_statistics(today=today)
        cache.set(key, figures, settings.PUBLIC_STATISTICS_SECONDS)
    return figures


@require_GET
def how_we_are_doing(request):
    figures = public_statistics_cached()
    table = figures.table()
    table.csv_url = reverse("how_we_are_doing_csv")
    response = render(
        request,
        "pages/how_we_are_doing.html",
        {
            "figures": figures,
            "table": table,
            "chart": charts.line_chart(
                [
                    (column.label, total)
                    for column, total in zip(table.columns[1:], figures.totals, strict=True)
                ]
            ),
        },
    )
    page_cache.mark_cacheable(request, response)
    return response


@require_GET
@cache_control(public=True, max_age=3600)
def how_we_are_doing_csv(request):
    figures = public_statistics_cached()
    response = HttpResponse(content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = 'attachment; filename="reports-per-month.csv"'
    writer = csv_writer(response)
    writer.writerows(figures.table().csv_rows())
    return response
