"""The outcome guarantee: every report that reaches a final state tells its reporter what
happened and what they can do next, in their language and channel (issue 16).

dispatch_bridge calls `outcome_record` inside the transaction of every move to a final status
(approved, referred, rejected, escalated, closed: a duplicate is closed in one step). It queues
the message through messaging (and so the outbox) in that transaction and stamps
`Report.loop_closed_at`; the move refuses to commit without it (`OutcomeMissing`).

Where the outcome goes:
- texts (SMS or TTY choosers): a text within the segment budget, the rest behind the link;
- email: to the address given (also for phone-call choosers, as for every automatic message);
- "don't contact me": the status page, which always shows the outcome in words;
- a sensitive category gets no automatic text (only what a dispatcher writes by hand), and a
  phone-call chooser is called by a dispatcher: without an email address their outcome is on
  the status page, and the console asks the dispatcher to tell them (`needs_personal_word`).
"""

from dataclasses import dataclass, field

from django.db import transaction
from django.utils import timezone

from .messaging.models import Message
from .messaging.services import reporter_notify
from .models import Report, ReportStatus

# The statuses after which the reporter has had (or is owed) an answer.
FINAL_STATUSES = frozenset(
    {
        ReportStatus.APPROVED,
        ReportStatus.REFERRED,
        ReportStatus.REJECTED,
        ReportStatus.ESCALATED,
        ReportStatus.CLOSED,
    }
)
STATUS_PAGE = "status_page"


class OutcomeMissing(Exception):
    """A report reached a final status without its outcome message: the move must not commit."""


@dataclass
class Outcome:
    """What told the reporter: the queued messages, and/or the status page."""

    kind: str
    messages: list[Message] = field(default_factory=list)
    status_page: bool = True  # the status page always shows the outcome in words

    @property
    def channels(self) -> list[str]:
        found = [message.channel for message in self.messages]
        return found or [STATUS_PAGE]


def is_final(status: str) -> bool:
    return status in FINAL_STATUSES


def needs_personal_word(report: Report) -> bool:
    """No automatic message reaches this reporter (a phone-call chooser, or a sensitive category
    for a texter) and they gave no email: a dispatcher should tell them in person."""
    if report.callback_channel == "none" or report.email:
        return False
    if report.callback_channel == "voice":
        return True
    return report.category.sensitive


def outcome_record(*, report: Report, kind: str, context: dict | None = None) -> Outcome:
    """Queue the reporter's outcome message for `kind` and stamp the loop closed. Call inside
    the move's transaction, after the report's new status is saved."""
    if not is_final(report.status):
        raise ValueError(f"{report.status} is not a final status")
    messages = reporter_notify(report=report, kind=kind, context=context)
    outcome = Outcome(kind=kind, messages=messages)
    if report.loop_closed_at is None:  # the first answer closed the loop (escalated, then closed)
        report.loop_closed_at = timezone.now()
        Report.objects.filter(pk=report.pk).update(loop_closed_at=report.loop_closed_at)
    return outcome


def outcome_check(*, report: Report) -> None:
    """The service-level guarantee: raise OutcomeMissing when a report in a final status has no
    outcome recorded. dispatch_bridge runs it before a final move commits."""
    if is_final(report.status) and report.loop_closed_at is None:
        raise OutcomeMissing(report.reference)


@transaction.atomic
def outcome_reopen(*, report: Report) -> None:
    """A reopened report owes its reporter a new outcome."""
    report.loop_closed_at = None
    Report.objects.filter(pk=report.pk).update(loop_closed_at=None)
