from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _


class PresentationRequest(models.Model):
    """A school presentation or center tour someone asked for through a RequestPage."""

    class Kind(models.TextChoices):
        PRESENTATION = "presentation", _("A presentation at our school or group")
        TOUR = "tour", _("A tour of the 9-1-1 center")

    class AgeGroup(models.TextChoices):
        K2 = "k2", _("Kindergarten to 2nd grade")
        G35 = "g35", _("3rd to 5th grade")
        MIDDLE = "middle", _("Middle school")
        HIGH = "high", _("High school")
        ADULT = "adult", _("Adults")
        MIXED = "mixed", _("Mixed ages")

    class Status(models.TextChoices):
        NEW = "new", _("New")
        SCHEDULED = "scheduled", _("Scheduled")
        DECLINED = "declined", _("Declined")

    kind = models.CharField(_("request"), max_length=20, choices=Kind.choices)
    organisation = models.CharField(_("organization"), max_length=200)
    age_group = models.CharField(_("age group"), max_length=10, choices=AgeGroup.choices)
    head_count = models.PositiveIntegerField(_("number of people"))
    preferred_date = models.DateField(_("preferred date"))
    alternative_date = models.DateField(_("other possible date"), null=True, blank=True)
    contact_name = models.CharField(_("contact name"), max_length=120)
    contact_email = models.EmailField(_("contact email"))
    contact_phone = models.CharField(_("contact phone"), max_length=40, blank=True)
    notes = models.TextField(_("anything else"), blank=True, max_length=2000)
    language = models.CharField(
        _("language"), max_length=8, choices=settings.LANGUAGES, default="en"
    )
    status = models.CharField(
        _("status"), max_length=12, choices=Status.choices, default=Status.NEW
    )
    created_at = models.DateTimeField(_("received"), auto_now_add=True)
    # Set once the staff email went out, so a retried task never sends it twice.

    class Meta:
        verbose_name = _("presentation or tour request")
        verbose_name_plural = _("presentation and tour requests")
        ordering = ["-created_at"]

    def __str__(self):
        return f"{self.get_kind_display()}: {self.organisation} ({self.preferred_date})"
