"""Once made the dispatcher and supervisor groups. Every role is now defined and created in one
place, portal.staff.roles, after each migrate; this step is kept (empty) so the history of
databases that ran it stays the same."""

from django.db import migrations


class Migration(migrations.Migration):
    dependencies = [
        ("dispatch_bridge", "0002_auditentry_append_only"),
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
        ("wagtailadmin", "0001_create_admin_access_permissions"),
        ("messaging", "0003_outbox_delivery_optout_staffphone"),
    ]

    operations = []
