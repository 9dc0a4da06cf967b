"""The audit trail now belongs to portal.staff (its 0001 took the model over, table and rows);
dispatch_bridge only forgets it. Nothing changes in the database here."""

from django.db import migrations


class Migration(migrations.Migration):
    dependencies = [
        ("dispatch_bridge", "0005_queueitem_reporter_replied_at"),
        ("staff", "0001_initial"),
    ]

    operations = [
        migrations.SeparateDatabaseAndState(
            state_operations=[migrations.DeleteModel(name="AuditEntry")],
            database_operations=[],
        ),
    ]
