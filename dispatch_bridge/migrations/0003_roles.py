from django.contrib.auth.management import create_permissions
from django.db import migrations

from dispatch_bridge.roles import DISPATCHER, SUPERVISOR, roles_ensure


def forwards(apps, schema_editor):
    # Permissions are normally created after migrate finishes; this migration needs them now.
    for app_config in apps.get_app_configs():
        app_config.models_module = True
        create_permissions(app_config, apps=apps, verbosity=0)
        app_config.models_module = None
    roles_ensure(apps.get_model("auth", "Group"), apps.get_model("auth", "Permission"))


def backwards(apps, schema_editor):
    apps.get_model("auth", "Group").objects.filter(name__in=[DISPATCHER, SUPERVISOR]).delete()


class Migration(migrations.Migration):
    dependencies = [
        ("dispatch_bridge", "0002_auditentry_append_only"),
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
        ("wagtailadmin", "0001_create_admin_access_permissions"),
        ("messaging", "0003_outbox_delivery_optout_staffphone"),
    ]

    operations = [migrations.RunPython(forwards, backwards)]
