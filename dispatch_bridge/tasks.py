"""Background work for the queue: supervisor alerts, the SLA job and the optional EIDO push.

Tasks take ids, re-read their rows and exit if the work is done, so a retry or a second beat
tick never alerts or messages twice. They are published with task_enqueue after the commit; if
the broker is down then, the row keeps saying the work is undone and dispatch_sweep (beat, every
minute) publishes it again.
"""

import hashlib
import hmac
import json
import logging
from datetime import timedelta

import requests
from celery import shared_task
from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.mail import send_mail
from django.db import transaction
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext as _

from reporting.messaging.services import reporter_notify

from . import domain
from .models import QueueItem, SupervisorAlert

log = logging.getLogger(__name__)


class TransientPushError(Exception):
    """The CAD endpoint answered 5xx or 429: worth another try."""


TRANSIENT = (requests.ConnectionError, requests.Timeout, TransientPushError)


def task_enqueue(task, *args) -> None:
    """Publish a task. A broker outage must not turn a committed report, escalation or SLA run
    into an error for the resident or the dispatcher: log it, and the sweep recovers it."""
    try:
        task.apply_async(args=args, retry_policy=settings.MESSAGING_PUBLISH_RETRY)
    except Exception:  # any publish failure; dispatch_sweep is the recovery path
        log.exception("Could not queue %s%r; the sweep will queue it again", task.name, args)


def supervisors():
    perm = Q(groups__permissions__codename="supervise_queue") | Q(
        user_permissions__codename="supervise_queue"
    )
    return get_user_model().objects.filter(perm, is_active=True).distinct()


@shared_task(name="dispatch_bridge.supervisor_alert_send", soft_time_limit=30, time_limit=60)
def supervisor_alert_send(alert_id: int) -> str:
    """Email every supervisor about an alert; the console shows it too."""
    claimed = SupervisorAlert.objects.filter(pk=alert_id, notified_at__isnull=True).update(
        notified_at=timezone.now()
    )
    if not claimed:
        return "skipped"
    alert = SupervisorAlert.objects.select_related("item__report").get(pk=alert_id)
    recipients = [u.email for u in supervisors() if u.email]
    if recipients:
        # No report details by email: supervisors open the item in the console (audited).
        send_mail(
            _("Dispatch queue: %(kind)s, %(reference)s")
            % {"kind": alert.get_kind_display(), "reference": alert.item.report.reference},
            _("Open the dispatch console: %(url)s")
            % {"url": f"{settings.WAGTAILADMIN_BASE_URL}/dispatch/items/{alert.item_id}/"},
            settings.DEFAULT_FROM_EMAIL,
            recipients,
        )
    return "sent"


@shared_task(name="dispatch_bridge.sla_check", soft_time_limit=50, time_limit=58)
def sla_check() -> dict:
    """Run by beat every minute: alert supervisors about items past due, and tell reporters
    whose report is still waiting after the configured time (never for sensitive categories)."""
    now = timezone.now()
    undecided = QueueItem.objects.filter(
        decided_at__isnull=True, closed_at__isnull=True, report__status__in=domain.PENDING
    )
    overdue = 0
    for item_id in undecided.filter(due_at__lt=now, overdue_alerted_at__isnull=True).values_list(
        "pk", flat=True
    ):
        with transaction.atomic():
            # Conditional update: a concurrent run (two beats by mistake) alerts once.
            if QueueItem.objects.filter(pk=item_id, overdue_alerted_at__isnull=True).update(
                overdue_alerted_at=now
            ):
                alert = SupervisorAlert.objects.create(
                    item_id=item_id, kind=SupervisorAlert.Kind.OVERDUE
                )
                transaction.on_commit(lambda pk=alert.pk: task_enqueue(supervisor_alert_send, pk))
                overdue += 1

    wait = timedelta(minutes=settings.DISPATCH_STILL_QUEUED_AFTER_MINUTES)
    still = 0
    waiting = undecided.filter(
        created_at__lt=now - wait,
        still_queued_sent_at__isnull=True,
        report__category__sensitive=False,
    )
    for item_id in waiting.values_list("pk", flat=True):
        with transaction.atomic():
            if QueueItem.objects.filter(pk=item_id, still_queued_sent_at__isnull=True).update(
                still_queued_sent_at=now
            ):
                item = QueueItem.objects.select_related("report__category").get(pk=item_id)
                reporter_notify(report=item.report, kind="still_queued")
                still += 1
    return {"overdue": overdue, "still_queued": still}


def eido_signature(body: bytes, secret: str) -> str:
    return "sha256=" + hmac.new(secret.encode(), body, hashlib.sha256).hexdigest()


@shared_task(
    name="dispatch_bridge.eido_push",
    bind=True,
    autoretry_for=TRANSIENT,
    retry_backoff=5,
    retry_backoff_max=600,
    retry_jitter=True,
    max_retries=8,
    soft_time_limit=30,
    time_limit=60,
)
def eido_push(self, item_id: int) -> str:
    """POST the item's EIDO to the configured CAD endpoint, signed with HMAC-SHA256."""
    from .eido import eido_document

    url = settings.DISPATCH_EIDO_PUSH_URL
    item = QueueItem.objects.select_related("report__category").filter(pk=item_id).first()
    if not url or item is None or item.eido_pushed_at is not None:
        return "skipped"
    # The first run marks the attempt, so a copy the sweep queued meanwhile (or a duplicate
    # publish) never POSTs twice; Celery's own retries carry on.
    if self.request.retries == 0 and not QueueItem.objects.filter(
        pk=item_id, eido_push_attempted_at__isnull=True
    ).update(eido_push_attempted_at=timezone.now()):
        return "skipped"
    body = json.dumps(
        eido_document(item, base_url=settings.WAGTAILADMIN_BASE_URL), separators=(",", ":")
    ).encode()
    response = requests.post(
        url,
        data=body,
        headers={
            "Content-Type": "application/json",
            "X-EIDO-Signature": eido_signature(body, settings.DISPATCH_EIDO_PUSH_SECRET),
        },
        timeout=10,
    )
    if response.status_code == 429 or response.status_code >= 500:
        raise TransientPushError(f"CAD answered {response.status_code}")
    if response.status_code >= 400:
        # A 4xx will not get better by retrying: record it for staff and stop.
        log.error("EIDO push for item %s refused: %s", item_id, response.status_code)
        return "refused"
    QueueItem.objects.filter(pk=item_id).update(eido_pushed_at=timezone.now())
    return "pushed"


@shared_task(name="dispatch_bridge.sweep", soft_time_limit=50, time_limit=58)
def dispatch_sweep() -> dict:
    """Beat, every minute: queue again what never reached the broker. Supervisor alerts nobody
    was told about, and (with the CAD sink configured) open items whose push never started.
    Both tasks are idempotent, so a copy queued twice does its work once."""
    cutoff = timezone.now() - timedelta(seconds=settings.DISPATCH_SWEEP_GRACE_SECONDS)
    alerts = list(
        SupervisorAlert.objects.filter(notified_at__isnull=True, created_at__lte=cutoff)
        .order_by("pk")
        .values_list("pk", flat=True)[:500]
    )
    for alert_id in alerts:
        task_enqueue(supervisor_alert_send, alert_id)
    pushes = []
    if settings.DISPATCH_EIDO_PUSH_URL:
        pushes = list(
            QueueItem.objects.filter(
                eido_pushed_at__isnull=True,
                eido_push_attempted_at__isnull=True,
                closed_at__isnull=True,
                created_at__lte=cutoff,
            )
            .order_by("pk")
            .values_list("pk", flat=True)[:500]
        )
        for item_id in pushes:
            task_enqueue(eido_push, item_id)
    return {"alerts": len(alerts), "eido": len(pushes)}
