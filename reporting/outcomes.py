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
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from .messaging.models import Message
from .messaging.services import reporter_notify
from .models import Report, ReportStatus
from .surveys import survey_schedule

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

# APCO disposition codes in the reporter's plain words (the console shows the staff labels).
DISPOSITION_WORDS = {
    "01": gettext_lazy("An officer wrote a police report about it."),
    "02": gettext_lazy("No police report was needed."),
    "05": gettext_lazy("It was dealt with by phone."),
    "07": gettext_lazy("It is a civil matter, which the police can't decide."),
    "08": gettext_lazy("It was added to an earlier police report."),
    "10": gettext_lazy("It was cancelled."),
    "13": gettext_lazy("We noted the information you gave us."),
    "15": gettext_lazy("It was passed to a partner agency."),
    "18": gettext_lazy("It was dealt with when we contacted you."),
    "22": gettext_lazy("It was about an incident we already had a report about."),
}


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
    if report.status == ReportStatus.CLOSED:
        survey_schedule(report=report)  # once per report, after REPORTING_SURVEY_DELAY_MINUTES
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


def disposition_words(code: str) -> str:
    """The disposition in the reporter's words ("" for none), in the active language."""
    words = DISPOSITION_WORDS.get(code or "")
    return str(words) if words else ""


def outcome_next(report: Report, *, non_emergency_number: str = "") -> str:
    """What the outcome means and what the reporter can do next, in plain words in the active
    language: the status page shows it for every decided report (and it is all a reporter who
    chose no contact gets)."""
    number = non_emergency_number or _("our non-emergency line")
    status = report.status
    if status == ReportStatus.APPROVED:
        return _(
            "Your report was accepted. Keep your case number %(case)s: your insurer or a court "
            "may ask for it. You don't need to do anything else."
        ) % {"case": report.case_number}
    if status == ReportStatus.REFERRED:
        return _(
            "Another agency handles this: %(to)s. Please contact them; they take the next step."
        ) % {"to": report.referred_to}
    if status == ReportStatus.REJECTED:
        return _(
            "We could not accept this report online; our explanation is above. If you think "
            "we got it wrong, or something has changed, call %(number)s."
        ) % {"number": number}
    if status == ReportStatus.ESCALATED:
        return _(
            "An officer or dispatcher is handling this now and may call you. If you are in "
            "danger, call 9-1-1."
        )
    if status == ReportStatus.CLOSED:
        if report.duplicate_of_id:
            return _(
                "Your report describes an incident we already have a report about, so we "
                "joined them. Nothing more is needed from you."
            )
        words = disposition_words(report.disposition_code)
        return " ".join(
            filter(
                None,
                [
                    _("Your report is closed."),
                    words,
                    _("If something new happens, you can write to us below or call %(number)s.")
                    % {"number": number},
                ],
            )
        )
    return ""
