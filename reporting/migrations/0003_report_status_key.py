import secrets

from django.db import migrations, models

import reporting.models.reports


def fill_status_keys(apps, schema_editor):
    Report = apps.get_model("reporting", "Report")
    for report in Report.objects.filter(status_key__isnull=True).only("pk"):
        report.status_key = secrets.token_urlsafe(12)
        report.save(update_fields=["status_key"])


class Migration(migrations.Migration):
    # Three steps because existing rows each need their own random key before the column can be
    # unique and required.
    dependencies = [("reporting", "0002_intake_wizard")]

    operations = [
        migrations.AddField(
            model_name="report",
            name="status_key",
            field=models.CharField(editable=False, max_length=32, null=True),
        ),
        migrations.RunPython(fill_status_keys, migrations.RunPython.noop),
        migrations.AlterField(
            model_name="report",
            name="status_key",
            field=models.CharField(
                default=reporting.models.reports.new_status_key,
                editable=False,
                max_length=32,
                unique=True,
            ),
        ),
    ]
