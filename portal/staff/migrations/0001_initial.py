"""The audit trail moves here from dispatch_bridge, rows and all.

This only takes the model over in Django's state, on the table dispatch_bridge made (with its
append-only trigger); 0002 renames the table once dispatch_bridge has let go of the model.
"""

import django.db.models.deletion
import django.utils.timezone
from django.conf import settings
from django.db import migrations, models


class Migration(migrations.Migration):
    initial = True

    dependencies = [
        ("dispatch_bridge", "0002_auditentry_append_only"),
        migrations.swappable_dependency(settings.AUTH_USER_MODEL),
    ]

    operations = [
        migrations.SeparateDatabaseAndState(
            state_operations=[
                migrations.CreateModel(
                    name="AuditEntry",
                    fields=[
                        ("id", models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name="ID")),
                        ("at", models.DateTimeField(db_index=True, default=django.utils.timezone.now, verbose_name="when")),
                        ("actor_label", models.CharField(blank=True, max_length=254, verbose_name="who")),
                        ("action", models.CharField(db_index=True, max_length=60, verbose_name="what")),
                        ("object_type", models.CharField(blank=True, max_length=60, verbose_name="object type")),
                        ("object_id", models.CharField(blank=True, db_index=True, max_length=40, verbose_name="object id")),
                        ("object_repr", models.CharField(blank=True, max_length=200, verbose_name="object")),
                        ("ip", models.GenericIPAddressField(blank=True, null=True, verbose_name="from")),
                        ("outcome", models.CharField(choices=[("success", "Success"), ("denied", "Denied"), ("failure", "Failure")], default="success", max_length=10, verbose_name="outcome")),
                        ("detail", models.JSONField(blank=True, default=dict, verbose_name="detail")),
                        ("actor", models.ForeignKey(blank=True, db_constraint=False, null=True, on_delete=django.db.models.deletion.DO_NOTHING, related_name="+", to=settings.AUTH_USER_MODEL, verbose_name="who")),
                    ],
                    options={
                        "verbose_name": "audit entry",
                        "verbose_name_plural": "audit entries",
                        "ordering": ["-at", "-pk"],
                        "default_permissions": ("view",),
                        "db_table": "dispatch_bridge_auditentry",
                    },
                ),
            ],
            database_operations=[],
        ),
    ]
