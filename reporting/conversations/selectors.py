"""Reads for reports by text."""

from .models import Conversation


def conversation_in_progress(phone: str) -> Conversation | None:
    """The sender's conversation in progress: one query on the partial unique index."""
    return (
        Conversation.objects.select_related("draft")
        .filter(phone=phone, status=Conversation.Status.ACTIVE)
        .first()
    )


def conversation_of_report(report) -> Conversation | None:
    return Conversation.objects.filter(report=report).first()
