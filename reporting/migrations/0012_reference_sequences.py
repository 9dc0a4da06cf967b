"""References come from a PostgreSQL sequence per year instead of a counter row.

The counter row's lock was held from a submit's first statement to its commit (the WAL flush
included), so submits ran one at a time however many cores and clients there were. nextval()
takes no lock that lasts: concurrent submits get distinct numbers and commit side by side. A
submit that rolls back leaves a gap in the year's numbers (as a row counter never did); numbers
stay unique (the unique index on reference stays too).
"""

from django.db import migrations

# The year's sequence is made the first time a year needs one. Two first submits of a new year
# at once: the second's CREATE waits for the first's commit and then fails as a duplicate, which
# is caught (its own subtransaction), and both draw from the one sequence.
FUNCTION = """
CREATE OR REPLACE FUNCTION reporting_reference_next(ref_year integer) RETURNS bigint
LANGUAGE plpgsql AS $$
DECLARE
    seq text := 'reporting_reference_' || ref_year;
BEGIN
    IF to_regclass(seq) IS NULL THEN
        BEGIN
            EXECUTE format('CREATE SEQUENCE %I', seq);
        EXCEPTION WHEN duplicate_table OR unique_violation THEN
            NULL;
        END;
    END IF;
    RETURN nextval(seq);
END
$$;
"""


def function_create(apps, schema_editor):
    # PostgreSQL only: the demo's SQLite draws references from the highest stored one
    # (reporting.services.reference_next).
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(FUNCTION, params=None)  # its %I is format()'s, not a parameter


def function_drop(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute("DROP FUNCTION IF EXISTS reporting_reference_next(integer)")


def counters_to_sequences(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    with schema_editor.connection.cursor() as cursor:
        # Each year's next number: after the counter and after any reference already stored.
        cursor.execute(
            "SELECT year, max(last) FROM ("
            "  SELECT year, last FROM reporting_referencecounter"
            "  UNION ALL"
            "  SELECT substring(reference from 4 for 4)::integer,"
            "         substring(reference from 9)::integer"
            "  FROM reporting_report WHERE reference ~ '^NE-[0-9]{4}-[0-9]+$'"
            ") n GROUP BY year"
        )
        for year, last in cursor.fetchall():
            name = f"reporting_reference_{int(year)}"
            cursor.execute(f'CREATE SEQUENCE IF NOT EXISTS "{name}"')
            if last:
                cursor.execute("SELECT setval(%s, %s)", [name, int(last)])  # next: last + 1


def sequences_to_counters(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    with schema_editor.connection.cursor() as cursor:
        cursor.execute(
            "SELECT relname FROM pg_class WHERE relkind = 'S' "
            "AND relname ~ '^reporting_reference_[0-9]+$'"
        )
        for (name,) in cursor.fetchall():
            year = int(name.rsplit("_", 1)[1])
            cursor.execute(f'SELECT last_value, is_called FROM "{name}"')
            last, called = cursor.fetchone()
            cursor.execute(
                "INSERT INTO reporting_referencecounter (year, last) VALUES (%s, %s)",
                [year, last if called else last - 1],
            )
            cursor.execute(f'DROP SEQUENCE "{name}"')


class Migration(migrations.Migration):
    dependencies = [
        ("reporting", "0011_report_submitted_at_index"),
    ]

    operations = [
        migrations.RunPython(function_create, function_drop),
        migrations.RunPython(counters_to_sequences, sequences_to_counters),
        migrations.DeleteModel(name="ReferenceCounter"),
    ]
