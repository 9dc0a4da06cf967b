"""Writes for the dispatch queue. Each service checks the role, looks the move up in
dispatch_bridge.domain, writes the report's outcome and history, queues the reporter's message
through the messaging outbox and records an audit entry, all in one transaction.

A refused move is audited too (outside the rolled-back transaction) and raised as a domain error.
"""

from datetime import timedelta

from django.conf import settings
from django.db import transaction
from django.db.models import F
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from portal.outbox.models import OutboxItem
from portal.outbox.services import item_retry as outbox_item_retry
from portal.outbox.services import outbox_add
from portal.staff.audit import audit_record
from portal.staff.models import AuditEntry
from reporting.messaging.content import sms_note
from reporting.messaging.errors import MessagingError
from reporting.messaging.models import Message
from reporting.messaging.selectors import phone_is_opted_out
from reporting.messaging.services import message_send_manual, reporter_notify
from reporting.models import Priority, Report, ReportEvent, TriageFinding
from reporting.outcomes import (
    DISPOSITION_WORDS,
    OutcomeMissing,
    is_final,
    outcome_check,
    outcome_record,
    outcome_reopen,
)

from . import deliveries, domain
from .dispositions import DISPOSITIONS, DUPLICATE
from .models import CaseNumberCounter, QueueItem, SupervisorAlert

WORK = "dispatch_bridge.work_queue"
SUPERVISE = "dispatch_bridge.supervise_queue"


class QueueError(Exception):
    """A domain error with a message fit to show the dispatcher."""

    message = _("That can't be done.")

    def __init__(self, message=None):
        if message is not None:
            self.message = message
        super().__init__(str(self.message))


class NotAllowed(QueueError):
    message = _("Your role doesn't allow that.")


class AlreadyClaimed(QueueError):
    message = _("Someone else has already claimed this item.")


class NothingToClaim(QueueError):
    message = _("There is nothing waiting in the queue.")


class IllegalMove(QueueError):
    message = _("That action isn't possible in the item's current state.")


class InvalidInput(QueueError):
    pass


REJECT_REASONS = {
    "outside_jurisdiction": _("Outside our area"),
    "not_police_matter": _("Not a police matter"),
    "civil_matter": _("Civil matter"),
    "emergency": _("Needs a 9-1-1 call, not an online report"),
    "insufficient_information": _("Not enough information to act on"),
    "other": _("Other"),
}


# --- The bridge ------------------------------------------------------------------------------


def queue_item_create_for_report(*, report: Report) -> QueueItem:
    """Called inside the submit transaction: the report and its queue item commit together."""
    urgent = report.possible_emergency
    priority = Priority.URGENT if urgent else report.category.default_priority
    now = timezone.now()
    item = QueueItem.objects.create(
        report=report,
        source=QueueItem.Source.ONLINE,
        priority=priority,
        created_at=now,
        due_at=now + timedelta(minutes=settings.DISPATCH_SLA_MINUTES[priority]),
    )
    if urgent:
        supervisor_alert_raise(item_id=item.pk, kind=SupervisorAlert.Kind.POSSIBLE_EMERGENCY)
    if settings.DISPATCH_EIDO_PUSH_URL:
        outbox_add(
            kind=deliveries.EIDO_PUSH, key=f"{deliveries.EIDO_PUSH}:{item.pk}", target_id=item.pk
        )
    return item


# --- Claiming --------------------------------------------------------------------------------


def queue_item_claim(*, item_id: int, actor, ip: str = "") -> QueueItem:
    """Take one item. Its row lock decides between concurrent claimers: the first to lock it
    claims it; the others wait for that commit and then find it claimed. The lock is taken by
    the first read, so the claim is that read, its checks and the move's writes."""
    _require(actor, WORK)
    report = None
    try:
        with transaction.atomic():
            item = (
                QueueItem.objects.select_for_update(of=("self",))
                .select_related("report__category")
                .get(pk=item_id)
            )
            report = item.report
            if item.claimed_by_id == actor.pk:
                return item
            mv = _move(domain.Action.CLAIM, item, actor)
            if item.claimed_by_id is not None or item.closed_at is not None:
                raise AlreadyClaimed()
            _claim(item, mv, actor, ip)
            return item
    except QueueError as exc:
        _audit_refusal(actor, "queue.claim", item_id, ip, exc, report=report)
        raise


def queue_item_take_next(*, actor, ip: str = "") -> QueueItem:
    """Claim the highest-priority, oldest unclaimed item, skipping rows others are locking."""
    _require(actor, WORK)
    with transaction.atomic():
        item = (
            QueueItem.objects.select_for_update(skip_locked=True, of=("self",))
            .select_related("report__category")
            .filter(
                claimed_by__isnull=True,
                closed_at__isnull=True,
                report__status__in=domain.WORKABLE,
            )
            .order_by("priority", "created_at", "pk")
            .first()
        )
        if item is None:
            raise NothingToClaim()
        # The row is locked by us, so no other claimer can take it before this commits.
        _claim(item, domain.move(domain.Action.CLAIM, item.report.status), actor, ip)
        return item


def _claim(item: QueueItem, mv: domain.Move, actor, ip) -> None:
    """The claim's writes, on an item whose row this transaction has locked."""
    now = timezone.now()
    item.claimed_by, item.claimed_at = actor, now
    if item.first_claimed_at is None:
        item.first_claimed_at = now
    _write_move(item, mv, actor, ip)


def queue_item_release(*, item_id: int, actor, ip: str = "") -> QueueItem:
    return _transition(item_id=item_id, actor=actor, ip=ip, action=domain.Action.RELEASE)


# --- Decisions -------------------------------------------------------------------------------


def queue_item_request_info(*, item_id: int, actor, question: str, ip: str = "") -> QueueItem:
    question = _required_text(question, _("Write the question for the reporter."))
    return _transition(
        item_id=item_id,
        actor=actor,
        ip=ip,
        action=domain.Action.REQUEST_INFO,
        public_note=question,
        context={"question": question},
    )


def queue_item_resume(*, item_id: int, actor, ip: str = "") -> QueueItem:
    return _transition(item_id=item_id, actor=actor, ip=ip, action=domain.Action.RESUME)


def queue_item_approve(*, item_id: int, actor, note: str = "", ip: str = "") -> QueueItem:
    def apply(item):
        report = item.report
        if not report.case_number:  # approving again after a reopen keeps the first number
            report.case_number = case_number_next()
        report.outcome_note = note.strip()
        return ["case_number", "outcome_note"], {"case_number": report.case_number}

    return _transition(
        item_id=item_id,
        actor=actor,
        ip=ip,
        action=domain.Action.APPROVE,
        apply=apply,
        public_note=note.strip(),
        context={"note": note.strip()},
    )


def queue_item_refer(
    *, item_id: int, actor, agency: str, contact: str, note: str = "", ip: str = ""
) -> QueueItem:
    agency = _required_text(agency, _("Name the agency the reporter should contact."))
    contact = _required_text(contact, _("Give the agency's phone number, email or address."))

    def apply(item):
        item.report.referred_to = f"{agency}: {contact}"[:200]
        item.report.outcome_note = note.strip()
        return ["referred_to", "outcome_note"], {"agency": agency, "contact": contact}

    return _transition(
        item_id=item_id,
        actor=actor,
        ip=ip,
        action=domain.Action.REFER,
        apply=apply,
        public_note=note.strip(),
        context={"agency": agency, "contact": contact, "note": note.strip()},
    )


def queue_item_reject(
    *, item_id: int, actor, reason_code: str, explanation: str, ip: str = ""
) -> QueueItem:
    if reason_code not in REJECT_REASONS:
        raise InvalidInput(_("Choose a reason."))
    explanation = _required_text(
        explanation, _("Explain to the reporter, in plain words, why this report is not accepted.")
    )

    def apply(item):
        item.report.outcome_note = explanation
        return ["outcome_note"], {"reason_code": reason_code}

    return _transition(
        item_id=item_id,
        actor=actor,
        ip=ip,
        action=domain.Action.REJECT,
        apply=apply,
        public_note=explanation,
        context={"explanation": explanation, "reason": REJECT_REASONS[reason_code]},
    )


def queue_item_mark_duplicate(
    *, item_id: int, actor, original_reference: str, ip: str = ""
) -> QueueItem:
    original = Report.objects.filter(reference=original_reference.strip().upper()).first()
    if original is None:
        raise InvalidInput(_("No report has that reference number."))

    def apply(item):
        report = item.report
        if original.pk == report.pk or original.duplicate_of_id == report.pk:
            raise InvalidInput(_("A report can't be a duplicate of itself."))
        report.duplicate_of = original
        report.disposition_code = DUPLICATE
        return ["duplicate_of", "disposition_code"], {"original": original.reference}

    return _transition(
        item_id=item_id,
        actor=actor,
        ip=ip,
        action=domain.Action.DUPLICATE,
        apply=apply,
        context={"original": original},
    )


def queue_item_escalate(*, item_id: int, actor, note: str = "", ip: str = "") -> QueueItem:
    """A possible emergency: straight to the top, the escalating dispatcher holds it, supervisors
    are alerted, and the console then prompts an immediate call back."""

    def apply(item):
        item.priority = Priority.URGENT
        if item.claimed_by_id is None:
            item.claimed_by, item.claimed_at = actor, timezone.now()
            item.first_claimed_at = item.first_claimed_at or item.claimed_at
        supervisor_alert_raise(item_id=item.pk, kind=SupervisorAlert.Kind.ESCALATED)
        return [], {"note": note}

    return _transition(
        item_id=item_id, actor=actor, ip=ip, action=domain.Action.ESCALATE, apply=apply
    )


def queue_item_close(*, item_id: int, actor, disposition_code: str, ip: str = "") -> QueueItem:
    if disposition_code not in DISPOSITIONS:
        raise InvalidInput(_("Choose an APCO disposition code."))

    def apply(item):
        item.report.disposition_code = disposition_code
        return ["disposition_code"], {"disposition_code": disposition_code}

    return _transition(
        item_id=item_id,
        actor=actor,
        ip=ip,
        action=domain.Action.CLOSE,
        apply=apply,
        # The disposition in the reporter's plain words, translated when the message renders.
        context={"disposition": DISPOSITION_WORDS.get(disposition_code, "")},
    )


def queue_item_reopen(*, item_id: int, actor, reason: str, ip: str = "") -> QueueItem:
    reason = _required_text(reason, _("Say why the item is reopened."))

    def apply(item):
        item.closed_at = None
        item.decided_at = None
        item.outcome, item.decided_by = "", None
        item.overdue_alerted_at = None
        item.due_at = timezone.now() + timedelta(
            minutes=settings.DISPATCH_SLA_MINUTES[item.priority]
        )
        return [], {"reason": reason}

    return _transition(
        item_id=item_id, actor=actor, ip=ip, action=domain.Action.REOPEN, apply=apply
    )


# --- Messages, alerts, numbers ---------------------------------------------------------------


def _require_contact(item: QueueItem, actor, action: str, ip: str) -> None:
    """Texting or calling a reporter is for the dispatcher holding the item (or a supervisor),
    and not once the item is closed: a closed report's reporter has had their answer."""
    if item.closed_at is not None or item.report.status == domain.Status.CLOSED:
        exc = IllegalMove(_("This item is closed: reopen it before contacting the reporter."))
    elif item.claimed_by_id != actor.pk and not actor.has_perm(SUPERVISE):
        exc = NotAllowed(_("Claim the item before you contact the reporter."))
    else:
        return
    _audit_refusal(actor, action, item.pk, ip, exc)
    raise exc


def reporter_reads_by(report) -> str:
    """Where a dispatcher's words reach this reporter: "sms", "email" or "status_page"."""
    if report.callback_channel == "none":
        return "status_page"
    if report.callback_channel == "email" and report.email:
        return Message.Channel.EMAIL
    if report.phone and not phone_is_opted_out(report.phone):
        return Message.Channel.SMS
    return Message.Channel.EMAIL if report.email else Message.Channel.SMS


def queue_item_send_sms(*, item_id: int, actor, body: str, ip: str = ""):
    """A dispatcher's hand-written message to the reporter, where they read it (issue 16): by
    text to those who chose texts, TTY or a call (cut within the segment budget, with the link
    to the rest), by email to those who chose email, on the status page for those who chose no
    contact. The whole note is always kept on the status page too.

    Sent through messaging's manual send, which honours opt-outs; a hand-written text goes out
    even for a sensitive category, because a person chose to send it. Returns the Message, or
    None when the note is on the status page only.
    """
    _require(actor, WORK)
    body = _required_text(body, _("Write the message."))
    item = QueueItem.objects.select_related("report__category").get(pk=item_id)
    _require_contact(item, actor, "queue.send_sms", ip)  # outside: the refusal stays audited
    report = item.report
    channel = reporter_reads_by(report)
    with transaction.atomic():
        ReportEvent.objects.create(
            report=report, status=report.status, public_note=body, actor=actor
        )
        message = None
        if channel != "status_page":
            text = sms_note(report, body)[0] if channel == Message.Channel.SMS else body
            try:
                message = message_send_manual(report=report, body=text, user=actor, channel=channel)
            except MessagingError as exc:
                raise InvalidInput(str(exc)) from exc
        QueueItem.objects.filter(pk=item.pk).update(updated_at=timezone.now())
        audit_record(
            actor=actor, action="queue.send_sms", obj=report, ip=ip, detail={"via": channel}
        )
        return message


def queue_item_reporter_replied(*, report_id: int, via: str) -> QueueItem | None:
    """The reporter answered (on the status page or by text): flag the item for the console and,
    if it was waiting on that answer, put it back in review. Nobody holds the pen here, so the
    move is audited as the reporter's."""
    with transaction.atomic():
        item = (
            QueueItem.objects.select_for_update(of=("self",))
            .select_related("report")
            .filter(report_id=report_id)
            .first()
        )
        if item is None:
            return None
        report = item.report
        item.reporter_replied_at = timezone.now()
        detail = {"via": via}
        if report.status == domain.Status.NEEDS_INFO:
            mv = domain.move(domain.Action.RESUME, report.status, is_holder=True)
            report.status = mv.after
            report.save(update_fields=["status", "updated_at"])
            ReportEvent.objects.create(report=report, status=mv.after, actor=None)
            detail.update({"from": mv.before, "to": mv.after})
        item.save()  # also bumps updated_at, which the console's poll watches
        audit_record(
            actor=None,
            actor_label="reporter",
            action="queue.resume" if "to" in detail else "queue.reporter_replied",
            obj=report,
            detail=detail,
        )
        return item


def queue_item_emergency_language(*, report_id: int, via: str) -> QueueItem | None:
    """The reporter wrote emergency language after submitting: top priority, due now, and the
    supervisors alerted. Audited as the reporter's move."""
    with transaction.atomic():
        item = QueueItem.objects.select_for_update(of=("self",)).filter(report_id=report_id).first()
        if item is None:
            return None
        now = timezone.now()
        item.priority = Priority.URGENT
        due = now + timedelta(minutes=settings.DISPATCH_SLA_MINUTES[Priority.URGENT])
        item.due_at = min(item.due_at, due) if item.due_at else due
        item.save()
        supervisor_alert_raise(item_id=item.pk, kind=SupervisorAlert.Kind.POSSIBLE_EMERGENCY)
        audit_record(
            actor=None,
            actor_label="reporter",
            action="queue.emergency_language",
            obj=item.report,
            detail={"via": via},
        )
        return item


def triage_finding_dismiss(*, finding_id: int, actor, note: str, ip: str = "") -> TriageFinding:
    """A dispatcher marks one emergency-check finding "not an emergency". Audited; the mark feeds
    the list editors' review page. The report keeps its place in the queue."""
    _require(actor, WORK)
    note = _required_text(note, _("Say why it is not an emergency."))
    with transaction.atomic():
        finding = TriageFinding.objects.select_for_update().get(pk=finding_id)
        if finding.dismissed_at is None:
            finding.dismissed_at, finding.dismissed_by = timezone.now(), actor
            finding.dismissal_note = note[:300]
            finding.save(update_fields=["dismissed_at", "dismissed_by", "dismissal_note"])
            audit_record(
                actor=actor,
                action="triage.not_emergency",
                obj=finding.report,
                ip=ip,
                detail={"finding": finding.pk, "concept": finding.concept, "note": note[:300]},
            )
        return finding


def queue_item_call_back(*, item_id: int, actor, mode: str, ip: str = ""):
    """Start a call-back through messaging (the dispatcher's phone rings first). Audited either
    way; a messaging refusal (no phone, TTY, opted out) is raised as InvalidInput."""
    import reporting.messaging.services as messaging_services

    _require(actor, WORK)
    item = QueueItem.objects.select_related("report").get(pk=item_id)
    _require_contact(item, actor, "queue.call_back", ip)
    try:
        call = messaging_services.call_back_start(report=item.report, user=actor, mode=mode)
    except MessagingError as exc:
        audit_record(actor=actor, action="queue.call_back", obj=item.report, ip=ip,
                     outcome=AuditEntry.Outcome.FAILURE, detail={"mode": mode})  # fmt: skip
        raise InvalidInput(_("The call could not be started: %(error)s") % {"error": exc}) from exc
    audit_record(actor=actor, action="queue.call_back", obj=item.report, ip=ip,
                 detail={"mode": mode})  # fmt: skip
    return call


def alert_acknowledge(*, alert_id: int, actor, ip: str = "") -> SupervisorAlert:
    _require(actor, SUPERVISE)
    with transaction.atomic():
        alert = SupervisorAlert.objects.select_for_update().get(pk=alert_id)
        if alert.acknowledged_at is None:
            alert.acknowledged_at, alert.acknowledged_by = timezone.now(), actor
            alert.save(update_fields=["acknowledged_at", "acknowledged_by"])
            audit_record(actor=actor, action="alert.acknowledge", obj=alert, ip=ip)
        return alert


def delivery_retry(*, outbox_item_id: int, actor, ip: str = ""):
    """A supervisor sends a dead or failed side effect again, with fresh attempts. Audited."""
    _require(actor, SUPERVISE)
    with transaction.atomic():
        try:
            item = outbox_item_retry(item_id=outbox_item_id)
        except OutboxItem.DoesNotExist as exc:
            raise InvalidInput(_("That delivery no longer exists.")) from exc
        except ValueError as exc:
            raise InvalidInput(_("That delivery is not waiting for a retry.")) from exc
        audit_record(
            actor=actor,
            action="delivery.retry",
            obj=item,
            ip=ip,
            detail={"kind": item.kind, "target_id": item.target_id},
        )
        return item


def case_number_next(*, year: int | None = None) -> str:
    """The next case number in the agency's format. Call inside a transaction."""
    year = year or timezone.localdate().year
    CaseNumberCounter.objects.get_or_create(year=year)
    CaseNumberCounter.objects.filter(year=year).update(last=F("last") + 1)
    seq = CaseNumberCounter.objects.values_list("last", flat=True).get(year=year)
    return settings.DISPATCH_CASE_NUMBER_FORMAT.format(year=year, seq=seq)


def supervisor_alert_raise(
    *, item_id: int | None, kind: str, outbox_item_id: int | None = None, email: bool = True
) -> SupervisorAlert:
    """An alert in the console, and (through the outbox) an email to every supervisor, both
    written in the caller's transaction."""
    alert = SupervisorAlert.objects.create(
        item_id=item_id, kind=kind, outbox_item_id=outbox_item_id
    )
    if email:
        outbox_add(
            kind=deliveries.SUPERVISOR_ALERT,
            key=f"{deliveries.SUPERVISOR_ALERT}:{alert.pk}",
            target_id=alert.pk,
        )
    return alert


def _queue_item_for(outbox_item) -> int | None:
    """The queue item a dead delivery was about, when there is one."""
    kind, target = outbox_item.kind, outbox_item.target_id
    if kind == deliveries.EIDO_PUSH:
        return target
    if kind == deliveries.SUPERVISOR_ALERT:
        return SupervisorAlert.objects.filter(pk=target).values_list("item_id", flat=True).first()
    report_id = None
    if kind.startswith("messaging.") or kind == "reporting.mms_photos":
        report_id = Message.objects.filter(pk=target).values_list("report_id", flat=True).first()
    if report_id is None:
        return None
    return QueueItem.objects.filter(report_id=report_id).values_list("pk", flat=True).first()


@transaction.atomic
def delivery_dead_alert(*, outbox_item) -> SupervisorAlert:
    """A side effect ran out of attempts: supervisors see it in the console and by email. A
    dead supervisor email is only shown in the console (emailing about it would loop)."""
    return supervisor_alert_raise(
        item_id=_queue_item_for(outbox_item),
        kind=SupervisorAlert.Kind.DELIVERY_DEAD,
        outbox_item_id=outbox_item.pk,
        email=outbox_item.kind != deliveries.SUPERVISOR_ALERT,
    )


# --- The one way a move is made --------------------------------------------------------------


def _transition(
    *,
    item_id: int,
    actor,
    ip: str,
    action: domain.Action,
    apply=None,
    public_note: str = "",
    context: dict | None = None,
) -> QueueItem:
    _require(actor, WORK)
    try:
        with transaction.atomic():
            item = (
                QueueItem.objects.select_for_update(of=("self",))
                .select_related("report__category")
                .get(pk=item_id)
            )
            mv = _move(action, item, actor)
            report_fields, detail = apply(item) if apply else ([], {})
            _write_move(
                item,
                mv,
                actor,
                ip,
                report_fields=report_fields,
                public_note=public_note,
                context=context,
                detail=detail,
            )
            return item
    except QueueError as exc:
        _audit_refusal(actor, f"queue.{action}", item_id, ip, exc)
        raise


def _move(action, item: QueueItem, actor) -> domain.Move:
    try:
        return domain.move(
            action,
            item.report.status,
            is_holder=item.claimed_by_id == actor.pk,
            is_supervisor=actor.has_perm(SUPERVISE),
            held_by_other=item.claimed_by_id not in (None, actor.pk),
            reporter_wrote=reporter_wrote_after_decision(item),
        )
    except domain.IllegalMove as exc:
        held_by_other = item.claimed_by_id and item.claimed_by_id != actor.pk
        if held_by_other and action in (domain.Action.CLAIM, domain.Action.ESCALATE):
            raise AlreadyClaimed() from exc
        raise IllegalMove() from exc


def _write_move(
    item, mv, actor, ip, *, report_fields=(), public_note="", context=None, detail=None
):
    report = item.report
    now = timezone.now()
    if mv.changes_status:
        report.status = mv.after
        report_fields = [*report_fields, "status"]
    if report_fields:
        report.save(update_fields=[*report_fields, "updated_at"])
    if mv.changes_status or public_note:
        ReportEvent.objects.create(
            report=report, status=mv.after, public_note=public_note, actor=actor
        )
    if mv.action in domain.RELEASES_HOLDER:
        item.claimed_by, item.claimed_at = None, None
    if mv.after in domain.DECIDED | {domain.Status.CLOSED} and item.decided_at is None:
        item.decided_at = now
        item.outcome = domain.outcome_of(mv)
        item.decided_by = actor
    if mv.after == domain.Status.CLOSED:
        item.closed_at = now
    item.save()
    if mv.action == domain.Action.REOPEN:
        outcome_reopen(report=report)
    if mv.message_kind and is_final(mv.after):
        # The outcome guarantee (issue 16): the reporter's outcome message is written here, in
        # the move's transaction, and the move does not commit without it.
        outcome_record(report=report, kind=mv.message_kind, context=context or {})
    elif mv.message_kind:
        reporter_notify(report=report, kind=mv.message_kind, context=context or {})
    try:
        outcome_check(report=report)
    except OutcomeMissing as exc:
        raise IllegalMove(_("The reporter's outcome message could not be written.")) from exc
    audit_record(
        actor=actor,
        action=f"queue.{mv.action}",
        obj=report,
        ip=ip,
        detail={"from": mv.before, "to": mv.after, **(detail or {})},
    )


def reporter_wrote_after_decision(item: QueueItem) -> bool:
    """The reporter wrote after the decision or the close, and it is not read into a new one."""
    return item.decided_at is not None and item.reply_waiting


def _audit_refusal(actor, action, item_id, ip, exc, report=None):
    if report is None:
        report = Report.objects.filter(queue_item__pk=item_id).first()
    audit_record(
        actor=actor,
        action=action,
        obj=report,
        ip=ip,
        outcome=AuditEntry.Outcome.DENIED,
        detail={"reason": str(exc)},
    )


def _require(actor, perm):
    if not actor.has_perm(perm):
        audit_record(actor=actor, action="queue.permission", outcome=AuditEntry.Outcome.DENIED,
                     detail={"needs": perm})  # fmt: skip
        raise NotAllowed()


def _required_text(value: str, message) -> str:
    value = (value or "").strip()
    if not value:
        raise InvalidInput(message)
    return value
