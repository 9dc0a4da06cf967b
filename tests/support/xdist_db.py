"""pytest-xdist: migrate one template database per run, and give each process a copy of it.

pytest-django makes each xdist process its own test database (test_<name>_gw0, ...) by running
every migration: about 18 s of CPU each, which on a 2-core machine is paid three times over at
the start of `make test`. Here the first process to get there migrates a template database
(test_<name>_xdist) once, and every process's own database is made from it with CREATE
DATABASE ... TEMPLATE (a file copy, well under a second). pytest-django then finds the database
there (as with --reuse-db) and its migrate has nothing left to do.

--reuse-db keeps a process's database if it exists (and the template if it exists); otherwise,
as --create-db, every run starts from a freshly migrated template.
"""

from __future__ import annotations

import fcntl
from contextlib import contextmanager
from pathlib import Path


@contextmanager
def _locked(path: Path):
    with path.open("w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(lock, fcntl.LOCK_UN)


def _exists(cursor, name: str) -> bool:
    cursor.execute("SELECT 1 FROM pg_database WHERE datname = %s", [name])
    return cursor.fetchone() is not None


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


def database_from_template(run_dir: Path, *, reuse: bool) -> None:
    """Make this xdist process's test database a copy of the run's migrated template."""
    from django.db import connections

    connection = connections["default"]
    creation = connection.creation
    target = creation._get_test_db_name()  # with pytest-django's _gwN suffix
    template = target.rsplit("_gw", 1)[0] + "_xdist"
    quote = connection.ops.quote_name
    run_dir.mkdir(parents=True, exist_ok=True)
    with _locked(run_dir / "db-template.lock"):
        made = run_dir / "db-template.done"
        if not made.exists():
            with creation._nodb_cursor() as cursor:
                fresh = not (reuse and _exists(cursor, template))
                if fresh:
                    cursor.execute(f"DROP DATABASE IF EXISTS {quote(template)}")
                    cursor.execute(f"CREATE DATABASE {quote(template)}")
            if fresh:
                _migrate_into(connection, template)
            made.touch()
    with creation._nodb_cursor() as cursor:
        if reuse and _exists(cursor, target):
            return
        cursor.execute(f"DROP DATABASE IF EXISTS {quote(target)}")
        cursor.execute(f"CREATE DATABASE {quote(target)} TEMPLATE {quote(template)}")
