"""The database itself refuses to change or delete an audit entry, whatever code runs.

PostgreSQL in production and tests; SQLite only in the demo, which gets the same rule.
"""

from django.db import migrations

TABLE = "dispatch_bridge_auditentry"

POSTGRES_UP = f"""
CREATE OR REPLACE FUNCTION dispatch_bridge_audit_append_only() RETURNS trigger AS $$
BEGIN
    RAISE EXCEPTION 'audit entries are append-only (%% refused)', TG_OP
        USING ERRCODE = 'insufficient_privilege';
END;
$$ LANGUAGE plpgsql;
CREATE TRIGGER auditentry_append_only
    BEFORE UPDATE OR DELETE ON {TABLE}
    FOR EACH ROW EXECUTE FUNCTION dispatch_bridge_audit_append_only();
"""
POSTGRES_DOWN = f"""
DROP TRIGGER IF EXISTS auditentry_append_only ON {TABLE};
DROP FUNCTION IF EXISTS dispatch_bridge_audit_append_only();
"""
SQLITE_UP = [
    f"CREATE TRIGGER auditentry_no_update BEFORE UPDATE ON {TABLE} "
    "BEGIN SELECT RAISE(ABORT, 'audit entries are append-only'); END;",
    f"CREATE TRIGGER auditentry_no_delete BEFORE DELETE ON {TABLE} "
    "BEGIN SELECT RAISE(ABORT, 'audit entries are append-only'); END;",
]
SQLITE_DOWN = [
    "DROP TRIGGER IF EXISTS auditentry_no_update;",
    "DROP TRIGGER IF EXISTS auditentry_no_delete;",
]


def _run(schema_editor, postgres, sqlite):
    vendor = schema_editor.connection.vendor
    if vendor == "postgresql":
        schema_editor.execute(postgres)
    elif vendor == "sqlite":
        for statement in sqlite:
            schema_editor.execute(statement)


def forwards(apps, schema_editor):
    _run(schema_editor, POSTGRES_UP, SQLITE_UP)


def backwards(apps, schema_editor):
    _run(schema_editor, POSTGRES_DOWN, SQLITE_DOWN)


class Migration(migrations.Migration):
    dependencies = [("dispatch_bridge", "0001_initial")]

    operations = [migrations.RunPython(forwards, backwards)]
