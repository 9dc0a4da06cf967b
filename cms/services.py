"""Writes for the public site."""

import datetime

from django.db import transaction

from cms.models import PresentationRequest


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
    from cms.tasks import presentation_request_notify

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
    transaction.on_commit(lambda: presentation_request_notify.delay(request.pk))
    return request
