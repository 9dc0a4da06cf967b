"""The supervisors' page of undelivered side effects: dead and failed outbox rows, each with
its error and a retry button. Permission-checked per role; every view and retry is audited."""

import pytest
from django.test import Client
from django.urls import reverse
from django.utils import timezone

from portal.outbox.models import OutboxItem
from portal.staff.models import AuditEntry
from tests.support.staff import login_with_mfa

pytestmark = pytest.mark.django_db

PAGE = reverse("dispatch:deliveries")


@pytest.fixture
def dead(db):
    return OutboxItem.objects.create(
        kind="dispatch.eido_push",
        key="dispatch.eido_push:41",
        target_id=41,
        state="dead",
        attempts=7,
        last_error="CAD answered 503 <script>alert(1)</script>",
        error_code="TransientPushError",
        finished_at=timezone.now(),
    )


@pytest.fixture
def failed(db):
    return OutboxItem.objects.create(
        kind="messaging.sms",
        key="messaging.message:9",
        target_id=9,
        state="failed",
        attempts=1,
        last_error="The reporter opted out of texts.",
        error_code="21610",
        finished_at=timezone.now(),
    )


@pytest.mark.parametrize(
    ("role", "status"),
    [("dispatcher", 403), ("supervisor", 200), ("admin_user", 200), ("editor", 403)],
)
def test_only_supervisors_see_the_page(request, client, dead, role, status):
    login_with_mfa(client, request.getfixturevalue(role))
    assert client.get(PAGE).status_code == status
    response = client.post(reverse("dispatch:delivery_retry", args=[dead.pk]))
    assert response.status_code == (302 if status == 200 else 403)
    dead.refresh_from_db()
    assert dead.state == ("pending" if status == 200 else "dead")


def test_anonymous_visitors_are_sent_to_sign_in(client, dead):
    assert client.get(PAGE).status_code == 302
    client.post(reverse("dispatch:delivery_retry", args=[dead.pk]))
    dead.refresh_from_db()
    assert dead.state == "dead"


def test_the_page_lists_dead_and_failed_rows_with_their_errors_escaped(
    client, supervisor, dead, failed, django_assert_max_num_queries
):
    OutboxItem.objects.create(kind="messaging.sms", key="sent", state="sent")
    OutboxItem.objects.create(kind="messaging.sms", key="pending")
    login_with_mfa(client, supervisor)

    with django_assert_max_num_queries(15):
        html = client.get(PAGE).content.decode()

    assert "dispatch.eido_push #41" in html and "messaging.sms #9" in html
    assert "21610:" in html and "The reporter opted out of texts." in html
    assert "<script>alert(1)</script>" not in html
    assert "&lt;script&gt;" in html
    assert html.count("Try again") == 2  # not for sent or pending rows
    entry = AuditEntry.objects.get(action="deliveries.view")
    assert entry.actor == supervisor


def test_a_retry_is_audited_and_queues_the_row_with_fresh_attempts(
    client, supervisor, dead, django_capture_on_commit_callbacks
):
    login_with_mfa(client, supervisor)
    with django_capture_on_commit_callbacks(execute=False) as callbacks:
        response = client.post(reverse("dispatch:delivery_retry", args=[dead.pk]), follow=True)

    assert "Queued to be tried again." in response.content.decode()
    dead.refresh_from_db()
    assert dead.state == "pending" and dead.attempts == 0
    assert len(callbacks) == 1  # published after the commit
    entry = AuditEntry.objects.get(action="delivery.retry")
    assert entry.actor == supervisor and entry.object_id == str(dead.pk)
    assert entry.detail == {"kind": "dispatch.eido_push", "target_id": 41}


def test_retrying_a_row_that_is_not_dead_or_failed_explains_itself(client, supervisor, dead):
    OutboxItem.objects.filter(pk=dead.pk).update(state="sent")
    login_with_mfa(client, supervisor)

    response = client.post(reverse("dispatch:delivery_retry", args=[dead.pk]), follow=True)

    assert response.status_code == 200
    assert "not waiting for a retry" in response.content.decode()
    assert not AuditEntry.objects.filter(action="delivery.retry").exists()


def test_retry_needs_a_csrf_token(supervisor, dead):
    client = Client(enforce_csrf_checks=True)
    login_with_mfa(client, supervisor)
    assert client.post(reverse("dispatch:delivery_retry", args=[dead.pk])).status_code == 403
    dead.refresh_from_db()
    assert dead.state == "dead"


def test_a_retry_of_a_missing_row_is_explained_not_a_500(client, supervisor):
    login_with_mfa(client, supervisor)
    response = client.post(reverse("dispatch:delivery_retry", args=[999999]), follow=True)
    assert response.status_code == 200
    assert "no longer exists" in response.content.decode()
