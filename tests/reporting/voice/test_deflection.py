"""Deflection: a report filed from the link a call texted is a report by phone, and the line's
statistics count the calls, the texts sent from them and the reports filed from those texts."""

from datetime import timedelta

import pytest
from django.utils import timezone

from reporting.messaging.models import Message
from reporting.models import Report, ReportDraft
from reporting.voice.models import Call as CallRow
from reporting.voice.selectors import line_counts
from tests.reporting.helpers import STEP_DATA, fill_all, post_step, screen, submit
from tests.reporting.messaging.conftest import deliver_until_done

from .conftest import Call

pytestmark = pytest.mark.django_db


def _texted_link(call, language_key=None) -> str:
    call.dial_in()
    if language_key:
        call.press(language_key)
    else:
        call.stay_silent()
    call.press("1")
    text = Message.objects.get(kind="phone_line_link")
    deliver_until_done(text)
    return next(word for word in text.body.split() if word.startswith("http"))


def test_a_report_filed_from_the_calls_link_is_a_report_by_phone(client, call, vandalism):
    link = _texted_link(call)

    opened = client.get(link.removeprefix("http://testserver"))
    assert opened.status_code == 302 and opened.url == "/report/"
    fill_all(client)
    submit(client)

    report = Report.objects.get()
    assert report.channel == "phone"
    row = CallRow.objects.get(sid=call.sid)
    assert row.steps.filter(outcome="link_opened").exists()


def test_the_spanish_calls_link_opens_the_spanish_form(client, call):
    link = _texted_link(call, language_key="2")
    assert "/es/report/phone/" in link
    opened = client.get(link.removeprefix("http://testserver"))
    assert opened.url == "/es/report/"
    assert ReportDraft.objects.get().language == "es"


def test_a_draft_being_written_keeps_its_answers_and_becomes_a_report_by_phone(
    client, call, vandalism
):
    screen(client)
    post_step(client, "category")
    draft = ReportDraft.objects.get()
    link = _texted_link(call)

    client.get(link.removeprefix("http://testserver"))

    assert ReportDraft.objects.get() == draft  # the same draft, marked; nothing typed is lost
    draft.refresh_from_db()
    assert draft.step_data("category") and draft.data["_channel"] == "phone"


def test_an_unknown_link_still_reaches_the_form_and_files_a_web_report(client, line, vandalism):
    opened = client.get("/report/phone/not-a-token/")
    assert opened.status_code == 302 and opened.url == "/report/"
    fill_all(client)
    submit(client)
    assert Report.objects.get().channel == "web"


def test_the_counts_calls_texts_sent_and_reports_filed(client, line, vandalism):
    first = Call(client)
    _texted_link(first)
    second = Call(client, caller="+12025550177")
    second.dial_in()
    second.stay_silent()
    second.press("2")  # the desk; no text
    third = Call(client, caller="anonymous")
    third.dial_in()
    third.stay_silent()
    third.press("1")  # withheld: no text
    link = next(
        w for w in Message.objects.get(kind="phone_line_link").body.split() if w.startswith("http")
    )
    client.get(link.removeprefix("http://testserver"))
    fill_all(client)
    submit(client)
    # A report from the web form alone is not the line's.
    client.cookies.clear()
    fill_all(client, {"contact": {**STEP_DATA["contact"], "phone": "+12025550123"}})
    submit(client)

    now = timezone.now()
    counts = line_counts(since=now - timedelta(hours=1), until=now + timedelta(minutes=1))
    assert (counts.calls, counts.texts_sent, counts.reports) == (3, 1, 1)
    assert (counts.to_desk, counts.landline) == (1, 1)
    assert counts.deflection == pytest.approx(1 / 3)
    before = line_counts(since=now - timedelta(days=2), until=now - timedelta(days=1))
    assert (before.calls, before.reports, before.deflection) == (0, 0, None)
