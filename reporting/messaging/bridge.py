"""The report side of a thread, through the functions settings name (a configured bridge, as
DESIGN.md puts it): messaging is a transport below reporting and never imports it."""

from django.conf import settings
from django.utils.module_loading import import_string


def thread_for_sender(phone: str):
    """The report an inbound text from `phone` joins, or None."""
    return import_string(settings.MESSAGING_THREAD_FOR_SENDER)(phone)


def status_link(report) -> str:
    """The reporter's private status link for `report`, in their language."""
    return import_string(settings.MESSAGING_STATUS_LINK)(report)


def emergency_reply(*, report, body: str, language: str) -> str:
    """The reply to a text that reads like an emergency ("" for none), decided by reporting."""
    return import_string(settings.MESSAGING_EMERGENCY_REPLY)(
        report=report, body=body, language=language
    )
