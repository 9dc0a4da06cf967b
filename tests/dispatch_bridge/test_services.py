"""Each service's legal and illegal moves, through the public service functions."""

from datetime import timedelta

import pytest
from django.utils import timezone

from dispatch_bridge import services
from dispatch_bridge.models import QueueItem, SupervisorAlert
from portal.staff.models import AuditEntry
from reporting.messaging.models import Message
from reporting.models import Priority, ReportStatus
from tests.factories import CategoryFactory, report_submit_for_test

pytestmark = pytest.mark.django_db


def refresh(item):
    item.refresh_from_db()
    item.report.refresh_from_db()
    return item


def kinds(report):
    return list(
        Message.objects.filter(report=report, channel="sms")
        .order_by("pk")
        .values_list("kind", flat=True)
    )


def claimed(item, user):
    services.queue_item_claim(item_id=item.pk, actor=user)
    return refresh(item)


# --- The bridge ------------------------------------------------------------------------------


def test_submitting_a_report_queues_it_in_the_same_transaction(settings):
    report = report_submit_for_test(category=CategoryFactory(default_priority=Priority.LOW))

    item = QueueItem.objects.get(report=report)
    assert item.source == "online" and item.priority == Priority.LOW
    expected_due = item.created_at + timedelta(minutes=settings.DISPATCH_SLA_MINUTES[4])
    assert item.due_at == expected_due


def test_a_possible_emergency_goes_to_the_top_and_alerts_supervisors():
    report = report_submit_for_test(possible_emergency=True)

    assert report.queue_item.priority == Priority.URGENT
    alert = SupervisorAlert.objects.get(item=report.queue_item)
    assert alert.kind == "possible_emergency"


# --- Claim, take next, release ---------------------------------------------------------------


def test_claim_starts_the_review_and_tells_the_reporter(item, dispatcher):
    item = claimed(item, dispatcher)

    assert item.claimed_by == dispatcher and item.first_claimed_at
    assert item.report.status == ReportStatus.IN_REVIEW
    assert list(item.report.events.values_list("status", flat=True)) == ["submitted", "in_review"]
    assert kinds(item.report) == ["receipt", "in_review"]
    entry = AuditEntry.objects.get(action="queue.claim")
    assert entry.actor == dispatcher and entry.object_id == str(item.report.pk)


def test_a_second_dispatcher_cannot_claim_a_held_item(item, dispatcher, dispatcher2):
    claimed(item, dispatcher)

    with pytest.raises(services.AlreadyClaimed):
        services.queue_item_claim(item_id=item.pk, actor=dispatcher2)
    assert refresh(item).claimed_by == dispatcher
    assert AuditEntry.objects.filter(
        action="queue.claim", actor=dispatcher2, outcome="denied"
    ).exists()


def test_take_next_picks_highest_priority_then_oldest(dispatcher):
    low = report_submit_for_test(category=CategoryFactory(name="Lost", default_priority=4))
    old_normal = report_submit_for_test()
    new_normal = report_submit_for_test()
    QueueItem.objects.filter(report=new_normal).update(created_at=timezone.now())
    QueueItem.objects.filter(report=old_normal).update(
        created_at=timezone.now() - timedelta(hours=1)
    )

    first = services.queue_item_take_next(actor=dispatcher)
    second = services.queue_item_take_next(actor=dispatcher)
    third = services.queue_item_take_next(actor=dispatcher)

    assert [first.report, second.report, third.report] == [old_normal, new_normal, low]
    with pytest.raises(services.NothingToClaim):
        services.queue_item_take_next(actor=dispatcher)


def test_release_puts_it_back_and_only_the_holder_or_a_supervisor_may(
    item, dispatcher, dispatcher2, supervisor
):
    claimed(item, dispatcher)
    with pytest.raises(services.IllegalMove):
        services.queue_item_release(item_id=item.pk, actor=dispatcher2)

    services.queue_item_release(item_id=item.pk, actor=supervisor)

    assert refresh(item).claimed_by is None
    assert item.report.status == ReportStatus.IN_REVIEW


# --- Decisions -------------------------------------------------------------------------------


def test_decisions_need_a_claim(item, dispatcher):
    with pytest.raises(services.IllegalMove):
        services.queue_item_approve(item_id=item.pk, actor=dispatcher)
    assert refresh(item).report.status == ReportStatus.SUBMITTED
    assert not item.report.case_number


def test_request_info_sends_the_question(item, dispatcher):
    claimed(item, dispatcher)

    services.queue_item_request_info(
        item_id=item.pk, actor=dispatcher, question="What colour was the paint?"
    )

    assert refresh(item).report.status == ReportStatus.NEEDS_INFO
    sms = Message.objects.filter(report=item.report, kind="needs_info").get(channel="sms")
    assert "What colour was the paint?" in sms.body
    assert item.report.events.last().public_note == "What colour was the paint?"
    with pytest.raises(services.InvalidInput):
        services.queue_item_request_info(item_id=item.pk, actor=dispatcher, question="  ")

    services.queue_item_resume(item_id=item.pk, actor=dispatcher)
    assert refresh(item).report.status == ReportStatus.IN_REVIEW


def test_approve_issues_a_case_number_in_the_agency_format(item, dispatcher, settings):
    settings.DISPATCH_CASE_NUMBER_FORMAT = "XPD{year}/{seq:04d}"
    claimed(item, dispatcher)

    services.queue_item_approve(item_id=item.pk, actor=dispatcher)

    report = refresh(item).report
    year = timezone.localdate().year
    assert report.status == ReportStatus.APPROVED
    assert report.case_number.startswith(f"XPD{year}/")
    assert item.decided_at is not None and item.claimed_by == dispatcher
    sms = Message.objects.get(report=report, kind="approved", channel="sms")
    assert report.case_number in sms.body
    # Approving twice is an illegal move.
    with pytest.raises(services.IllegalMove):
        services.queue_item_approve(item_id=item.pk, actor=dispatcher)


def test_case_numbers_count_up(dispatcher):
    numbers = []
    for _ in range(2):
        item = report_submit_for_test().queue_item
        claimed(item, dispatcher)
        services.queue_item_approve(item_id=item.pk, actor=dispatcher)
        numbers.append(refresh(item).report.case_number)
    assert int(numbers[1][-6:]) == int(numbers[0][-6:]) + 1


def test_refer_names_the_agency_and_contact(item, dispatcher):
    claimed(item, dispatcher)

    services.queue_item_refer(
        item_id=item.pk,
        actor=dispatcher,
        agency="Example County Animal Services",
        contact="(202) 555-0177",
    )

    report = refresh(item).report
    assert report.status == ReportStatus.REFERRED
    assert report.referred_to == "Example County Animal Services: (202) 555-0177"
    assert (
        "(202) 555-0177" in Message.objects.get(report=report, kind="referred", channel="sms").body
    )
    with pytest.raises(services.IllegalMove):
        services.queue_item_refer(item_id=item.pk, actor=dispatcher, agency="A", contact="B")


def test_reject_needs_a_reason_and_an_explanation(item, dispatcher):
    claimed(item, dispatcher)
    with pytest.raises(services.InvalidInput):
        services.queue_item_reject(
            item_id=item.pk, actor=dispatcher, reason_code="nope", explanation="x"
        )
    with pytest.raises(services.InvalidInput):
        services.queue_item_reject(
            item_id=item.pk, actor=dispatcher, reason_code="civil_matter", explanation=""
        )
    assert refresh(item).report.status == ReportStatus.IN_REVIEW

    services.queue_item_reject(
        item_id=item.pk,
        actor=dispatcher,
        reason_code="civil_matter",
        explanation="A fence dispute between neighbours is a civil matter.",
    )

    report = refresh(item).report
    assert report.status == ReportStatus.REJECTED
    assert report.outcome_note == "A fence dispute between neighbours is a civil matter."
    body = Message.objects.get(report=report, kind="rejected", channel="sms").body
    assert "civil matter" in body
    entry = AuditEntry.objects.get(action="queue.reject", outcome="success")
    assert entry.detail["reason_code"] == "civil_matter"


def test_mark_duplicate_links_the_original_and_closes(dispatcher):
    original = report_submit_for_test()
    item = report_submit_for_test().queue_item
    claimed(item, dispatcher)

    with pytest.raises(services.InvalidInput):
        services.queue_item_mark_duplicate(
            item_id=item.pk, actor=dispatcher, original_reference="NE-1999-000001"
        )
    with pytest.raises(services.InvalidInput):
        services.queue_item_mark_duplicate(
            item_id=item.pk, actor=dispatcher, original_reference=item.report.reference
        )
    services.queue_item_mark_duplicate(
        item_id=item.pk, actor=dispatcher, original_reference=original.reference.lower()
    )

    report = refresh(item).report
    assert report.duplicate_of == original and report.status == ReportStatus.CLOSED
    assert report.disposition_code == "22" and item.closed_at and item.claimed_by is None
    # Issue 12: never another person's reference in a message.
    body = Message.objects.get(report=report, kind="duplicate").body
    assert report.reference in body and original.reference not in body


def test_escalate_alerts_supervisors_and_holds_the_item(item, dispatcher, supervisor):
    services.queue_item_escalate(item_id=item.pk, actor=dispatcher, note="Suspect returned")

    item = refresh(item)
    assert item.report.status == ReportStatus.ESCALATED
    assert item.priority == Priority.URGENT and item.claimed_by == dispatcher
    assert SupervisorAlert.objects.filter(item=item, kind="escalated").exists()
    assert "escalated" in kinds(item.report)


def test_close_needs_an_apco_disposition_code(item, dispatcher):
    claimed(item, dispatcher)
    with pytest.raises(services.IllegalMove):  # not decided yet
        services.queue_item_close(item_id=item.pk, actor=dispatcher, disposition_code="01")
    services.queue_item_approve(item_id=item.pk, actor=dispatcher)
    with pytest.raises(services.InvalidInput):
        services.queue_item_close(item_id=item.pk, actor=dispatcher, disposition_code="99")

    services.queue_item_close(item_id=item.pk, actor=dispatcher, disposition_code="01")

    item = refresh(item)
    assert item.report.status == ReportStatus.CLOSED and item.report.disposition_code == "01"
    assert item.closed_at and item.claimed_by is None


def test_only_a_supervisor_reopens(item, dispatcher, supervisor):
    claimed(item, dispatcher)
    services.queue_item_approve(item_id=item.pk, actor=dispatcher)
    services.queue_item_close(item_id=item.pk, actor=dispatcher, disposition_code="01")
    case_number = refresh(item).report.case_number

    with pytest.raises(services.IllegalMove):
        services.queue_item_reopen(item_id=item.pk, actor=dispatcher, reason="Wrong call")
    with pytest.raises(services.InvalidInput):
        services.queue_item_reopen(item_id=item.pk, actor=supervisor, reason="")
    services.queue_item_reopen(item_id=item.pk, actor=supervisor, reason="Reporter called")

    item = refresh(item)
    assert item.report.status == ReportStatus.IN_REVIEW and item.closed_at is None
    # Approving again keeps the number the reporter already has.
    claimed(item, dispatcher)
    services.queue_item_approve(item_id=item.pk, actor=dispatcher)
    assert refresh(item).report.case_number == case_number


@pytest.mark.parametrize("role", ["editor", "approver"])
def test_roles_without_queue_permission_are_refused(request, item, role):
    user = request.getfixturevalue(role)
    with pytest.raises(services.NotAllowed):
        services.queue_item_claim(item_id=item.pk, actor=user)
    with pytest.raises(services.NotAllowed):
        services.queue_item_take_next(actor=user)
    assert AuditEntry.objects.filter(actor=user, outcome="denied").count() == 2


def test_sensitive_categories_get_no_automatic_texts(dispatcher):
    category = CategoryFactory(name="Harassing calls", apco_code="HARR", sensitive=True)
    item = report_submit_for_test(category=category).queue_item
    claimed(item, dispatcher)
    services.queue_item_approve(item_id=item.pk, actor=dispatcher)

    assert kinds(item.report) == []


def test_send_sms_is_a_hand_written_message_on_the_thread(item, dispatcher, editor):
    claimed(item, dispatcher)
    message = services.queue_item_send_sms(item_id=item.pk, actor=dispatcher, body="Hello")

    assert message.automatic is False and message.sent_by == dispatcher
    assert message.to == "+12025550100" and message.report == item.report
    with pytest.raises(services.NotAllowed):
        services.queue_item_send_sms(item_id=item.pk, actor=editor, body="Hello")
