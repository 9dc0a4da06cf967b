from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [
        ("dispatch_bridge", "0006_auditentry_moved_to_staff"),
    ]

    operations = [
        migrations.AddIndex(
            model_name="queueitem",
            index=models.Index(fields=["updated_at"], name="dispatch_qi_updated_idx"),
        ),
    ]
