"""The dispatcher's words go where the reporter reads (issue 16), outcome texts say what
happened in plain words within the segment budget, and a follow-up after close can be reopened
by a dispatcher (per role)."""

import pytest

from dispatch_bridge import domain, services
from dispatch_bridge.models import QueueItem
from dispatch_bridge.selectors import queue_for
from portal.staff.models import AuditEntry
from reporting.messaging.content import opt_out_line
from reporting.messaging.models import Message, OptOut
from reporting.messaging.segments import sms_within_budget
from reporting.models import ReporterReply, ReportStatus
from reporting.selectors import status_history
from reporting.services import report_reply_add
from tests.factories import report_submit_for_test

pytestmark = pytest.mark.django_db
LONG = (
    "We looked at the camera footage from the corner store and spoke with the manager, who "
    "will keep a copy for thirty days. An officer will patrol your street at night this week. "
    "If you see the same car again, write down the plate and call us. Thank you for your "
    "patience while we checked everything."
)


def claimed(report, actor):
    services.queue_item_claim(item_id=report.queue_item.pk, actor=actor)
    return report.queue_item


def sent(report, **filters):
    return Message.objects.filter(report=report, direction="outbound", automatic=False, **filters)


@pytest.mark.parametrize("language", ["en", "es"])
def test_a_long_note_to_a_texter_is_cut_within_budget_with_the_link(dispatcher, language):
    report = report_submit_for_test(language=language)
    item = claimed(report, dispatcher)

    services.queue_item_send_sms(item_id=item.pk, actor=dispatcher, body=LONG)

    [text] = sent(report)
    assert text.channel == "sms"
    assert sms_within_budget(text.body + "\n" + opt_out_line(language))
    assert text.body.startswith(LONG[:40]) and "..." in text.body
    assert f"/report/status/{report.status_key}/" in text.body  # the rest is behind the link
    # ... where the whole note is.
    [message] = [i for i in status_history(report) if i["kind"] == "message"]
    assert message["note"] == LONG


def test_a_short_note_to_a_texter_goes_whole(dispatcher):
    report = report_submit_for_test()
    item = claimed(report, dispatcher)

    services.queue_item_send_sms(item_id=item.pk, actor=dispatcher, body="Is the gate locked?")

    assert sent(report).get().body.startswith("Is the gate locked?")


def test_a_note_to_an_email_chooser_goes_by_email(dispatcher):
    report = report_submit_for_test(callback_channel="email", email="alex@example.org")
    item = claimed(report, dispatcher)

    services.queue_item_send_sms(item_id=item.pk, actor=dispatcher, body=LONG)

    [email] = sent(report)
    assert (email.channel, email.to, email.body) == ("email", "alex@example.org", LONG)


def test_a_note_to_a_no_contact_reporter_is_on_the_status_page(dispatcher):
    report = report_submit_for_test(callback_channel="none", email="alex@example.org")
    item = claimed(report, dispatcher)

    result = services.queue_item_send_sms(item_id=item.pk, actor=dispatcher, body="Thank you.")

    assert result is None and not sent(report).exists()
    assert [i["note"] for i in status_history(report) if i["kind"] == "message"] == ["Thank you."]
    entry = AuditEntry.objects.get(action="queue.send_sms")
    assert entry.detail["via"] == "status_page"


def test_a_texter_who_sent_stop_gets_the_note_by_email(dispatcher):
    report = report_submit_for_test(email="alex@example.org")
    OptOut.objects.create(phone="+12025550100", source="keyword")
    item = claimed(report, dispatcher)

    services.queue_item_send_sms(item_id=item.pk, actor=dispatcher, body="Thank you.")

    assert sent(report).get().channel == "email"


def test_the_approval_note_reaches_a_texter_within_budget(dispatcher):
    report = report_submit_for_test(language="es")
    item = claimed(report, dispatcher)

    services.queue_item_approve(item_id=item.pk, actor=dispatcher, note=LONG)

    text = report.messages.get(kind="approved", channel="sms")
    assert (
        LONG[:20] in text.body
        and "..." in text.body
        and f"/status/{report.status_key}/" in text.body
    )
    assert sms_within_budget(text.body + "\n" + opt_out_line("es"))


def test_rejected_close_and_duplicate_texts_say_what_happened_in_plain_words(dispatcher):
    rejected = report_submit_for_test()
    services.queue_item_reject(
        item_id=claimed(rejected, dispatcher).pk,
        actor=dispatcher,
        reason_code="civil_matter",
        explanation="A dispute over a fence line is for the courts.",
    )
    body = rejected.messages.get(kind="rejected", channel="sms").body
    assert "(Civil matter)" in body and "A dispute over a fence line" in body

    closed = report_submit_for_test()
    item = claimed(closed, dispatcher)
    services.queue_item_approve(item_id=item.pk, actor=dispatcher)
    services.queue_item_close(item_id=item.pk, actor=dispatcher, disposition_code="05")
    assert "It was dealt with by phone." in closed.messages.get(kind="closed", channel="sms").body

    original = report_submit_for_test(reporter_name="Pat Neighbor", address="14 Oak Street")
    copy = report_submit_for_test(language="es")
    services.queue_item_mark_duplicate(
        item_id=claimed(copy, dispatcher).pk,
        actor=dispatcher,
        original_reference=original.reference,
    )
    body = copy.messages.get(kind="duplicate", channel="sms").body
    assert "ya reportado el" in body and "los unimos" in body
    # Of what, without naming anyone: no name, address or reference of the other report.
    assert "Pat" not in body and "14 Oak" not in body and original.reference not in body


def test_a_status_page_reply_after_close_is_kept_and_flagged(
    dispatcher, dispatcher2, django_capture_on_commit_callbacks
):
    report = report_submit_for_test()
    item = claimed(report, dispatcher)
    services.queue_item_approve(item_id=item.pk, actor=dispatcher)
    services.queue_item_close(item_id=item.pk, actor=dispatcher, disposition_code="01")
    report.refresh_from_db()

    with django_capture_on_commit_callbacks(execute=True):
        report_reply_add(report=report, body="They came back last night.")

    assert ReporterReply.objects.get(report=report).body == "They came back last night."
    item = QueueItem.objects.get(pk=item.pk)
    assert item.wrote_after_close
    assert report.status == ReportStatus.CLOSED  # a dispatcher decides whether to reopen
    # Flagged for the last holder under "Mine", and in the shared queue for everyone else.
    assert list(queue_for(dispatcher, mine=True)) == [item]
    assert list(queue_for(dispatcher2, mine=True)) == []
    assert item in queue_for(dispatcher2)


def test_an_escalated_report_takes_new_information_for_its_holder(
    dispatcher, django_capture_on_commit_callbacks
):
    report = report_submit_for_test()
    services.queue_item_escalate(item_id=report.queue_item.pk, actor=dispatcher)
    report.refresh_from_db()

    with django_capture_on_commit_callbacks(execute=True):
        report_reply_add(report=report, body="He is still outside.")

    item = QueueItem.objects.get(report=report)
    assert item.claimed_by == dispatcher and item.reply_waiting


@pytest.mark.parametrize(
    ("role", "wrote", "allowed"),
    [
        ("dispatcher", True, True),
        ("dispatcher", False, False),
        ("supervisor", False, True),
        ("editor", True, False),
    ],
)
def test_reopening_after_close_per_role(
    request, dispatcher, role, wrote, allowed, django_capture_on_commit_callbacks
):
    actor = request.getfixturevalue(role)
    report = report_submit_for_test()
    item = claimed(report, dispatcher)
    services.queue_item_approve(item_id=item.pk, actor=dispatcher)
    services.queue_item_close(item_id=item.pk, actor=dispatcher, disposition_code="01")
    report.refresh_from_db()
    if wrote:
        with django_capture_on_commit_callbacks(execute=True):
            report_reply_add(report=report, body="One more thing.")

    if allowed:
        services.queue_item_reopen(item_id=item.pk, actor=actor, reason="Reporter wrote")
        report.refresh_from_db()
        assert report.status == ReportStatus.IN_REVIEW
        assert AuditEntry.objects.filter(action="queue.reopen", actor=actor).exists()
    else:
        with pytest.raises(services.QueueError):
            services.queue_item_reopen(item_id=item.pk, actor=actor, reason="Reporter wrote")
        report.refresh_from_db()
        assert report.status == ReportStatus.CLOSED
        assert AuditEntry.objects.filter(actor=actor, outcome="denied").exists()


def test_the_domain_lets_a_dispatcher_reopen_only_after_the_reporter_wrote():
    S, A = domain.Status, domain.Action
    assert A.REOPEN not in domain.allowed_actions(S.CLOSED, is_supervisor=False)
    assert A.REOPEN in domain.allowed_actions(S.CLOSED, is_supervisor=False, reporter_wrote=True)


@pytest.mark.parametrize(
    ("fields", "expected"),
    [
        ({"callback_channel": "voice"}, "They asked for a phone call and gave no email"),
        ({"callback_channel": "none"}, "your message is shown on their status page"),
        ({"callback_channel": "email", "email": "alex@example.org"}, "Goes by email"),
    ],
)
def test_the_console_says_where_the_words_go_and_when_to_tell_in_person(
    client, dispatcher, fields, expected
):
    from tests.support.staff import login_with_mfa

    report = report_submit_for_test(**fields)
    item = claimed(report, dispatcher)
    services.queue_item_approve(item_id=item.pk, actor=dispatcher)
    login_with_mfa(client, dispatcher)

    page = client.get(f"/dispatch/items/{item.pk}/").content.decode()

    assert expected in page
