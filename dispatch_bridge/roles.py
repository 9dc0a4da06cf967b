"""Staff roles as groups and their permissions. Used by migration 0003 and the demo loader.

Editors and approvers (the Wagtail workflow's groups, whose page permissions the CMS side gives)
get nothing here: they never see reports. Dispatchers get no Wagtail access: they never edit pages.
"""

DISPATCHER, SUPERVISOR, ADMIN = "dispatcher", "supervisor", "admin"
EDITOR, APPROVER = "Community relations editor", "Approver"

# Texting and calling reporters back is part of working the queue (reporting.messaging checks
# these in its services); the outbox view is how staff see what was sent and why it failed.
_CONTACT = [("messaging", "add_message"), ("messaging", "view_message")]
_SUPERVISOR = [
    *_CONTACT,
    ("dispatch_bridge", "work_queue"),
    ("dispatch_bridge", "supervise_queue"),
    ("dispatch_bridge", "view_auditentry"),
]
ROLES = {
    DISPATCHER: [("dispatch_bridge", "work_queue"), *_CONTACT],
    SUPERVISOR: _SUPERVISOR,
    ADMIN: [*_SUPERVISOR, ("wagtailadmin", "access_admin")],
    EDITOR: [],
    APPROVER: [],
}


def roles_ensure(group_model, permission_model) -> None:
    """Create the groups (get_or_create, so the CMS migration's groups are shared) and add
    this app's permissions. Takes the models so a migration can pass its historical ones."""
    for name, perms in ROLES.items():
        group, _ = group_model.objects.get_or_create(name=name)
        for app_label, codename in perms:
            group.permissions.add(
                permission_model.objects.get(content_type__app_label=app_label, codename=codename)
            )
