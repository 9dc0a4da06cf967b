"""pytest-xdist: one migrated template database, and each process's database a copy of it.

pytest-django makes each xdist process its own test database (test_<name>_gw0, ...) by running
every migration: about 18 s of CPU each, which on a 2-core machine is paid three times over at
the start of `make test`. Instead a template database (test_<name>_xdist) is migrated once, and
every process's own database is made from it with CREATE DATABASE ... TEMPLATE (a file copy,
well under a second). pytest-django then finds the database there (as with --reuse-db) and its
migrate has nothing left to do.

The template carries a stamp (its database comment): a digest of every migration file on disk
and of the installed packages' versions. A template whose stamp matches is used as it is; any
other is dropped and migrated again. The run's controller starts making it in the background
before the processes start (`template_start`), so it is migrated while they start and collect
the tests instead of after; `make test` passes --create-db, so it is always migrated afresh.

--reuse-db keeps a process's database if it exists; otherwise every run copies the template.
--create-db migrates the template again whatever its stamp.
"""

from __future__ import annotations

import fcntl
import hashlib
import subprocess
import sys
from importlib import metadata
from pathlib import Path

from tests.support.processes import file_locked


def _exists(cursor, name: str) -> bool:
    cursor.execute("SELECT 1 FROM pg_database WHERE datname = %s", [name])
    return cursor.fetchone() is not None


def _stamp() -> str:
    """What the migrated schema depends on: every migration file's bytes, and the packages
    (a new Wagtail brings migrations of its own, a new Django may write DDL differently)."""
    from django.db.migrations.loader import MigrationLoader

    digest = hashlib.sha256()
    # No connection: the migration files alone (the database named in settings need not exist).
    loader = MigrationLoader(None, ignore_no_migrations=True, load=True)
    for key in sorted(loader.disk_migrations):
        module = __import__(loader.disk_migrations[key].__module__, fromlist=["_"])
        digest.update(f"{key}\n".encode())
        digest.update(Path(module.__file__).read_bytes())
    for dist in sorted(f"{d.name}=={d.version}" for d in metadata.distributions()):
        digest.update(f"{dist}\n".encode())
    return digest.hexdigest()


def _stamp_of(cursor, name: str) -> str | None:
    cursor.execute(
        "SELECT shobj_description(oid, 'pg_database') FROM pg_database WHERE datname = %s", [name]
    )
    row = cursor.fetchone()
    return row[0] if row else None


def _migrate_into(connection, name: str) -> None:
    from django.conf import settings
    from django.core.management import call_command

    alias = connection.alias
    original = connection.settings_dict["NAME"]
    connection.close()
    settings.DATABASES[alias]["NAME"] = connection.settings_dict["NAME"] = name
    try:
        call_command("migrate", verbosity=0, interactive=False, database=alias, run_syncdb=True)
        call_command("createcachetable", database=alias)
    finally:
        connection.close()  # a template must have no session open when it is copied
        settings.DATABASES[alias]["NAME"] = connection.settings_dict["NAME"] = original


def _template_name(connection) -> str:
    # pytest-django's name for this process (test_<name>_gwN), without the _gwN suffix.
    return connection.creation._get_test_db_name().rsplit("_gw", 1)[0] + "_xdist"


def template_make(connection, *, fresh: bool) -> None:
    """Migrate the template unless one with this checkout's stamp is there (`fresh`: always)."""
    creation = connection.creation
    template = _template_name(connection)
    quote = connection.ops.quote_name
    stamp = _stamp()
    with creation._nodb_cursor() as cursor:
        if not fresh and _stamp_of(cursor, template) == stamp:
            return
        cursor.execute(f"DROP DATABASE IF EXISTS {quote(template)}")
        cursor.execute(f"CREATE DATABASE {quote(template)}")
    _migrate_into(connection, template)
    # Stamped last: a migration that fails half-way leaves a template nobody will use.
    with creation._nodb_cursor() as cursor:
        cursor.execute(f"COMMENT ON DATABASE {quote(template)} IS %s", [stamp])


def database_from_template(run_dir: Path, *, reuse: bool, fresh: bool) -> None:
    """Make this xdist process's test database a copy of the migrated template (`fresh`, as
    with --create-db: migrated again whatever its stamp)."""
    from django.db import connections

    connection = connections["default"]
    creation = connection.creation
    target = creation._get_test_db_name()  # with pytest-django's _gwN suffix
    quote = connection.ops.quote_name
    run_dir.mkdir(parents=True, exist_ok=True)
    with file_locked(run_dir / "db-template.lock"):
        made = run_dir / "db-template.done"
        if not made.exists():
            template_make(connection, fresh=fresh)
            made.touch()
    with creation._nodb_cursor() as cursor:
        if reuse and _exists(cursor, target):
            return
        cursor.execute(f"DROP DATABASE IF EXISTS {quote(target)}")
        cursor.execute(
            f"CREATE DATABASE {quote(target)} TEMPLATE {quote(_template_name(connection))}"
        )


def template_start(run_dir: Path, *, fresh: bool) -> None:
    """Start making the template in a process of its own, and return at once.

    The pytest-xdist controller calls this before its processes start: the template is migrated
    (18 s of one core) while they start and collect the tests (several seconds of CPU each),
    instead of after. The new process holds the template lock until it is done, so a process
    that needs its database waits for it; if it fails, the first process to get the lock tries
    again itself, and the error shows in that test."""
    run_dir.mkdir(parents=True, exist_ok=True)
    with (run_dir / "db-template.lock").open("w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        with (run_dir / "db-template.log").open("w") as log:
            # The lock goes with the open file to the new process, which keeps it until it ends.
            subprocess.Popen(  # noqa: S603 - this module, with this interpreter
                [sys.executable, "-m", "tests.support.xdist_db", str(run_dir)]
                + ([] if fresh else ["--keep"]),
                pass_fds=(lock.fileno(),),
                cwd=Path(__file__).resolve().parents[2],
                stdout=log,
                stderr=subprocess.STDOUT,
            )


if __name__ == "__main__":
    # Started by template_start: the template migrated afresh, or with --keep only if this
    # checkout's stamp differs; then the run's folder says it is done.
    import os

    import django

    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "portal.settings.test")
    django.setup()
    from django.db import connection

    template_make(connection, fresh="--keep" not in sys.argv[2:])
    (Path(sys.argv[1]) / "db-template.done").touch()
