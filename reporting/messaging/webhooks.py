"""Twilio's webhooks: thin views behind the signature check, each calling one service."""

import functools
import logging

from django.http import HttpResponse, QueryDict
from django.utils import translation
from django.utils.translation import gettext as _

from portal.guard.middleware import without_control_characters

from . import inbound
from .delivery import webhook_absolute
from .models import Message
from .twilio_backend import twilio_signature_required, twiml_dial, twiml_message, twiml_say

logger = logging.getLogger(__name__)

# The longest value each field can have from Twilio, from its docs and our columns. A longer one
# is not from Twilio's normal traffic: it is answered 400 (Twilio logs it, no retry) and logged,
# never stored half-way or turned into a database error.
SID = 64
ADDRESS = 32  # E.164, or a channel address such as "whatsapp:+1..."
WORD = 20


def _xml(body: str) -> HttpResponse:
    return HttpResponse(body, content_type="text/xml; charset=utf-8")


def fields_bounded(**limits: int):
    """Refuse (400) a webhook whose named POST fields are longer than their limit."""

    def decorate(view):
        @functools.wraps(view)
        def wrapped(request, *args, **kwargs):
            for field, limit in limits.items():
                if len(request.POST.get(field, "")) > limit:
                    logger.warning(
                        "Refused a Twilio webhook for %s: %s is %s characters (limit %s)",
                        request.path,
                        field,
                        len(request.POST[field]),
                        limit,
                    )
                    return HttpResponse("Field too long", status=400, content_type="text/plain")
            return view(request, *args, **kwargs)

        return wrapped

    return decorate


@twilio_signature_required
@fields_bounded(
    MessageSid=SID, SmsSid=SID, From=ADDRESS, To=ADDRESS, OptOutType=WORD, NumMedia=WORD, Body=1600
)
def sms_inbound(request):
    # The guard lets control characters through here (see KEEP_BODY_PATHS); none is stored.
    data = QueryDict(mutable=True)
    for key, values in request.POST.lists():
        data.setlist(key, [without_control_characters(value) for value in values])
    try:
        count = min(int(data.get("NumMedia") or 0), 10)
    except ValueError:
        count = 0
    media = [
        {"url": data[f"MediaUrl{n}"], "content_type": data.get(f"MediaContentType{n}", "")}
        for n in range(count)
        if data.get(f"MediaUrl{n}")
    ]
    reply = inbound.sms_inbound_receive(
        sid=data.get("MessageSid") or data.get("SmsSid", ""),
        from_=data.get("From", ""),
        to=data.get("To", ""),
        body=data.get("Body", ""),
        media=media,
        opt_out_type=data.get("OptOutType", ""),
    )
    return _xml(twiml_message(reply))


@twilio_signature_required
@fields_bounded(MessageSid=SID, MessageStatus=WORD, ErrorCode=WORD)
def sms_status(request):
    inbound.sms_status_record(
        sid=request.POST.get("MessageSid", ""),
        status=request.POST.get("MessageStatus", ""),
        error_code=request.POST.get("ErrorCode", ""),
    )
    # 200 for unknown SIDs and duplicates too: an error would only make Twilio retry.
    return _xml(twiml_message())


@twilio_signature_required
def voice_connect(request, message_id: int):
    """The dispatcher answered: tell them who they're being connected to, then dial."""
    from django.conf import settings

    message = (
        Message.objects.select_related("report")
        .filter(pk=message_id, channel=Message.Channel.VOICE)
        .first()
    )
    language = settings.LANGUAGE_CODE
    if message is None or not message.connect_to:
        with translation.override(language):
            gone = _("This call-back is no longer available. Goodbye.")
        return _xml(twiml_say(gone, language=language))
    reference = message.report.reference if message.report else ""
    with translation.override(language):
        if message.kind == "tty_relay":
            say = _(
                "Connecting you to the relay service for report %(reference)s. "
                "The reporter's TTY number is on your screen."
            ) % {"reference": " ".join(reference)}
        else:
            say = _("Connecting you to the reporter for report %(reference)s.") % {
                "reference": " ".join(reference)
            }
    return _xml(
        twiml_dial(
            say=say,
            number=message.connect_to,
            caller_id=settings.TWILIO_VOICE_FROM_NUMBER or settings.TWILIO_FROM_NUMBER,
            action=webhook_absolute("messaging_twilio:voice_dial_status", message.pk),
            language=language,
        )
    )


@twilio_signature_required
@fields_bounded(DialCallStatus=WORD)
def voice_dial_status(request, message_id: int):
    inbound.call_dial_record(
        message_id=message_id, dial_status=request.POST.get("DialCallStatus", "")
    )
    return _xml(twiml_say(""))


@twilio_signature_required
@fields_bounded(CallSid=SID, CallStatus=WORD)
def voice_status(request):
    inbound.call_status_record(
        sid=request.POST.get("CallSid", ""), status=request.POST.get("CallStatus", "")
    )
    return _xml(twiml_message())
