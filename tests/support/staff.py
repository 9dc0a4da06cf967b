"""Signing staff in from tests without going through the forms.

Staff areas open only for a session that passed the second factor (allauth's authentication
records, see portal.staff.middleware), which `client.force_login` alone never does.

Also one named user per role (`make_staff` and the fixtures below; a conftest imports the
fixtures it wants), each enrolled in TOTP so staff areas open for them.
"""

import time

import pytest
from allauth.account.internal.flows.login import (
    _AUTHENTICATION_METHODS_USER_SESSION_KEY,
    AUTHENTICATION_METHODS_SESSION_KEY,
)
from allauth.account.internal.userkit import user_id_to_str
from allauth.mfa.models import Authenticator
from allauth.mfa.totp.internal.auth import TOTP
from django.contrib.auth.models import Group

from dispatch_bridge.demo import DEMO_TOTP_SECRET as DEMO_SECRET
from portal.staff.roles import roles_ensure
from tests.factories import StaffFactory


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


def make_staff(username, *groups, mfa=True, **fields):
    # The roles are made after every migrate and flush; a test that deleted them gets them back.
    if Group.objects.filter(name__in=groups).count() != len(set(groups)):
        roles_ensure()
    user = StaffFactory(username=username, **fields)
    user.groups.set([Group.objects.get(name=g) for g in groups])
    if mfa:
        TOTP.activate(user, DEMO_SECRET)
    return user


@pytest.fixture
def dispatcher(db):
    return make_staff("dispatcher", "dispatcher")


@pytest.fixture
def dispatcher2(db):
    return make_staff("dispatcher2", "dispatcher")


@pytest.fixture
def supervisor(db):
    return make_staff("supervisor", "supervisor")


@pytest.fixture
def editor(db):
    return make_staff("editor", "Community relations editor")


@pytest.fixture
def approver(db):
    return make_staff("approver", "Approver")


@pytest.fixture
def admin_user(db):
    return make_staff("admin", "admin")
