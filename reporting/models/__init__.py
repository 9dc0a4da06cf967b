from .categories import Category, Priority
from .reports import ReferenceCounter, Report, ReportAttachment, ReportEvent, ReportStatus

__all__ = [
    "Category",
    "Priority",
    "ReferenceCounter",
    "Report",
    "ReportAttachment",
    "ReportEvent",
    "ReportStatus",
]
