"""Telling community-relations staff about a presentation/tour request: an outbox kind
(cms/outbox_kinds.py), added in the request's own transaction by services.py."""

import smtplib
import socket

from django.conf import settings
from django.core.mail import send_mail
from django.template.loader import render_to_string
from django.utils import translation

from cms.models import PresentationRequest
from portal.outbox.models import OutboxItem

KIND = "cms.presentation_request_notify"

# Failures that a later attempt can cure. A refused recipient or bad data is not among them.
TRANSIENT_MAIL_ERRORS = (
    smtplib.SMTPServerDisconnected,
    smtplib.SMTPConnectError,
    smtplib.SMTPHeloError,
    socket.timeout,
    ConnectionError,
    TimeoutError,
)


def presentation_request_notify(item: OutboxItem) -> str:
    """Email community-relations staff about a new presentation/tour request."""
    request = PresentationRequest.objects.get(pk=item.target_id)
    # Staff read English; the request's own language is stated in the email.
    with translation.override("en"):
        body = render_to_string("cms/email/presentation_request.txt", {"req": request})
        subject = f"New {request.kind} request: {request.organisation}"
    send_mail(
        subject=" ".join(subject.split())[:150],
        message=body,
        from_email=settings.DEFAULT_FROM_EMAIL,
        recipient_list=[settings.PRESENTATION_REQUEST_EMAIL],
    )
    return ""
