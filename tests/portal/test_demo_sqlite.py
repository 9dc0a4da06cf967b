"""`make demo` runs on SQLite: its migrations and a report's reference must work there too.

The rest of the suite runs on PostgreSQL, so a PostgreSQL-only migration (a plpgsql function,
say) would pass every other test and still stop `make demo` at its first command.
"""

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

SUBMIT_TWICE = """
from tests.factories import report_submit_for_test
print(report_submit_for_test().reference, report_submit_for_test().reference)
"""


def test_the_demo_database_migrates_and_numbers_reports(tmp_path):
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "portal.settings.dev",
        "DATABASE_URL": f"sqlite:///{tmp_path / 'demo.sqlite3'}",
    }

    def manage(*argv):
        return subprocess.run(
            [sys.executable, "manage.py", *argv],
            cwd=ROOT,
            env=env,
            capture_output=True,
            text=True,
            timeout=600,
        )

    migrated = manage("migrate", "--noinput", "-v0")
    assert migrated.returncode == 0, migrated.stderr[-3000:]
    numbered = manage("shell", "-c", SUBMIT_TWICE)
    assert numbered.returncode == 0, numbered.stderr[-3000:]
    # The last line is the print; the console SMS backend logs the receipts above it.
    references = numbered.stdout.strip().splitlines()[-1].split()
    year = references[0].split("-")[1]
    assert references == [f"NE-{year}-000001", f"NE-{year}-000002"]
