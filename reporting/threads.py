"""What messaging needs to know about reports, handed to it through settings
(MESSAGING_THREAD_FOR_SENDER, MESSAGING_STATUS_LINK) so the transport never imports reporting."""

from django.utils import translation

from .models import Report, ReportStatus
from .templatetags.reporting_tags import status_link


def open_report_for(phone: str) -> Report | None:
    """The report an inbound text from this number joins: the sender's most recent open one."""
    return (
        Report.objects.filter(phone=phone)
        .exclude(status=ReportStatus.CLOSED)
        .order_by("-submitted_at")
        .first()
    )


def report_status_link(report: Report) -> str:
    """The reporter's private, signed status link, in their language."""
    with translation.override(report.language):
        return status_link(report)
