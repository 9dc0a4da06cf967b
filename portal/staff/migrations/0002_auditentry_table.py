"""The audit table gets this app's name. Its rows, the append-only trigger (triggers follow a
renamed table in PostgreSQL and SQLite) and who may read it all come along: the content type is
moved, so the view permission groups already hold is the same row."""

from django.db import migrations

OLD_FUNCTION = "dispatch_bridge_audit_append_only"
NEW_FUNCTION = "staff_audit_append_only"


def content_type_to(apps, schema_editor, *, old, new):
    content_types = apps.get_model("contenttypes", "ContentType").objects.using(
        schema_editor.connection.alias
    )
    if not content_types.filter(app_label=new, model="auditentry").exists():
        content_types.filter(app_label=old, model="auditentry").update(app_label=new)


def forwards(apps, schema_editor):
    content_type_to(apps, schema_editor, old="dispatch_bridge", new="staff")
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(f"ALTER FUNCTION {OLD_FUNCTION}() RENAME TO {NEW_FUNCTION}")


def backwards(apps, schema_editor):
    content_type_to(apps, schema_editor, old="staff", new="dispatch_bridge")
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(f"ALTER FUNCTION {NEW_FUNCTION}() RENAME TO {OLD_FUNCTION}")


class Migration(migrations.Migration):
    dependencies = [
        ("staff", "0001_initial"),
        ("dispatch_bridge", "0006_auditentry_moved_to_staff"),
        ("contenttypes", "0002_remove_content_type_name"),
    ]

    operations = [
        migrations.AlterModelTable(name="auditentry", table=None),
        migrations.RunPython(forwards, backwards),
    ]
