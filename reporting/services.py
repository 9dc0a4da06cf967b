"""Writes for report intake. Each service runs in one transaction."""

from django.db import transaction
from django.db.models import F
from django.utils import timezone

from .messaging.services import reporter_notify
from .models import ReferenceCounter, Report, ReportEvent, ReportStatus
from .signals import report_submitted

REFERENCE_PREFIX = "NE"


def reference_next(*, year: int | None = None) -> str:
    """The next reference, e.g. NE-2026-004217. Call inside a transaction.

    The UPDATE takes the year row's lock, so concurrent submits queue on it instead of reading
    the same number; the lock is released when the submit commits or rolls back.
    """
    year = year or timezone.localdate().year
    ReferenceCounter.objects.get_or_create(year=year)
    ReferenceCounter.objects.filter(year=year).update(last=F("last") + 1)
    last = ReferenceCounter.objects.values_list("last", flat=True).get(year=year)
    return f"{REFERENCE_PREFIX}-{year}-{last:06d}"


@transaction.atomic
def report_submit(
    *, category, reporter_name: str, language: str, narrative: str, **fields
) -> Report:
    """Store a report, its first history line, its receipt and (through the signal) its queue item.

    All of it commits together or not at all; the receipt is sent after commit.
    """
    report = Report.objects.create(
        reference=reference_next(),
        category=category,
        reporter_name=reporter_name,
        language=language,
        narrative=narrative,
        status=ReportStatus.SUBMITTED,
        **fields,
    )
    ReportEvent.objects.create(report=report, status=ReportStatus.SUBMITTED)
    report_submitted.send(sender=Report, report=report)
    reporter_notify(report=report, kind="receipt")
    return report
