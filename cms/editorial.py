"""The editorial groups and their review workflow, created idempotently after every migrate.

"Community relations editor" drafts pages and snippets and submits them for review; "Approver"
reviews and publishes. Neither group gets anything outside the public site's content: no report
or dispatch permission, and no Django admin (they are not staff; Wagtail needs only
access_admin).
"""

from django.apps import apps as global_apps
from django.contrib.auth.management import create_permissions
from django.contrib.auth.models import Group, Permission
from django.contrib.contenttypes.management import create_contenttypes
from django.contrib.contenttypes.models import ContentType
from django.db import transaction

EDITOR_GROUP = "Community relations editor"
APPROVER_GROUP = "Approver"
WORKFLOW_NAME = "Community relations review"
TASK_NAME = "Approver review"

# Snippets that go through review; their edits show on the public site only once published.
REVIEWED_SNIPPETS = ("faq", "contactunit", "alertbanner")
PLAIN_MODELS = ("faqcategory",)
MEDIA = (("wagtailimages", "image"), ("wagtaildocs", "document"))


def _perm(app_label: str, model: str, action: str) -> Permission:
    ct = ContentType.objects.get_by_natural_key(app_label, model)
    perm, _ = Permission.objects.get_or_create(
        content_type=ct,
        codename=f"{action}_{model}",
        defaults={"name": f"Can {action} {model}"},
    )
    return perm


def _model_perms(*, reviewer: bool) -> list[Permission]:
    perms = [
        Permission.objects.get(content_type__app_label="wagtailadmin", codename="access_admin")
    ]
    for model in REVIEWED_SNIPPETS + PLAIN_MODELS:
        actions = ["add", "change", "view"]
        if reviewer:
            actions.append("delete")
            if model in REVIEWED_SNIPPETS:
                actions.append("publish")
        perms += [_perm("cms", model, action) for action in actions]
    # Requests for presentations and tours are community relations' own work.
    perms += [_perm("cms", "presentationrequest", a) for a in ("view", "change")]
    for app_label, model in MEDIA:
        perms += [_perm(app_label, model, a) for a in ("add", "change", "choose")]
    perms += Permission.objects.filter(
        content_type__app_label="wagtail_localize", codename="submit_translation"
    )
    return perms


def _collection_permissions(group: Group) -> None:
    from wagtail.models import Collection, GroupCollectionPermission

    root = Collection.get_first_root_node()
    if root is None:
        return
    for app_label, model in MEDIA:
        for action in ("add", "change", "choose"):
            GroupCollectionPermission.objects.get_or_create(
                group=group, collection=root, permission=_perm(app_label, model, action)
            )


def _page_permissions(group: Group, actions: list[str], root) -> None:
    from wagtail.models import GroupPagePermission

    for action in actions:
        GroupPagePermission.objects.get_or_create(
            group=group, page=root, permission=_perm("wagtailcore", "page", action)
        )


def _workflow(approver: Group, root):
    from wagtail.models import (
        GroupApprovalTask,
        Workflow,
        WorkflowContentType,
        WorkflowPage,
        WorkflowTask,
    )

    workflow, _ = Workflow.objects.get_or_create(name=WORKFLOW_NAME, defaults={"active": True})
    task = GroupApprovalTask.objects.filter(name=TASK_NAME).first()
    if task is None:
        task = GroupApprovalTask.objects.create(name=TASK_NAME)
    task.groups.set([approver])
    WorkflowTask.objects.get_or_create(workflow=workflow, task=task, defaults={"sort_order": 0})
    if root is not None:
        WorkflowPage.objects.update_or_create(page=root, defaults={"workflow": workflow})
    for model in REVIEWED_SNIPPETS:
        WorkflowContentType.objects.update_or_create(
            content_type=ContentType.objects.get_by_natural_key("cms", model),
            defaults={"workflow": workflow},
        )
    return workflow


@transaction.atomic
def editorial_setup() -> tuple[Group, Group]:
    from wagtail.models import Page

    root = Page.get_first_root_node()
    editor, _ = Group.objects.get_or_create(name=EDITOR_GROUP)
    approver, _ = Group.objects.get_or_create(name=APPROVER_GROUP)
    editor.permissions.add(*_model_perms(reviewer=False))
    approver.permissions.add(*_model_perms(reviewer=True))
    for group in (editor, approver):
        _collection_permissions(group)
    if root is not None:
        _page_permissions(editor, ["add", "change", "lock"], root)
        _page_permissions(approver, ["add", "change", "publish", "lock", "unlock"], root)
    _workflow(approver, root)
    return editor, approver


def on_post_migrate(sender, using="default", **kwargs):
    if sender.label != "cms":
        return
    # post_migrate reaches cms before contenttypes/auth make their rows (cms is listed first
    # in INSTALLED_APPS), so make them now; both functions are idempotent.
    for app_config in global_apps.get_app_configs():
        create_contenttypes(app_config, verbosity=0, using=using)
        create_permissions(app_config, verbosity=0, using=using)
    editorial_setup()
