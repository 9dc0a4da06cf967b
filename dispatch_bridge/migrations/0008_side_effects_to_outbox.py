"""Supervisor alert emails and EIDO pushes in flight become rows of the one outbox.

Alerts nobody was emailed about get a pending row. Open items whose push never completed get
one when a CAD endpoint is configured; a push the old task was still retrying is marked as an
unknown outcome (no reconcile exists for a CAD, so it is simply pushed again, which the EIDO
document's stable id makes safe for the receiver).
"""

import django.db.models.deletion
from django.conf import settings
from django.db import migrations, models
from django.utils import timezone

ALERT, PUSH = "dispatch.supervisor_alert", "dispatch.eido_push"


def forwards(apps, schema_editor):
    SupervisorAlert = apps.get_model("dispatch_bridge", "SupervisorAlert")
    QueueItem = apps.get_model("dispatch_bridge", "QueueItem")
    OutboxItem = apps.get_model("outbox", "OutboxItem")
    now = timezone.now()
    rows = [
        OutboxItem(
            kind=ALERT,
            key=f"{ALERT}:{alert.pk}",
            target_id=alert.pk,
            next_attempt_at=now,
            created_at=alert.created_at,
        )
        for alert in SupervisorAlert.objects.filter(notified_at__isnull=True).iterator()
    ]
    if settings.DISPATCH_EIDO_PUSH_URL:
        unpushed = QueueItem.objects.filter(eido_pushed_at__isnull=True, closed_at__isnull=True)
        rows += [
            OutboxItem(
                kind=PUSH,
                key=f"{PUSH}:{item.pk}",
                target_id=item.pk,
                next_attempt_at=now,
                created_at=item.created_at,
                outcome_unknown_since=item.eido_push_attempted_at,
            )
            for item in unpushed.iterator()
        ]
    OutboxItem.objects.bulk_create(rows, ignore_conflicts=True)


class Migration(migrations.Migration):

    dependencies = [
        ("dispatch_bridge", "0007_queueitem_updated_at_index"),
        ('outbox', '0001_outbox_item'),
    ]

    operations = [
        migrations.RunPython(forwards, migrations.RunPython.noop),
        migrations.RemoveField(
            model_name='queueitem',
            name='eido_push_attempted_at',
        ),
        migrations.RemoveField(
            model_name='supervisoralert',
            name='notified_at',
        ),
        migrations.AddField(
            model_name='supervisoralert',
            name='outbox_item',
            field=models.ForeignKey(blank=True, null=True, on_delete=django.db.models.deletion.SET_NULL, related_name='+', to='outbox.outboxitem'),
        ),
        migrations.AlterField(
            model_name='supervisoralert',
            name='item',
            field=models.ForeignKey(blank=True, null=True, on_delete=django.db.models.deletion.CASCADE, related_name='alerts', to='dispatch_bridge.queueitem'),
        ),
        migrations.AlterField(
            model_name='supervisoralert',
            name='kind',
            field=models.CharField(choices=[('escalated', 'Possible emergency escalated'), ('possible_emergency', 'Possible emergency submitted'), ('overdue', 'Past due'), ('delivery_dead', 'A message or hand-off could not be delivered')], max_length=30),
        ),
    ]
