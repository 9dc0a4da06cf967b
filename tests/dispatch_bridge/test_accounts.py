"""Staff sign-in: MFA at every login, lockout after 5 failures, idle logout, all audited."""

import time

import pytest
from allauth.mfa.totp.internal.auth import format_hotp_value, hotp_value
from django.urls import reverse

from dispatch_bridge.middleware import LAST_SEEN
from dispatch_bridge.models import AuditEntry
from tests.dispatch_bridge.conftest import DEMO_SECRET
from tests.factories import TEST_PASSWORD
from tests.support.staff import login_with_mfa

pytestmark = pytest.mark.django_db
LOGIN = "/accounts/login/"


def current_code():
    return format_hotp_value(hotp_value(DEMO_SECRET, int(time.time()) // 30))


def sign_in(client, email, password=TEST_PASSWORD):
    return client.post(LOGIN, {"login": email, "password": password})


def test_password_alone_does_not_open_the_console(client, dispatcher):
    response = sign_in(client, "dispatcher@example.org")

    assert response.status_code == 302 and response.url == reverse("mfa_authenticate")
    assert client.get("/dispatch/").status_code == 302  # not signed in yet


def test_password_and_totp_code_sign_in_and_are_audited(client, dispatcher):
    sign_in(client, "dispatcher@example.org")
    response = client.post(reverse("mfa_authenticate"), {"code": current_code()})

    assert response.status_code == 302
    assert client.get("/dispatch/").status_code == 200
    entry = AuditEntry.objects.get(action="auth.login")
    assert entry.actor == dispatcher and entry.ip == "127.0.0.1"


def test_failed_logins_are_audited(client, dispatcher):
    sign_in(client, "dispatcher@example.org", "wrong-password")

    entry = AuditEntry.objects.get(action="auth.login_failed")
    assert entry.outcome == "failure" and entry.actor_label == "dispatcher@example.org"


def test_five_failures_lock_the_account_even_with_the_right_password(client, dispatcher):
    for _ in range(5):
        response = sign_in(client, "dispatcher@example.org", "wrong-password")
        assert response.status_code == 200

    response = sign_in(client, "dispatcher@example.org")

    assert response.status_code in (200, 429)
    assert "Too many failed login attempts" in response.content.decode()
    assert reverse("mfa_authenticate") not in response.get("Location", "")


def test_four_failures_do_not_lock(client, dispatcher):
    for _ in range(4):
        sign_in(client, "dispatcher@example.org", "wrong-password")

    response = sign_in(client, "dispatcher@example.org")

    assert response.status_code == 302 and response.url == reverse("mfa_authenticate")


def test_idle_staff_are_signed_out_after_the_timeout(client, dispatcher, settings):
    settings.STAFF_IDLE_TIMEOUT = 1800
    login_with_mfa(client, dispatcher)
    assert client.get("/dispatch/").status_code == 200

    session = client.session
    session[LAST_SEEN] = time.time() - 1801
    session.save()
    response = client.get("/dispatch/")

    assert response.status_code == 302 and response.url.startswith(LOGIN)
    assert client.get("/dispatch/").url.startswith(LOGIN)  # really signed out
    assert AuditEntry.objects.filter(action="auth.logout", actor=dispatcher).exists()


def test_background_polling_does_not_keep_a_session_alive(client, dispatcher):
    login_with_mfa(client, dispatcher)
    client.get("/dispatch/")
    session = client.session
    session[LAST_SEEN] = time.time() - 1700
    session.save()

    poll = client.get(reverse("dispatch:queue_rows"), HTTP_X_BACKGROUND_POLL="1")

    assert poll.status_code == 200
    assert client.session[LAST_SEEN] < time.time() - 1600  # not refreshed by the poll
    session = client.session
    session[LAST_SEEN] = time.time() - 1801
    session.save()
    expired = client.get(reverse("dispatch:queue_rows"), HTTP_X_BACKGROUND_POLL="1")
    assert expired.status_code == 401 and expired.json() == {"signed_out": True}
