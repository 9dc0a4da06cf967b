"""The supervisors' statistics: right numbers on seeded data, in words, for supervisors only,
with a CSV of every table and a number of queries that does not grow with the reports."""

import csv
import io
from datetime import timedelta

import pytest
from django.conf import settings
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone, translation

from dispatch_bridge import services, statistics
from dispatch_bridge.models import QueueItem, StatisticsSnapshot
from dispatch_bridge.tasks import statistics_refresh
from portal.staff.models import AuditEntry
from reporting.models import Report, SurveyResponse
from tests.factories import CategoryFactory, _locale, report_submit_for_test

from .conftest import login_with_mfa

STATS = reverse("dispatch:stats")


def _age(item, **minutes):
    """Move an item's clock back: queued `queued` minutes ago, claimed and decided after it."""
    queued = timezone.now() - timedelta(minutes=minutes["queued"])
    fields = {"created_at": queued, "due_at": queued + timedelta(minutes=minutes.get("sla", 480))}
    if "claimed" in minutes:
        fields["first_claimed_at"] = queued + timedelta(minutes=minutes["claimed"])
    if "decided" in minutes:
        fields["decided_at"] = queued + timedelta(minutes=minutes["decided"])
    QueueItem.objects.filter(pk=item.pk).update(**fields)
    Report.objects.filter(pk=item.report_id).update(submitted_at=queued)  # queued as submitted


@pytest.fixture
def seeded(db, dispatcher, dispatcher2):
    """Five reports: Vandalism in English (2) and in Spanish (1) are one category; one Lost
    property; one yesterday. Decisions through the services, then the clocks moved back."""
    vandalism = CategoryFactory(name="Vandalism", default_priority=3)
    vandalismo = CategoryFactory(
        name="Vandalismo",
        slug="vandalismo",
        locale=_locale("es"),
        translation_key=vandalism.translation_key,
        default_priority=3,
    )
    lost = CategoryFactory(name="Lost property", default_priority=4)

    approved = report_submit_for_test(category=vandalism).queue_item
    rejected = report_submit_for_test(category=vandalismo, language="es").queue_item
    duplicate = report_submit_for_test(category=vandalism).queue_item
    waiting = report_submit_for_test(category=lost).queue_item
    yesterday = report_submit_for_test(category=lost).queue_item

    services.queue_item_claim(item_id=approved.pk, actor=dispatcher)
    services.queue_item_approve(item_id=approved.pk, actor=dispatcher)
    services.queue_item_close(item_id=approved.pk, actor=dispatcher, disposition_code="01")
    services.queue_item_claim(item_id=rejected.pk, actor=dispatcher2)
    services.queue_item_reject(
        item_id=rejected.pk, actor=dispatcher2, reason_code="civil_matter", explanation="Civil."
    )
    services.queue_item_claim(item_id=duplicate.pk, actor=dispatcher)
    services.queue_item_mark_duplicate(
        item_id=duplicate.pk, actor=dispatcher, original_reference=approved.report.reference
    )
    services.queue_item_claim(item_id=waiting.pk, actor=dispatcher2)

    # Priority 3 (due in 8 h): claimed after 10, 30 and 50 min; decided after 60 min, 10 h
    # (late) and 2 h. The waiting item (priority 4) is not due yet.
    _age(approved, queued=600, claimed=10, decided=60)
    _age(rejected, queued=900, claimed=30, decided=600)
    _age(duplicate, queued=500, claimed=50, decided=120)
    _age(waiting, queued=30, claimed=5, sla=2880)
    local = timezone.localtime()
    _age(yesterday, queued=local.hour * 60 + local.minute + 120, sla=2880)  # yesterday, 22:00
    return {"approved": approved, "rejected": rejected, "duplicate": duplicate}


def _rows(table):
    return {row[0]: row[1:] for row in table.rows}


def test_figures_on_seeded_data(seeded):
    today = timezone.localdate()
    with translation.override("en"):
        result = statistics.supervisor_statistics(since=today - timedelta(days=6), until=today)

    assert result.total == 5
    categories = _rows(result.tables["categories"])
    # One row for the category, whatever language the reports were made in.
    assert categories["Vandalism"][0] == 3 and "Vandalismo" not in categories
    assert categories["Lost property"][0] == 2
    assert _rows(result.tables["statuses"]) == {
        "In review": [1, 20.0],
        "Submitted": [1, 20.0],
        "Not accepted": [1, 20.0],
        "Closed": [2, 40.0],
    }
    outcomes = _rows(result.tables["outcomes"])
    assert outcomes["Approved"][0] == 1 and outcomes["Not accepted"][0] == 1
    assert outcomes["Duplicate of another report"][0] == 1 and outcomes["No outcome yet"][0] == 2
    dispositions = _rows(result.tables["dispositions"])
    assert dispositions["01 – Report taken"][0] == 1
    assert dispositions["22 – Cancelled: duplicate"][0] == 1
    assert _rows(result.tables["languages"]) == {"English": [4, 80.0], "Spanish": [1, 20.0]}

    timing = _rows(result.tables["timing"])
    normal = timing["Normal"]  # [due, n, claim p50, claim p90, outcome p50, outcome p90, met]
    assert normal[0] == 8 * 3600 and normal[1] == 3
    assert normal[2] == pytest.approx(30 * 60, abs=2)  # median of 10, 30, 50 minutes
    assert normal[3] == pytest.approx(46 * 60, abs=2)  # 90th percentile, interpolated
    assert normal[4] == pytest.approx(120 * 60, abs=2)  # median of 60, 120, 600 minutes
    assert normal[6] == pytest.approx(200 / 3)  # two of three decided by their due time
    assert timing["Low"][1] == 2 and timing["Low"][6] is None  # nothing judged yet
    assert result.sla_met_pct == pytest.approx(200 / 3)
    assert result.median_to_outcome == pytest.approx(120 * 60, abs=2)

    # The range includes today: the trend's last day is today, the day before has one.
    trend = dict(result.trend)
    assert result.trend_unit == "day" and result.trend[-1][0] == today
    assert sum(trend.values()) == 5 and trend[today - timedelta(days=1)] >= 1

    workload = _rows(result.tables["dispatchers"])
    assert workload["dispatcher"][0] == 2 and workload["dispatcher"][3] == 0  # decided, held
    # A rejected item stays with its holder until it is closed.
    assert workload["dispatcher2"][0] == 1 and workload["dispatcher2"][3] == 2
    assert workload["dispatcher"][2] == 100.0 and workload["dispatcher2"][2] == 0.0


def test_spanish_viewers_see_the_spanish_names(seeded):
    today = timezone.localdate()
    with translation.override("es"):
        result = statistics.supervisor_statistics(since=today - timedelta(days=6), until=today)
    categories = _rows(result.tables["categories"])
    assert categories["Vandalismo"][0] == 3 and "Vandalism" not in categories
    # A category with no Spanish row keeps its English name.
    assert categories["Lost property"][0] == 2
    assert "Cerrado" in _rows(result.tables["statuses"])


def test_the_page_shows_words_not_codes_and_its_range_ends_today(client, supervisor, seeded):
    login_with_mfa(client, supervisor)
    response = client.get(STATS)

    assert response.status_code == 200
    form = response.context["form"]
    assert form["until"].value() == timezone.localdate()
    body = response.content.decode()
    assert "In review" in body and "in_review" not in body
    assert "Cancelled: duplicate" in body
    assert body.count('role="img"') == 3 and "<title id=" in body and "<desc id=" in body
    assert "Vandalism" in body and "Vandalismo" not in body


def test_a_bad_range_keeps_what_was_typed_and_says_why(client, supervisor, db):
    login_with_mfa(client, supervisor)
    bad = client.get(STATS + "?since=2026-02-01&until=2026-01-01")
    assert bad.status_code == 200 and "before the end date" in bad.content.decode()
    assert 'value="2026-02-01"' in bad.content.decode()
    nonsense = client.get(STATS + "?since=yesterday&until=")
    assert nonsense.status_code == 200 and 'value="yesterday"' in nonsense.content.decode()


def test_queries_do_not_grow_with_the_reports(client, supervisor, dispatcher, seeded):
    login_with_mfa(client, supervisor)
    client.get(STATS)  # sessions, permissions and content types warmed up

    with CaptureQueriesContext(connection) as few:
        client.get(STATS)
    for _ in range(6):
        item = report_submit_for_test().queue_item
        services.queue_item_claim(item_id=item.pk, actor=dispatcher)
        services.queue_item_approve(item_id=item.pk, actor=dispatcher)
    with CaptureQueriesContext(connection) as many:
        client.get(STATS)

    assert len(many) == len(few)
    # The statistics themselves: the summary table (no fresh row here), reports, queue,
    # workload, survey, comments, category names; and the phone line's count of reports.
    ours = [q for q in few.captured_queries if "reporting_" in q["sql"] or "dispatch_" in q["sql"]]
    assert len(ours) == 8, "\n".join(q["sql"][:100] for q in ours)
    # Plus the staff area's own (user, MFA check, permissions, the idle-timer session write)
    # and the aggregates' transaction for their work_mem (savepoint, SET LOCAL, release).
    assert len(few) <= 20, "\n".join(q["sql"][:100] for q in few.captured_queries)


def _csv(response):
    return list(csv.reader(io.StringIO(response.content.decode())))


def test_every_table_downloads_as_csv(client, supervisor, seeded):
    login_with_mfa(client, supervisor)
    page = client.get(STATS)
    tables = page.context["tables"]
    for slug, table in tables.items():
        assert table.csv_url in page.content.decode().replace("&amp;", "&")
        response = client.get(STATS + table.csv_url)
        assert response.status_code == 200, slug
        assert response["Content-Type"].startswith("text/csv")
        assert f"statistics-{slug}-" in response["Content-Disposition"]
        rows = _csv(response)
        assert len(rows) == 1 + len(table.rows) + (1 if table.footer else 0), slug

    timing = _csv(client.get(STATS + tables["timing"].csv_url))
    assert timing[0][1] == "Due within (minutes)"
    assert timing[3][0] == "Normal" and timing[3][1:4] == ["480.0", "3", "30.0"]
    assert AuditEntry.objects.filter(action="stats.export", actor=supervisor).exists()
    assert client.get(STATS + "?format=csv&table=nope").status_code == 404


def test_csv_cells_that_a_spreadsheet_would_run_are_text(client, supervisor, db):
    report_submit_for_test(category=CategoryFactory(name="=HYPERLINK(1)", slug="formula"))
    login_with_mfa(client, supervisor)
    rows = _csv(client.get(STATS + "?format=csv&table=categories"))
    assert rows[1][0] == "'=HYPERLINK(1)"


@pytest.mark.parametrize(
    ("role", "status"),
    [("dispatcher", 403), ("supervisor", 200), ("admin_user", 200), ("editor", 403)],
)
def test_only_supervisors_get_the_statistics_or_their_csv(request, client, role, status, db):
    login_with_mfa(client, request.getfixturevalue(role))
    assert client.get(STATS).status_code == status
    assert client.get(STATS + "?format=csv&table=categories").status_code == status


def test_anonymous_visitors_are_sent_to_sign_in(client, db):
    response = client.get(STATS + "?format=csv&table=categories")
    assert response.status_code == 302 and response.url.startswith("/accounts/login/")


def test_durations_read_as_words():
    assert statistics.duration_text(None) == "–"
    assert statistics.duration_text(45 * 60) == "45 min"
    assert statistics.duration_text(200 * 60) == "3 h 20 min"
    assert statistics.duration_text(52 * 3600) == "2 d 4 h"


def test_long_ranges_are_drawn_by_week(db):
    today = timezone.localdate()
    result = statistics.supervisor_statistics(since=today - timedelta(days=200), until=today)
    assert result.trend_unit == "week"
    assert all(day.weekday() == 0 for day, _n in result.trend)


def _survey(item, score, comment=""):
    return SurveyResponse.objects.create(
        report_id=item.report_id, score=score, comment=comment, channel="sms"
    )


def test_loop_closed_and_survey_scores(client, supervisor, seeded):
    # The outcome guarantee stamped all three finished reports; one is unstamped here.
    Report.objects.filter(pk=seeded["duplicate"].report_id).update(loop_closed_at=None)
    _survey(seeded["approved"], 5, "Quick and kind. <b>Thanks</b>")
    _survey(seeded["rejected"], 3)
    today = timezone.localdate()
    with translation.override("en"):
        result = statistics.supervisor_statistics(since=today - timedelta(days=6), until=today)

    assert result.loop_closed_pct == pytest.approx(200 / 3)
    assert result.survey_avg == pytest.approx(4) and result.survey_n == 2
    assert _rows(result.tables["survey_categories"]) == {"Vandalism": [2, 4.0]}
    assert _rows(result.tables["survey_outcomes"]) == {
        "Approved": [1, 5.0],
        "Not accepted": [1, 3.0],
    }
    month = timezone.localdate().strftime("%Y-%m")
    assert _rows(result.tables["survey_months"]) == {month: [2, 4.0]}
    assert [c["comment"] for c in result.comments] == ["Quick and kind. <b>Thanks</b>"]

    login_with_mfa(client, supervisor)
    body = client.get(STATS).content.decode()
    assert "Quick and kind. &lt;b&gt;Thanks&lt;/b&gt;" in body  # a resident's words, escaped
    assert "Score 5 of 5 · Vandalism" in body


def _rounded(value):
    if isinstance(value, dict):
        return {k: _rounded(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [_rounded(v) for v in value]
    return round(value, 3) if isinstance(value, float) else value


def test_postgresql_and_the_demos_python_agree(seeded):
    _survey(seeded["approved"], 4)
    today = timezone.localdate()
    since = today - timedelta(days=6)
    sql = statistics.aggregates(since=since, until=today)
    python = statistics.aggregates_in_python(
        statistics.day_start(since), statistics.day_start(today + timedelta(days=1))
    )
    for part in ("reports", "queue", "dispatchers", "survey"):
        assert _rounded(python[part]) == _rounded(sql[part]), part


def test_the_beat_job_keeps_the_usual_ranges_in_the_summary_table(client, supervisor, seeded):
    assert "dispatch_bridge.statistics_refresh" in {
        job["task"] for job in settings.CELERY_BEAT_SCHEDULE.values()
    }
    statistics_refresh()
    today = timezone.localdate()
    stored = StatisticsSnapshot.objects.get(since=today - timedelta(days=29), until=today)
    assert stored.data["reports"]["total"] == 5
    assert StatisticsSnapshot.objects.filter(since=today - timedelta(days=364)).exists()

    login_with_mfa(client, supervisor)
    client.get(STATS)
    with CaptureQueriesContext(connection) as queries:
        response = client.get(STATS)
    assert response.context["stats"].as_of == stored.computed_at
    assert response.context["stats"].total == 5
    ours = [
        q for q in queries.captured_queries if "reporting_" in q["sql"] or "dispatch_" in q["sql"]
    ]
    # The stored row and the category names only (and the phone line's count): no pass over
    # the reports.
    assert len(ours) == 3, "\n".join(q["sql"][:100] for q in ours)

    # A stored range older than the max age is computed afresh.
    StatisticsSnapshot.objects.update(computed_at=timezone.now() - timedelta(hours=1))
    report_submit_for_test()
    assert client.get(STATS).context["stats"].total == 6
