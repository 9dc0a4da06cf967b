"""Staff roles as groups. Editors and approvers (the Wagtail workflow's groups, whose page
permissions the CMS migrations give) get nothing here: they never see reports. Dispatchers get
no Wagtail access: they never edit pages.
"""

from django.contrib.auth.management import create_permissions
from django.db import migrations

DISPATCHER, SUPERVISOR, ADMIN = "dispatcher", "supervisor", "admin"
EDITOR, APPROVER = "Community relations editor", "Approver"

ROLES = {
    DISPATCHER: [("dispatch_bridge", "work_queue")],
    SUPERVISOR: [
        ("dispatch_bridge", "work_queue"),
        ("dispatch_bridge", "supervise_queue"),
        ("dispatch_bridge", "view_auditentry"),
    ],
    ADMIN: [
        ("dispatch_bridge", "work_queue"),
        ("dispatch_bridge", "supervise_queue"),
        ("dispatch_bridge", "view_auditentry"),
        ("wagtailadmin", "access_admin"),
    ],
    EDITOR: [],
    APPROVER: [],
}


def forwards(apps, schema_editor):
    # Permissions are normally created after migrate finishes; this migration needs them now.
    for app_config in apps.get_app_configs():
        app_config.models_module = True
        create_permissions(app_config, apps=apps, verbosity=0)
        app_config.models_module = None
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    for name, perms in ROLES.items():
        group, _ = Group.objects.get_or_create(name=name)
        for app_label, codename in perms:
            group.permissions.add(
                Permission.objects.get(content_type__app_label=app_label, codename=codename)
            )


def backwards(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    Group.objects.filter(name__in=[DISPATCHER, SUPERVISOR]).delete()


class Migration(migrations.Migration):
    dependencies = [
        ("dispatch_bridge", "0002_auditentry_append_only"),
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
        ("wagtailadmin", "0001_create_admin_access_permissions"),
    ]

    operations = [migrations.RunPython(forwards, backwards)]
