"""Demo staff for `make demo`: every demo staff account gets a TOTP authenticator with a fixed,
printed secret (staff areas need MFA), plus a few queued reports to triage.

The secret is for the fictional demo only: anyone who reads this file can sign in to a demo.
"""

import time

from allauth.mfa.models import Authenticator
from allauth.mfa.totp.internal.auth import TOTP, format_hotp_value, hotp_value
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group, Permission

from .roles import roles_ensure

DEMO_TOTP_SECRET = "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP"  # noqa: S105 - printed on purpose


def demo_totp_code() -> str:
    return format_hotp_value(hotp_value(DEMO_TOTP_SECRET, int(time.time()) // 30))


def load_dispatch_demo(stdout=None) -> None:
    """Idempotent: enrol demo staff in TOTP and queue a few demo reports if none exist."""
    roles_ensure(Group, Permission)
    users = get_user_model().objects.filter(is_staff=True, email__endswith="@example.org")
    for user in users:
        if not Authenticator.objects.filter(user=user, type=Authenticator.Type.TOTP).exists():
            TOTP.activate(user, DEMO_TOTP_SECRET)
    _demo_reports()
    if stdout is not None:
        stdout.write(
            "  demo staff sign in with a TOTP code. Add this secret to any authenticator app\n"
            f"  (otpauth://totp/Demo?secret={DEMO_TOTP_SECRET}) or run\n"
            "  `python manage.py dispatch_demo_code` for the current code.\n"
            "  dispatch console: http://127.0.0.1:8000/dispatch/"
        )


def _demo_reports() -> None:
    from wagtail.models import Locale

    from reporting.models import Category, Report
    from reporting.services import report_submit

    if Report.objects.exists():
        return
    locale = Locale.objects.get(language_code="en")
    vandalism, _ = Category.objects.get_or_create(
        slug="vandalism",
        locale=locale,
        defaults={"name": "Vandalism", "apco_code": "VANDAL", "default_priority": 3},
    )
    larceny, _ = Category.objects.get_or_create(
        slug="theft",
        locale=locale,
        defaults={"name": "Theft", "apco_code": "LARCENY", "default_priority": 3},
    )
    for category, narrative, phone in [
        (vandalism, "Someone painted graffiti on the side of my garage overnight.", "+12025550101"),
        (larceny, "My bicycle was taken from the rack outside the library.", "+12025550102"),
        (vandalism, "The bus shelter glass on Elm Street is smashed.", "+12025550103"),
    ]:
        report_submit(
            category=category,
            reporter_name="Demo Resident",
            language="en",
            narrative=narrative,
            phone=phone,
            callback_channel="sms",
            address="100 Example Avenue",
            city="Example City",
        )
