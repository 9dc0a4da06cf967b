from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _
from phonenumber_field.modelfields import PhoneNumberField

# Provider error codes a dispatcher may see, in plain words. Anything else shows Twilio's text.
ERROR_REASONS = {
    "21211": _("The phone number is not valid."),
    "21610": _("The reporter has opted out of text messages (replied STOP)."),
    "21614": _("The number cannot receive text messages (not a mobile number)."),
    "20429": _("Twilio was busy (too many requests); retried."),
    "30003": _("The phone was unreachable (switched off or out of coverage)."),
    "30005": _("The number is unknown or no longer in service."),
    "30006": _("The number is a landline or its carrier cannot receive texts."),
    "30007": _("The carrier filtered the message."),
    "opted_out": _("Not sent: the reporter has opted out of text messages (replied STOP)."),
    "no_answer": _("No one answered."),
    "busy": _("The line was busy."),
}


class Message(models.Model):
    """One message to or from a reporter, and its delivery record.

    Created inside the business transaction that caused it, together with the outbox row
    (portal.outbox) that delivers it after commit. A message with a provider SID has been
    accepted by the provider and is never sent again. `status` and `attempts` mirror delivery
    for the staff pages; the outbox row is what drives it.
    """

    class Direction(models.TextChoices):
        OUTBOUND = "outbound", _("Outbound")
        INBOUND = "inbound", _("Inbound")

    class Channel(models.TextChoices):
        SMS = "sms", _("SMS")
        VOICE = "voice", _("Voice call")
        EMAIL = "email", _("Email")

    class Status(models.TextChoices):
        PENDING = "pending", _("Pending")
        SENDING = "sending", _("Sending")
        SENT = "sent", _("Sent")
        DELIVERED = "delivered", _("Delivered")
        UNDELIVERED = "undelivered", _("Undelivered")
        FAILED = "failed", _("Failed")
        RECEIVED = "received", _("Received")

    report = models.ForeignKey(
        "reporting.Report",
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="messages",
    )
    direction = models.CharField(
        max_length=10, choices=Direction.choices, default=Direction.OUTBOUND
    )
    channel = models.CharField(max_length=10, choices=Channel.choices)
    kind = models.CharField(
        _("kind"),
        max_length=40,
        blank=True,
        help_text=_(
            "The template or event that produced it, e.g. receipt; empty for hand-written."
        ),
    )
    automatic = models.BooleanField(default=True)
    to = models.CharField(max_length=254)
    from_address = models.CharField(max_length=254, blank=True)
    body = models.TextField()
    language = models.CharField(max_length=8, blank=True)
    status = models.CharField(max_length=12, choices=Status.choices, default=Status.PENDING)
    provider_sid = models.CharField(max_length=64, null=True, blank=True, unique=True)
    error_code = models.CharField(max_length=20, blank=True)
    error_message = models.TextField(blank=True)
    attempts = models.PositiveSmallIntegerField(default=0)
    sent_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)
    sent_at = models.DateTimeField(null=True, blank=True)
    # What the provider last said, verbatim (e.g. "queued", "no-answer"): our status is coarser.
    provider_status = models.CharField(max_length=20, blank=True)
    segments = models.PositiveSmallIntegerField(null=True, blank=True)
    # Voice callbacks: Twilio first rings the dispatcher's phone, then dials `connect_to` (the
    # reporter, or the relay service for a TTY reporter) with the agency's number as caller ID.
    staff_phone = models.CharField(max_length=32, blank=True)
    connect_to = models.CharField(max_length=32, blank=True)
    # Inbound MMS: [{"url", "content_type"}], copied to report attachments by a task.
    media = models.JSONField(default=list, blank=True)
    media_saved_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["-created_at", "-pk"]
        indexes = [
            models.Index(fields=["status", "created_at"]),
            models.Index(fields=["to", "created_at"]),
            models.Index(fields=["from_address", "created_at"]),
        ]

    def __str__(self):
        return f"{self.get_channel_display()} {self.direction} to {self.to}"

    @property
    def error_reason(self) -> str:
        """The error in plain words for dispatchers; empty when there is none."""
        if not (self.error_code or self.error_message):
            return ""
        return str(ERROR_REASONS.get(self.error_code, "")) or self.error_message


class OptOut(models.Model):
    """A phone number that must not be texted: it sent STOP, or Twilio refused it with 21610.

    Kept here as well as at Twilio because Twilio's list is per sender or Messaging Service.
    START/YES/UNSTOP delete the row.
    """

    class Source(models.TextChoices):
        KEYWORD = "keyword", _("Replied with an opt-out keyword")
        PROVIDER = "provider", _("Twilio reported the number as opted out")

    phone = models.CharField(_("phone"), max_length=32, unique=True)
    source = models.CharField(max_length=10, choices=Source.choices)
    keyword = models.CharField(max_length=20, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = _("opt-out")
        verbose_name_plural = _("opt-outs")

    def __str__(self):
        return self.phone


class StaffPhone(models.Model):
    """The phone Twilio rings first when this dispatcher presses "call back"."""

    user = models.OneToOneField(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="staff_phone"
    )
    phone = PhoneNumberField(_("phone for call-backs"))

    class Meta:
        verbose_name = _("staff phone")
        verbose_name_plural = _("staff phones")

    def __str__(self):
        return f"{self.user}: {self.phone}"
