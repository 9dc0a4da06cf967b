from django.db import migrations


def mark_api_reports(apps, schema_editor):
    # Reports filed through Open311 before Report.channel existed were stored as "web".
    Report = apps.get_model("reporting", "Report")
    Report.objects.filter(open311__isnull=False).update(channel="api")


class Migration(migrations.Migration):
    dependencies = [
        ("open311", "0001_initial"),
        ("reporting", "0008_report_channel"),
    ]

    operations = [migrations.RunPython(mark_api_reports, migrations.RunPython.noop)]
