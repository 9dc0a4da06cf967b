"""The public "how we're doing" page: right figures, nothing personal, both languages, cached."""

import csv
import io
import re
from datetime import timedelta

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone, translation

from cms.page_cache import HEADER
from dispatch_bridge import services
from dispatch_bridge.models import QueueItem
from dispatch_bridge.public_views import public_statistics_cached
from dispatch_bridge.statistics import public_months, public_statistics
from reporting.models import SurveyResponse
from tests.factories import CategoryFactory, _locale, report_submit_for_test

PAGE, CSV = "/how-we-are-doing/", "/how-we-are-doing/reports-per-month.csv"

# What one reporter typed: none of it may reach the public page or its CSV.
PERSONAL = {
    "reporter_name": "Zebulon Quartermaine",
    "phone": "+12025550123",
    "email": "zebulon@example.org",
    "address": "742 Evergreen Terrace",
    "narrative": "My neighbour Mortimer keeps spraying paint on the mailbox.",
}


@pytest.fixture
def seeded(db, site, dispatcher):
    vandalism = CategoryFactory(name="Vandalism")
    vandalismo = CategoryFactory(
        name="Vandalismo",
        slug="vandalismo",
        locale=_locale("es"),
        translation_key=vandalism.translation_key,
    )
    reports = [
        report_submit_for_test(category=vandalism, **PERSONAL),
        report_submit_for_test(category=vandalismo, language="es"),
        report_submit_for_test(category=CategoryFactory(name="Lost property")),
    ]
    for minutes, report in zip((40, 100), reports, strict=False):
        item = report.queue_item
        services.queue_item_claim(item_id=item.pk, actor=dispatcher)
        services.queue_item_approve(item_id=item.pk, actor=dispatcher)
        QueueItem.objects.filter(pk=item.pk).update(
            decided_at=item.created_at + timedelta(minutes=minutes)
        )
    return reports


def test_the_figures(seeded):
    # The two approved reports got their outcome (the outcome guarantee); one answered the survey.
    SurveyResponse.objects.create(
        report=seeded[0], score=4, comment="Officer Smith at 742 Evergreen was great", channel="sms"
    )
    with translation.override("en"):
        figures = public_statistics_cached()
    months = public_months(timezone.localdate())
    assert figures.months == months and len(months) == 12
    assert months[-1] == timezone.localdate().replace(day=1)
    rows = dict(figures.categories)
    # English and Spanish reports of one category are one row, named in the page's language.
    assert rows["Vandalism"][-1] == 2 and "Vandalismo" not in rows
    assert rows["Lost property"][-1] == 1
    assert figures.totals[-1] == 3 and figures.total == 3
    assert figures.median_to_outcome == pytest.approx(70 * 60, abs=2)  # of 40 and 100 minutes
    assert figures.loop_closed_pct == 100.0 and figures.survey_avg == 4 and figures.survey_n == 1
    with translation.override("es"):
        assert "Vandalismo" in dict(public_statistics_cached().categories)


@pytest.mark.parametrize(("prefix", "name"), [("", "Vandalism"), ("/es", "Vandalismo")])
def test_the_page_and_its_csv_hold_no_personal_data(client, seeded, prefix, name):
    SurveyResponse.objects.create(report=seeded[0], score=5, comment="Zebulon says thanks")
    page = client.get(prefix + PAGE)
    download = client.get(prefix + CSV)

    assert page.status_code == 200 and download.status_code == 200
    body = page.content.decode()
    assert name in body and "1 h 10 min" in body  # the median time to an outcome
    assert re.search(r'id="public-survey">\s*5[.,]0\s', body)  # 5.0 in English, 5,0 in Spanish
    assert f'lang="{prefix.strip("/") or "en"}"' in body
    text = body + download.content.decode()
    personal = [*PERSONAL.values(), "Mortimer", "2025550123", "Zebulon", "thanks"]
    for value in [*personal, *(r.reference for r in seeded)]:
        assert value not in text, value
    assert "sessionid" not in page.cookies  # nothing about the visitor is kept either

    rows = list(csv.reader(io.StringIO(download.content.decode())))
    assert rows[0][0] in ("Category", "Categoría") and len(rows[0]) == 13
    assert rows[0][-1] == timezone.localdate().strftime("%Y-%m")
    assert [name, *["0"] * 11, "2"] in rows
    assert rows[-1][-1] == "3"  # the total row


def test_the_page_is_served_from_the_cache_and_computed_once(
    client, seeded, settings, django_assert_num_queries
):
    settings.CMS_PAGE_CACHE_SECONDS = 300
    assert client.get(PAGE)[HEADER] == "miss"
    with django_assert_num_queries(0):
        assert client.get(PAGE)[HEADER] == "hit"
    # A visitor the page cache does not serve (a query string) still gets stored figures.
    with CaptureQueriesContext(connection) as queries:
        client.get(PAGE + "?from=footer")
    assert not [q for q in queries.captured_queries if "reporting_report" in q["sql"]]


def test_two_queries_whatever_the_number_of_reports(seeded, django_assert_num_queries):
    with django_assert_num_queries(3):  # months by category, category names, the median
        public_statistics()
    report_submit_for_test(category=CategoryFactory(name="Noise"))
    with django_assert_num_queries(3):
        public_statistics()


def test_every_page_links_to_it_from_the_footer(client, site):
    assert 'href="/how-we-are-doing/"' in client.get("/").content.decode()
    assert 'href="/es/how-we-are-doing/"' in client.get("/es/").content.decode()
