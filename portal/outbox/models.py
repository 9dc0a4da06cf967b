from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _


class OutboxItem(models.Model):
    """One side effect of a committed business write: an SMS, a call, an email, an EIDO push...

    Written in the same transaction as the write that caused it, so it exists exactly when that
    write does. `pending -> sending -> sent | failed | dead`: failed is a permanent error (never
    retried by itself), dead is a transient error that outlasted every attempt.
    """

    class State(models.TextChoices):
        PENDING = "pending", _("Pending")
        SENDING = "sending", _("Sending")
        SENT = "sent", _("Sent")
        FAILED = "failed", _("Failed")
        DEAD = "dead", _("Dead")

    kind = models.CharField(_("kind"), max_length=60)
    key = models.CharField(_("idempotency key"), max_length=200, unique=True)
    # What the row acts on, for the kind's handler: a row id, plus anything else it needs.
    target_id = models.BigIntegerField(null=True, blank=True)
    payload = models.JSONField(default=dict, blank=True)
    state = models.CharField(max_length=10, choices=State.choices, default=State.PENDING)
    attempts = models.PositiveSmallIntegerField(default=0)
    next_attempt_at = models.DateTimeField(default=timezone.now)
    attempt_started_at = models.DateTimeField(null=True, blank=True)
    # Set when an attempt ended without knowing whether the far side acted (the worker died
    # mid-attempt, or the provider did not answer in time): the next attempt asks the provider
    # first. The earliest such attempt's start, so the search covers all of them.
    outcome_unknown_since = models.DateTimeField(null=True, blank=True)
    last_error = models.TextField(blank=True)
    error_code = models.CharField(max_length=40, blank=True)
    # The provider's id for what was done, e.g. a Twilio message SID.
    provider_ref = models.CharField(max_length=64, blank=True)
    created_at = models.DateTimeField(default=timezone.now)
    updated_at = models.DateTimeField(auto_now=True)
    finished_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        verbose_name = _("outbox item")
        verbose_name_plural = _("outbox items")
        ordering = ["-created_at", "-pk"]
        indexes = [
            models.Index(fields=["state", "next_attempt_at"]),
            models.Index(fields=["kind", "target_id"]),
        ]

    def __str__(self) -> str:
        return f"{self.kind} {self.key} ({self.state})"
