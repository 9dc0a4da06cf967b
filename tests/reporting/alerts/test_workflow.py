"""Editors draft alerts, approvers publish them; each role sees only what it should."""

import re

import pytest
from django.contrib.auth.models import Group
from django.core.exceptions import ValidationError

from cms.editorial import APPROVER_GROUP, EDITOR_GROUP, WORKFLOW_NAME
from portal.outbox.models import OutboxItem
from portal.staff.roles import ADMIN, DISPATCHER, SUPERVISOR
from reporting.alerts.models import Alert
from tests.factories import StaffFactory
from tests.support.staff import login_with_mfa

from .conftest import alert_make

pytestmark = pytest.mark.django_db


def staff_in(group: str, username: str):
    user = StaffFactory(username=username)
    user.groups.add(Group.objects.get(name=group))
    return user


@pytest.fixture
def editor(db):
    return staff_in(EDITOR_GROUP, "editor")


@pytest.fixture
def approver(db):
    return staff_in(APPROVER_GROUP, "approver")


@pytest.mark.parametrize(
    ("group", "can_edit", "can_publish", "sees_counts"),
    [
        (EDITOR_GROUP, True, False, False),
        (APPROVER_GROUP, True, True, True),
        (SUPERVISOR, False, False, True),
        (DISPATCHER, False, False, False),
        (ADMIN, False, False, True),
    ],
)
def test_permissions_per_role(group, can_edit, can_publish, sees_counts):
    user = staff_in(group, f"u-{group[:8]}")
    assert user.has_perm("alerts.change_alert") is can_edit
    assert user.has_perm("alerts.publish_alert") is can_publish
    assert user.has_perm("alerts.view_delivery") is sees_counts
    # Only the portal administrator marks staff test recipients.
    assert user.has_perm("alerts.change_subscriber") is (group == ADMIN)


def test_alerts_go_through_the_review_workflow(db):
    assert Alert.get_default_workflow().name == WORKFLOW_NAME


def test_an_alert_goes_live_and_fans_out_only_after_an_approver_approves(editor, approver, hoods):
    alert = alert_make(publish=False, neighbourhoods=[hoods[0]])
    alert.save_revision(user=editor)
    workflow_state = alert.get_workflow().start(alert, editor)
    alert.refresh_from_db()
    assert not alert.live
    assert not OutboxItem.objects.filter(kind="alerts.fanout").exists()

    task_state = workflow_state.current_task_state
    task = task_state.task.specific
    assert not task.get_actions(alert, editor)  # an editor cannot approve their own alert
    task.on_action(task_state, approver, "approve")

    alert.refresh_from_db()
    assert alert.live and alert.first_published_at
    assert OutboxItem.objects.filter(kind="alerts.fanout", target_id=alert.pk).count() == 1


def test_publishing_again_does_not_fan_out_again(hoods):
    alert = alert_make(neighbourhoods=[hoods[0]])
    alert.save_revision().publish()
    assert OutboxItem.objects.filter(kind="alerts.fanout", target_id=alert.pk).count() == 1


def test_an_editor_cannot_publish_from_the_admin(client, editor, hoods):
    alert = alert_make(publish=False, neighbourhoods=[hoods[0]])
    alert.save_revision(user=editor)
    login_with_mfa(client, editor)
    edit = client.get(f"/admin/snippets/alerts/alert/edit/{alert.pk}/")
    assert edit.status_code == 200
    assert b'name="action-publish"' not in edit.content
    assert b'name="action-submit"' in edit.content


def test_an_approver_can_publish_from_the_admin(client, approver, hoods):
    alert = alert_make(publish=False, neighbourhoods=[hoods[0]])
    alert.save_revision(user=approver)
    login_with_mfa(client, approver)
    edit = client.get(f"/admin/snippets/alerts/alert/edit/{alert.pk}/")
    assert b'name="action-publish"' in edit.content


def test_dispatchers_have_no_alerts_admin(client):
    login_with_mfa(client, staff_in(DISPATCHER, "disp"))
    assert client.get("/admin/snippets/alerts/alert/").status_code in (302, 403)


def test_an_update_must_reference_a_published_alert(hoods):
    draft = alert_make(publish=False)
    update = Alert(
        msg_type="Update",
        event="x",
        headline_en="h",
        headline_es="h",
        description_en="d",
        description_es="d",
    )
    with pytest.raises(ValidationError) as excinfo:
        update.full_clean()
    assert "references" in excinfo.value.message_dict
    update.references = draft
    with pytest.raises(ValidationError) as excinfo:
        update.full_clean()
    assert "references" in excinfo.value.message_dict
    update.references = alert_make()
    update.full_clean()


def test_a_new_alert_references_nothing_and_expires_after_it_starts(hoods):
    alert = Alert(
        msg_type="Alert",
        references=alert_make(),
        event="x",
        headline_en="h",
        headline_es="h",
        description_en="d",
        description_es="d",
    )
    alert.expires = alert.effective
    with pytest.raises(ValidationError) as excinfo:
        alert.full_clean()
    assert {"references", "expires"} <= set(excinfo.value.message_dict)


def test_supervisor_counts_page_per_role(client, hoods):
    alert_make(neighbourhoods=[hoods[0]])
    login_with_mfa(client, staff_in(SUPERVISOR, "sup"))
    response = client.get("/staff/alerts/")
    assert response.status_code == 200 and b"Main Street closed" in response.content
    client.logout()
    login_with_mfa(client, staff_in(DISPATCHER, "disp2"))
    assert client.get("/staff/alerts/").status_code == 403


def test_supervisors_reach_the_alert_counts_from_the_console_dispatchers_do_not_see_it(client):
    login_with_mfa(client, staff_in(SUPERVISOR, "sup"))
    assert 'href="/staff/alerts/"' in client.get("/dispatch/").content.decode()
    client.logout()
    login_with_mfa(client, staff_in(DISPATCHER, "disp2"))
    assert 'href="/staff/alerts/"' not in client.get("/dispatch/").content.decode()


def test_an_update_or_cancel_starts_from_a_copy_of_the_published_alert(client, approver, hoods):
    alert = alert_make(neighbourhoods=[hoods[0]])
    login_with_mfa(client, approver)
    listing = client.get("/admin/snippets/alerts/alert/").content.decode()
    assert f"?references={alert.pk}&amp;msg_type=Update" in listing
    page = client.get(
        f"/admin/snippets/alerts/alert/add/?references={alert.pk}&msg_type=Cancel"
    ).content.decode()
    assert 'value="Main Street closed"' in page
    assert re.search(r'<option value="Cancel" selected', page)
    # The "updates or cancels" chooser holds the original.
    assert re.search(rf'name="references" value="{alert.pk}"', page)
    # Nonsense in the query string is a blank form, not an error.
    assert client.get("/admin/snippets/alerts/alert/add/?references=x").status_code == 200


@pytest.mark.parametrize(
    "path",
    [
        "/admin/snippets/alerts/alert/",
        "/admin/snippets/alerts/alert/add/",
        "/admin/snippets/alerts/neighbourhood/",
        "/admin/snippets/alerts/neighbourhood/add/",
        "/admin/snippets/alerts/subscriber/",
        "/staff/alerts/",
    ],
)
def test_the_admin_pages_open_for_an_approver(client, approver, hoods, path):
    alert_make(neighbourhoods=[hoods[0]])
    login_with_mfa(client, approver)
    assert client.get(path).status_code == 200


def test_the_administrator_marks_staff_test_recipients(client, hoods):
    from .conftest import subscriber_make

    subscriber = subscriber_make(phone="+12025550101", whole_city=True)
    login_with_mfa(client, staff_in(ADMIN, "portal-admin"))
    edit = f"/admin/snippets/alerts/subscriber/edit/{subscriber.pk}/"
    page = client.get(edit)
    assert page.status_code == 200 and b"+12025550101" in page.content
