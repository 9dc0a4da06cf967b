"""Writes for messaging. Callers are inside their own business transaction.

Public entry points other apps call:
- message_queue: a message, delivered through the outbox (portal.outbox) after commit.
- reporter_notify: the reporter's automatic message for an event (receipt, status change ...).
- message_send_manual: a dispatcher's hand-written text (allowed for sensitive categories).
- call_back_start: a voice callback, or a relay-service call for a TTY reporter.
- opt_out_record / opt_out_lift.
"""

import logging
import re

from django.conf import settings
from django.db import transaction
from django.utils import translation
from django.utils.translation import gettext as _

from portal.outbox.services import outbox_add

from . import content
from .errors import (
    CallModeRefused,
    ContactRefused,
    InvalidMessage,
    MessagingError,
    NoPhoneNumber,
    NotAllowed,
    RecipientOptedOut,
    StaffPhoneMissing,
)
from .models import Message, OptOut, StaffPhone
from .segments import sms_segments

logger = logging.getLogger(__name__)

# Twilio's limit for one message body.
MAX_SMS_LENGTH = 1600
SEND_PERMISSION = "messaging.add_message"
CALL_MODES = ("voice", "tty_relay")
# N11 service codes (411, 611, 711 relay, 911 ...): Twilio refuses to dial them (error 21202).
N11 = re.compile(r"^\+?1?[2-9]11$")


def message_queue(
    *,
    report,
    channel: str,
    to: str,
    body: str,
    kind: str = "",
    automatic: bool = True,
    language: str = "",
    sent_by=None,
    staff_phone: str = "",
    connect_to: str = "",
    first: bool | None = None,
) -> Message:
    """Record a message and add its delivery to the outbox, in the caller's transaction; it is
    sent once that commits.

    The first text of a report's thread to a number carries the opt-out line. `first=True`
    says so without asking the database (a report's receipt, queued as the report is made).
    """
    language = language or (report.language if report else "")
    segments = None
    if channel == Message.Channel.SMS:
        first = first or (
            report is not None
            and not Message.objects.filter(
                report=report,
                channel=Message.Channel.SMS,
                direction=Message.Direction.OUTBOUND,
                to=to,
            ).exists()
        )
        line = content.opt_out_line(language)
        if first and line not in body:
            body = f"{body}\n{line}"
        segments = sms_segments(body).segments
    message = Message.objects.create(
        report=report,
        channel=channel,
        to=to,
        body=body,
        kind=kind,
        automatic=automatic,
        language=language,
        sent_by=sent_by,
        segments=segments,
        staff_phone=staff_phone,
        connect_to=connect_to,
    )
    outbox_add(
        kind=f"messaging.{channel}", key=f"messaging.message:{message.pk}", target_id=message.pk
    )
    return message


def reporter_notify(
    *, report, kind: str, context: dict | None = None, new_report: bool = False
) -> list[Message]:
    """Queue the reporter's automatic message for an event, in their language and channels.

    `new_report`: the report was made in this transaction, so nothing was sent on it yet.

    Nothing is sent to a reporter who asked not to be contacted. Texts go to a phone when the
    reporter chose texts or TTY, unless the category is sensitive (then only a dispatcher's
    hand-written messages are sent); email goes to an email address when one was given.
    """
    messages = []
    if report.callback_channel == "none":
        # "Don't contact me" covers email too; the status page link was shown on screen.
        return messages
    # Automatic texts only for those who asked for texts (TTY users read texts too); someone who
    # asked for a phone call gets the call from a dispatcher, and email if they gave one.
    texts = report.callback_channel in {"sms", "tty"}
    if report.phone and texts and not report.category.sensitive:
        messages.append(
            message_queue(
                report=report,
                channel=Message.Channel.SMS,
                to=report.phone.as_e164,
                body=content.message_render(
                    kind=kind, channel="sms", report=report, context=context
                ),
                kind=kind,
                first=new_report or None,
            )
        )
    if report.email:
        messages.append(
            message_queue(
                report=report,
                channel=Message.Channel.EMAIL,
                to=report.email,
                body=content.message_render(
                    kind=kind, channel="email", report=report, context=context
                ),
                kind=kind,
            )
        )
    return messages


def _require_permission(user) -> None:
    if not (user and user.is_authenticated and user.has_perm(SEND_PERMISSION)):
        raise NotAllowed(_("You do not have permission to contact reporters."))


@transaction.atomic
def message_send_manual(*, report, body: str, user, channel: str = "sms") -> Message:
    """A dispatcher's own message to the reporter, by SMS (default) or email.

    Sent even for sensitive categories (a person chose to send it); refused when the reporter
    asked not to be contacted or opted out of texts.
    """
    _require_permission(user)
    body = (body or "").strip()
    if not body:
        raise InvalidMessage(_("Write a message first."))
    if len(body) > MAX_SMS_LENGTH:
        raise InvalidMessage(
            _("The message is too long: at most %(max)d characters.") % {"max": MAX_SMS_LENGTH}
        )
    if report.callback_channel == "none":
        raise ContactRefused(_("The reporter asked not to be contacted."))
    if channel == Message.Channel.EMAIL:
        if not report.email:
            raise ContactRefused(_("The reporter gave no email address."))
        to = report.email
    elif channel == Message.Channel.SMS:
        if not report.phone:
            raise NoPhoneNumber(_("The reporter gave no phone number."))
        to = report.phone.as_e164
        if OptOut.objects.filter(phone=to).exists():
            raise RecipientOptedOut(
                _("The reporter opted out of texts (replied STOP). They can reply START.")
            )
    else:
        raise InvalidMessage(_("Messages go by text or email."))
    return message_queue(
        report=report, channel=channel, to=to, body=body, automatic=False, sent_by=user
    )


def tty_relay_script(report) -> str:
    """What the dispatcher tells the relay operator, shown on screen during a relay call."""
    facts = content.agency_facts()
    return _(
        "Relay call for report %(reference)s. Ask the operator to call the reporter's TTY at "
        "%(phone)s. Say you are calling from %(agency)s about report %(reference)s, then wait "
        "for the operator to type and read back each turn."
    ) % {
        "reference": report.reference,
        "phone": content.phone_display(report.phone),
        "agency": facts["agency_name"],
    }


@transaction.atomic
def call_back_start(*, report, user, mode: str) -> Message:
    """Ring the dispatcher's phone, then connect them to the reporter (mode "voice") or to the
    relay service for a TTY reporter (mode "tty_relay"); the reporter sees the agency's number.

    A TTY reporter is never given a plain voice call: Twilio carries no TTY tones and refuses 711,
    so the alternatives are the SMS thread or the relay call.
    """
    _require_permission(user)
    if mode not in CALL_MODES:
        raise CallModeRefused(_("Choose a voice call or a relay-service call."))
    if not report.phone:
        raise NoPhoneNumber(_("The reporter gave no phone number."))
    if report.callback_channel == "none":
        raise ContactRefused(_("The reporter asked not to be contacted."))
    staff = StaffPhone.objects.filter(user=user).first()
    if staff is None:
        raise StaffPhoneMissing(_("Add your phone number for call-backs first."))
    caller_id = settings.TWILIO_VOICE_FROM_NUMBER or settings.TWILIO_FROM_NUMBER
    if not caller_id:
        raise MessagingError(_("No agency number is configured for calls."))
    if mode == "voice":
        if report.callback_channel == "tty":
            raise CallModeRefused(
                _(
                    "The reporter uses TTY: text them, or call through the relay service. "
                    "A plain voice call would reach a TTY they cannot hear."
                )
            )
        connect_to = report.phone.as_e164
        with translation.override(report.language):
            body = _("Voice call back to the reporter of %(reference)s.") % {
                "reference": report.reference
            }
    else:
        connect_to = settings.RELAY_SERVICE_NUMBER
        if not connect_to:
            raise CallModeRefused(_("No relay-service number is configured."))
        body = tty_relay_script(report)
    if N11.match(connect_to.replace(" ", "").replace("-", "")):
        raise CallModeRefused(
            _("Twilio cannot dial 711 or other N11 numbers; configure the relay's full number.")
        )
    return message_queue(
        report=report,
        channel=Message.Channel.VOICE,
        to=report.phone.as_e164,
        body=body,
        kind="callback" if mode == "voice" else "tty_relay",
        automatic=False,
        sent_by=user,
        staff_phone=staff.phone.as_e164,
        connect_to=connect_to,
    )


@transaction.atomic
def staff_phone_set(*, user, phone) -> StaffPhone:
    staff, _created = StaffPhone.objects.update_or_create(user=user, defaults={"phone": phone})
    return staff


def opt_out_record(*, phone: str, source: str, keyword: str = "") -> OptOut:
    optout, _created = OptOut.objects.get_or_create(
        phone=phone, defaults={"source": source, "keyword": keyword[:20]}
    )
    return optout


def opt_out_lift(*, phone: str) -> bool:
    deleted, _ = OptOut.objects.filter(phone=phone).delete()
    return bool(deleted)
