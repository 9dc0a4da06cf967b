"""The queue's states and allowed moves, in plain Python (no Django, no database).

Statuses are the reporter-facing ones on reporting.Report (the strings of ReportStatus); the
services in dispatch_bridge.services look moves up here before they write anything, so an
illegal move is refused in one place and the table is tested without a database.
"""

from dataclasses import dataclass
from enum import StrEnum


class Status(StrEnum):
    SUBMITTED = "submitted"
    IN_REVIEW = "in_review"
    NEEDS_INFO = "needs_info"
    APPROVED = "approved"
    REFERRED = "referred"
    REJECTED = "rejected"
    ESCALATED = "escalated"
    CLOSED = "closed"


class Action(StrEnum):
    CLAIM = "claim"
    RELEASE = "release"
    REQUEST_INFO = "request_info"
    RESUME = "resume"
    APPROVE = "approve"
    REFER = "refer"
    REJECT = "reject"
    DUPLICATE = "duplicate"
    ESCALATE = "escalate"
    CLOSE = "close"
    REOPEN = "reopen"


class IllegalMove(Exception):
    """The action is not allowed from the item's current status (or by this role)."""

    def __init__(self, action: str, status: str, reason: str = ""):
        self.action, self.status = action, status
        super().__init__(reason or f"{action} is not allowed from {status}")


S, A = Status, Action
# Statuses an item waits in for a dispatcher's decision; the SLA clock runs on these.
PENDING = frozenset({S.SUBMITTED, S.IN_REVIEW, S.NEEDS_INFO})
# A decision has been made (the reporter got an answer); only closing or reopening remain.
DECIDED = frozenset({S.APPROVED, S.REFERRED, S.REJECTED, S.ESCALATED})
WORKABLE = PENDING | {S.ESCALATED}

# action -> {from status: to status}. A status missing from an action's map is an illegal move.
TRANSITIONS: dict[Action, dict[Status, Status]] = {
    # Claiming a new report starts its review; claiming anything else keeps its status.
    A.CLAIM: {S.SUBMITTED: S.IN_REVIEW, S.IN_REVIEW: S.IN_REVIEW, S.NEEDS_INFO: S.NEEDS_INFO,
              S.ESCALATED: S.ESCALATED},
    A.RELEASE: {S.IN_REVIEW: S.IN_REVIEW, S.NEEDS_INFO: S.NEEDS_INFO, S.ESCALATED: S.ESCALATED},
    A.REQUEST_INFO: {S.IN_REVIEW: S.NEEDS_INFO, S.NEEDS_INFO: S.NEEDS_INFO},
    A.RESUME: {S.NEEDS_INFO: S.IN_REVIEW},
    A.APPROVE: {S.IN_REVIEW: S.APPROVED, S.NEEDS_INFO: S.APPROVED},
    A.REFER: {S.IN_REVIEW: S.REFERRED, S.NEEDS_INFO: S.REFERRED},
    A.REJECT: {S.IN_REVIEW: S.REJECTED, S.NEEDS_INFO: S.REJECTED},
    # A duplicate is answered and closed in one step (APCO 22 "Cancelled - Duplicate Call").
    A.DUPLICATE: {S.IN_REVIEW: S.CLOSED, S.NEEDS_INFO: S.CLOSED},
    A.ESCALATE: {S.SUBMITTED: S.ESCALATED, S.IN_REVIEW: S.ESCALATED, S.NEEDS_INFO: S.ESCALATED},
    A.CLOSE: {S.APPROVED: S.CLOSED, S.REFERRED: S.CLOSED, S.REJECTED: S.CLOSED,
              S.ESCALATED: S.CLOSED},
    A.REOPEN: {S.APPROVED: S.IN_REVIEW, S.REFERRED: S.IN_REVIEW, S.REJECTED: S.IN_REVIEW,
               S.ESCALATED: S.IN_REVIEW, S.CLOSED: S.IN_REVIEW},
}  # fmt: skip

# Only supervisors may undo a decision, except that any dispatcher may reopen a decided or
# closed report its reporter wrote to afterwards (issue 16: a follow-up after close).
SUPERVISOR_ONLY = frozenset({A.REOPEN})
FOLLOW_UP_OPENS = frozenset({A.REOPEN})
# Everything but claiming and a supervisor's reopen is done by the dispatcher holding the item.
# Escalation is the exception: anyone working the queue may escalate an unclaimed item, because
# a possible emergency must never wait for a claim. An item another dispatcher holds is theirs
# to escalate (or a supervisor's).
NEEDS_HOLDER = frozenset(set(Action) - {A.CLAIM, A.REOPEN, A.ESCALATE})
NOT_FROM_ANOTHER_HOLDER = frozenset({A.ESCALATE})
# A supervisor may free an item someone else holds (a dispatcher went off shift).
SUPERVISOR_OVERRIDES = frozenset({A.RELEASE})
# Only an item nobody holds can be claimed (the holder has it already; another's is theirs).
NOT_WHEN_CLAIMED = frozenset({A.CLAIM})
# Moves after which nobody holds the item any more.
RELEASES_HOLDER = frozenset({A.RELEASE, A.CLOSE, A.DUPLICATE})

# The reporter's message kind for each move that changes what they see (None: no message).
MESSAGE_KIND: dict[Action, str | None] = {
    A.CLAIM: "in_review",
    A.RELEASE: None,
    A.REQUEST_INFO: "needs_info",
    A.RESUME: None,
    A.APPROVE: "approved",
    A.REFER: "referred",
    A.REJECT: "rejected",
    A.DUPLICATE: "duplicate",
    A.ESCALATE: "escalated",
    A.CLOSE: "closed",
    A.REOPEN: "in_review",
}


# The outcome a deciding move records (QueueItem.outcome): the decided status, or "duplicate".
OUTCOME_OF_ACTION: dict[Action, str] = {
    A.APPROVE: "approved",
    A.REFER: "referred",
    A.REJECT: "rejected",
    A.DUPLICATE: "duplicate",
    A.ESCALATE: "escalated",
}


def outcome_of(mv: "Move") -> str:
    return OUTCOME_OF_ACTION.get(mv.action, "")


@dataclass(frozen=True)
class Move:
    action: Action
    before: Status
    after: Status

    @property
    def changes_status(self) -> bool:
        return self.before != self.after

    @property
    def message_kind(self) -> str | None:
        # Re-claiming changes nothing the reporter sees; a second question is still sent.
        if self.action == A.CLAIM and not self.changes_status:
            return None
        return MESSAGE_KIND[self.action]


def move(
    action: str,
    status: str,
    *,
    is_holder: bool = True,
    is_supervisor: bool = False,
    held_by_other: bool = False,
    reporter_wrote: bool = False,
    claimed: bool = False,
) -> Move:
    """The move `action` makes from `status`, or IllegalMove. `held_by_other`: someone other
    than the actor has claimed the item. `reporter_wrote`: the reporter wrote after the
    decision, and nobody has read it into a new decision yet. `claimed`: anyone (the actor
    included) holds the item."""
    action, status = Action(action), Status(status)
    targets = TRANSITIONS[action]
    if status not in targets:
        raise IllegalMove(action, status)
    if action in NOT_WHEN_CLAIMED and claimed:
        raise IllegalMove(action, status, "the item is already claimed")
    follow_up = reporter_wrote and action in FOLLOW_UP_OPENS
    if action in SUPERVISOR_ONLY and not is_supervisor and not follow_up:
        raise IllegalMove(action, status, f"only a supervisor may {action}")
    overridden = is_supervisor and action in SUPERVISOR_OVERRIDES
    if action in NEEDS_HOLDER and not is_holder and not overridden:
        raise IllegalMove(action, status, f"claim the item before you {action} it")
    if action in NOT_FROM_ANOTHER_HOLDER and held_by_other and not is_supervisor:
        raise IllegalMove(
            action, status, f"another dispatcher holds the item; ask them to {action}"
        )
    return Move(action, status, targets[status])


def allowed_actions(
    status: str,
    *,
    is_holder: bool = True,
    is_supervisor: bool = False,
    held_by_other: bool = False,
    claimed: bool = False,
    reporter_wrote: bool = False,
) -> list[Action]:
    """Every action that is legal now, in the table's order (drives the console's buttons)."""
    allowed = []
    for action in Action:
        try:
            move(
                action,
                status,
                is_holder=is_holder,
                is_supervisor=is_supervisor,
                held_by_other=held_by_other,
                claimed=claimed,
                reporter_wrote=reporter_wrote,
            )
        except IllegalMove:
            continue
        allowed.append(action)
    return allowed
