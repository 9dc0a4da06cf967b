"""Sending outbox rows, and what happens after: failures, fallbacks, the sweep, MMS media.

Called by the Celery tasks in tasks.py. The rules:
- a row is claimed with a conditional UPDATE (pending, no SID -> sending), so two workers never
  send the same row, and a row with a provider SID is never sent again;
- transient errors put the row back to pending with `next_attempt_at`, for the task's retry;
- permanent errors mark it failed with the provider's code, record a 21610 opt-out, and reach
  the reporter by email instead when they gave one.
"""

import logging
import smtplib
import uuid
from datetime import timedelta

from django.conf import settings
from django.core.files.base import ContentFile
from django.core.mail import send_mail
from django.db import transaction
from django.db.models import F, Q
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import gettext as _

from . import content
from .backends import get_backend
from .errors import PermanentSendError, SendError, TransientSendError
from .models import Message, OptOut
from .ratelimit import rate_acquire
from .services import message_enqueue, message_queue, opt_out_record

logger = logging.getLogger(__name__)

# Codes after which the reporter is reached by email instead: texts to this number won't arrive.
EMAIL_FALLBACK_CODES = {"21610", "21211", "21614", "30005", "30006", "opted_out"}
OPTED_OUT_CODE = "21610"


def webhook_absolute(name: str, *args) -> str:
    base = (settings.TWILIO_WEBHOOK_BASE_URL or settings.WAGTAILADMIN_BASE_URL).rstrip("/")
    return base + reverse(name, args=args)


def message_deliver(*, message_id: int) -> str:
    """Send one outbox row. Raises TransientSendError (after releasing the row) to be retried."""
    now = timezone.now()
    claimed = Message.objects.filter(
        pk=message_id,
        direction=Message.Direction.OUTBOUND,
        status=Message.Status.PENDING,
        provider_sid__isnull=True,
    ).update(
        status=Message.Status.SENDING,
        attempts=F("attempts") + 1,
        next_attempt_at=None,
        updated_at=now,
    )
    if not claimed:
        return "skipped"
    message = Message.objects.select_related("report").get(pk=message_id)
    try:
        result = _send(message)
    except PermanentSendError as exc:
        message_fail(message=message, error=exc)
        return "failed"
    except TransientSendError as exc:
        message_release(message=message, error=exc)
        raise
    Message.objects.filter(pk=message_id, status=Message.Status.SENDING).update(
        status=Message.Status.SENT,
        provider_sid=result.sid or None,
        provider_status=(result.status or "")[:20],
        sent_at=timezone.now(),
        updated_at=timezone.now(),
        error_code="",
        error_message="",
    )
    return "sent"


def _send(message: Message):
    backend = get_backend()
    if message.channel == Message.Channel.EMAIL:
        return _send_email(message)
    if message.channel == Message.Channel.VOICE:
        if not rate_acquire(kind="call"):
            raise TransientSendError("call rate limit", code="rate_limited")
        return backend.start_call(
            to=message.staff_phone,
            from_=settings.TWILIO_VOICE_FROM_NUMBER or settings.TWILIO_FROM_NUMBER,
            url=webhook_absolute("messaging_twilio:voice_connect", message.pk),
            status_callback=webhook_absolute("messaging_twilio:voice_status"),
        )
    # Our own list first: Twilio's is per sender, and a refused send still costs a request.
    if OptOut.objects.filter(phone=message.to).exists():
        raise PermanentSendError(_("The reporter opted out of texts."), code="opted_out")
    if not rate_acquire(kind="sms", cost=message.segments or 1):
        raise TransientSendError("sender rate limit", code="rate_limited")
    status_callback = (
        webhook_absolute("messaging_twilio:sms_status") if settings.TWILIO_WEBHOOK_BASE_URL else ""
    )
    return backend.send_sms(to=message.to, body=message.body, status_callback=status_callback)


def _send_email(message: Message):
    from .backends import SendResult

    reference = message.report.reference if message.report else ""
    with translation.override(message.language or settings.LANGUAGE_CODE):
        subject = _("Your report %(reference)s") % {"reference": reference}
    try:
        send_mail(subject, message.body, settings.DEFAULT_FROM_EMAIL, [message.to])
    except (smtplib.SMTPServerDisconnected, smtplib.SMTPConnectError, OSError) as exc:
        raise TransientSendError(str(exc), code="smtp") from exc
    except smtplib.SMTPException as exc:
        raise PermanentSendError(str(exc), code="smtp") from exc
    return SendResult(sid="")


def message_release(*, message: Message, error: SendError, retry_in: float | None = None) -> None:
    """Back to pending after a transient error; the sweep waits until `next_attempt_at`."""
    retry_in = settings.MESSAGING_RETRY_BACKOFF_MAX if retry_in is None else retry_in
    Message.objects.filter(pk=message.pk, status=Message.Status.SENDING).update(
        status=Message.Status.PENDING,
        error_code=error.code[:20],
        error_message=str(error)[:1000],
        next_attempt_at=timezone.now() + timedelta(seconds=retry_in),
        updated_at=timezone.now(),
    )


def message_retry_at(*, message_id: int, seconds: float) -> None:
    Message.objects.filter(pk=message_id, status=Message.Status.PENDING).update(
        next_attempt_at=timezone.now() + timedelta(seconds=seconds)
    )


@transaction.atomic
def message_fail(*, message: Message, error: SendError) -> None:
    """Mark failed for good, from any unfinished state, then apply the failure's consequences."""
    updated = Message.objects.filter(
        pk=message.pk,
        status__in=[Message.Status.PENDING, Message.Status.SENDING],
    ).update(
        status=Message.Status.FAILED,
        error_code=error.code[:20],
        error_message=str(error)[:1000],
        next_attempt_at=None,
        updated_at=timezone.now(),
    )
    if updated:
        message_failure_consequences(message=message, code=error.code)


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


def outbox_sweep() -> dict:
    """Re-queue what the broker never got: pending rows past their grace period or retry time,
    sends interrupted by a dead worker, and MMS media not yet saved."""
    now = timezone.now()
    grace = now - timedelta(seconds=settings.MESSAGING_SWEEP_GRACE_SECONDS)
    # A worker killed mid-send leaves "sending" behind; after Celery's hard limit nobody is
    # still working on it. Timeouts count as transient, so it is sent again.
    stale = now - timedelta(seconds=settings.CELERY_TASK_TIME_LIMIT + 60)
    revived = Message.objects.filter(
        status=Message.Status.SENDING, provider_sid__isnull=True, updated_at__lt=stale
    ).update(status=Message.Status.PENDING, updated_at=now)
    due = list(
        Message.objects.filter(
            direction=Message.Direction.OUTBOUND,
            status=Message.Status.PENDING,
            provider_sid__isnull=True,
            created_at__lte=grace,
        )
        .filter(Q(next_attempt_at__isnull=True) | Q(next_attempt_at__lte=now))
        .order_by("created_at")
        .values_list("pk", flat=True)[: settings.MESSAGING_SWEEP_BATCH]
    )
    for pk in due:
        message_enqueue(pk)
    media = list(
        Message.objects.filter(
            direction=Message.Direction.INBOUND,
            report__isnull=False,
            media_saved_at__isnull=True,
            created_at__lte=grace,
        )
        .exclude(media=[])
        .values_list("pk", flat=True)[: settings.MESSAGING_SWEEP_BATCH]
    )
    for pk in media:
        media_enqueue(pk)
    return {"revived": revived, "queued": len(due), "media": len(media)}


def media_enqueue(message_id: int) -> None:
    from .tasks import message_media_save

    try:
        message_media_save.apply_async(
            args=[message_id], retry_policy=settings.MESSAGING_PUBLISH_RETRY
        )
    except Exception:  # the sweep retries
        logger.exception("Could not queue media for message %s", message_id)


def message_media_save(*, message_id: int) -> int:
    """Copy an inbound MMS's pictures to its report's attachments. Idempotent."""
    from reporting.images import PhotoRejected, photo_clean
    from reporting.models import ReportAttachment

    message = Message.objects.select_related("report").get(pk=message_id)
    if message.media_saved_at or message.report is None:
        return 0
    backend = get_backend()
    files = []
    for index, item in enumerate(message.media):
        content_type, data = backend.fetch_media(item["url"])
        content_type = (content_type or item.get("content_type", "")).split(";")[0].strip()
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
            return 0
        for name, content_type, data in files:
            ReportAttachment.objects.create(
                report=message.report,
                file=ContentFile(data, name=name),
                content_type=content_type,
                size=len(data),
                source=ReportAttachment.Source.MMS,
            )
        Message.objects.filter(pk=message_id).update(media_saved_at=timezone.now())
    return len(files)


def message_media_abandon(*, message_id: int) -> None:
    """Stop the sweep from fetching media that can't be fetched; the text itself is kept."""
    Message.objects.filter(pk=message_id, media_saved_at__isnull=True).update(
        media_saved_at=timezone.now()
    )
