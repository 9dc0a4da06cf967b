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

import hashlib
import os
import pickle
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from django.contrib.contenttypes.models import ContentType
from django.db import IntegrityError, connection, transaction
from wagtail.models import Site

from tests.support.processes import file_locked


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

    def build_shared(self, run_dir: Path | None) -> None:
        """`build`, once per run rather than once per pytest-xdist process.

        The first process to get here builds the snapshot and leaves it in the run's folder,
        with the files the builder wrote to the media folders (each process has its own); the
        others take it from there, if their database was flushed to the same rows (the same
        content type ids, the same sequences): otherwise they build their own."""
        if run_dir is None:
            self.build()
            return
        path = run_dir / f"snapshot-{self.name}.pickle"
        with file_locked(run_dir / f"snapshot-{self.name}.lock"):
            if path.exists():
                shared = pickle.loads(path.read_bytes())  # noqa: S301 - written by this run
                if shared["baseline"] == BASELINE.digest():
                    self.rows, self.sequences = shared["rows"], shared["sequences"]
                    _media_write(shared["media"])
                    self.built = True
                    return
                self.build()
                return
            media_before = _media_listing()
            self.build()
            shared = {
                "baseline": BASELINE.digest(),
                "rows": self.rows,
                "sequences": self.sequences,
                "media": _media_added(media_before),
            }
            path.with_suffix(".tmp").write_bytes(pickle.dumps(shared))
            path.with_suffix(".tmp").rename(path)

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


def _media_roots() -> list[Path]:
    from django.conf import settings

    return [Path(settings.MEDIA_ROOT), Path(settings.REPORTS_STORAGE_ROOT)]


def _media_listing() -> dict[tuple[int, str], float]:
    listing = {}
    for n, root in enumerate(_media_roots()):
        for folder, _dirs, files in os.walk(root):
            for name in files:
                path = Path(folder, name)
                listing[n, str(path.relative_to(root))] = path.stat().st_mtime
    return listing


def _media_added(before: dict) -> dict[tuple[int, str], bytes]:
    roots = _media_roots()
    return {
        (n, relative): (roots[n] / relative).read_bytes()
        for (n, relative), mtime in _media_listing().items()
        if before.get((n, relative)) != mtime
    }


def _media_write(files: dict[tuple[int, str], bytes]) -> None:
    roots = _media_roots()
    for (n, relative), data in files.items():
        path = roots[n] / relative
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data)


def _sequences_at_least(cursor, positions: dict[str, int]) -> None:
    """Move each sequence up to its position, never back (remembered rows' ids stay behind)."""
    # Names come from pg_sequences, positions are ints: nothing here is typed by a person.
    moves = ", ".join(
        f"setval('{name}', GREATEST({int(pos)}, (SELECT last_value FROM {name})))"  # noqa: S608
        for name, pos in positions.items()
    )
    cursor.execute(f"SELECT {moves}")  # noqa: S608 - names from pg_sequences


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

    def digest(self) -> str:
        """The same in two processes only if their databases were flushed to the same rows."""
        digest = hashlib.sha256()
        for table in sorted(self.rows):
            digest.update(table.encode() + b"\0" + self.rows[table])
        digest.update(repr(sorted(self.sequences.items())).encode())
        return digest.hexdigest()

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
                _sequences_at_least(cursor, self.sequences)
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


# --- Row patches: content many tests add on top of whatever they already hold ------------------
#
# A `Snapshot` replaces every table's rows, so it only suits a fixture that comes first (the
# demo). The minimal site (tests/support/site.py) is asked for by about 600 tests, in any order
# among their other fixtures, and making it (a page tree, a revision, a publish, search and
# reference index entries, the Site and its settings) takes about 60 ms of CPU each time. A
# `RowPatch` runs its builder once, remembers only the rows it added, and later inserts those
# rows again with COPY: a few milliseconds.
#
# It is only used where it gives the same database as the builder would: the tables it adds to
# must hold exactly as many rows as when it was built (otherwise the builder runs for real), and
# the inserted rows must satisfy every constraint at once (the deferred foreign keys are checked
# before the fixture returns; on any error the builder runs for real). A builder that changed or
# deleted rows that were already there is never replayed.


def _text_rows(cursor, table: str) -> list[bytes]:
    data = bytearray()
    with cursor.cursor.copy(f"COPY {_quote(table)} TO STDOUT") as copy:
        for chunk in copy:
            data += chunk
    # Text format: one line per row (newlines inside values are escaped as \n).
    return bytes(data).splitlines()


def _counts(cursor, tables) -> dict[str, int]:
    cursor.execute(
        # Table names from Django's introspection, quoted; the values are parameters.
        " UNION ALL ".join(f"SELECT %s, count(*) FROM {_quote(t)}" for t in tables),  # noqa: S608
        list(tables),
    )
    return dict(cursor.fetchall())


def content_caches_forget() -> None:
    """What saving a site, its settings and a published page makes each process forget.

    COPY sends no signals, and a replayed row has the same id every time: a copy remembered
    from an earlier test (then changed and rolled back) would otherwise be served again."""
    from django.conf import settings
    from django.core.cache import cache

    from cms import page_cache
    from reporting.messaging.content import default_agency_forget

    page_cache.purge()
    cache.delete_many(
        [page_cache.agency_settings_key(site_id) for site_id in Site.objects.values_list("id")]
        + [page_cache.alerts_key(code) for code, _name in settings.LANGUAGES]
        + [page_cache.VIEW_RESTRICTIONS_KEY]
    )
    default_agency_forget()
    Site.clear_site_root_paths_cache()


@dataclass
class RowPatch:
    name: str
    builder: Callable[..., object]
    added: dict[str, list[bytes]] = field(default_factory=dict)
    counts_before: dict[str, int] = field(default_factory=dict)
    sequences: dict[str, int] = field(default_factory=dict)
    result: tuple[type, object] | None = None
    given: object = None
    replayable: bool = False
    built: bool = False

    def build(self, prepare: Callable[[], object] | None = None) -> None:
        """Run `prepare` then the builder once, in a transaction rolled back afterwards, and
        remember what the builder added (prepare's rows are the state it expects)."""
        try:
            with transaction.atomic(), connection.cursor() as cursor:
                given = prepare() if prepare else None
                self.given = getattr(given, "pk", None)
                before = {t: _text_rows(cursor, t) for t in _non_empty_tables(cursor)}
                result = self.builder(given) if prepare else self.builder()
                after = {t: _text_rows(cursor, t) for t in _non_empty_tables(cursor)}
                self.replayable = all(
                    set(rows) <= set(after.get(table, ())) for table, rows in before.items()
                )
                seen = {table: set(rows) for table, rows in before.items()}
                self.added = {
                    table: [row for row in rows if row not in seen.get(table, set())]
                    for table, rows in after.items()
                }
                self.added = {table: rows for table, rows in self.added.items() if rows}
                self.counts_before = {t: len(before.get(t, ())) for t in self.added}
                # The sequences of the tables it added to: replayed ids must stay behind them.
                self.sequences = {
                    name: position
                    for name, position in Snapshot("", lambda: None)._sequence_positions().items()
                    if position
                    and any(name.split(".")[-1].strip('"').startswith(f"{t}_") for t in self.added)
                }
                if result is not None:
                    self.result = (type(result), result.pk)
                raise _Rollback
        except _Rollback:
            pass
        self.built = True
        Snapshot._forget_caches()

    def apply(self, *args):
        """The builder's result, from the remembered rows when the database is as it expected
        (and the object passed, if any, is the one `prepare` made)."""
        same_input = not args or getattr(args[0], "pk", None) == self.given
        if self.built and self.replayable and same_input and self._insert():
            content_caches_forget()
            if self.result is None:
                return None
            model, pk = self.result
            return model._default_manager.get(pk=pk)
        return self.builder(*args)

    def _insert(self) -> bool:
        try:
            with transaction.atomic(), connection.cursor() as cursor:
                if _counts(cursor, self.added) != self.counts_before:
                    return False
                for table, rows in self.added.items():
                    with cursor.cursor.copy(f"COPY {_quote(table)} FROM STDIN") as copy:
                        copy.write(b"\n".join(rows) + b"\n")
                if self.sequences:
                    _sequences_at_least(cursor, self.sequences)
                # Foreign keys are deferred to the commit, which a `db` test never reaches.
                cursor.execute("SET CONSTRAINTS ALL IMMEDIATE")
                cursor.execute("SET CONSTRAINTS ALL DEFERRED")
        except IntegrityError:
            return False
        return True
