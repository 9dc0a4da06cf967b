"""After close (issue 16): the one-question survey, answers by text, and follow-ups by text.

Texts come in through the signed webhook and the handler chain, as Twilio would post them."""

from datetime import timedelta

import pytest
from django.utils import timezone

from dispatch_bridge import services as queue
from dispatch_bridge.models import QueueItem
from portal.outbox.models import OutboxItem
from portal.outbox.services import item_deliver, outbox_sweep
from reporting.messaging.models import Message, OptOut
from reporting.models import ReportStatus, SurveyResponse
from reporting.surveys import SURVEY_KIND, survey_score_parse
from tests.factories import CategoryFactory, report_submit_for_test
from tests.support.staff import make_staff

from .conftest import REPORTER
from .test_webhooks import INBOUND, inbound

pytestmark = pytest.mark.django_db


@pytest.fixture
def staff(db):
    return make_staff("dispatcher", "dispatcher")


def close(report, staff, code="01"):
    item = report.queue_item
    queue.queue_item_claim(item_id=item.pk, actor=staff)
    queue.queue_item_approve(item_id=item.pk, actor=staff)
    queue.queue_item_close(item_id=item.pk, actor=staff, disposition_code=code)
    report.refresh_from_db()
    return report


def run_survey(report):
    """The survey's outbox row, run as the worker would once the sweep finds it due."""
    row = OutboxItem.objects.get(kind=SURVEY_KIND, target_id=report.pk)
    OutboxItem.objects.filter(pk=row.pk).update(next_attempt_at=timezone.now())
    item_deliver(item_id=row.pk)
    return report.messages.filter(kind="survey")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("5", (5, "")),
        ("five", (5, "")),
        ("Five", (5, "")),
        ("cinco", (5, "")),
        ("Cínco", (5, "")),
        ("5 stars", (5, "")),
        ("5 stars, very quick", (5, "very quick")),
        ("5/5", (5, "")),
        ("4 out of 5", (4, "")),
        ("4 de 5 muy bien", (4, "muy bien")),
        ("⭐⭐⭐⭐⭐", (5, "")),
        ("⭐⭐ slow", (2, "slow")),
        ("3️⃣", (3, "")),
        ("una estrella", (1, "")),
        ("2 - nobody called", (2, "nobody called")),
        ("10", None),
        ("0", None),
        ("6", None),
        ("5.5", None),
        ("5/10", None),
        ("55", None),
        ("The window is broken again", None),
        ("", None),
    ],
)
def test_a_text_answer_is_read_as_a_score_and_a_comment(text, expected):
    assert survey_score_parse(text) == expected


def test_closing_holds_one_survey_back_until_its_delay(settings, site, staff):
    settings.REPORTING_SURVEY_DELAY_MINUTES = 60
    report = close(report_submit_for_test(language="es"), staff)

    row = OutboxItem.objects.get(kind=SURVEY_KIND, target_id=report.pk)
    assert row.next_attempt_at > timezone.now() + timedelta(minutes=59)
    assert outbox_sweep()["queued"] == 0  # not due: the sweep leaves it
    OutboxItem.objects.filter(pk=row.pk).update(
        next_attempt_at=timezone.now() - timedelta(minutes=5)
    )
    assert outbox_sweep()["queued"] == 1  # due (past the grace): the sweep queues it
    [survey] = run_survey(report)
    assert survey.channel == "sms" and survey.language == "es"
    assert report.reference in survey.body and "5" in survey.body
    assert "¿Cómo" in survey.body or "cómo" in survey.body


def test_the_survey_goes_once_per_report_even_after_a_reopen(settings, site, staff):
    supervisor = make_staff("supervisor", "supervisor")
    report = close(report_submit_for_test(), staff)
    assert run_survey(report).count() == 1
    item = report.queue_item
    queue.queue_item_reopen(item_id=item.pk, actor=supervisor, reason="Reporter called")
    close(report, staff)

    assert OutboxItem.objects.filter(kind=SURVEY_KIND, target_id=report.pk).count() == 1
    assert run_survey(report).count() == 1


def test_a_sensitive_category_is_never_surveyed_by_text(site, staff):
    category = CategoryFactory(name="Harassing calls", apco_code="HARR", sensitive=True)
    texter = close(report_submit_for_test(category=category), staff)
    emailed = close(report_submit_for_test(category=category, email="alex@example.org"), staff)

    assert not run_survey(texter).exists()
    assert [m.channel for m in run_survey(emailed)] == ["email"]


def test_no_survey_text_after_stop(site, staff, post_signed):
    report = close(report_submit_for_test(), staff)
    post_signed(INBOUND, inbound("STOP", sid="SM" + "9" * 32))
    assert OptOut.objects.filter(phone=REPORTER).exists()

    assert not run_survey(report).exists()


def test_a_reporter_who_chose_no_contact_is_asked_on_the_status_page(client, site, staff):
    from reporting.selectors import status_token_for
    from tests.reporting.helpers import reverse

    report = close(report_submit_for_test(callback_channel="none"), staff)
    assert not run_survey(report).exists()
    page = client.get(reverse("reporting:status", args=[status_token_for(report)]))
    assert reverse("reporting:survey", args=[status_token_for(report)]) in page.content.decode()


def test_a_text_answer_is_joined_to_the_report_once(site, staff, post_signed):
    report = close(report_submit_for_test(), staff)
    run_survey(report)

    first = post_signed(INBOUND, inbound("5 stars, very quick", sid="SM" + "2" * 32))
    answer = SurveyResponse.objects.get(report=report)
    assert (answer.score, answer.comment, answer.channel) == (5, "very quick", "sms")
    assert b"thank you" in first.content.lower()
    assert Message.objects.get(provider_sid="SM" + "2" * 32).report == report

    # A second number is not a second answer: it is a follow-up to the closed report.
    post_signed(INBOUND, inbound("1", sid="SM" + "3" * 32))
    assert SurveyResponse.objects.get(report=report).score == 5
    assert Message.objects.get(provider_sid="SM" + "3" * 32).kind == ""


def test_a_text_that_is_no_score_is_not_taken_as_one(site, staff, post_signed):
    report = close(report_submit_for_test(), staff)
    run_survey(report)

    post_signed(INBOUND, inbound("They came back last night", sid="SM" + "4" * 32))

    assert not SurveyResponse.objects.exists()


def test_a_text_after_close_is_kept_flagged_and_answered(
    site, staff, post_signed, django_capture_on_commit_callbacks
):
    report = close(report_submit_for_test(), staff)

    with django_capture_on_commit_callbacks(execute=True):
        response = post_signed(INBOUND, inbound("They came back last night", sid="SM" + "5" * 32))

    message = Message.objects.get(provider_sid="SM" + "5" * 32)
    assert message.report == report  # kept on the report, not refused as "no open report"
    reply = response.content.decode()
    assert report.reference in reply and "reopen" in reply
    item = QueueItem.objects.get(report=report)
    assert item.wrote_after_close and item.reply_waiting
    # The console's default queue shows it again.
    from dispatch_bridge.selectors import queue_for

    assert item in list(queue_for(staff))
    assert report.status == ReportStatus.CLOSED


def test_the_handlers_cost_at_most_one_query_when_the_text_is_not_theirs(
    site, django_assert_num_queries
):
    from reporting import inbound_handlers
    from reporting.messaging.inbound import InboundText

    report = report_submit_for_test()
    message = Message.objects.create(
        report=report, direction="inbound", channel="sms", to="+15005550006", body="x"
    )

    def text(body, report=None):
        return InboundText(
            message=message, sender=REPORTER, to="+15005550006", body=body, media=[],
            keyword="", language="en", report=report, emergency_reply="",
        )  # fmt: skip

    with django_assert_num_queries(0):  # not a score: no query at all
        assert inbound_handlers.survey_reply(text("The gate is open again")) is None
    with django_assert_num_queries(1):  # a score, but no survey went to this number
        assert inbound_handlers.survey_reply(text("5")) is None
    with django_assert_num_queries(0):  # the text joins an open report: not a follow-up
        assert inbound_handlers.followup_after_close(text("Hello", report=report)) is None
    with django_assert_num_queries(1):  # no closed report for this number
        assert inbound_handlers.followup_after_close(text("Hello")) is None
