"""Database snapshots: build expensive content (the demo, the kids section) once per session.

Loading the whole demo takes seconds; dozens of tests only read it. A `Snapshot` runs its builder
once, inside a transaction that is then rolled back, and keeps what every table held at that
moment (PostgreSQL COPY, binary) plus each sequence's position. `restore()` then makes the test
database hold exactly that content: every table emptied, the snapshot's rows copied back, the
sequences set where the builder left them. A test therefore starts from the same rows as if it
had run the builder itself, only in milliseconds instead of seconds.

In a `db` test the restore happens inside the test's transaction and is rolled back with it; in a
transactional test (live_server, Celery worker) it is committed and flushed afterwards as usual.

We copy rows in the same database rather than switching the connection to a clone made from a
template database: pytest-django opens a test's transaction (through the `django_db` marker)
before any of the test's own fixtures run, so a fixture could no longer change the database the
connection points at.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from django.contrib.contenttypes.models import ContentType
from django.db import connection, transaction
from wagtail.models import Site


class _Rollback(Exception):  # noqa: N818 - a signal, not an error
    pass


def _tables() -> list[str]:
    # The same tables `flush` empties: every model's table, not django_migrations.
    return sorted(connection.introspection.django_table_names(only_existing=True))


def _quote(name: str) -> str:
    return connection.ops.quote_name(name)


def _non_empty_tables(cursor) -> list[str]:
    """Every table holding at least one row, in one query."""
    cursor.execute(
        " UNION ALL ".join(
            f"SELECT %s WHERE EXISTS (SELECT 1 FROM {_quote(table)})"  # noqa: S608
            for table in _tables()
        ),
        _tables(),
    )
    return [table for (table,) in cursor.fetchall()]


@dataclass
class Snapshot:
    name: str
    builder: Callable[[], object]
    rows: dict[str, bytes] = field(default_factory=dict)
    sequences: dict[str, int | None] = field(default_factory=dict)
    built: bool = False

    def build(self) -> None:
        """Run the builder once and record the result; the database is left as it was."""
        try:
            with transaction.atomic():
                self.builder()
                self.rows = self._dump()
                self.sequences = self._sequence_positions()
                raise _Rollback
        except _Rollback:
            pass
        self.built = True
        self._forget_caches()

    def restore(self) -> None:
        """Make the database hold exactly the snapshot's rows (builds it on first use)."""
        if not self.built:
            self.build()
        with transaction.atomic(), connection.cursor() as cursor:
            cursor.execute("SET CONSTRAINTS ALL DEFERRED")
            # DELETE, not TRUNCATE: a TRUNCATE of every table creates new files for each one and
            # takes seconds; the test database holds a few thousand rows at most.
            for table in _non_empty_tables(cursor):
                cursor.execute(f"DELETE FROM {_quote(table)}")  # noqa: S608
            raw = cursor.cursor
            for table, data in self.rows.items():
                with raw.copy(f"COPY {_quote(table)} FROM STDIN (FORMAT BINARY)") as copy:
                    copy.write(data)
            _create_missing(cursor, self.sequences)
            for sequence, position in self.sequences.items():
                if position is None:
                    cursor.execute("SELECT setval(%s, 1, false)", [sequence])
                else:
                    cursor.execute("SELECT setval(%s, %s, true)", [sequence, position])
        self._forget_caches()

    def _dump(self) -> dict[str, bytes]:
        rows = {}
        with connection.cursor() as cursor:
            raw = cursor.cursor
            for table in _non_empty_tables(cursor):
                data = bytearray()
                with raw.copy(f"COPY {_quote(table)} TO STDOUT (FORMAT BINARY)") as copy:
                    for chunk in copy:
                        data += chunk
                rows[table] = bytes(data)
        return rows

    def _sequence_positions(self) -> dict[str, int | None]:
        with connection.cursor() as cursor:
            cursor.execute(
                "SELECT quote_ident(schemaname) || '.' || quote_ident(sequencename), last_value "
                "FROM pg_sequences WHERE schemaname = current_schema()"
            )
            return dict(cursor.fetchall())

    @staticmethod
    def _forget_caches() -> None:
        # Row ids may differ from what the process cached (content types, Wagtail's site paths).
        ContentType.objects.clear_cache()
        Site.clear_site_root_paths_cache()


def _create_missing(cursor, names) -> None:
    """Sequences a builder created inside its rolled-back transaction (the per-year reference
    sequences, made by the first report of a year) are gone again: make them, so their
    positions can be restored."""
    cursor.execute(
        "SELECT quote_ident(schemaname) || '.' || quote_ident(sequencename) "
        "FROM pg_sequences WHERE schemaname = current_schema()"
    )
    existing = {name for (name,) in cursor.fetchall()}
    for name in names:
        if name not in existing:
            cursor.execute(f"CREATE SEQUENCE {name}")  # name from pg_sequences, quoted


# --- A fast reset after transactional tests -----------------------------------------------------
#
# After each transactional test (live_server, a Celery worker) Django flushes the database:
# TRUNCATE of every table (about 120; each gets a new file, several seconds even when empty),
# then the post_migrate signal rebuilds content types, permissions, roles and the editorial
# groups (hundreds of queries). Measured at 8 s per test on this shared 2-core machine, for more
# than a hundred tests. The result of that flush is always the same rows, so the first flush of
# the session is done for real and remembered; every later one empties only the tables the test
# wrote to and copies those rows back, in well under a second. Sequences are left running on (as
# flush leaves them), so no id is ever reused within a session.


@dataclass
class FlushBaseline:
    rows: dict[str, bytes] = field(default_factory=dict)
    sequences: dict[str, int | None] = field(default_factory=dict)
    built: bool = False

    def capture(self) -> None:
        snapshot = Snapshot("flushed", lambda: None)
        self.rows = snapshot._dump()
        self.sequences = {k: v for k, v in snapshot._sequence_positions().items() if v}
        self.built = True

    def restore(self) -> None:
        with transaction.atomic(), connection.cursor() as cursor:
            cursor.execute("SET CONSTRAINTS ALL DEFERRED")
            dirty = _non_empty_tables(cursor)
            truncate = [t for t in dirty if t in _tables_refusing_delete(cursor)]
            if truncate:
                # The audit trail refuses DELETE (a trigger); TRUNCATE is what flush used.
                cursor.execute(f"TRUNCATE {', '.join(_quote(t) for t in truncate)}")
            for table in dirty:
                if table not in truncate:
                    cursor.execute(f"DELETE FROM {_quote(table)}")  # noqa: S608
            raw = cursor.cursor
            for table, data in self.rows.items():
                with raw.copy(f"COPY {_quote(table)} FROM STDIN (FORMAT BINARY)") as copy:
                    copy.write(data)
            # A snapshot's restore during the test may have set a sequence back (setval is never
            # rolled back); the remembered rows' ids must stay behind every sequence.
            if self.sequences:
                _create_missing(cursor, self.sequences)
                # Names come from pg_sequences, positions are ints.
                moves = ", ".join(
                    f"setval('{name}', GREATEST({int(pos)}, (SELECT last_value FROM {name})))"  # noqa: S608
                    for name, pos in self.sequences.items()
                )
                cursor.execute(f"SELECT {moves}")  # noqa: S608 - names from pg_sequences
        Snapshot._forget_caches()


_REFUSING_DELETE: set[str] | None = None


def _tables_refusing_delete(cursor) -> set[str]:
    global _REFUSING_DELETE  # noqa: PLW0603 - computed once per session
    if _REFUSING_DELETE is None:
        cursor.execute(
            "SELECT DISTINCT c.relname FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid "
            "WHERE NOT t.tgisinternal AND (t.tgtype & 8) <> 0"  # 8: a DELETE trigger
        )
        _REFUSING_DELETE = {name for (name,) in cursor.fetchall()}
    return _REFUSING_DELETE


BASELINE = FlushBaseline()


def baseline_establish() -> None:
    """Flush for real once, before any test of the session touches the database.

    From then on every test starts from the flushed rows: a `db` test's transaction is rolled
    back to them, a transactional test's fast flush restores them, and each snapshot is built on
    top of them. So a snapshot holds the very content types and sequence positions the database
    returns to after the test (whatever order tests run in, in whichever pytest-xdist process).
    Built on a freshly migrated database instead, a restore left the process caching content
    type ids that the rollback took away, and set sequences below ids the flush had used.
    """
    from django.core.management import call_command

    # What TransactionTestCase's teardown runs (its defaults: no cascade, post_migrate again).
    call_command("flush", verbosity=0, interactive=False, database="default", reset_sequences=False)
    BASELINE.capture()
    Snapshot._forget_caches()


def fast_flush_install() -> None:
    """Make TransactionTestCase's flush use the remembered baseline (see above)."""
    from django.test import TransactionTestCase

    original = TransactionTestCase._fixture_teardown
    baseline = BASELINE

    def _fixture_teardown(self):
        plain = (
            self.available_apps is None
            and not self.serialized_rollback
            and list(self._databases_names(include_mirrors=False)) == ["default"]
        )
        if not plain:
            return original(self)
        if not baseline.built:
            original(self)
            baseline.capture()
            return None
        baseline.restore()
        return None

    TransactionTestCase._fixture_teardown = _fixture_teardown
