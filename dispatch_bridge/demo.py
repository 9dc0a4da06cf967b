"""Demo staff for `make demo`: every demo staff account gets a TOTP authenticator with a fixed,
printed secret (staff areas need MFA), plus a few queued reports to triage.

The secret is for the fictional demo only: anyone who reads this file can sign in to a demo.
"""

import time

from allauth.mfa.models import Authenticator
from allauth.mfa.totp.internal.auth import TOTP, format_hotp_value, hotp_value
from django.contrib.auth import get_user_model

DEMO_TOTP_SECRET = "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP"  # noqa: S105 - printed on purpose


def demo_totp_code() -> str:
    return format_hotp_value(hotp_value(DEMO_TOTP_SECRET, int(time.time()) // 30))


def load_dispatch_demo(*, stdout=None, **kwargs) -> None:
    """Idempotent: give demo staff their TOTP. The demo reports come from intake's demo and
    reach the queue the way every report does, through report_submitted."""
    # Every demo account, editors included: the Wagtail admin also asks for MFA.
    users = get_user_model().objects.filter(email__endswith="@example.org")
    for user in users:
        if not Authenticator.objects.filter(user=user, type=Authenticator.Type.TOTP).exists():
            TOTP.activate(user, DEMO_TOTP_SECRET)
    if stdout is not None:
        stdout.write(
            "  demo staff sign in with a TOTP code. Add this secret to any authenticator app\n"
            f"  (otpauth://totp/Demo?secret={DEMO_TOTP_SECRET}) or run\n"
            "  `python manage.py dispatch_demo_code` for the current code.\n"
            "  dispatch console: http://127.0.0.1:8000/dispatch/"
        )
