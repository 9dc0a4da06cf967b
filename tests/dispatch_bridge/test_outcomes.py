"""The outcome guarantee (issue 16): every move to a final status writes the reporter's outcome
message in the move's transaction, in their language and channel, or the move does not happen."""

import pytest

from dispatch_bridge import domain, services
from reporting import outcomes
from reporting.messaging.models import Message
from reporting.models import ReportStatus
from tests.factories import CategoryFactory, report_submit_for_test

pytestmark = pytest.mark.django_db
S, A = domain.Status, domain.Action

FINAL = {S.APPROVED, S.REFERRED, S.REJECTED, S.ESCALATED, S.CLOSED}
# Every (action, from) of the domain table that lands on a final status.
FINAL_PATHS = [
    (action, before)
    for action, moves in domain.TRANSITIONS.items()
    for before, after in moves.items()
    if after in FINAL and before not in FINAL
] + [(A.CLOSE, before) for before in domain.TRANSITIONS[A.CLOSE]]
ARGS = {
    A.APPROVE: {"note": "Thank you."},
    A.REFER: {"agency": "Example County Animal Services", "contact": "(202) 555-0177"},
    A.REJECT: {"reason_code": "civil_matter", "explanation": "A dispute between neighbors."},
    A.ESCALATE: {},
    A.CLOSE: {"disposition_code": "01"},
}
INTO = {  # how an item reaches a status before the final move (after a claim)
    S.SUBMITTED: [],
    S.IN_REVIEW: [],
    S.NEEDS_INFO: [(A.REQUEST_INFO, {"question": "Which street?"})],
    S.APPROVED: [(A.APPROVE, {})],
    S.REFERRED: [(A.REFER, {"agency": "Parks", "contact": "311"})],
    S.REJECTED: [(A.REJECT, {"reason_code": "other", "explanation": "Not ours."})],
    S.ESCALATED: [(A.ESCALATE, {})],
}
SERVICE = {
    A.REQUEST_INFO: services.queue_item_request_info,
    A.APPROVE: services.queue_item_approve,
    A.REFER: services.queue_item_refer,
    A.REJECT: services.queue_item_reject,
    A.DUPLICATE: services.queue_item_mark_duplicate,
    A.ESCALATE: services.queue_item_escalate,
    A.CLOSE: services.queue_item_close,
}


def test_the_paths_cover_every_final_move_of_the_domain_table():
    finals = {(a, b) for a, moves in domain.TRANSITIONS.items() for b, t in moves.items()}
    # Moves that land on a final status from another status (re-claiming an escalated item
    # changes nothing the reporter sees).
    finals = {(a, b) for a, b in finals if domain.TRANSITIONS[a][b] in FINAL and b not in FINAL}
    finals |= {(A.CLOSE, b) for b in domain.TRANSITIONS[A.CLOSE]}
    assert finals <= set(FINAL_PATHS)
    assert {A.APPROVE, A.REFER, A.REJECT, A.DUPLICATE, A.ESCALATE, A.CLOSE} == {
        a for a, _b in FINAL_PATHS
    }


def _bring(item, status, actor):
    if status != S.SUBMITTED:
        services.queue_item_claim(item_id=item.pk, actor=actor)
    for action, kwargs in INTO[status]:
        SERVICE[action](item_id=item.pk, actor=actor, **kwargs)


def _final_move(item, action, actor):
    kwargs = dict(ARGS.get(action, {}))
    if action == A.DUPLICATE:
        kwargs["original_reference"] = report_submit_for_test().reference
    SERVICE[action](item_id=item.pk, actor=actor, **kwargs)


CHANNELS = {
    # callback channel, contact given -> the outcome's channels
    "sms": ({"phone": "+12025550100"}, ["sms"]),
    "tty": ({"phone": "+12025550100"}, ["sms"]),
    "email": ({"phone": "", "email": "alex@example.org"}, ["email"]),
    "voice": ({"phone": "+12025550100", "email": "alex@example.org"}, ["email"]),
    "none": ({"phone": "+12025550100", "email": "alex@example.org"}, []),
}


@pytest.mark.parametrize(("action", "before"), FINAL_PATHS, ids=lambda v: str(v))
@pytest.mark.parametrize("channel", list(CHANNELS))
def test_every_final_path_tells_the_reporter_in_their_channel(
    action, before, channel, dispatcher, supervisor
):
    contact, expected = CHANNELS[channel]
    report = report_submit_for_test(callback_channel=channel, language="es", **contact)
    item = report.queue_item
    _bring(item, before, dispatcher)
    Message.objects.filter(report=report).delete()

    _final_move(item, action, dispatcher)

    report.refresh_from_db()
    assert report.status in FINAL
    assert report.loop_closed_at is not None
    kind = domain.MESSAGE_KIND[action]
    sent = Message.objects.filter(report=report, direction="outbound")
    assert sorted(sent.values_list("channel", flat=True)) == expected
    assert set(sent.values_list("kind", flat=True)) <= {kind}
    assert all(m.language == "es" for m in sent)  # in their language
    # The status page shows it whatever the channel.
    assert outcomes.STATUS_PAGE in outcomes.Outcome(kind=kind).channels


def test_a_final_move_without_its_outcome_does_not_commit(monkeypatch, dispatcher):
    report = report_submit_for_test()
    item = report.queue_item
    services.queue_item_claim(item_id=item.pk, actor=dispatcher)
    # A regression that forgot the outcome: the move is refused and nothing is written.
    monkeypatch.setattr(services, "outcome_record", lambda **kwargs: None)

    with pytest.raises(services.IllegalMove):
        services.queue_item_approve(item_id=item.pk, actor=dispatcher)

    report.refresh_from_db()
    assert report.status == ReportStatus.IN_REVIEW and not report.case_number
    assert not report.messages.filter(kind="approved").exists()


def test_the_loop_keeps_its_first_answer_and_a_reopen_owes_a_new_one(dispatcher, supervisor):
    report = report_submit_for_test()
    item = report.queue_item
    services.queue_item_escalate(item_id=item.pk, actor=dispatcher)
    report.refresh_from_db()
    first = report.loop_closed_at
    services.queue_item_close(item_id=item.pk, actor=dispatcher, disposition_code="05")
    report.refresh_from_db()
    assert report.loop_closed_at == first

    services.queue_item_reopen(item_id=item.pk, actor=supervisor, reason="Reporter called")
    report.refresh_from_db()
    assert report.loop_closed_at is None and report.status == ReportStatus.IN_REVIEW


def test_a_sensitive_texter_without_email_is_flagged_for_a_personal_word(dispatcher):
    category = CategoryFactory(name="Harassing calls", apco_code="HARR", sensitive=True)
    report = report_submit_for_test(category=category)
    services.queue_item_claim(item_id=report.queue_item.pk, actor=dispatcher)
    services.queue_item_approve(item_id=report.queue_item.pk, actor=dispatcher)
    report.refresh_from_db()

    assert not report.messages.filter(channel="sms", kind="approved").exists()
    assert report.loop_closed_at is not None  # shown on the status page
    assert outcomes.needs_personal_word(report)
    report.callback_channel = "voice"
    report.category = CategoryFactory()
    assert outcomes.needs_personal_word(report)
    report.email = "alex@example.org"
    assert not outcomes.needs_personal_word(report)
