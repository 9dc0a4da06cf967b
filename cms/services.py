"""Writes for the public site."""

import datetime
import logging

from django.db import transaction

from cms import notify
from cms.models import PresentationRequest
from portal.outbox.services import outbox_add

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
    """Store a presentation/tour request; staff are emailed through the outbox after commit."""

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
    outbox_add(kind=notify.KIND, key=f"{notify.KIND}:{request.pk}", target_id=request.pk)
    return request
