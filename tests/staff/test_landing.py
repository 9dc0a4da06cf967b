"""Where each role lands after signing in, and a 403 page with a way back for every staff page
a role may not open: never a redirect, so never a loop between a page and the login."""

import pytest
from django.urls import reverse

from portal.staff.models import AuditEntry
from tests.factories import TEST_PASSWORD
from tests.support.staff import login_with_mfa, make_staff
from tests.totp import totp_code

pytestmark = pytest.mark.django_db

# role -> (groups, is_staff): as the demo makes them (content roles are not Django staff).
ROLES = {
    "dispatcher": (["dispatcher"], True),
    "supervisor": (["supervisor"], True),
    "admin": (["admin"], True),
    "editor": (["Community relations editor"], False),
    "approver": (["Approver"], False),
    "nobody": ([], False),  # an account with no role (yet)
}
HOMES = {
    "dispatcher": "/dispatch/",
    "supervisor": "/dispatch/",
    "admin": "/dispatch/",
    "editor": "/admin/",
    "approver": "/admin/",
}
PAGES = [
    "/admin/",
    "/django-admin/",
    "/dispatch/",
    "/staff/messages/",
    "/dispatch/audit/",
    "/dispatch/stats/",
    "/admin/places/upload/",  # the agency's address data: the admin role's
]
OPENS = {
    "dispatcher": {"/django-admin/", "/dispatch/", "/staff/messages/"},
    "supervisor": {
        "/django-admin/",
        "/dispatch/",
        "/staff/messages/",
        "/dispatch/audit/",
        "/dispatch/stats/",
    },
    "admin": set(PAGES),
    "editor": {"/admin/"},
    "approver": {"/admin/"},
    "nobody": set(),
}


def person(role):
    groups, is_staff = ROLES[role]
    return make_staff(f"the-{role}", *groups, is_staff=is_staff)


def sign_in(client, user, **query):
    """Through allauth's forms: password, then the TOTP code. Returns the last response."""
    login = reverse("account_login")
    if query:
        login += "?" + "&".join(f"{k}={v}" for k, v in query.items())
    response = client.post(login, {"login": user.email, "password": TEST_PASSWORD})
    assert response.url == reverse("mfa_authenticate")
    code = totp_code()
    return client.post(reverse("mfa_authenticate"), {"code": code})


@pytest.mark.parametrize("role", HOMES)
def test_each_role_lands_on_its_own_home(client, site, role):
    response = sign_in(client, person(role))

    assert response.status_code == 302 and response.url == HOMES[role]
    assert client.get(response.url).status_code == 200


def test_an_account_without_a_role_lands_on_a_403_with_a_way_out(client, site):
    response = sign_in(client, person("nobody"))

    assert response.url == reverse("staff_home")
    page = client.get(response.url)
    html = page.content.decode()
    assert page.status_code == 403
    assert "You don't have access to this page" in html
    assert f'action="{reverse("account_logout")}"' in html
    assert "Go to your start page" not in html  # there is none


@pytest.mark.parametrize("role", HOMES)
def test_a_signed_in_person_opening_the_login_again_goes_home(client, site, role):
    login_with_mfa(client, person(role))

    response = client.get(reverse("account_login"))

    assert response.status_code == 302 and response.url == HOMES[role]


@pytest.mark.parametrize("role", ROLES)
@pytest.mark.parametrize("path", PAGES)
def test_every_role_gets_the_page_or_a_403_never_a_redirect(client, site, role, path):
    user = person(role)
    login_with_mfa(client, user)

    response = client.get(path)

    if path in OPENS[role]:
        assert response.status_code == 200, (role, path)
        return
    if path.startswith("/admin/") and "/admin/" in OPENS[role]:
        # Inside the Wagtail admin, Wagtail itself sends someone who may use the admin but not
        # this page to the admin's dashboard with a message: a way back, not a loop.
        assert response.status_code == 302 and response.url == "/admin/", (role, path)
        assert client.get(response.url).status_code == 200
        return
    html = response.content.decode()
    assert response.status_code == 403, (role, path, response.get("Location"))
    assert "You don't have access to this page" in html
    assert user.get_username() in html
    if role in HOMES:
        assert f'href="{HOMES[role]}"' in html  # the way back: their own start page
    assert f'action="{reverse("account_logout")}"' in html


@pytest.mark.parametrize("path", ["/admin/", "/django-admin/"])
def test_the_admins_refusals_are_audited(client, site, path):
    user = person("nobody")
    login_with_mfa(client, user)

    client.get(path)

    entry = AuditEntry.objects.get(action="staff.denied")
    assert entry.actor == user and entry.outcome == "denied" and entry.detail == {"path": path}


@pytest.mark.parametrize("path", ["/admin/", "/dispatch/", "/es/staff/messages/"])
def test_the_403_page_speaks_spanish(client, site, path):
    login_with_mfa(client, person("nobody"))
    client.cookies["django_language"] = "es"

    response = client.get(path)

    html = response.content.decode()
    assert response.status_code == 403
    assert '<html lang="es">' in html and "No tiene acceso a esta página" in html


def test_the_staff_start_page_sends_each_role_home(client, site):
    login_with_mfa(client, person("editor"))

    assert client.get("/staff/").url == "/admin/"
    assert client.get("/es/staff/").url == "/admin/"


def test_signed_out_people_are_sent_to_sign_in_not_refused(client, site):
    for path in ["/admin/", "/django-admin/", "/dispatch/", "/staff/messages/", "/staff/"]:
        response = client.get(path)
        assert response.status_code == 302 and "/login/" in response.url, path
