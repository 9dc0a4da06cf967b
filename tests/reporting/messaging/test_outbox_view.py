"""The staff outbox at /staff/messages/: every message, its status and error, filterable."""

import pytest
from django.contrib.auth.models import Permission

from reporting.messaging.models import Message
from tests.factories import StaffFactory, report_submit_for_test
from tests.support.staff import login_with_mfa

from .conftest import REPORTER

pytestmark = pytest.mark.django_db

URL = "/staff/messages/"


@pytest.fixture
def viewer(db):
    user = StaffFactory(username="supervisor")
    user.user_permissions.add(
        Permission.objects.get(codename="view_message", content_type__app_label="messaging")
    )
    return user


@pytest.fixture
def messages(site):
    report = report_submit_for_test(phone=REPORTER)
    failed = Message.objects.create(
        report=report,
        channel="sms",
        to="+12025550104",
        body="Are you <b>home</b>?",
        status="failed",
        error_code="21610",
        error_message="Attempt to send to unsubscribed recipient",
        automatic=False,
    )
    return report, failed


def test_anonymous_visitors_are_sent_to_the_login_page(client):
    response = client.get(URL)

    assert response.status_code == 302 and response["Location"].startswith("/accounts/login/")


def test_staff_without_the_permission_get_403(client, db):
    login_with_mfa(client, StaffFactory(username="clerk"))

    assert client.get(URL).status_code == 403


def test_the_outbox_lists_messages_with_status_and_reason(client, viewer, messages):
    report, failed = messages
    login_with_mfa(client, viewer)

    response = client.get(URL)

    html = response.content.decode()
    assert response.status_code == 200
    assert report.reference in html
    assert "opted out of text messages" in html and "21610" in html
    assert "Are you &lt;b&gt;home&lt;/b&gt;?" in html  # escaped, never rendered
    assert "2 messages" in html


def test_filters_narrow_the_list(client, viewer, messages):
    login_with_mfa(client, viewer)

    failed_only = client.get(URL, {"status": "failed"}).content.decode()
    by_phone = client.get(URL, {"q": "+12025550104"}).content.decode()

    assert "1 message" in failed_only and "21610" in failed_only
    assert "1 message" in by_phone


def test_a_bad_filter_value_is_explained_not_a_500(client, viewer, messages):
    login_with_mfa(client, viewer)

    response = client.get(URL, {"status": "exploded", "q": "kept"})

    assert response.status_code == 200
    html = response.content.decode()
    assert "Select a valid choice" in html
    assert 'value="kept"' in html


def test_the_outbox_in_spanish(client, viewer, messages):
    login_with_mfa(client, viewer)

    html = client.get("/es" + URL).content.decode()

    assert "Mensajes" in html and "Falló" in html


@pytest.mark.parametrize("prefix", ["", "/es"])
def test_every_look_at_the_outbox_is_audited(client, viewer, messages, prefix):
    from portal.staff.models import AuditEntry

    login_with_mfa(client, viewer)

    assert client.get(prefix + URL, {"status": "failed"}).status_code == 200

    entry = AuditEntry.objects.get(action="report.view_list")
    assert entry.actor == viewer and entry.ip == "127.0.0.1"
    assert entry.detail == {"view": "messaging.outbox", "page": 1, "status": "failed"}


@pytest.mark.parametrize("prefix", ["", "/es"])
def test_the_outbox_needs_a_session_that_passed_mfa(client, viewer, messages, prefix):
    client.force_login(viewer)  # enrolled or not, a password alone is not enough

    response = client.get(prefix + URL)

    assert response.status_code == 302
    assert "/accounts/" in response["Location"] and "Mensajes" not in response.content.decode()
