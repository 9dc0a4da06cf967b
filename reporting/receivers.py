"""What messaging's events mean for a report. Messaging never imports this."""

from django.dispatch import receiver

from portal.outbox.services import outbox_add
from reporting.messaging.signals import message_received

from . import mms


@receiver(message_received, dispatch_uid="reporting.mms_photos")
def save_texted_photos(sender, message, **kwargs):
    if message.media and message.report_id:
        outbox_add(kind=mms.KIND, key=f"{mms.KIND}:{message.pk}", target_id=message.pk)
