from django.db import models
from django.utils.translation import gettext_lazy as _


class Conversation(models.Model):
    """A report being taken by text message, one question at a time.

    The answers go into a ReportDraft in the wizard's own shape (so the wizard's forms check
    them and its submit service files them); what this row adds is where the resident is in the
    questions, the menu page they see, and what they sent that is not an answer yet. Every text
    itself is a messaging Message row, so nothing typed is lost.
    """

    class Status(models.TextChoices):
        ACTIVE = "active", _("In progress")
        SUBMITTED = "submitted", _("Report sent")
        EMERGENCY = "emergency", _("Told to call 9-1-1 by the screening")
        STOPPED = "stopped", _("Ended by the resident (STOP)")

    phone = models.CharField(_("phone"), max_length=32)
    language = models.CharField(_("language"), max_length=8)
    status = models.CharField(
        _("status"), max_length=12, choices=Status.choices, default=Status.ACTIVE
    )
    step = models.CharField(_("step"), max_length=60, blank=True)
    # Menus on screen (category page, place suggestions), photos received, emergency words.
    state = models.JSONField(default=dict, blank=True)
    # After 30 minutes of silence the next text is answered "CONTINUE or START OVER".
    paused = models.BooleanField(default=False)
    draft = models.OneToOneField(
        "reporting.ReportDraft",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="text_conversation",
    )
    report = models.OneToOneField(
        "reporting.Report",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="text_conversation",
    )
    last_text_at = models.DateTimeField()
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        verbose_name = _("text conversation")
        verbose_name_plural = _("text conversations")
        constraints = [
            # One conversation in progress per phone: its partial unique index is also what
            # the inbound handler's lookup uses.
            models.UniqueConstraint(
                fields=["phone"],
                condition=models.Q(status="active"),
                name="conversation_one_active_per_phone",
            )
        ]

    def __str__(self):
        return f"{self.phone}: {self.step or self.status}"
