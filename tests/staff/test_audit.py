"""The audit trail is append-only, in the model and in the database itself."""

import pytest
from django.contrib.auth.models import Group
from django.db import connection, transaction
from django.db.utils import DatabaseError

from portal.staff.audit import audit_record
from portal.staff.models import AuditEntry

pytestmark = pytest.mark.django_db


@pytest.fixture
def thing(db):
    return Group.objects.create(name="Night shift")


@pytest.fixture
def entry(dispatcher, thing):
    return audit_record(actor=dispatcher, action="group.view", obj=thing, ip="192.0.2.7")


def test_an_entry_records_who_what_where_which_and_outcome(entry, dispatcher, thing):
    entry.refresh_from_db()
    assert entry.actor == dispatcher and entry.actor_label == "dispatcher"
    assert entry.action == "group.view" and entry.ip == "192.0.2.7"
    assert entry.object_type == "auth.group" and entry.object_id == str(thing.pk)
    assert entry.object_repr == "Night shift" and entry.outcome == "success"
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
        "UPDATE staff_auditentry SET action = 'tampered' WHERE id = %s",
        "DELETE FROM staff_auditentry WHERE id = %s",
    ],
)
def test_the_database_refuses_raw_updates_and_deletes(entry, sql):
    with (
        pytest.raises(DatabaseError, match="append-only"),
        transaction.atomic(),
        connection.cursor() as cursor,
    ):
        cursor.execute(sql, [entry.pk])
    assert AuditEntry.objects.get(pk=entry.pk).action == "group.view"


def test_deleting_a_user_leaves_their_entries(entry, dispatcher):
    dispatcher.delete()
    kept = AuditEntry.objects.get(pk=entry.pk)
    assert kept.actor_label == "dispatcher"
