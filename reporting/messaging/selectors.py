"""Reads for messaging: threads, the outbox, opt-out state and the callback choices."""

from django.db.models import Q, QuerySet
from django.utils.translation import gettext_lazy as _

from .models import Message, OptOut


def thread_for_report(report) -> QuerySet[Message]:
    """Everything to and from the reporter about this report, oldest first: texts both ways,
    emails and calls, each with its status and error_reason."""
    return (
        Message.objects.filter(report=report).select_related("sent_by").order_by("created_at", "pk")
    )


def phone_is_opted_out(phone) -> bool:
    if not phone:
        return False
    return OptOut.objects.filter(phone=getattr(phone, "as_e164", phone)).exists()


def call_back_options(report) -> list[dict]:
    """The ways a dispatcher may contact this reporter now, for the console to offer.

    A TTY reporter gets the SMS thread and the relay call, never a plain voice call.
    Each item: {"mode", "label", "available", "reason"}.
    """
    from django.conf import settings

    if report.callback_channel == "none":
        return []
    has_phone = bool(report.phone)
    opted_out = phone_is_opted_out(report.phone)
    sms = {
        "mode": "sms",
        "label": _("Text message (SMS thread)"),
        "available": has_phone and not opted_out,
        "reason": _("The reporter opted out of texts.") if opted_out else "",
    }
    if report.callback_channel == "tty":
        relay = bool(settings.RELAY_SERVICE_NUMBER)
        return [
            sms,
            {
                "mode": "tty_relay",
                "label": _("Call through the relay service"),
                "available": has_phone and relay,
                "reason": "" if relay else _("No relay-service number is configured."),
            },
        ]
    options = [
        {"mode": "voice", "label": _("Voice call back"), "available": has_phone, "reason": ""},
        sms,
    ]
    if report.email:
        options.append({"mode": "email", "label": _("Email"), "available": True, "reason": ""})
    return options


def outbox_list(
    *, status: str = "", channel: str = "", direction: str = "", query: str = ""
) -> QuerySet[Message]:
    messages = Message.objects.select_related("report", "sent_by").order_by("-created_at", "-pk")
    if status:
        messages = messages.filter(status=status)
    if channel:
        messages = messages.filter(channel=channel)
    if direction:
        messages = messages.filter(direction=direction)
    if query:
        messages = messages.filter(
            Q(report__reference__iexact=query)
            | Q(to__icontains=query)
            | Q(from_address__icontains=query)
            | Q(provider_sid=query)
        )
    return messages
