"""Seeds the bench database (run by .ci/bench.py, with the bench's settings in the environment).

One report goes through the real submit service; the rest are SQL copies of it, so a year of
reports costs seconds. Copies take every column from the template row, so a column added later
needs no change here. Prints JSON: the dispatchers' session cookies and the ids the bench uses.
"""

import json
import os
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "portal.settings.bench")

import django  # noqa: E402

django.setup()

from django.contrib.auth import get_user_model  # noqa: E402
from django.contrib.auth.models import Group  # noqa: E402
from django.db import connection, models  # noqa: E402
from django.test import Client  # noqa: E402

from dispatch_bridge.models import QueueItem  # noqa: E402
from portal.staff.audit import audit_record  # noqa: E402
from portal.staff.models import AuditEntry  # noqa: E402
from reporting.models import Category, Report  # noqa: E402
from reporting.services import report_submit  # noqa: E402
from tests.factories import StaffFactory  # noqa: E402
from tests.support.staff import login_with_mfa  # noqa: E402

User = get_user_model()


def clone(
    model, template_pk: int, count: int, overrides: dict[str, str], join: str = "", where: str = ""
) -> None:
    """INSERT count copies of one row; overrides maps a column to an SQL expression of g
    (1..count) and t (the template row)."""
    table = model._meta.db_table
    columns, values = [], []
    for field in model._meta.concrete_fields:
        if field.primary_key:
            continue
        column = field.column
        columns.append(f'"{column}"')
        if column in overrides:
            values.append(overrides[column])
        elif field.unique and isinstance(field, models.CharField):
            values.append(f"left(md5(random()::text || g::text), {field.max_length})")
        else:
            values.append(f't."{column}"')
    sql = (
        f'INSERT INTO "{table}" ({", ".join(columns)}) SELECT {", ".join(values)} '
        f'FROM "{table}" t, generate_series(1, {count}) g {join} '
        f"WHERE t.id = {template_pk} {where}"
    )
    with connection.cursor() as cursor:
        cursor.execute(sql)


def dispatcher_sessions(count: int) -> list[str]:
    """Signed-in (password + TOTP) sessions for count dispatchers; the first also supervises."""
    group = Group.objects.get(name="dispatcher")
    sessions = []
    for n in range(count):
        user = User.objects.filter(username=f"bench-dispatcher-{n}").first()
        if user is None:
            user = StaffFactory(username=f"bench-dispatcher-{n}", email=f"bench{n}@example.org")
            user.groups.add(group)
            if n == 0:  # the statistics and the audit log are a supervisor's
                user.groups.add(Group.objects.get(name="supervisor"))
        client = login_with_mfa(Client(), user)
        sessions.append(client.cookies["sessionid"].value)
    return sessions


def seed(reports: int, open_items: int, audit: int, dispatchers: int) -> dict:
    started = time.monotonic()
    category = Category.objects.filter(locale__language_code="en").order_by("pk").first()
    template = report_submit(
        category=category,
        reporter_name="Bench Template",
        language="en",
        narrative="A bike was taken from the rack outside the library.",
        phone="+12025550100",
        callback_channel="sms",
    )
    minutes_per_report = max(1, 365 * 24 * 60 // max(reports, 1))
    # The newest open_items are workable; the rest of the year is closed.
    clone(
        Report,
        template.pk,
        reports,
        {
            "reference": "'NB-' || lpad(g::text, 8, '0')",
            "status": f"CASE WHEN g <= {open_items} THEN 'submitted' ELSE 'closed' END",
            "submitted_at": f"now() - g * interval '{minutes_per_report} minutes'",
            "updated_at": f"now() - g * interval '{minutes_per_report} minutes'",
        },
    )
    item = QueueItem.objects.get(report=template)
    with connection.cursor() as cursor:
        cursor.execute("SELECT min(id), max(id) FROM reporting_report WHERE reference LIKE 'NB-%%'")
        low, high = cursor.fetchone()
    # One queue item per copied report: g walks the copies' ids.
    closed = "CASE WHEN r.status = 'closed' THEN r.submitted_at + interval"
    clone(
        QueueItem,
        item.pk,
        high - low + 1,
        {
            "report_id": "r.id",
            "priority": "1 + (r.id % 4)",
            "created_at": "r.submitted_at",
            "updated_at": "r.submitted_at",
            "due_at": "r.submitted_at + interval '1 hour'",
            "first_claimed_at": f"{closed} '9 minutes' END",
            "decided_at": f"{closed} '41 minutes' END",
            "closed_at": f"{closed} '50 minutes' END",
        },
        join=", reporting_report r",
        where=f"AND r.id = {low} + g - 1",
    )
    entry = audit_record(actor=None, action="report.view", obj=template, ip="127.0.0.1")
    clone(
        AuditEntry,
        entry.pk,
        audit,
        {"at": "now() - g * interval '5 minutes'", "object_id": "g::text"},
    )
    sessions = dispatcher_sessions(dispatchers)
    with connection.cursor() as cursor:
        cursor.execute("ANALYZE")
    return {
        "sessions": sessions,
        "reports": Report.objects.count(),
        "open_items": QueueItem.objects.filter(closed_at__isnull=True).count(),
        "audit_entries": AuditEntry.objects.count(),
        "category": category.slug,
        "seconds": round(time.monotonic() - started, 1),
    }


if __name__ == "__main__":
    args = json.loads(sys.argv[1])
    if "sessions_only" in args:  # a reused database: fresh sessions for this run's settings
        print(json.dumps({"sessions": dispatcher_sessions(args["sessions_only"])}))
    else:
        print(json.dumps(seed(**args)))
