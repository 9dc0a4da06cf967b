"""What the outbox delivers for the dispatch queue: supervisor alerts and the EIDO push.

Handlers take the outbox row, re-read their own rows by id and do nothing if the work is done;
the outbox (portal.outbox) retries the transient errors named in outbox_kinds.py, marks a row
dead after the last attempt and, through dispatch_bridge.receivers, alerts a supervisor.
"""

import hashlib
import hmac
import json
import logging

import requests
from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.mail import send_mail
from django.db.models import Q
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _

from portal.outbox.models import OutboxItem

from .eido import eido_document
from .models import QueueItem, SupervisorAlert

log = logging.getLogger(__name__)

SUPERVISOR_ALERT = "dispatch.supervisor_alert"
EIDO_PUSH = "dispatch.eido_push"


class TransientPushError(Exception):
    """The CAD endpoint answered 5xx or 429: worth another try."""


class PushRefused(Exception):
    """The CAD endpoint answered another 4xx: retrying won't change its mind."""

    code = "refused"


TRANSIENT_PUSH = (requests.ConnectionError, requests.Timeout, TransientPushError)


def supervisors():
    perm = Q(groups__permissions__codename="supervise_queue") | Q(
        user_permissions__codename="supervise_queue"
    )
    return get_user_model().objects.filter(perm, is_active=True).distinct()


def supervisor_alert_send(item: OutboxItem) -> str:
    """Email every supervisor about an alert; the console shows it too."""
    alert = SupervisorAlert.objects.select_related("item__report").get(pk=item.target_id)
    recipients = [u.email for u in supervisors() if u.email]
    if not recipients:
        return ""
    base = settings.WAGTAILADMIN_BASE_URL
    if alert.item_id:
        subject = _("Dispatch queue: %(kind)s, %(reference)s") % {
            "kind": alert.get_kind_display(),
            "reference": alert.item.report.reference,
        }
        url = base + reverse("dispatch:item", args=[alert.item_id])
    else:
        subject = _("Dispatch queue: %(kind)s") % {"kind": alert.get_kind_display()}
        url = base + reverse("dispatch:deliveries")
    # No report details by email: supervisors open the item in the console (audited).
    send_mail(
        subject,
        _("Open the dispatch console: %(url)s") % {"url": url},
        settings.DEFAULT_FROM_EMAIL,
        recipients,
    )
    return ""


def eido_signature(body: bytes, secret: str) -> str:
    return "sha256=" + hmac.new(secret.encode(), body, hashlib.sha256).hexdigest()


def eido_push(item: OutboxItem) -> str:
    """POST the item's EIDO to the configured CAD endpoint, signed with HMAC-SHA256."""
    url = settings.DISPATCH_EIDO_PUSH_URL
    queue_item = QueueItem.objects.select_related("report__category").get(pk=item.target_id)
    if not url or queue_item.eido_pushed_at is not None:
        return ""
    body = json.dumps(
        eido_document(queue_item, base_url=settings.WAGTAILADMIN_BASE_URL), separators=(",", ":")
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
        # A 4xx will not get better by retrying: the row fails and staff see why.
        raise PushRefused(f"CAD refused the EIDO document: {response.status_code}")
    QueueItem.objects.filter(pk=queue_item.pk).update(eido_pushed_at=timezone.now())
    return ""
