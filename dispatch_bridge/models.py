from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from reporting.models import Priority


class Outcome(models.TextChoices):
    """The decision that answered the reporter (a report closed later keeps its outcome)."""

    APPROVED = "approved", _("Approved")
    REFERRED = "referred", _("Referred to another agency")
    REJECTED = "rejected", _("Not accepted")
    DUPLICATE = "duplicate", _("Duplicate of another report")
    ESCALATED = "escalated", _("Sent to an officer now")


def reply_waiting(replied, decided, closed) -> bool:
    """QueueItem.reply_waiting from the item's timestamps (the console's rows have no model)."""
    return (
        replied is not None
        and (decided is None or replied > decided)
        and (closed is None or replied > closed)
    )


def wrote_after_close(replied, closed) -> bool:
    """QueueItem.wrote_after_close from the item's timestamps."""
    return closed is not None and replied is not None and replied > closed


class QueueItem(models.Model):
    """A report waiting in (or passed through) the dispatchers' queue: one per report.

    The report keeps the reporter-facing status; this row holds what only the queue needs: who
    holds it, its priority, its due time and the timestamps the SLA job and the statistics use.
    """

    class Source(models.TextChoices):
        ONLINE = "online", _("Online report")

    report = models.OneToOneField(
        "reporting.Report", on_delete=models.CASCADE, related_name="queue_item"
    )
    source = models.CharField(
        _("source"), max_length=20, choices=Source.choices, default=Source.ONLINE
    )
    priority = models.PositiveSmallIntegerField(_("priority"), choices=Priority.choices)
    due_at = models.DateTimeField(_("due"))
    created_at = models.DateTimeField(_("queued"), default=timezone.now)
    updated_at = models.DateTimeField(auto_now=True)
    claimed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="claimed_queue_items",
        verbose_name=_("claimed by"),
    )
    claimed_at = models.DateTimeField(null=True, blank=True)
    first_claimed_at = models.DateTimeField(null=True, blank=True)
    decided_at = models.DateTimeField(null=True, blank=True)
    # What was decided and by whom, kept after the holder lets go on close (the statistics'
    # outcomes and per-dispatcher workload read these; a reopen clears them with decided_at).
    outcome = models.CharField(_("outcome"), max_length=20, choices=Outcome.choices, blank=True)
    decided_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("decided by"),
    )
    closed_at = models.DateTimeField(null=True, blank=True)
    # Set once by the SLA job so a late item alerts supervisors (and the reporter) only once.
    overdue_alerted_at = models.DateTimeField(null=True, blank=True)
    still_queued_sent_at = models.DateTimeField(null=True, blank=True)
    eido_pushed_at = models.DateTimeField(null=True, blank=True)
    # The reporter's latest answer (status page or text): the console flags the item with it.
    reporter_replied_at = models.DateTimeField(_("reporter replied"), null=True, blank=True)

    class Meta:
        verbose_name = _("queue item")
        verbose_name_plural = _("queue items")
        ordering = ["priority", "created_at", "pk"]
        indexes = [
            models.Index(fields=["closed_at", "priority", "created_at"]),
            models.Index(fields=["due_at"]),
            # The console's poll asks for the newest change on every tick.
            models.Index(fields=["updated_at"], name="dispatch_qi_updated_idx"),
            # The statistics pick a date range of queued items.
            models.Index(fields=["created_at"], name="dispatch_qi_created_idx"),
            # The console's list (selectors.queue_for): the open items and the closed ones the
            # reporter wrote to since, in queue order. A few thousand rows at most, however many
            # closed ones the year has; the list's LIMIT then reads only the rows it shows.
            models.Index(
                fields=["priority", "created_at", "id"],
                name="dispatch_qi_console_idx",
                condition=models.Q(closed_at__isnull=True)
                | models.Q(reporter_replied_at__gt=models.F("closed_at")),
            ),
            # Take-next (services.queue_item_take_next): the first unclaimed open item in queue
            # order, without stepping over the claimed ones at the head of the console's index.
            models.Index(
                fields=["priority", "created_at", "id"],
                name="dispatch_qi_unclaimed_idx",
                condition=models.Q(closed_at__isnull=True, claimed_by__isnull=True),
            ),
        ]
        permissions = [
            ("work_queue", _("Can triage the dispatch queue")),
            ("supervise_queue", _("Can supervise the dispatch queue")),
        ]

    def __str__(self):
        return f"{self.report_id} (P{self.priority})"

    @property
    def reply_waiting(self) -> bool:
        """The reporter answered and no decision (nor the close) has been made since."""
        return reply_waiting(self.reporter_replied_at, self.decided_at, self.closed_at)

    @property
    def wrote_after_close(self) -> bool:
        """The reporter wrote after the item closed: a dispatcher reads it and may reopen."""
        return wrote_after_close(self.reporter_replied_at, self.closed_at)

    @property
    def overdue(self) -> bool:
        return self.decided_at is None and timezone.now() > self.due_at


class CaseNumberCounter(models.Model):
    """The last case number issued in a year; its row lock serialises concurrent approvals."""

    year = models.PositiveSmallIntegerField(primary_key=True)
    last = models.PositiveIntegerField(default=0)

    def __str__(self):
        return f"{self.year}: {self.last}"


class SupervisorAlert(models.Model):
    class Kind(models.TextChoices):
        ESCALATED = "escalated", _("Possible emergency escalated")
        POSSIBLE_EMERGENCY = "possible_emergency", _("Possible emergency submitted")
        OVERDUE = "overdue", _("Past due")
        DELIVERY_DEAD = "delivery_dead", _("A message or hand-off could not be delivered")

    # Empty for a dead delivery that was about no queue item (e.g. a presentation request).
    item = models.ForeignKey(
        QueueItem, on_delete=models.CASCADE, related_name="alerts", null=True, blank=True
    )
    kind = models.CharField(max_length=30, choices=Kind.choices)
    # The dead outbox row, for DELIVERY_DEAD alerts; its error is on the deliveries page.
    outbox_item = models.ForeignKey(
        "outbox.OutboxItem", on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    created_at = models.DateTimeField(default=timezone.now)
    acknowledged_at = models.DateTimeField(null=True, blank=True)
    acknowledged_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )

    class Meta:
        ordering = ["-created_at", "-pk"]

    def __str__(self):
        return f"{self.kind}: {self.item_id}"


class ApiToken(models.Model):
    """A key for a CAD/RMS to read EIDO documents. Only its SHA-256 is stored."""

    name = models.CharField(_("name"), max_length=100)
    key_hash = models.CharField(max_length=64, unique=True)
    active = models.BooleanField(default=True)
    created_at = models.DateTimeField(default=timezone.now)

    def __str__(self):
        return self.name


class StatisticsSnapshot(models.Model):
    """The summary table: the statistics page's figures for one date range, computed by the
    beat job for the ranges the page opens with, so a year of reports is read once per refresh
    rather than once per view (statistics.supervisor.snapshot_refresh)."""

    since = models.DateField()
    until = models.DateField()
    data = models.JSONField()
    computed_at = models.DateTimeField()

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["since", "until"], name="statistics_snapshot_range")
        ]

    def __str__(self):
        return f"{self.since}..{self.until} at {self.computed_at:%H:%M}"
