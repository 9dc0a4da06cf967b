"""Staff roles: every group and its permissions, defined here and created one way only.

roles_ensure() makes the groups and gives them these permissions; it runs after every migrate
(and every flush, so transactional tests get them back) through this app's post_migrate
receiver, and anything else that needs the groups (the demo, the CMS's page and collection
permissions and review workflow) calls the same function. It is idempotent and only adds.

Permissions are named by app label and codename, so this app imports none of the apps whose
permissions it hands out.

Editors and approvers never see reports; dispatchers get no Wagtail access (they never edit
pages). Texting and calling reporters back is part of working the queue (messaging checks
these in its services); the outbox view is how staff see what was sent and why it failed.
"""

from django.contrib.auth.models import Group, Permission
from django.contrib.contenttypes.models import ContentType
from django.db import transaction

DISPATCHER, SUPERVISOR, ADMIN = "dispatcher", "supervisor", "admin"
EDITOR, APPROVER = "Community relations editor", "Approver"

_CONTACT = [("messaging", "add_message"), ("messaging", "view_message")]
_SUPERVISOR = [
    *_CONTACT,
    # Per-alert counts of queued, sent, delivered, failed and opted-out messages.
    ("alerts", "view_delivery"),
    ("dispatch_bridge", "work_queue"),
    ("dispatch_bridge", "supervise_queue"),
    ("staff", "view_auditentry"),
]

# The public site's content. Snippets that go through review show on the site once published.
REVIEWED_SNIPPETS = ("faq", "contactunit", "alertbanner")
_PLAIN_SNIPPETS = ("faqcategory",)
# Images and documents (their collection permissions are given by the CMS with the page tree).
MEDIA = (("wagtailimages", "image"), ("wagtaildocs", "document"))
MEDIA_ACTIONS = ("add", "change", "choose")


def _content(*, reviewer: bool) -> list[tuple[str, str]]:
    perms = [("wagtailadmin", "access_admin")]
    for model in REVIEWED_SNIPPETS + _PLAIN_SNIPPETS:
        actions = ["add", "change", "view"]
        if reviewer:
            actions.append("delete")
            if model in REVIEWED_SNIPPETS:
                actions.append("publish")
        perms += [("cms", f"{action}_{model}") for action in actions]
    # Requests for presentations and tours are community relations' own work.
    perms += [("cms", "view_presentationrequest"), ("cms", "change_presentationrequest")]
    perms += [(app, f"{action}_{model}") for app, model in MEDIA for action in MEDIA_ACTIONS]
    perms.append(("wagtail_localize", "submit_translation"))
    # Community alerts: editors draft them, approvers publish (the same review workflow).
    # Neighbourhoods are the approver's to define; subscribers are seen, never edited.
    alert_actions = ["add", "change", "view"] + (["delete", "publish"] if reviewer else [])
    perms += [("alerts", f"{action}_alert") for action in alert_actions]
    perms += [("alerts", "view_neighbourhood")]
    if reviewer:
        perms += [("alerts", f"{a}_neighbourhood") for a in ("add", "change", "delete")]
        perms += [("alerts", "view_subscriber"), ("alerts", "view_delivery")]
    return perms


ROLES: dict[str, list[tuple[str, str]]] = {
    DISPATCHER: [("dispatch_bridge", "work_queue"), *_CONTACT],
    SUPERVISOR: _SUPERVISOR,
    ADMIN: [
        *_SUPERVISOR,
        ("wagtailadmin", "access_admin"),
        # The emergency check's word lists, the agency's address data and Open311 API keys are
        # the portal administrator's: each changes what every resident or client gets.
        *(("reporting", f"{action}_triagelist") for action in ("add", "change", "view")),
        *(("places", f"{action}_addresspoint") for action in ("add", "view")),
        *(("open311", f"{action}_apiclient") for action in ("add", "change", "view")),
        # Which alert subscribers are staff who get Test and Exercise alerts.
        ("alerts", "view_subscriber"),
        ("alerts", "change_subscriber"),
        # The phone line's desk number and hours: where option 2 rings.
        ("voice", "change_phonelinesettings"),
    ],
    EDITOR: _content(reviewer=False),
    APPROVER: _content(reviewer=True),
}


def permission(app_label: str, codename: str) -> Permission:
    """The permission, made if Django has not (Wagtail's publish_<snippet> permissions)."""
    found = Permission.objects.filter(content_type__app_label=app_label, codename=codename).first()
    if found is not None:
        return found
    action, _, model = codename.partition("_")
    content_type = ContentType.objects.get_by_natural_key(app_label, model)
    return Permission.objects.create(
        content_type=content_type, codename=codename, name=f"Can {action} {model}"
    )


@transaction.atomic
def roles_ensure() -> dict[str, Group]:
    """Create every role's group (if missing) and add its permissions. Returns name -> group."""
    groups = {}
    for name, perms in ROLES.items():
        group, _ = Group.objects.get_or_create(name=name)
        group.permissions.add(*(permission(app, codename) for app, codename in perms))
        groups[name] = group
    return groups


def on_post_migrate(sender, using="default", **kwargs):
    from django.apps import apps
    from django.contrib.auth.management import create_permissions
    from django.contrib.contenttypes.management import create_contenttypes

    # post_migrate reaches apps in INSTALLED_APPS order, so some apps' content types and
    # permissions may not be made yet; both functions are idempotent.
    for app_config in apps.get_app_configs():
        create_contenttypes(app_config, verbosity=0, using=using)
        create_permissions(app_config, verbosity=0, using=using)
    roles_ensure()
