"""Delivering messages: the outbox kinds' handlers for SMS, calls and email (outbox_kinds.py).

The outbox (portal.outbox) claims the row, retries transient errors with its one policy,
reconciles an attempt whose outcome is unknown before any resend, and marks the row failed or
dead. What is left here is the transport:
- each handler re-reads the Message by id and returns the provider's SID; a message that
  already has one is never sent again;
- transient errors (rate limited, Twilio 429/5xx, timeouts) and permanent ones (opted out,
  invalid number, any other 4xx) come from the backends as TransientSendError and
  PermanentSendError;
- when a message is given up, its row says why, a 21610 opt-out is remembered, and the reporter
  is reached by email instead when they gave an address.
"""

import logging
import smtplib

from django.conf import settings
from django.core.mail import send_mail
from django.db import transaction
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import gettext as _

from portal.outbox.models import OutboxItem

from . import content
from .backends import SendResult, get_backend
from .errors import PermanentSendError, TransientSendError
from .models import Message, OptOut
from .ratelimit import rate_acquire
from .services import message_queue, opt_out_record

logger = logging.getLogger(__name__)

# Codes after which the reporter is reached by email instead: texts to this number won't arrive.
EMAIL_FALLBACK_CODES = {"21610", "21211", "21614", "30005", "30006", "opted_out"}
OPTED_OUT_CODE = "21610"


def webhook_absolute(name: str, *args) -> str:
    base = (settings.TWILIO_WEBHOOK_BASE_URL or settings.WAGTAILADMIN_BASE_URL).rstrip("/")
    return base + reverse(name, args=args)


def _message_for(item: OutboxItem) -> Message:
    return Message.objects.select_related("report").get(pk=item.target_id)


def _attempt_start(message: Message, item: OutboxItem) -> None:
    Message.objects.filter(pk=message.pk, provider_sid__isnull=True).update(
        status=Message.Status.SENDING, attempts=item.attempts, updated_at=timezone.now()
    )


def _attempt_error(message: Message, error: Exception) -> None:
    """A transient error: the message waits for the outbox's next attempt."""
    Message.objects.filter(pk=message.pk, provider_sid__isnull=True).update(
        status=Message.Status.PENDING,
        error_code=str(getattr(error, "code", ""))[:20],
        error_message=str(error)[:1000],
        updated_at=timezone.now(),
    )


def _sent(message: Message, result: SendResult) -> str:
    Message.objects.filter(pk=message.pk, provider_sid__isnull=True).update(
        status=Message.Status.SENT,
        provider_sid=result.sid or None,
        provider_status=(result.status or "")[:20],
        sent_at=timezone.now(),
        updated_at=timezone.now(),
        error_code="",
        error_message="",
    )
    return result.sid


def _deliver(item: OutboxItem, send) -> str:
    message = _message_for(item)
    # Done already (a SID, or an email that went): a duplicate row changes nothing. A message
    # we gave up on (failed, no SID) is sent when a supervisor retries its outbox row.
    if message.provider_sid or message.status not in (
        Message.Status.PENDING,
        Message.Status.SENDING,
        Message.Status.FAILED,
    ):
        return message.provider_sid or ""
    _attempt_start(message, item)
    try:
        result = send(message)
    except TransientSendError as exc:
        _attempt_error(message, exc)
        raise
    return _sent(message, result)


def sms_deliver(item: OutboxItem) -> str:
    def send(message: Message) -> SendResult:
        # Our own list first: Twilio's is per sender, and a refused send still costs a request.
        if OptOut.objects.filter(phone=message.to).exists():
            raise PermanentSendError(_("The reporter opted out of texts."), code="opted_out")
        # Sleeps for room in the sender's rate: this runs on its own queue (MESSAGING_SMS_QUEUE)
        # so the wait never holds up supervisor alerts or EIDO pushes.
        if not rate_acquire(kind="sms", cost=message.segments or 1):
            raise TransientSendError("sender rate limit", code="rate_limited")
        status_callback = (
            webhook_absolute("messaging_twilio:sms_status")
            if settings.TWILIO_WEBHOOK_BASE_URL
            else ""
        )
        return get_backend().send_sms(
            to=message.to, body=message.body, status_callback=status_callback
        )

    return _deliver(item, send)


def sms_reconcile(item: OutboxItem) -> str:
    """Before resending a text whose last attempt has an unknown outcome: did Twilio take it?

    Asks Twilio's Messages list for a message to the same number with the same body since the
    first unknown attempt began; records and returns its SID, or "" when there is none.
    """
    message = _message_for(item)
    if message.provider_sid:
        return message.provider_sid
    try:
        sid = get_backend().find_sms(
            to=message.to, body=message.body, since=item.outcome_unknown_since or item.created_at
        )
    except PermanentSendError as exc:
        # Not knowing is never a reason to resend, nor to give up on the first try.
        raise TransientSendError(
            f"could not check Twilio's record: {exc}", code="reconcile"
        ) from exc
    if not sid:
        return ""
    logger.info("Message %s had been sent as %s; not sending it again", message.pk, sid)
    return _sent(message, SendResult(sid=sid, status="sent"))


def call_deliver(item: OutboxItem) -> str:
    def send(message: Message) -> SendResult:
        if not rate_acquire(kind="call"):
            raise TransientSendError("call rate limit", code="rate_limited")
        return get_backend().start_call(
            to=message.staff_phone,
            from_=settings.TWILIO_VOICE_FROM_NUMBER or settings.TWILIO_FROM_NUMBER,
            url=webhook_absolute("messaging_twilio:voice_connect", message.pk),
            status_callback=webhook_absolute("messaging_twilio:voice_status"),
        )

    return _deliver(item, send)


def email_deliver(item: OutboxItem) -> str:
    def send(message: Message) -> SendResult:
        if message.report is None:
            # Not about a report (e.g. a community alert): the body's first line is the subject.
            subject = message.body.split("\n", 1)[0][:150]
        else:
            with translation.override(message.language or settings.LANGUAGE_CODE):
                subject = _("Your report %(reference)s") % {"reference": message.report.reference}
        try:
            send_mail(subject, message.body, settings.DEFAULT_FROM_EMAIL, [message.to])
        except (smtplib.SMTPServerDisconnected, smtplib.SMTPConnectError, OSError) as exc:
            raise TransientSendError(str(exc), code="smtp") from exc
        except smtplib.SMTPException as exc:
            raise PermanentSendError(str(exc), code="smtp") from exc
        return SendResult(sid="")

    return _deliver(item, send)


@transaction.atomic
def message_give_up(item: OutboxItem) -> None:
    """The outbox gave the row up (failed or dead): so does the message, with the reason."""
    updated = Message.objects.filter(
        pk=item.target_id,
        provider_sid__isnull=True,
        status__in=[Message.Status.PENDING, Message.Status.SENDING],
    ).update(
        status=Message.Status.FAILED,
        error_code=item.error_code[:20],
        error_message=item.last_error[:1000],
        updated_at=timezone.now(),
    )
    if updated:
        message = _message_for(item)
        message_failure_consequences(message=message, code=item.error_code)


def message_failure_consequences(*, message: Message, code: str) -> None:
    """A text that can never arrive: remember an opt-out, and try the reporter's email."""
    if message.channel != Message.Channel.SMS:
        return
    if code == OPTED_OUT_CODE:
        opt_out_record(phone=message.to, source=OptOut.Source.PROVIDER)
    report = message.report
    if code not in EMAIL_FALLBACK_CODES or report is None or not report.email:
        return
    if (
        message.kind
        and report.messages.filter(channel=Message.Channel.EMAIL, kind=message.kind).exists()
    ):
        return  # the same news already went (or is going) by email
    body = (
        content.message_render(kind=message.kind, channel="email", report=report)
        if message.kind
        else message.body
    )
    message_queue(
        report=report,
        channel=Message.Channel.EMAIL,
        to=report.email,
        body=body,
        kind=message.kind,
        automatic=message.automatic,
        language=message.language,
        sent_by=message.sent_by,
    )
