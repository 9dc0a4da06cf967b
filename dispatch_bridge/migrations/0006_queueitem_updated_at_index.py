from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [
        ("dispatch_bridge", "0005_queueitem_reporter_replied_at"),
    ]

    operations = [
        migrations.AddIndex(
            model_name="queueitem",
            index=models.Index(fields=["updated_at"], name="dispatch_qi_updated_idx"),
        ),
    ]
