from django.db import models

from .reports import Report


class StatusCode(models.Model):
    """A one-time code sent to the phone or email given with a report (issue 12).

    Only its keyed hash is stored. It opens the status page only in the browser session that
    asked for it, within its lifetime and its tries.
    """

    report = models.ForeignKey(Report, on_delete=models.CASCADE, related_name="status_codes")
    code_hash = models.CharField(max_length=128)
    session_hash = models.CharField(max_length=128)
    channel = models.CharField(max_length=10)
    attempts = models.PositiveSmallIntegerField(default=0)
    created_at = models.DateTimeField(auto_now_add=True)
    expires_at = models.DateTimeField()
    used_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        indexes = [models.Index(fields=["session_hash", "created_at"])]

    def __str__(self):
        return f"status code {self.pk} for {self.report_id}"
