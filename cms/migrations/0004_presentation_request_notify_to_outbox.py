"""Presentation requests whose staff email had not gone out become rows of the one outbox."""

from django.db import migrations
from django.utils import timezone

KIND = "cms.presentation_request_notify"


def forwards(apps, schema_editor):
    PresentationRequest = apps.get_model("cms", "PresentationRequest")
    OutboxItem = apps.get_model("outbox", "OutboxItem")
    now = timezone.now()
    waiting = PresentationRequest.objects.filter(staff_notified_at__isnull=True)
    rows = [
        OutboxItem(
            kind=KIND,
            key=f"{KIND}:{request.pk}",
            target_id=request.pk,
            next_attempt_at=now,
            created_at=request.created_at,
            # The old task had given up: staff see it on the deliveries page and can retry.
            state="dead" if request.staff_notify_failed else "pending",
            last_error="The staff email failed before the outbox existed."
            if request.staff_notify_failed
            else "",
        )
        for request in waiting.iterator()
    ]
    OutboxItem.objects.bulk_create(rows, ignore_conflicts=True)


class Migration(migrations.Migration):
    dependencies = [
        ("cms", "0003_us_english_labels"),
        ("outbox", "0001_outbox_item"),
    ]

    operations = [
        migrations.RunPython(forwards, migrations.RunPython.noop),
        migrations.RemoveField(model_name="presentationrequest", name="staff_notified_at"),
        migrations.RemoveField(model_name="presentationrequest", name="staff_notify_failed"),
    ]
