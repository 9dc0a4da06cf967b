"""Demo staff for `make demo`: every demo staff account gets a TOTP authenticator with a fixed,
printed secret (staff areas need MFA), plus a few queued reports to triage.

The secret is for the fictional demo only: anyone who reads this file can sign in to a demo.
"""

import time
from datetime import timedelta

from allauth.mfa.models import Authenticator
from allauth.mfa.totp.internal.auth import TOTP, format_hotp_value, hotp_value
from django.contrib.auth import get_user_model
from django.utils import timezone

from .models import QueueItem

DEMO_TOTP_SECRET = "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP"  # noqa: S105 - printed on purpose


def demo_totp_code() -> str:
    return format_hotp_value(hotp_value(DEMO_TOTP_SECRET, int(time.time()) // 30))


def _demo_overdue_item() -> None:
    """Make the oldest waiting demo item past due, so the demo's first SLA check (a few seconds
    after the server starts) alerts the supervisor, as a real missed deadline would."""
    if QueueItem.objects.filter(overdue_alerted_at__isnull=False).exists():
        return
    item = QueueItem.objects.filter(decided_at__isnull=True).order_by("created_at").first()
    if item is not None:
        past = timezone.now() - timedelta(minutes=90)
        QueueItem.objects.filter(pk=item.pk).update(created_at=past, due_at=past)


def load_dispatch_demo(*, stdout=None, **kwargs) -> None:
    """Idempotent: give demo staff their TOTP. The demo reports come from intake's demo and
    reach the queue the way every report does, through report_submitted."""
    # Every demo account, editors included: the Wagtail admin also asks for MFA.
    users = get_user_model().objects.filter(email__endswith="@example.org")
    for user in users:
        if not Authenticator.objects.filter(user=user, type=Authenticator.Type.TOTP).exists():
            TOTP.activate(user, DEMO_TOTP_SECRET)
    _demo_overdue_item()
    if stdout is not None:
        stdout.write(
            "Staff sign in with a TOTP code as the second step. For the current code run\n"
            "  .venv/bin/python manage.py dispatch_demo_code\n"
            f"or add the secret {DEMO_TOTP_SECRET} to an authenticator app.\n"
        )
