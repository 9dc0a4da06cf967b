from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from .reports import Report


class SurveyChannel(models.TextChoices):
    SMS = "sms", _("Text message")
    EMAIL = "email", _("Email link")
    WEB = "web", _("Status page")


class SurveyResponse(models.Model):
    """The reporter's answer to "How did we do?" after their report closed: one per report."""

    report = models.OneToOneField(
        Report, on_delete=models.CASCADE, related_name="survey_response", verbose_name=_("report")
    )
    score = models.PositiveSmallIntegerField(
        _("score"), validators=[MinValueValidator(1), MaxValueValidator(5)]
    )
    comment = models.TextField(_("comment"), blank=True)
    # How the answer came: a text reply, or the survey page (opened from an email or the status
    # page).
    channel = models.CharField(_("answered by"), max_length=10, choices=SurveyChannel.choices)
    created_at = models.DateTimeField(_("answered"), default=timezone.now)

    class Meta:
        verbose_name = _("survey response")
        verbose_name_plural = _("survey responses")
        ordering = ["-created_at", "-pk"]
        constraints = [
            models.CheckConstraint(
                condition=models.Q(score__gte=1, score__lte=5), name="survey_score_1_to_5"
            )
        ]

    def __str__(self):
        return f"{self.report_id}: {self.score}"
