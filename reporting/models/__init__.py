from .access import StatusCode
from .categories import Category, Priority
from .drafts import DraftPhoto, ReportDraft, ReporterReply
from .questions import CategoryQuestion, QuestionDatatype
from .reports import (
    Report,
    ReportAttachment,
    ReportChannel,
    ReportEvent,
    ReportStatus,
)
from .settings import ReportingSettings
from .surveys import SurveyChannel, SurveyResponse
from .triage import TriageFinding, TriageList

__all__ = [
    "Category",
    "CategoryQuestion",
    "DraftPhoto",
    "Priority",
    "QuestionDatatype",
    "Report",
    "ReportAttachment",
    "ReportDraft",
    "ReportEvent",
    "ReportChannel",
    "ReportStatus",
    "ReporterReply",
    "ReportingSettings",
    "StatusCode",
    "SurveyChannel",
    "SurveyResponse",
    "TriageFinding",
    "TriageList",
]
