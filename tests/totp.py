"""TOTP codes for sign-ins through the real forms, on a clock the test holds still.

allauth accepts only the code of the current 30-second step (MFA_TOTP_TOLERANCE is 0). A code
worked out from time.time() and checked by the server a moment later is refused whenever a step
boundary falls in between: a few seconds on a loaded machine, longer through a browser. So a
conftest pins the clock allauth's TOTP check reads (`totp_clock_pin`, autouse where staff sign
in), and `totp_code` gives the code for allauth's clock. Everything else (the secret, the digits,
the used-code check) is allauth's own.
"""

import time
from types import SimpleNamespace

from allauth.mfa import app_settings
from allauth.mfa.totp.internal import auth as totp_auth

from dispatch_bridge.demo import DEMO_TOTP_SECRET


def totp_clock_pin(monkeypatch) -> None:
    """Hold allauth's TOTP clock at this moment until the test ends."""
    now = time.time()
    monkeypatch.setattr(totp_auth, "time", SimpleNamespace(time=lambda: now))


def totp_code(secret: str = DEMO_TOTP_SECRET) -> str:
    """The code allauth accepts now, by the clock its TOTP check reads."""
    step = int(totp_auth.time.time()) // app_settings.TOTP_PERIOD
    return totp_auth.format_hotp_value(totp_auth.hotp_value(secret, step))
