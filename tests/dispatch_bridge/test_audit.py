"""The audit trail is append-only, in the model and in the database itself."""

import pytest
from django.db import connection, transaction
from django.db.utils import DatabaseError

from dispatch_bridge.audit import audit_record
from dispatch_bridge.models import AuditEntry

pytestmark = pytest.mark.django_db


@pytest.fixture
def entry(dispatcher, report):
    return audit_record(actor=dispatcher, action="report.view", obj=report, ip="192.0.2.7")


def test_an_entry_records_who_what_where_which_and_outcome(entry, dispatcher, report):
    entry.refresh_from_db()
    assert entry.actor == dispatcher and entry.actor_label == "dispatcher"
    assert entry.action == "report.view" and entry.ip == "192.0.2.7"
    assert entry.object_type == "reporting.report" and entry.object_id == str(report.pk)
    assert entry.object_repr == report.reference and entry.outcome == "success"
    assert entry.at is not None


def test_the_model_refuses_to_change_or_delete(entry):
    entry.action = "report.nothing"
    with pytest.raises(AuditEntry.AppendOnly):
        entry.save()
    with pytest.raises(AuditEntry.AppendOnly):
        entry.delete()
    with pytest.raises(AuditEntry.AppendOnly):
        AuditEntry.objects.filter(pk=entry.pk).update(action="x")
    with pytest.raises(AuditEntry.AppendOnly):
        AuditEntry.objects.all().delete()


@pytest.mark.parametrize(
    "sql",
    [
        "UPDATE dispatch_bridge_auditentry SET action = 'tampered' WHERE id = %s",
        "DELETE FROM dispatch_bridge_auditentry WHERE id = %s",
    ],
)
def test_the_database_refuses_raw_updates_and_deletes(entry, sql):
    with (
        pytest.raises(DatabaseError, match="append-only"),
        transaction.atomic(),
        connection.cursor() as cursor,
    ):
        cursor.execute(sql, [entry.pk])
    assert AuditEntry.objects.get(pk=entry.pk).action == "report.view"


def test_deleting_a_user_leaves_their_entries(entry, dispatcher):
    dispatcher.delete()
    kept = AuditEntry.objects.get(pk=entry.pk)
    assert kept.actor_label == "dispatcher"
