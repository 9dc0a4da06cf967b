"""API keys: made in the admin and shown once, stored only as a hash, revocable."""

import hashlib
import re

import pytest
from django.core.management import call_command

from reporting.open311.models import ApiClient
from tests.dispatch_bridge.conftest import make_staff
from tests.factories import StaffFactory
from tests.support.staff import login_with_mfa

pytestmark = pytest.mark.django_db

ADD = "/django-admin/open311/apiclient/add/"
LIST = "/django-admin/open311/apiclient/"


@pytest.fixture
def superuser(db):
    return StaffFactory(username="root", is_superuser=True)


def test_an_admin_makes_a_key_that_is_shown_once_and_stored_hashed(client, superuser):
    login_with_mfa(client, superuser)
    response = client.post(
        ADD,
        {"name": "City 311 app", "contact": "it@example.org", "rate_limit": "60/h", "active": "on"},
        follow=True,
    )
    assert response.status_code == 200
    shown = re.search(r"The API key for City 311 app is ([\w-]{40,})", response.content.decode())
    assert shown, response.content.decode()[:2000]
    key = shown.group(1)
    client_row = ApiClient.objects.get()
    assert client_row.key_hash == hashlib.sha256(key.encode()).hexdigest()
    assert key not in str(ApiClient.objects.values().get())
    # Not shown again.
    assert key not in client.get(LIST).content.decode()
    assert key not in client.get(f"{LIST}{client_row.pk}/change/").content.decode()


def test_revoking_in_the_admin_stops_the_key(client, superuser, site):
    row = ApiClient(name="Old app")
    key = row.new_key()
    row.save()
    login_with_mfa(client, superuser)
    client.post(LIST, {"action": "revoke", "_selected_action": [row.pk]})
    row.refresh_from_db()
    assert not row.active
    assert row.revoked_at is not None
    response = client.post(
        "/open311/v2/requests.json", {"api_key": key, "service_code": "vandalism"}
    )
    assert response.status_code == 403


def test_staff_without_the_permission_cannot_see_keys(client, db):
    dispatcher = make_staff("dispatcher", "dispatcher")
    login_with_mfa(client, dispatcher)
    assert client.get(ADD).status_code == 403


def test_the_command_makes_a_key(capsys, db):
    call_command("open311_api_key", "Civic app", "--rate", "10/h")
    key = capsys.readouterr().out.strip().removeprefix("api_key=")
    row = ApiClient.objects.get(name="Civic app")
    assert row.key_hash == hashlib.sha256(key.encode()).hexdigest()
    assert row.rate_limit == "10/h"
