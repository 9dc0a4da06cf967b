"""The non-emergency line: each call, the choices made in it, and the desk's settings.

Nothing the caller says is recorded: a step keeps the choice it was understood as (a digit, a
word such as "timeout"), never audio or a transcript.
"""

import secrets

from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _
from phonenumber_field.modelfields import PhoneNumberField
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting


def link_token() -> str:
    # Short (it goes in a text message) and unguessable: 64 random bits.
    return secrets.token_urlsafe(8)


class Call(models.Model):
    """One call to the line, answered by its voice webhook (Twilio's CallSid is unique)."""

    sid = models.CharField(max_length=64, unique=True)
    # The caller's number as Twilio gave it (E.164); "" when withheld. Kept to text the link and
    # to match a status request to the phone given with the report.
    caller = models.CharField(max_length=32, blank=True)
    to = models.CharField(max_length=32, blank=True)
    language = models.CharField(max_length=8, default="en")
    # Twilio Lookup's line type ("mobile", "landline" ...), "" when not asked or unknown.
    line_type = models.CharField(max_length=20, blank=True)
    # The text with the link to report online, when one was queued; its token marks a report
    # filed from it as channel "phone".
    text = models.ForeignKey(
        "messaging.Message", on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    link_token = models.CharField(max_length=24, unique=True, default=link_token, editable=False)
    status_attempts = models.PositiveSmallIntegerField(default=0)
    # Twilio's last word on the call (status callback), e.g. "completed", and its length.
    status = models.CharField(max_length=20, blank=True)
    duration = models.PositiveIntegerField(null=True, blank=True)
    started_at = models.DateTimeField(auto_now_add=True, db_index=True)
    ended_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["-started_at", "-pk"]
        verbose_name = _("call to the non-emergency line")
        verbose_name_plural = _("calls to the non-emergency line")

    def __str__(self):
        return f"call {self.sid}"


class CallStep(models.Model):
    """One moment of a call: a menu heard and what was chosen, and what the line did."""

    class Menu(models.TextChoices):
        ANSWER = "answer", _("Answered")
        LANGUAGE = "language", _("Language choice")
        MAIN = "main", _("Main menu")
        TEXT = "text", _("Text with a link")
        DESK = "desk", _("Non-emergency desk")
        STATUS = "status", _("Status of a report")
        HOURS = "hours", _("Hours and address")

    call = models.ForeignKey(Call, on_delete=models.CASCADE, related_name="steps")
    at = models.DateTimeField(auto_now_add=True)
    menu = models.CharField(max_length=12, choices=Menu.choices)
    # "1".."9", "es"/"en", "timeout", "invalid"; how it came ("dtmf", "speech" or "").
    choice = models.CharField(max_length=20, blank=True)
    via = models.CharField(max_length=8, blank=True)
    # What happened, e.g. "text_queued", "no_texts", "dialed", "desk_closed", "status_read".
    outcome = models.CharField(max_length=40, blank=True)

    class Meta:
        ordering = ["at", "pk"]
        indexes = [models.Index(fields=["outcome", "at"])]

    def __str__(self):
        return f"{self.call_id} {self.menu}: {self.choice} -> {self.outcome}"


@register_setting(icon="mobile-alt")
class PhoneLineSettings(BaseSiteSetting):
    """Where option 2 of the non-emergency line rings, and when; staff change it in Wagtail."""

    class Days(models.TextChoices):
        EVERY_DAY = "every_day", _("Every day")
        WEEKDAYS = "weekdays", _("Monday to Friday")

    desk_number = PhoneNumberField(
        _("non-emergency desk number"),
        blank=True,
        help_text=_(
            "The phone the line connects callers to (option 2), e.g. +1 202 555 0180. "
            "Leave empty if callers cannot be connected to a person."
        ),
    )
    desk_days = models.CharField(
        _("days the desk answers"), max_length=12, choices=Days.choices, default=Days.EVERY_DAY
    )
    desk_opens = models.TimeField(
        _("desk opens at"),
        null=True,
        blank=True,
        help_text=_("Leave both times empty if the desk answers around the clock."),
    )
    desk_closes = models.TimeField(_("desk closes at"), null=True, blank=True)

    def clean(self):
        super().clean()
        if (self.desk_opens is None) != (self.desk_closes is None):
            raise ValidationError(
                _("Give both the opening and the closing time, or neither (around the clock).")
            )
        if self.desk_opens is not None and self.desk_opens == self.desk_closes:
            raise ValidationError(_("The desk can't open and close at the same time."))

    panels = [
        MultiFieldPanel(
            [
                FieldPanel("desk_number"),
                FieldPanel("desk_days"),
                FieldPanel("desk_opens"),
                FieldPanel("desk_closes"),
            ],
            heading=_("Non-emergency desk"),
        )
    ]

    class Meta:
        verbose_name = _("phone line")
