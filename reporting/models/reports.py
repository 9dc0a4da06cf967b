import secrets

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _
from phonenumber_field.modelfields import PhoneNumberField

from ..storage import report_storage
from .categories import Category


class ReportStatus(models.TextChoices):
    """What the reporter sees. Allowed moves live in dispatch_bridge/domain.py."""

    SUBMITTED = "submitted", _("Submitted")
    IN_REVIEW = "in_review", _("In review")
    NEEDS_INFO = "needs_info", _("More information needed")
    APPROVED = "approved", _("Approved")
    REFERRED = "referred", _("Referred to another agency")
    REJECTED = "rejected", _("Not accepted")
    ESCALATED = "escalated", _("Sent to an officer now")
    CLOSED = "closed", _("Closed")


class ReportChannel(models.TextChoices):
    """How the report reached us: statistics count deflection from the phone line by it."""

    WEB = "web", _("Web form")
    SMS = "sms", _("Text message")
    PHONE = "phone", _("Phone call, then text")
    API = "api", _("Open311 API")


class CallbackChannel(models.TextChoices):
    SMS = "sms", _("Text message (SMS)")
    VOICE = "voice", _("Phone call")
    TTY = "tty", _("TTY or relay service")
    EMAIL = "email", _("Email")
    NONE = "none", _("Don't contact me")


def new_status_key() -> str:
    # 96 random bits: the private status link must not be guessable from the reference.
    return secrets.token_urlsafe(12)


class Report(models.Model):
    """A non-emergency report as the resident submitted it, plus its reporter-facing outcome."""

    reference = models.CharField(_("reference"), max_length=20, unique=True)
    # The capability in the reporter's private status link. A random key rather than a signed
    # token: it keeps the link short enough that an SMS with it stays within its segment budget.
    status_key = models.CharField(
        max_length=32, unique=True, default=new_status_key, editable=False
    )
    category = models.ForeignKey(
        Category, on_delete=models.PROTECT, related_name="reports", verbose_name=_("category")
    )
    status = models.CharField(
        _("status"), max_length=20, choices=ReportStatus.choices, default=ReportStatus.SUBMITTED
    )
    channel = models.CharField(
        _("channel"),
        max_length=8,
        choices=ReportChannel.choices,
        default=ReportChannel.WEB,
        db_index=True,
    )
    possible_emergency = models.BooleanField(
        _("possible emergency"),
        default=False,
        help_text=_("Emergency words in the narrative, submitted after the 'Call 9-1-1' warning."),
    )
    # What
    narrative = models.TextField(_("what happened"))
    answers = models.JSONField(_("answers to the category's questions"), default=dict, blank=True)
    # Where
    address = models.CharField(_("address"), max_length=200, blank=True)
    city = models.CharField(_("city"), max_length=100, blank=True)
    landmark = models.CharField(
        _("landmark or description of the place"), max_length=200, blank=True
    )
    latitude = models.DecimalField(max_digits=9, decimal_places=6, null=True, blank=True)
    longitude = models.DecimalField(max_digits=9, decimal_places=6, null=True, blank=True)
    # When
    occurred_from = models.DateTimeField(_("happened at or after"), null=True, blank=True)
    occurred_to = models.DateTimeField(_("happened at or before"), null=True, blank=True)
    # Who and what was taken or damaged: free-form structured lists from the wizard.
    people = models.JSONField(_("people involved"), default=list, blank=True)
    property_items = models.JSONField(_("property"), default=list, blank=True)
    # Contact
    reporter_name = models.CharField(_("name"), max_length=120)
    phone = PhoneNumberField(_("phone"), blank=True)
    email = models.EmailField(_("email"), blank=True)
    callback_channel = models.CharField(
        _("how to contact you"),
        max_length=10,
        choices=CallbackChannel.choices,
        default=CallbackChannel.SMS,
    )
    language = models.CharField(_("language"), max_length=8, choices=settings.LANGUAGES)
    best_time = models.CharField(_("best time to reach you"), max_length=100, blank=True)
    # Outcome, written by the dispatch side through its services.
    case_number = models.CharField(_("case number"), max_length=30, blank=True)
    referred_to = models.CharField(_("referred to"), max_length=200, blank=True)
    outcome_note = models.TextField(_("explanation to the reporter"), blank=True)
    disposition_code = models.CharField(_("APCO disposition code"), max_length=8, blank=True)
    duplicate_of = models.ForeignKey(
        "self", on_delete=models.PROTECT, null=True, blank=True, related_name="duplicates"
    )
    # When the reporter was last told the outcome of a final move (decided, escalated, closed):
    # the message queued in their channel, or shown on the status page when they chose no
    # contact. Written in the move's transaction (reporting.outcomes); cleared by a reopen.
    loop_closed_at = models.DateTimeField(_("outcome sent"), null=True, blank=True)

    submitted_at = models.DateTimeField(_("submitted"), auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        verbose_name = _("report")
        verbose_name_plural = _("reports")
        ordering = ["-submitted_at"]
        indexes = [
            models.Index(fields=["status", "submitted_at"]),
            # Statistics read a range of days out of years of reports.
            models.Index(fields=["submitted_at"], name="reporting_report_submitted_idx"),
        ]
        constraints = [
            models.CheckConstraint(
                condition=~models.Q(phone="") | ~models.Q(email=""),
                name="report_has_phone_or_email",
            )
        ]

    def __str__(self):
        return self.reference


class ReportEvent(models.Model):
    """One line of the reporter-facing status history, in plain words."""

    report = models.ForeignKey(Report, on_delete=models.CASCADE, related_name="events")
    status = models.CharField(max_length=20, choices=ReportStatus.choices)
    public_note = models.TextField(_("note to the reporter"), blank=True)
    created_at = models.DateTimeField(auto_now_add=True)
    actor = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )

    class Meta:
        ordering = ["created_at", "pk"]

    def __str__(self):
        return f"{self.report_id}: {self.status}"


class ReportAttachment(models.Model):
    class Source(models.TextChoices):
        WEB = "web", _("Uploaded with the report")
        MMS = "mms", _("Sent by text message")
        STATUS_PAGE = "status", _("Added on the status page")

    report = models.ForeignKey(Report, on_delete=models.CASCADE, related_name="attachments")
    file = models.FileField(upload_to="reports/%Y/%m/", storage=report_storage)
    content_type = models.CharField(max_length=100)
    size = models.PositiveIntegerField()
    source = models.CharField(max_length=10, choices=Source.choices, default=Source.WEB)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["created_at", "pk"]

    def __str__(self):
        return self.file.name
