"""Staff areas open only for a session that passed the second factor, whatever the login route."""

import pytest
from allauth.mfa.models import Authenticator
from allauth.mfa.signals import authenticator_added
from django.contrib.auth import SESSION_KEY
from django.contrib.sessions.backends.db import SessionStore
from django.test import RequestFactory
from django.urls import reverse

from portal.staff.middleware import session_passed_mfa
from portal.staff.models import AuditEntry
from tests.factories import TEST_PASSWORD
from tests.support.staff import login_with_mfa, make_staff
from tests.totp import totp_code

pytestmark = pytest.mark.django_db

STAFF_AREAS = ["/dispatch/", "/admin/", "/django-admin/", "/staff/messages/", "/es/staff/messages/"]


@pytest.fixture
def boss(site):
    # A superuser supervisor: every staff area would open for them once signed in. (The site:
    # Wagtail's dashboard needs a page tree, which an earlier transactional test may have flushed.)
    return make_staff("boss", "admin", is_superuser=True)


@pytest.mark.parametrize("login_url", ["/admin/login/", "/django-admin/login/"])
def test_the_admin_login_forms_send_to_allauth_and_sign_nobody_in(client, boss, login_url):
    response = client.post(
        f"{login_url}?next=/dispatch/",
        {"username": "boss", "password": TEST_PASSWORD, "next": "/dispatch/"},
    )

    assert response.status_code == 302
    assert response.url == f"{reverse('account_login')}?next=/dispatch/"
    assert SESSION_KEY not in client.session
    for path in STAFF_AREAS:
        response = client.get(path)
        assert response.status_code == 302, path
        assert "/login/" in response.url, path


@pytest.mark.parametrize("login_url", ["/admin/login/", "/django-admin/login/"])
def test_the_admin_login_pages_redirect_keeping_next(client, login_url):
    response = client.get(f"{login_url}?next=/admin/pages/")

    assert response.status_code == 302
    assert response.url == f"{reverse('account_login')}?next=/admin/pages/"


@pytest.mark.parametrize("path", STAFF_AREAS)
def test_a_password_only_session_reaches_no_staff_area(client, boss, path):
    client.force_login(boss)  # what a password-only login leaves behind

    response = client.get(path)

    assert response.status_code == 302
    assert response.url.startswith(reverse("account_login"))
    assert SESSION_KEY not in client.session  # signed out, to start again through allauth
    entry = AuditEntry.objects.get(action="auth.mfa_missing")
    assert entry.actor == boss and entry.outcome == "denied"


def test_a_password_only_background_poll_is_told_it_is_signed_out(client, boss):
    client.force_login(boss)

    response = client.get(reverse("dispatch:queue_rows"), HTTP_X_BACKGROUND_POLL="1")

    assert response.status_code == 401 and response.json() == {"signed_out": True}


@pytest.mark.parametrize("path", STAFF_AREAS)
def test_a_session_that_passed_mfa_opens_the_staff_areas(client, boss, path):
    login_with_mfa(client, boss)

    assert client.get(path).status_code == 200


def test_another_users_mfa_record_does_not_count(client, boss):
    other = make_staff("other", "dispatcher")
    login_with_mfa(client, other)
    client.force_login(boss)  # a different user: Django flushes the session

    assert client.get("/dispatch/").status_code == 302


# Transactional: allauth announces the new authenticator on commit, inside the request, and the
# session must be written after that (a test transaction would delay it past the response).
@pytest.mark.django_db(transaction=True)
def test_enrolling_the_first_authenticator_counts_as_passing_mfa(client):
    make_staff("newbie", "dispatcher", mfa=False)
    client.post(
        reverse("account_login"), {"login": "newbie@example.org", "password": TEST_PASSWORD}
    )
    response = client.get("/dispatch/")
    assert response.url.startswith(reverse("mfa_activate_totp"))
    response = client.get(response.url, follow=True)
    client.post(response.redirect_chain[-1][0], {"password": TEST_PASSWORD})  # reauthenticate
    response = client.get(reverse("mfa_activate_totp"))
    secret = response.context["form"].secret

    code = totp_code(secret)
    response = client.post(reverse("mfa_activate_totp"), {"code": code})

    assert response.status_code == 302
    assert client.get("/dispatch/").status_code == 200


def test_adding_a_further_authenticator_does_not_count(db):
    user = make_staff("enrolled", "dispatcher")
    second = Authenticator.objects.create(user=user, type="webauthn", data={})
    request = RequestFactory().get("/")
    request.session, request.user = SessionStore(), user

    authenticator_added.send(sender=Authenticator, request=request, user=user, authenticator=second)

    assert not session_passed_mfa(request, user)
