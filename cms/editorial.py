"""The editorial groups' page and collection permissions and their review workflow, set up
idempotently after every migrate.

"Community relations editor" drafts pages and snippets and submits them for review; "Approver"
reviews and publishes. The groups and their model permissions are defined (and created) with
every other role in portal.staff.roles; what lives here needs the page tree and Wagtail's
collections: page permissions, collection permissions and the workflow.
"""

from django.contrib.auth.models import Group
from django.contrib.contenttypes.models import ContentType
from django.db import transaction

from portal.staff.roles import (
    APPROVER,
    EDITOR,
    MEDIA,
    MEDIA_ACTIONS,
    REVIEWED_SNIPPETS,
    permission,
    roles_ensure,
)

EDITOR_GROUP = EDITOR
APPROVER_GROUP = APPROVER
WORKFLOW_NAME = "Community relations review"
TASK_NAME = "Approver review"


def _collection_permissions(group: Group) -> None:
    from wagtail.models import Collection, GroupCollectionPermission

    root = Collection.get_first_root_node()
    if root is None:
        return
    for app_label, model in MEDIA:
        for action in MEDIA_ACTIONS:
            GroupCollectionPermission.objects.get_or_create(
                group=group, collection=root, permission=permission(app_label, f"{action}_{model}")
            )


def _page_permissions(group: Group, actions: list[str], root) -> None:
    from wagtail.models import GroupPagePermission

    for action in actions:
        GroupPagePermission.objects.get_or_create(
            group=group, page=root, permission=permission("wagtailcore", f"{action}_page")
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
    groups = roles_ensure()
    editor, approver = groups[EDITOR], groups[APPROVER]
    for group in (editor, approver):
        _collection_permissions(group)
    if root is not None:
        _page_permissions(editor, ["add", "change", "lock"], root)
        _page_permissions(approver, ["add", "change", "publish", "lock", "unlock"], root)
    _workflow(approver, root)
    return editor, approver


def on_post_migrate(sender, using="default", **kwargs):
    # portal.staff is listed before cms, so its receiver has made the content types,
    # permissions and groups by the time this runs.
    if sender.label == "cms":
        editorial_setup()
