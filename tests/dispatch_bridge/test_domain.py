"""The state table, with no database."""

import pytest

from dispatch_bridge import domain
from dispatch_bridge.domain import Action as A
from dispatch_bridge.domain import IllegalMove
from dispatch_bridge.domain import Status as S


def test_statuses_match_the_reporting_model_choices():
    from reporting.models import ReportStatus

    assert {s.value for s in S} == set(ReportStatus.values)


# Every (action, from) pair that is legal, and where it leads. Anything else must be refused.
LEGAL = {
    (A.CLAIM, S.SUBMITTED): S.IN_REVIEW,
    (A.CLAIM, S.IN_REVIEW): S.IN_REVIEW,
    (A.CLAIM, S.NEEDS_INFO): S.NEEDS_INFO,
    (A.CLAIM, S.ESCALATED): S.ESCALATED,
    (A.RELEASE, S.IN_REVIEW): S.IN_REVIEW,
    (A.RELEASE, S.NEEDS_INFO): S.NEEDS_INFO,
    (A.RELEASE, S.ESCALATED): S.ESCALATED,
    (A.REQUEST_INFO, S.IN_REVIEW): S.NEEDS_INFO,
    (A.REQUEST_INFO, S.NEEDS_INFO): S.NEEDS_INFO,
    (A.RESUME, S.NEEDS_INFO): S.IN_REVIEW,
    (A.APPROVE, S.IN_REVIEW): S.APPROVED,
    (A.APPROVE, S.NEEDS_INFO): S.APPROVED,
    (A.REFER, S.IN_REVIEW): S.REFERRED,
    (A.REFER, S.NEEDS_INFO): S.REFERRED,
    (A.REJECT, S.IN_REVIEW): S.REJECTED,
    (A.REJECT, S.NEEDS_INFO): S.REJECTED,
    (A.DUPLICATE, S.IN_REVIEW): S.CLOSED,
    (A.DUPLICATE, S.NEEDS_INFO): S.CLOSED,
    (A.ESCALATE, S.SUBMITTED): S.ESCALATED,
    (A.ESCALATE, S.IN_REVIEW): S.ESCALATED,
    (A.ESCALATE, S.NEEDS_INFO): S.ESCALATED,
    (A.CLOSE, S.APPROVED): S.CLOSED,
    (A.CLOSE, S.REFERRED): S.CLOSED,
    (A.CLOSE, S.REJECTED): S.CLOSED,
    (A.CLOSE, S.ESCALATED): S.CLOSED,
    (A.REOPEN, S.APPROVED): S.IN_REVIEW,
    (A.REOPEN, S.REFERRED): S.IN_REVIEW,
    (A.REOPEN, S.REJECTED): S.IN_REVIEW,
    (A.REOPEN, S.ESCALATED): S.IN_REVIEW,
    (A.REOPEN, S.CLOSED): S.IN_REVIEW,
}


@pytest.mark.parametrize("action", list(A))
@pytest.mark.parametrize("status", list(S))
def test_every_pair_in_the_table(action, status):
    if (action, status) in LEGAL:
        mv = domain.move(action, status, is_holder=True, is_supervisor=True)
        assert mv.after == LEGAL[(action, status)]
    else:
        with pytest.raises(IllegalMove):
            domain.move(action, status, is_holder=True, is_supervisor=True)


def test_a_closed_report_only_reopens():
    assert domain.allowed_actions(S.CLOSED, is_supervisor=True) == [A.REOPEN]
    assert domain.allowed_actions(S.CLOSED, is_supervisor=False) == []


def test_only_a_supervisor_reopens():
    with pytest.raises(IllegalMove, match="supervisor"):
        domain.move(A.REOPEN, S.REJECTED, is_holder=True, is_supervisor=False)
    assert domain.move(A.REOPEN, S.REJECTED, is_supervisor=True).after == S.IN_REVIEW


@pytest.mark.parametrize("action", [A.APPROVE, A.REFER, A.REJECT, A.REQUEST_INFO, A.DUPLICATE])
def test_decisions_need_the_claim(action):
    with pytest.raises(IllegalMove, match="claim"):
        domain.move(action, S.IN_REVIEW, is_holder=False)
    # Being a supervisor doesn't let you decide an item someone else holds...
    with pytest.raises(IllegalMove):
        domain.move(action, S.IN_REVIEW, is_holder=False, is_supervisor=True)


def test_a_supervisor_can_release_someone_elses_item_and_anyone_can_escalate():
    assert domain.move(A.RELEASE, S.IN_REVIEW, is_holder=False, is_supervisor=True)
    with pytest.raises(IllegalMove):
        domain.move(A.RELEASE, S.IN_REVIEW, is_holder=False, is_supervisor=False)
    assert domain.move(A.ESCALATE, S.SUBMITTED, is_holder=False).after == S.ESCALATED


def test_messages_follow_what_the_reporter_sees():
    assert domain.move(A.CLAIM, S.SUBMITTED).message_kind == "in_review"
    assert domain.move(A.CLAIM, S.IN_REVIEW).message_kind is None  # re-claim: nothing new
    assert domain.move(A.RELEASE, S.IN_REVIEW).message_kind is None
    assert domain.move(A.REQUEST_INFO, S.NEEDS_INFO).message_kind == "needs_info"
    assert domain.move(A.APPROVE, S.IN_REVIEW).message_kind == "approved"
    assert domain.move(A.DUPLICATE, S.IN_REVIEW).message_kind == "duplicate"
    assert domain.move(A.CLOSE, S.REJECTED).message_kind == "closed"


def test_unknown_names_are_refused():
    with pytest.raises(ValueError):
        domain.move("delete", S.SUBMITTED)
    with pytest.raises(ValueError):
        domain.move(A.CLAIM, "archived")


def test_an_item_someone_else_holds_is_escalated_by_them_or_a_supervisor():
    with pytest.raises(IllegalMove, match="another dispatcher"):
        domain.move(A.ESCALATE, S.IN_REVIEW, is_holder=False, held_by_other=True)
    assert domain.move(A.ESCALATE, S.IN_REVIEW, is_holder=True).after == S.ESCALATED
    assert domain.move(
        A.ESCALATE, S.IN_REVIEW, is_holder=False, is_supervisor=True, held_by_other=True
    )
    assert A.ESCALATE not in domain.allowed_actions(
        S.IN_REVIEW, is_holder=False, held_by_other=True
    )
