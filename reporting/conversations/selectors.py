"""Reads for reports by text."""

import datetime

from django.utils import timezone

from .models import Conversation

# A report by text within this long of a call that texted the caller counts as "phone call,
# then text" (the line's deflection statistics, issue 17).
AFTER_A_CALL = datetime.timedelta(hours=24)


def conversation_in_progress(phone: str) -> Conversation | None:
    """The sender's conversation in progress: one query on the partial unique index."""
    return (
        Conversation.objects.select_related("draft")
        .filter(phone=phone, status=Conversation.Status.ACTIVE)
        .first()
    )


def conversation_of_report(report) -> Conversation | None:
    return Conversation.objects.filter(report=report).first()


def came_from_a_call(phone: str) -> bool:
    """Did a call to the non-emergency line text this number lately (its option 1)?"""
    from reporting.voice.models import Call

    since = timezone.now() - AFTER_A_CALL
    return Call.objects.filter(caller=phone, text__isnull=False, started_at__gte=since).exists()
