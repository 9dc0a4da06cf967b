import datetime
import logging
import random
import smtplib
import socket

from celery import shared_task
from django.conf import settings
from django.core.mail import send_mail
from django.db import transaction
from django.template.loader import render_to_string
from django.utils import timezone, translation

from cms.models import PresentationRequest

logger = logging.getLogger(__name__)

# Failures that a later attempt can cure. A refused recipient or bad data is not among them.
TRANSIENT_MAIL_ERRORS = (
    smtplib.SMTPServerDisconnected,
    smtplib.SMTPConnectError,
    smtplib.SMTPHeloError,
    socket.timeout,
    ConnectionError,
    TimeoutError,
)
MAX_RETRIES = 6


@shared_task(
    bind=True,
    name="cms.presentation_request_notify",
    max_retries=MAX_RETRIES,
    soft_time_limit=30,
    time_limit=60,
)
def presentation_request_notify(self, request_id: int) -> str:
    """Email community-relations staff about a new presentation/tour request, exactly once."""
    with transaction.atomic():
        request = PresentationRequest.objects.select_for_update().filter(pk=request_id).first()
        if request is None or request.staff_notified_at is not None:
            return "skipped"
        # Staff read English; the request's own language is stated in the email.
        with translation.override("en"):
            body = render_to_string("cms/email/presentation_request.txt", {"req": request})
            subject = f"New {request.kind} request: {request.organisation}"
        try:
            send_mail(
                subject=" ".join(subject.split())[:150],
                message=body,
                from_email=settings.DEFAULT_FROM_EMAIL,
                recipient_list=[settings.PRESENTATION_REQUEST_EMAIL],
            )
        except TRANSIENT_MAIL_ERRORS as exc:
            if self.request.retries >= MAX_RETRIES:
                logger.error("Presentation request %s: staff email failed for good", request_id)
                PresentationRequest.objects.filter(pk=request_id).update(staff_notify_failed=True)
                return "failed"
            countdown = min(600, 2**self.request.retries * 10) + random.uniform(0, 5)  # noqa: S311
            raise self.retry(exc=exc, countdown=countdown) from exc
        request.staff_notified_at = timezone.now()
        request.save(update_fields=["staff_notified_at"])
    return "sent"


@shared_task(name="cms.presentation_requests_sweep", soft_time_limit=60, time_limit=90)
def presentation_requests_sweep() -> int:
    """Queue the staff email for requests whose email was never queued (broker down at submit).

    Only requests older than a minute, so one being queued right now is not queued twice; the
    task itself sends at most once, under the row lock.
    """
    cutoff = timezone.now() - datetime.timedelta(minutes=1)
    ids = list(
        PresentationRequest.objects.filter(
            staff_notified_at__isnull=True, staff_notify_failed=False, created_at__lt=cutoff
        ).values_list("pk", flat=True)[:100]
    )
    for request_id in ids:
        presentation_request_notify.delay(request_id)
    return len(ids)
