"""Editors draft and submit; approvers publish; neither sees report or dispatch data."""

import pytest
from django.contrib.auth.models import Group
from wagtail.models import Page, Workflow

from cms.editorial import APPROVER_GROUP, EDITOR_GROUP, WORKFLOW_NAME, editorial_setup
from cms.models import FAQ, AlertBanner, EducationPage
from tests.factories import UserFactory
from tests.support.staff import login_with_mfa

pytestmark = pytest.mark.django_db


@pytest.fixture
def editor(demo):
    user = UserFactory(username="ed")
    user.groups.add(Group.objects.get(name=EDITOR_GROUP))
    return user


@pytest.fixture
def approver(demo):
    user = UserFactory(username="ap")
    user.groups.add(Group.objects.get(name=APPROVER_GROUP))
    return user


def test_setup_is_idempotent(demo):
    editorial_setup()
    editorial_setup()
    assert Group.objects.filter(name__in=[EDITOR_GROUP, APPROVER_GROUP]).count() == 2
    assert Workflow.objects.filter(name=WORKFLOW_NAME).count() == 1


def test_editors_can_edit_but_not_publish_pages(editor):
    page = EducationPage.objects.filter(locale__language_code="en").first()
    perms = page.permissions_for_user(editor)
    assert perms.can_edit()
    assert not perms.can_publish()
    assert editor.has_perm("wagtailadmin.access_admin")


def test_approvers_can_publish_pages(approver):
    page = EducationPage.objects.filter(locale__language_code="en").first()
    assert page.permissions_for_user(approver).can_publish()


def test_editors_can_edit_snippets_but_only_approvers_publish_them(editor, approver):
    for model in ("faq", "contactunit", "alertbanner"):
        assert editor.has_perm(f"cms.change_{model}")
        assert not editor.has_perm(f"cms.publish_{model}")
        assert approver.has_perm(f"cms.publish_{model}")


def test_pages_and_public_snippets_go_through_the_review_workflow(demo):
    page = EducationPage.objects.filter(locale__language_code="es").first()
    assert page.get_workflow().name == WORKFLOW_NAME
    assert FAQ.get_default_workflow().name == WORKFLOW_NAME
    assert AlertBanner.get_default_workflow().name == WORKFLOW_NAME


def test_an_edit_goes_live_only_after_an_approver_approves_it(editor, approver):
    page = EducationPage.objects.filter(locale__language_code="en").first()
    live_title = page.title
    page.title = "A changed title"
    revision = page.save_revision(user=editor)
    workflow_state = page.get_workflow().start(page, editor)

    page.refresh_from_db()
    assert page.title == live_title  # submitted, not yet published
    task_state = workflow_state.current_task_state
    task = task_state.task.specific
    assert not task.get_actions(page, editor)  # an editor cannot approve their own edit
    assert ("approve", "Approve", False) in [tuple(a) for a in task.get_actions(page, approver)]

    task.on_action(task_state, approver, "approve")

    page.refresh_from_db()
    assert page.title == "A changed title"
    assert page.live_revision_id == revision.pk


@pytest.mark.parametrize("group_name", [EDITOR_GROUP, APPROVER_GROUP])
def test_editorial_groups_have_no_report_or_dispatch_permissions(demo, group_name):
    group = Group.objects.get(name=group_name)
    labels = set(group.permissions.values_list("content_type__app_label", flat=True))
    assert labels, "the group has no permissions at all"
    assert not labels & {"reporting", "dispatch_bridge"}
    user = UserFactory(username=f"u-{group.pk}")
    user.groups.add(group)
    assert not user.has_module_perms("reporting")
    assert not user.has_module_perms("dispatch_bridge")
    assert not any(
        p.split(".")[0] in {"reporting", "dispatch_bridge"} for p in user.get_all_permissions()
    )


@pytest.mark.parametrize("username", ["editor", "approver"])
def test_demo_editorial_users_reach_wagtail_but_not_django_admin(demo, client, username):
    from django.contrib.auth import get_user_model

    user = get_user_model().objects.get(username=username)
    assert not user.is_staff
    login_with_mfa(client, user)

    assert client.get("/admin/").status_code == 200
    response = client.get("/django-admin/")
    assert response.status_code == 403  # a page with a way back, not a loop through the login


def test_editors_see_presentation_requests_in_the_wagtail_admin(editor, client):
    from cms.services import presentation_request_submit

    presentation_request_submit(
        kind="tour",
        organisation="Maple Street Elementary",
        age_group="k2",
        head_count=24,
        preferred_date="2030-03-03",
        contact_name="Ana Ruiz",
        contact_email="ana@example.org",
    )
    login_with_mfa(client, editor)
    response = client.get("/admin/snippets/cms/presentationrequest/")
    assert response.status_code == 200
    assert "Maple Street Elementary" in response.content.decode()


def test_root_is_the_workflow_anchor(demo):
    root = Page.get_first_root_node()
    assert root.get_workflow().name == WORKFLOW_NAME
