import secrets

from django.db import models
from django.utils.translation import gettext_lazy as _

from ..storage import report_storage
from .reports import Report


def _token() -> str:
    return secrets.token_urlsafe(32)


class ReportDraft(models.Model):
    """A report being written, kept server-side so a reload or a long pause loses nothing.

    No short expiry: DORS's 30-minute timeout that threw reports away is what residents
    complained about most. A draft untouched for REPORTING_DRAFT_RETENTION_DAYS (30) is deleted
    with its photos by reporting.drafts_purge, as the draft pages say.
    """

    token = models.CharField(max_length=64, unique=True, default=_token, editable=False)
    language = models.CharField(max_length=8, blank=True)
    # Screening: None until answered; True if any answer was yes (the draft is then blocked).
    screening_emergency = models.BooleanField(null=True, blank=True)
    # Raw answers per step, exactly as typed, so back/forward and errors keep them.
    data = models.JSONField(default=dict, blank=True)
    # The emergency check's concepts the reporter was warned about and chose to go on past; a
    # concept not in here yet shows the "Call 9-1-1 now" page again.
    emergency_concepts_acknowledged = models.JSONField(default=list, blank=True)
    report = models.OneToOneField(
        Report, on_delete=models.SET_NULL, null=True, blank=True, related_name="draft"
    )
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        verbose_name = _("report draft")

    def __str__(self):
        return f"draft {self.pk}"

    def step_data(self, step: str) -> dict:
        return dict(self.data.get(step) or {})


class DraftPhoto(models.Model):
    """A photo already checked and stripped of metadata, waiting for its draft to be submitted."""

    draft = models.ForeignKey(ReportDraft, on_delete=models.CASCADE, related_name="photos")
    file = models.FileField(upload_to="drafts/%Y/%m/", storage=report_storage)
    original_name = models.CharField(max_length=200, blank=True)
    content_type = models.CharField(max_length=100)
    size = models.PositiveIntegerField()
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["created_at", "pk"]

    def __str__(self):
        return self.original_name or self.file.name


class ReporterReply(models.Model):
    """The reporter's answer on the status page, e.g. to a dispatcher's question."""

    report = models.ForeignKey(Report, on_delete=models.CASCADE, related_name="replies")
    body = models.TextField(_("your answer"), blank=True)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["created_at", "pk"]
        verbose_name = _("reporter reply")

    def __str__(self):
        return f"reply {self.pk} on {self.report_id}"
