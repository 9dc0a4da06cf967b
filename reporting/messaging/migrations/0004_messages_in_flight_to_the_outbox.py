"""Messages the old per-app outbox had not finished become rows of the one outbox.

Unsent outbound messages (pending, or sending when a worker was interrupted) get a pending
outbox row; a "sending" one is marked as having an unknown outcome, so it is reconciled with
Twilio before anything is resent. Inbound MMS whose photos were not yet saved get their
reporting.mms_photos row.
"""

from django.db import migrations
from django.utils import timezone


def forwards(apps, schema_editor):
    Message = apps.get_model("messaging", "Message")
    OutboxItem = apps.get_model("outbox", "OutboxItem")
    now = timezone.now()
    rows = []
    unsent = Message.objects.filter(
        direction="outbound", status__in=["pending", "sending"], provider_sid__isnull=True
    )
    for message in unsent.iterator():
        rows.append(
            OutboxItem(
                kind=f"messaging.{message.channel}",
                key=f"messaging.message:{message.pk}",
                target_id=message.pk,
                attempts=message.attempts,
                next_attempt_at=message.next_attempt_at or now,
                outcome_unknown_since=message.updated_at if message.status == "sending" else None,
                last_error=message.error_message,
                error_code=message.error_code,
                created_at=message.created_at,
            )
        )
    unsent.filter(status="sending").update(status="pending")
    photos = Message.objects.filter(
        direction="inbound", report__isnull=False, media_saved_at__isnull=True
    ).exclude(media=[])
    for message in photos.iterator():
        rows.append(
            OutboxItem(
                kind="reporting.mms_photos",
                key=f"reporting.mms_photos:{message.pk}",
                target_id=message.pk,
                next_attempt_at=now,
                created_at=message.created_at,
            )
        )
    # Queued by the outbox's sweep once the workers run the new code.
    OutboxItem.objects.bulk_create(rows, ignore_conflicts=True)


class Migration(migrations.Migration):
    dependencies = [
        ("messaging", "0003_outbox_delivery_optout_staffphone"),
        ("outbox", "0001_outbox_item"),
    ]

    operations = [
        migrations.RunPython(forwards, migrations.RunPython.noop),
        migrations.RemoveField(model_name="message", name="next_attempt_at"),
    ]
