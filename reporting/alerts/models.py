"""Community alerts (CAP 1.2 messages), the neighbourhoods they cover, the people who subscribe
to them, and one delivery row per alert, subscriber and channel.

An alert is a reviewed snippet: editors draft it, an approver publishes it (Wagtail's review
workflow). It carries English and Spanish text side by side because one CAP message holds one
`info` block per language. An Update or a Cancel is a new alert that references the one it
changes, as CAP's `references` does; the original then stops being current.
"""

from __future__ import annotations

import json
import uuid

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalManyToManyField
from modelcluster.models import ClusterableModel
from shapely.errors import ShapelyError
from shapely.geometry import shape
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.models import DraftStateMixin, LockableMixin, RevisionMixin, WorkflowMixin

from . import domain


def geometry_check(value) -> None:
    """A GeoJSON Polygon or MultiPolygon (longitude first), as a dict or its text."""
    try:
        data = json.loads(value) if isinstance(value, str) else value
        if isinstance(data, dict) and data.get("type") == "Feature":
            data = data.get("geometry")
        geometry = shape(data)
    except (ValueError, TypeError, KeyError, AttributeError, ShapelyError) as exc:
        raise ValidationError(_("Paste a GeoJSON polygon (longitude first).")) from exc
    if geometry.geom_type not in ("Polygon", "MultiPolygon") or not geometry.is_valid:
        raise ValidationError(_("The shape must be a valid polygon that does not cross itself."))


class Neighbourhood(models.Model):
    """An area the agency defines, as a polygon; alerts and subscriptions name these."""

    name = models.CharField(_("name"), max_length=100, unique=True)
    name_es = models.CharField(
        _("name in Spanish"), max_length=100, blank=True, help_text=_("Leave empty if the same.")
    )
    geometry = models.JSONField(
        _("boundary"),
        validators=[geometry_check],
        help_text=_("A GeoJSON Polygon or MultiPolygon, longitude first (WGS 84)."),
    )

    panels = [FieldPanel("name"), FieldPanel("name_es"), FieldPanel("geometry")]

    class Meta:
        verbose_name = _("neighborhood")
        verbose_name_plural = _("neighborhoods")
        ordering = ["name"]

    def __str__(self) -> str:
        return self.name

    def label(self, language: str) -> str:
        return (self.name_es or self.name) if language == "es" else self.name


class AlertQuerySet(models.QuerySet):
    def current(self, *, at=None):
        """Live, in effect, not expired, not cancelled and not replaced by a live update."""
        at = at or timezone.now()
        return (
            self.filter(live=True, effective__lte=at)
            .filter(Q(expires__isnull=True) | Q(expires__gt=at))
            .exclude(msg_type=domain.MsgType.CANCEL)
            .exclude(updates__live=True)
        )

    def public(self):
        return self.filter(live=True, status__in=domain.PUBLIC_STATUSES)


class Alert(WorkflowMixin, DraftStateMixin, LockableMixin, RevisionMixin, ClusterableModel):
    uid = models.UUIDField(default=uuid.uuid4, unique=True, editable=False)
    status = models.CharField(
        _("status"), max_length=10, choices=domain.Status.choices, default=domain.Status.ACTUAL
    )
    msg_type = models.CharField(
        _("message type"),
        max_length=10,
        choices=domain.MsgType.choices,
        default=domain.MsgType.ALERT,
    )
    references = models.ForeignKey(
        "self",
        verbose_name=_("updates or cancels"),
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="updates",
        limit_choices_to={"live": True},
        help_text=_("For an update or a cancel: the published alert it changes."),
    )
    category = models.CharField(
        _("category"), max_length=12, choices=domain.Category.choices, default="Safety"
    )
    event = models.CharField(
        _("event"), max_length=100, help_text=_("What is happening, e.g. 'Road closure'.")
    )
    urgency = models.CharField(
        _("urgency"), max_length=10, choices=domain.Urgency.choices, default="Expected"
    )
    severity = models.CharField(
        _("severity"), max_length=10, choices=domain.Severity.choices, default="Moderate"
    )
    certainty = models.CharField(
        _("certainty"), max_length=10, choices=domain.Certainty.choices, default="Observed"
    )
    response_type = models.CharField(
        _("response type"),
        max_length=10,
        choices=domain.ResponseType.choices,
        default=domain.ResponseType.MONITOR,
    )
    headline_en = models.CharField(
        _("headline (English)"), max_length=120, help_text=_("Short: it is the text's first line.")
    )
    headline_es = models.CharField(_("headline (Spanish)"), max_length=120)
    description_en = models.TextField(_("description (English)"), max_length=2000)
    description_es = models.TextField(_("description (Spanish)"), max_length=2000)
    instruction_en = models.TextField(_("what to do (English)"), max_length=1000, blank=True)
    instruction_es = models.TextField(_("what to do (Spanish)"), max_length=1000, blank=True)
    effective = models.DateTimeField(_("in effect from"), default=timezone.now)
    expires = models.DateTimeField(_("expires"), null=True, blank=True)
    whole_city = models.BooleanField(_("the whole city"), default=False)
    neighbourhoods = ParentalManyToManyField(
        Neighbourhood, verbose_name=_("neighborhoods"), blank=True, related_name="alerts"
    )
    area_geojson = models.TextField(
        _("other area (GeoJSON)"),
        blank=True,
        validators=[geometry_check],
        help_text=_("Optional: a polygon drawn elsewhere and pasted here as GeoJSON."),
    )
    area_name = models.CharField(
        _("name of the other area"), max_length=200, blank=True, help_text=_("E.g. 'Oak Park'.")
    )
    for_everyone = models.BooleanField(
        _("show on the kids' pages too"),
        default=False,
        help_text=_("Only for alerts every family must see, such as a shelter-in-place order."),
    )

    objects = AlertQuerySet.as_manager()

    panels = [
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("status"), FieldPanel("msg_type")]),
                FieldPanel("references"),
            ],
            heading=_("Message"),
        ),
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("category"), FieldPanel("event")]),
                FieldRowPanel(
                    [FieldPanel("urgency"), FieldPanel("severity"), FieldPanel("certainty")]
                ),
                FieldPanel("response_type"),
            ],
            heading=_("Classification"),
        ),
        MultiFieldPanel(
            [FieldPanel("headline_en"), FieldPanel("description_en"), FieldPanel("instruction_en")],
            heading=_("English"),
        ),
        MultiFieldPanel(
            [FieldPanel("headline_es"), FieldPanel("description_es"), FieldPanel("instruction_es")],
            heading=_("Spanish"),
        ),
        FieldRowPanel([FieldPanel("effective"), FieldPanel("expires")]),
        MultiFieldPanel(
            [
                FieldPanel("whole_city"),
                FieldPanel("neighbourhoods"),
                FieldPanel("area_name"),
                FieldPanel("area_geojson"),
            ],
            heading=_("Where"),
        ),
        FieldPanel("for_everyone"),
    ]

    class Meta:
        verbose_name = _("community alert")
        verbose_name_plural = _("community alerts")
        ordering = ["-effective", "-pk"]

    def __str__(self) -> str:
        return self.headline_en

    def clean(self) -> None:
        super().clean()
        errors = {}
        if self.msg_type == domain.MsgType.ALERT:
            if self.references_id:
                errors["references"] = _("A new alert references nothing; choose Update.")
        elif not self.references_id:
            errors["references"] = _("Choose the published alert this changes.")
        elif self.references_id == self.pk or not self.references.live:
            errors["references"] = _("Choose a published alert other than this one.")
        if self.expires and self.effective and self.expires <= self.effective:
            errors["expires"] = _("The alert must expire after it takes effect.")
        if errors:
            raise ValidationError(errors)

    # CAP --------------------------------------------------------------------------------

    @property
    def identifier(self) -> str:
        """CAP identifier: unique per sender, no spaces, commas or < and &."""
        return f"{settings.ALERTS_CAP_IDENTIFIER_PREFIX}.{self.uid}"

    @property
    def sent(self):
        return self.first_published_at or self.effective

    def text(self, field: str, language: str) -> str:
        return getattr(self, f"{field}_{'es' if language == 'es' else 'en'}")

    @property
    def is_public(self) -> bool:
        return self.status in domain.PUBLIC_STATUSES


class Subscriber(models.Model):
    """Someone who gets alerts, without an account. Each channel is confirmed on its own: a
    text by replying YES, an email by its link. Their signed link (services.preferences_token)
    opens their preferences."""

    class Language(models.TextChoices):
        EN = "en", "English"
        ES = "es", "Español"

    phone = models.CharField(_("mobile number"), max_length=32, blank=True, db_index=True)
    email = models.EmailField(_("email"), blank=True)
    language = models.CharField(
        _("language"), max_length=2, choices=Language.choices, default=Language.EN
    )
    whole_city = models.BooleanField(_("all of the city"), default=False)
    neighbourhoods = models.ManyToManyField(
        Neighbourhood, verbose_name=_("neighborhoods"), blank=True, related_name="subscribers"
    )
    address = models.CharField(_("address"), max_length=200, blank=True)
    sms_threshold = models.PositiveSmallIntegerField(
        _("texts for"), choices=domain.Threshold.choices, default=domain.Threshold.SEVERE
    )
    email_threshold = models.PositiveSmallIntegerField(
        _("emails for"), choices=domain.Threshold.choices, default=domain.Threshold.ALL
    )
    phone_confirmed_at = models.DateTimeField(null=True, blank=True)
    email_confirmed_at = models.DateTimeField(null=True, blank=True)
    # Staff who get Test and Exercise alerts (set by an administrator, never by the form).
    staff_recipient = models.BooleanField(_("staff test recipient"), default=False)
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    panels = [
        FieldPanel("phone", read_only=True),
        FieldPanel("email", read_only=True),
        FieldPanel("language"),
        FieldPanel("staff_recipient"),
    ]

    class Meta:
        verbose_name = _("alert subscriber")
        verbose_name_plural = _("alert subscribers")
        indexes = [models.Index(fields=["email"])]

    def __str__(self) -> str:
        return self.phone or self.email or f"#{self.pk}"


class Delivery(models.Model):
    """One alert to one subscriber by one channel: unique, so a second fan-out adds nothing.

    `message` is the messaging row that carries it (its status is the delivery's); an opted-out
    number gets a row with no message, so the supervisor's count includes it.
    """

    class Channel(models.TextChoices):
        SMS = "sms", _("Text")
        EMAIL = "email", _("Email")

    alert = models.ForeignKey(Alert, on_delete=models.CASCADE, related_name="deliveries")
    subscriber = models.ForeignKey(Subscriber, on_delete=models.CASCADE, related_name="deliveries")
    channel = models.CharField(max_length=5, choices=Channel.choices)
    message = models.OneToOneField(
        "messaging.Message", on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    opted_out = models.BooleanField(default=False)
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        verbose_name = _("alert delivery")
        verbose_name_plural = _("alert deliveries")
        constraints = [
            models.UniqueConstraint(
                fields=["alert", "subscriber", "channel"], name="alerts_delivery_once"
            )
        ]

    def __str__(self) -> str:
        return f"{self.alert_id} to {self.subscriber_id} by {self.channel}"
