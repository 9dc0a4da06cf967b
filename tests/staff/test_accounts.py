"""Staff sign-in: MFA at every login, lockout after 5 failures, idle logout, all audited."""

import time

import pytest
from django.urls import reverse

from portal.staff.middleware import LAST_SEEN
from portal.staff.models import AuditEntry
from tests.factories import TEST_PASSWORD
from tests.support.staff import login_with_mfa
from tests.totp import totp_code

pytestmark = pytest.mark.django_db
LOGIN = "/accounts/login/"


def sign_in(client, email, password=TEST_PASSWORD):
    return client.post(LOGIN, {"login": email, "password": password})


def test_password_alone_does_not_open_the_console(client, dispatcher):
    response = sign_in(client, "dispatcher@example.org")

    assert response.status_code == 302 and response.url == reverse("mfa_authenticate")
    assert client.get("/dispatch/").status_code == 302  # not signed in yet


def test_password_and_totp_code_sign_in_and_are_audited(client, dispatcher):
    sign_in(client, "dispatcher@example.org")
    response = client.post(reverse("mfa_authenticate"), {"code": totp_code()})

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


def test_a_click_keeps_the_session_alive_writing_it_at_most_every_refresh_interval(
    client, dispatcher, monkeypatch
):
    from types import SimpleNamespace

    from portal.staff import middleware
    from portal.staff.middleware import LAST_SEEN_REFRESH_SECONDS

    # The middleware's clock holds still, so a slow machine can't carry "half an interval ago"
    # past the interval between setting it and the click.
    now = time.time()
    monkeypatch.setattr(middleware, "time", SimpleNamespace(time=lambda: now))
    login_with_mfa(client, dispatcher)
    client.get("/dispatch/")
    session = client.session
    session[LAST_SEEN] = now - 1700
    session.save()

    assert client.get("/dispatch/").status_code == 200
    assert client.session[LAST_SEEN] == now  # refreshed by the click

    # Within the interval the click saves nothing: the session is not written again.
    recent = now - LAST_SEEN_REFRESH_SECONDS / 2
    session = client.session
    session[LAST_SEEN] = recent
    session.save()
    assert client.get("/dispatch/").status_code == 200
    assert client.session[LAST_SEEN] == recent


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


def test_behind_a_trusted_proxy_the_audit_records_the_client(client, dispatcher, settings):
    settings.TRUSTED_PROXIES = ["10.0.0.5"]
    client.defaults.update(REMOTE_ADDR="10.0.0.5", HTTP_X_FORWARDED_FOR="198.51.100.7")
    sign_in(client, "dispatcher@example.org")
    client.post(reverse("mfa_authenticate"), {"code": totp_code()})

    assert AuditEntry.objects.get(action="auth.login").ip == "198.51.100.7"


# --- Throttling: per account (from one address) and per address --------------------------------


def from_address(client, ip, email, password="wrong-password"):  # noqa: S107
    return client.post(LOGIN, {"login": email, "password": password}, REMOTE_ADDR=ip)


def locked(response) -> bool:
    return "Too many failed login attempts" in response.content.decode()


def test_guessing_at_an_account_does_not_lock_its_owner_out(client, dispatcher):
    for _ in range(5):
        from_address(client, "203.0.113.66", "dispatcher@example.org")
    assert locked(from_address(client, "203.0.113.66", "dispatcher@example.org", TEST_PASSWORD))

    response = from_address(client, "192.0.2.10", "dispatcher@example.org", TEST_PASSWORD)

    assert response.status_code == 302 and response.url == reverse("mfa_authenticate")


def test_one_address_is_stopped_whichever_accounts_it_tries(client, dispatcher, supervisor):
    for n in range(20):
        from_address(client, "203.0.113.66", f"someone{n}@example.org")

    # The address is stopped, even for a right password...
    assert locked(from_address(client, "203.0.113.66", "supervisor@example.org", TEST_PASSWORD))
    # ...but nobody else is.
    response = from_address(client, "192.0.2.10", "supervisor@example.org", TEST_PASSWORD)
    assert response.status_code == 302 and response.url == reverse("mfa_authenticate")


def test_behind_a_trusted_proxy_the_limits_follow_the_client(client, dispatcher, settings):
    settings.TRUSTED_PROXIES = ["10.0.0.5"]

    def through_proxy(client_address, password="x"):  # noqa: S107
        return client.post(
            LOGIN,
            {"login": "dispatcher@example.org", "password": password},
            REMOTE_ADDR="10.0.0.5",
            HTTP_X_FORWARDED_FOR=client_address,
        )

    for _ in range(5):
        through_proxy("203.0.113.66")

    assert locked(through_proxy("203.0.113.66", TEST_PASSWORD))
    response = through_proxy("198.51.100.7", TEST_PASSWORD)
    assert response.status_code == 302 and response.url == reverse("mfa_authenticate")
