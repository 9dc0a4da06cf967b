"""What Twilio's webhooks change: inbound texts, keywords, and delivery and call statuses.

Every handler is idempotent: Twilio retries webhooks, and its status callbacks can arrive twice
or out of order. A status only ever moves forward (pending < sending < sent < final).
"""

import logging
from dataclasses import dataclass

from django.db import IntegrityError, transaction
from django.utils import timezone
from django.utils.module_loading import import_string
from django.utils.translation import gettext as _

from . import content
from .bridge import emergency_reply, thread_for_sender
from .delivery import message_failure_consequences
from .models import Message, OptOut
from .services import opt_out_lift, opt_out_record
from .signals import message_received

logger = logging.getLogger(__name__)

OPT_OUT_KEYWORDS = {"STOP", "UNSUBSCRIBE", "END", "QUIT", "STOPALL", "REVOKE", "OPTOUT", "CANCEL"}
OPT_IN_KEYWORDS = {"START", "YES", "UNSTOP"}
HELP_KEYWORDS = {"HELP", "INFO"}

S = Message.Status
RANK = {
    S.PENDING: 0,
    S.SENDING: 1,
    S.SENT: 2,
    S.DELIVERED: 3,
    S.UNDELIVERED: 3,
    S.FAILED: 3,
    S.RECEIVED: 3,
}
# Twilio's message statuses onto ours; None only records Twilio's word (no callback is sent for
# the initial status, and "queued" after our "sent" adds nothing).
SMS_STATUS = {
    "queued": None,
    "accepted": None,
    "scheduled": None,
    "sending": None,
    "sent": S.SENT,
    "delivered": S.DELIVERED,
    "read": S.DELIVERED,
    "partially_delivered": S.DELIVERED,
    "undelivered": S.UNDELIVERED,
    "failed": S.FAILED,
    "canceled": S.FAILED,
}
# The dispatcher's leg of a callback.
CALL_STATUS = {
    "queued": None,
    "initiated": None,
    "ringing": None,
    "in-progress": S.SENT,
    "completed": S.DELIVERED,
    "busy": S.FAILED,
    "no-answer": S.FAILED,
    "failed": S.FAILED,
    "canceled": S.FAILED,
}
CALL_ERRORS = {"busy": "busy", "no-answer": "no_answer"}


def keyword_of(body: str, opt_out_type: str = "") -> str:
    """The keyword when the whole body is one (Twilio's rule), else ""."""
    if opt_out_type:
        return opt_out_type.strip().upper()
    word = (body or "").strip().strip(".!").upper()
    if word in OPT_OUT_KEYWORDS:
        return "STOP"
    if word in OPT_IN_KEYWORDS:
        return "START"
    if word in HELP_KEYWORDS:
        return "HELP"
    return ""


@dataclass
class InboundText:
    """What each handler in `MESSAGING_INBOUND_HANDLERS` is offered (see sms_inbound_receive)."""

    message: Message  # the stored inbound row; `.report` is the open report it joins by default
    sender: str
    to: str
    body: str
    media: list[dict]
    keyword: str  # "STOP", "START", "HELP" or ""
    language: str
    report: object | None  # the open report the text joins unless a handler claims it
    emergency_reply: str  # "" or the 9-1-1 reply already decided
    # A claiming handler's reply is sent after the 9-1-1 reply only when it says so.
    allow_after_emergency: bool = False


def inbound_handlers() -> tuple:
    from django.conf import settings

    # Not cached: tests override the setting; import_string is a dict lookup once imported.
    return tuple(import_string(path) for path in settings.MESSAGING_INBOUND_HANDLERS)


def _offer(inbound: InboundText) -> str | None:
    """The first handler's claim (its reply, "" for none), or None when no handler claims it."""
    for handler in inbound_handlers():
        claim = handler(inbound)
        if claim is not None:
            return claim
    return None


def sms_inbound_receive(
    *, sid: str, from_: str, to: str, body: str, media: list[dict], opt_out_type: str = ""
) -> str:
    """Record an inbound text and return the reply to send in TwiML ("" for none).

    STOP-family keywords opt the number out and START-family lift it, whatever else happens.
    Every other text is checked for emergency language first; a text that reads like one gets
    "call or text 9-1-1 now" as the reply, and the report goes to the top of the queue.
    Then the apps above messaging may claim the text, in the order `MESSAGING_INBOUND_HANDLERS`
    names them (a text-report conversation, a survey answer, an alert sign-up...). Unclaimed:
    HELP/INFO get the help text, anything else joins the sender's most recent open report, and
    a sender with no open report is told where to call, never met with silence.
    """
    from django.conf import settings

    with transaction.atomic():
        if Message.objects.filter(provider_sid=sid).exists():
            return ""  # Twilio retried a webhook we already handled
        report = thread_for_sender(from_)
        language = report.language if report else settings.LANGUAGE_CODE
        keyword = keyword_of(body, opt_out_type)
        try:
            with transaction.atomic():
                message = Message.objects.create(
                    report=report,
                    direction=Message.Direction.INBOUND,
                    channel=Message.Channel.SMS,
                    kind=keyword.lower(),
                    automatic=False,
                    to=to,
                    from_address=from_,
                    body=body,
                    language=language,
                    status=S.RECEIVED,
                    provider_sid=sid,
                    media=media if report else [],
                    sent_at=timezone.now(),
                )
        except IntegrityError:
            return ""  # the same retry, racing us
        inbound = InboundText(
            message=message,
            sender=from_,
            to=to,
            body=body,
            media=media,
            keyword=keyword,
            language=language,
            report=report,
            emergency_reply="",
        )
        if keyword == "STOP":
            opt_out_record(phone=from_, source=OptOut.Source.KEYWORD, keyword=body.strip())
            # A conversation or survey closes; STOP's answer is the law's, not theirs.
            _offer(inbound)
            reply = (
                ""
                if settings.TWILIO_HANDLES_OPT_OUT_REPLIES
                else content.opt_out_confirmation(language, opted_out=True)
            )
        else:
            if keyword == "START":
                opt_out_lift(phone=from_)
            elif not keyword:
                # Every text is checked first (an MMS caption too); an emergency is answered now.
                inbound.emergency_reply = emergency_reply(
                    report=report, body=body, language=language
                )
            claim = _offer(inbound)
            report = message.report  # a handler may have moved the text to another report, or none
            if inbound.emergency_reply:
                keyword = "emergency"
                reply = inbound.emergency_reply
                if claim and inbound.allow_after_emergency:
                    reply = f"{reply}\n\n{claim}"
            elif claim is not None:
                reply = claim
                keyword = keyword or "handled"
            elif keyword == "START":
                reply = (
                    ""
                    if settings.TWILIO_HANDLES_OPT_OUT_REPLIES
                    else content.opt_out_confirmation(language, opted_out=False)
                )
            elif keyword == "HELP":
                reply = content.help_text(language)
            else:
                reply = content.unknown_sender_text() if report is None else ""
            if claim is None and keyword not in ("START", "HELP") and report is not None:
                message_received.send(sender=Message, message=message)
        if reply:
            _record_reply(report=report, to=from_, from_address=to, body=reply, kind=keyword)
    return reply


def _record_reply(*, report, to: str, from_address: str, body: str, kind: str) -> None:
    """Replies go back in the webhook's TwiML, so the outbox only records them."""
    Message.objects.create(
        report=report,
        direction=Message.Direction.OUTBOUND,
        channel=Message.Channel.SMS,
        kind=f"reply_{kind.lower() or 'unknown'}",
        automatic=True,
        to=to,
        from_address=from_address,
        body=body,
        language=report.language if report else "",
        status=S.SENT,
        sent_at=timezone.now(),
    )


def _advance(*, sid: str, new: str | None, raw: str, error_code: str = "", error_message=""):
    """Move a message forward to `new`; 0 when unknown, a duplicate or out of order."""
    if new is None:
        Message.objects.filter(provider_sid=sid, status__in=[S.SENDING, S.SENT]).update(
            provider_status=raw[:20]
        )
        return 0
    earlier = [status for status, rank in RANK.items() if rank < RANK[new]]
    changes = {"status": new, "provider_status": raw[:20], "updated_at": timezone.now()}
    if error_code:
        changes.update(error_code=error_code[:20], error_message=error_message)
    return Message.objects.filter(provider_sid=sid, status__in=earlier).update(**changes)


@transaction.atomic
def sms_status_record(*, sid: str, status: str, error_code: str = "") -> bool:
    """Apply a status callback. Unknown SIDs, duplicates and late arrivals change nothing."""
    status = (status or "").lower()
    new = SMS_STATUS.get(status)
    failed = new in (S.UNDELIVERED, S.FAILED)
    updated = _advance(
        sid=sid,
        new=new,
        raw=status,
        error_code=error_code if failed else "",
        error_message=_("Twilio reported error %(code)s.") % {"code": error_code}
        if failed and error_code
        else "",
    )
    if updated and failed and error_code:
        message = Message.objects.select_related("report").get(provider_sid=sid)
        message_failure_consequences(message=message, code=error_code)
    return bool(updated)


@transaction.atomic
def call_status_record(*, sid: str, status: str) -> bool:
    status = (status or "").lower()
    new = CALL_STATUS.get(status)
    code = CALL_ERRORS.get(status, status if new == S.FAILED else "")
    return bool(
        _advance(
            sid=sid,
            new=new,
            raw=status,
            error_code=code,
            error_message=_("The call to the dispatcher's phone ended: %(status)s.")
            % {"status": status}
            if code
            else "",
        )
    )


@transaction.atomic
def call_dial_record(*, message_id: int, dial_status: str) -> bool:
    """The reporter's (or relay's) leg: did the bridged call connect?"""
    dial_status = (dial_status or "").lower()
    message = Message.objects.filter(pk=message_id, channel=Message.Channel.VOICE).first()
    if message is None or not message.provider_sid:
        return False
    if dial_status in ("completed", "answered"):
        return bool(_advance(sid=message.provider_sid, new=S.DELIVERED, raw=dial_status))
    return bool(
        _advance(
            sid=message.provider_sid,
            new=S.UNDELIVERED,
            raw=dial_status,
            error_code=CALL_ERRORS.get(dial_status, dial_status or "failed"),
            error_message=_("The reporter's line did not connect: %(status)s.")
            % {"status": dial_status},
        )
    )
