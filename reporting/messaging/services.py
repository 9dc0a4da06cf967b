"""Writing to the outbox. Callers are inside their own business transaction."""

from django.db import transaction
from django.template.loader import render_to_string
from django.utils import translation

from .models import Message


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
) -> Message:
    """Create an outbox row and send it once the surrounding transaction commits."""
    from .tasks import message_send

    message = Message.objects.create(
        report=report,
        channel=channel,
        to=to,
        body=body,
        kind=kind,
        automatic=automatic,
        language=language or (report.language if report else ""),
        sent_by=sent_by,
    )
    transaction.on_commit(lambda: message_send.delay(message.pk))
    return message


def reporter_notify(*, report, kind: str, context: dict | None = None) -> list[Message]:
    """Queue the reporter's automatic message for an event, in their language and channels.

    Texts go to a phone unless the reporter asked not to be contacted or the category is
    sensitive (then only a dispatcher's hand-written messages are sent); email goes to an email
    address when one was given.
    """
    messages = []
    with translation.override(report.language):
        ctx = {"report": report, **(context or {})}
        if report.phone and report.callback_channel != "none" and not report.category.sensitive:
            body = render_to_string(f"reporting/messages/{kind}.sms.txt", ctx).strip()
            messages.append(
                message_queue(
                    report=report,
                    channel=Message.Channel.SMS,
                    to=report.phone.as_e164,
                    body=body,
                    kind=kind,
                )
            )
        if report.email:
            body = render_to_string(f"reporting/messages/{kind}.email.txt", ctx).strip()
            messages.append(
                message_queue(
                    report=report,
                    channel=Message.Channel.EMAIL,
                    to=report.email,
                    body=body,
                    kind=kind,
                )
            )
    return messages
