"""Signing staff in from tests without going through the forms.

Staff areas open only for a session that passed the second factor (allauth's authentication
records, see dispatch_bridge.middleware), which `client.force_login` alone never does.
"""

import time

from allauth.account.internal.flows.login import (
    _AUTHENTICATION_METHODS_USER_SESSION_KEY,
    AUTHENTICATION_METHODS_SESSION_KEY,
)
from allauth.account.internal.userkit import user_id_to_str
from allauth.mfa.models import Authenticator
from allauth.mfa.totp.internal.auth import TOTP

from dispatch_bridge.demo import DEMO_TOTP_SECRET as DEMO_SECRET


def login_with_mfa(client, user, *, secret: str = DEMO_SECRET):
    """force_login, plus what allauth writes after a password and a TOTP code were accepted.

    Enrols a TOTP authenticator first if the user has none. Returns the client."""
    totp = Authenticator.objects.filter(user=user, type=Authenticator.Type.TOTP).first()
    if totp is None:
        totp = TOTP.activate(user, secret).instance
    client.force_login(user)
    session, now = client.session, time.time()
    session[AUTHENTICATION_METHODS_SESSION_KEY] = [
        {"method": "password", "at": now, "email": user.email},
        {"method": "mfa", "at": now, "id": totp.pk, "type": "totp"},
    ]
    session[_AUTHENTICATION_METHODS_USER_SESSION_KEY] = user_id_to_str(user)
    session.save()
    return client
