from celery import shared_task
from django.conf import settings
from django.core.mail import send_mail
from django.db.models import F
from django.utils import timezone
from django.utils.translation import gettext as _

from .backends import get_backend
from .models import Message


@shared_task(name="messaging.message_send", soft_time_limit=30, time_limit=60)
def message_send(message_id: int) -> str:
    """Send one outbox row. Safe to run twice: a row that left 'pending' is not sent again."""
    # Claim the row: 0 rows updated means another worker has it or it was already sent.
    claimed = Message.objects.filter(
        pk=message_id, status=Message.Status.PENDING, provider_sid__isnull=True
    ).update(status=Message.Status.SENDING, attempts=F("attempts") + 1)
    if not claimed:
        return "skipped"
    message = Message.objects.select_related("report").get(pk=message_id)
    if message.channel == Message.Channel.EMAIL:
        subject = _("Your report %(reference)s") % {
            "reference": message.report.reference if message.report else ""
        }
        send_mail(subject, message.body, settings.DEFAULT_FROM_EMAIL, [message.to])
        sid = None
    else:
        result = get_backend().send_sms(to=message.to, body=message.body)
        sid = result.sid or None
    Message.objects.filter(pk=message_id).update(
        status=Message.Status.SENT, provider_sid=sid, sent_at=timezone.now()
    )
    return "sent"
