"""Photos a resident texts (MMS) become attachments of their report, like uploaded photos.

An outbox kind (reporting/outbox_kinds.py): the row is added in the inbound webhook's
transaction (receivers.py), fetched from Twilio by a worker, retried by the outbox's policy.
"""

import logging
import uuid

from django.conf import settings
from django.core.files.base import ContentFile
from django.db import transaction
from django.utils import timezone

from portal.outbox.models import OutboxItem
from reporting.messaging.backends import get_backend
from reporting.messaging.models import Message

from .images import PhotoRejected, photo_clean
from .models import ReportAttachment

logger = logging.getLogger(__name__)

KIND = "reporting.mms_photos"


def mms_photos_save(item: OutboxItem) -> str:
    """Copy an inbound MMS's pictures to its report's attachments. Idempotent."""
    message_id = item.target_id
    message = Message.objects.select_related("report").get(pk=message_id)
    if message.media_saved_at or message.report is None:
        return ""
    backend = get_backend()
    files = []
    for index, media in enumerate(message.media):
        content_type, data = backend.fetch_media(media["url"])
        content_type = (content_type or media.get("content_type", "")).split(";")[0].strip()
        if content_type not in settings.MESSAGING_MEDIA_TYPES:
            logger.info("Skipped MMS media of type %s on message %s", content_type, message_id)
            continue
        if len(data) > settings.MESSAGING_MEDIA_MAX_BYTES:
            logger.info("Skipped MMS media of %d bytes on message %s", len(data), message_id)
            continue
        # The same treatment as a photo uploaded on the web: decoded by content, re-encoded
        # without EXIF or GPS, and stored under a random name nobody can guess.
        try:
            photo = photo_clean(ContentFile(data, name=f"mms-{index}"))
        except PhotoRejected:
            logger.info("Skipped unreadable MMS media %d on message %s", index, message_id)
            continue
        files.append((f"{uuid.uuid4().hex}.{photo.extension}", photo.content_type, photo.content))
    with transaction.atomic():
        locked = Message.objects.select_for_update().get(pk=message_id)
        if locked.media_saved_at:
            return ""
        for name, content_type, data in files:
            ReportAttachment.objects.create(
                report=message.report,
                file=ContentFile(data, name=name),
                content_type=content_type,
                size=len(data),
                source=ReportAttachment.Source.MMS,
            )
        Message.objects.filter(pk=message_id).update(media_saved_at=timezone.now())
    return str(len(files))


def mms_photos_abandon(item: OutboxItem) -> None:
    """Media that can't be fetched is given up; the text itself stays on the thread."""
    Message.objects.filter(pk=item.target_id, media_saved_at__isnull=True).update(
        media_saved_at=timezone.now()
    )
