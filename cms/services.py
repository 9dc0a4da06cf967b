"""Writes for the public site."""

import datetime
import logging

from django.db import transaction

from cms.models import PresentationRequest

logger = logging.getLogger(__name__)


@transaction.atomic
def presentation_request_submit(
    *,
    kind: str,
    organisation: str,
    age_group: str,
    head_count: int,
    preferred_date: datetime.date,
    contact_name: str,
    contact_email: str,
    alternative_date: datetime.date | None = None,
    contact_phone: str = "",
    notes: str = "",
    language: str = "en",
) -> PresentationRequest:
    """Store a presentation/tour request and tell community-relations staff after commit."""

    request = PresentationRequest.objects.create(
        kind=kind,
        organisation=organisation,
        age_group=age_group,
        head_count=head_count,
        preferred_date=preferred_date,
        alternative_date=alternative_date,
        contact_name=contact_name,
        contact_email=contact_email,
        contact_phone=contact_phone,
        notes=notes,
        language=language,
    )
    transaction.on_commit(lambda: _notify_later(request.pk))
    return request


def _notify_later(request_id: int) -> None:
    """Queue the staff email; a broker outage must not turn a stored request into an error page.

    The request is already committed and listed in the admin; a request whose email never went
    out is picked up by the beat sweep (presentation_requests_sweep).
    """
    from cms.tasks import presentation_request_notify

    try:
        presentation_request_notify.delay(request_id)
    except Exception:
        logger.exception("Could not queue the email for presentation request %s", request_id)
