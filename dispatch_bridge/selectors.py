"""Reads for the console and the audit browser (the statistics are in statistics.py)."""

from dataclasses import dataclass
from datetime import datetime, time, timedelta

from django.conf import settings
from django.db import connection
from django.db.models import F, Q
from django.utils import timezone, translation
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from portal.outbox.selectors import items_needing_attention
from portal.staff.models import AuditEntry
from reporting.models import Category

from . import domain
from .models import QueueItem, SupervisorAlert


def queue_for(user, *, status="", category="", priority="", mine=False):
    """The queue as a CAD pending list: priority first, then the oldest."""
    items = QueueItem.objects.select_related("report__category", "claimed_by").order_by(
        "priority", "created_at", "pk"
    )
    if status == "all":
        pass
    elif status:
        items = items.filter(report__status=status)
    else:
        # closed_at IS NULL first: the (closed_at, priority, created_at) index then yields the
        # workable rows already in queue order, however many closed ones the year has. Decided
        # and closed items come back while the reporter's later words wait to be read (issue 16).
        items = items.filter(
            Q(closed_at__isnull=True, report__status__in=domain.WORKABLE)
            | Q(closed_at__isnull=True, reporter_replied_at__gt=F("decided_at"))
            | Q(reporter_replied_at__gt=F("closed_at"))
        )
    if category:
        items = items.filter(report__category__translation_key=category)
    if priority:
        items = items.filter(priority=priority)
    if mine:
        # Nobody holds a closed item, so the reporter's words after the close are the last
        # holder's (the dispatcher who decided it) to read first; the queue shows them to all.
        items = items.filter(
            Q(claimed_by=user)
            | Q(claimed_by__isnull=True, decided_by=user, reporter_replied_at__gt=F("closed_at"))
        )
    return items


def queue_version() -> str:
    """Changes whenever an item is added, changes or closes, or an open alert comes or goes: the
    console poller's 'anything new?', in one query that reads indexes only (updated_at, the
    open items, the few open alerts), whatever the size of the year's queue."""
    items, alerts = QueueItem._meta.db_table, SupervisorAlert._meta.db_table
    with connection.cursor() as cursor:
        cursor.execute(
            f"SELECT (SELECT max(updated_at) FROM {items}),"  # noqa: S608 - table names only
            f" (SELECT count(*) FROM {items} WHERE closed_at IS NULL),"
            f" (SELECT count(*) FROM {alerts} WHERE acknowledged_at IS NULL),"
            f" (SELECT max(id) FROM {alerts} WHERE acknowledged_at IS NULL)"
        )
        latest, open_items, open_alerts, last_alert = cursor.fetchone()
    stamp = latest.timestamp() if latest else 0
    return f"{stamp}-{open_items}-{open_alerts}-{last_alert or 0}"


def categories_for_filter(language_code: str = "") -> list[Category]:
    """Every category once, named in the staff member's language where a translation exists
    (else the site's default language): a Spanish report's category reads as the console's."""
    default = settings.LANGUAGE_CODE
    wanted = language_code or translation.get_language() or default
    chosen: dict = {}
    for category in Category.objects.filter(
        locale__language_code__in={wanted, default}
    ).select_related("locale"):
        if category.translation_key not in chosen or category.locale.language_code == wanted:
            chosen[category.translation_key] = category
    return sorted(chosen.values(), key=lambda c: (c.sort_order, c.name))


@dataclass(frozen=True)
class ReportDetails:
    """A report's answers as the console shows them: labels and choices in the staff member's
    language, never the stored codes."""

    category: str
    address: str
    # (label, value, the reporter's own words?): chosen answers read in the console's language.
    answers: list[tuple[str, str, bool]]
    people: list[tuple[str, str]]
    property_items: list[str]


PEOPLE_ROLES = {
    "victim": gettext_lazy("Who was affected"),
    "suspect": gettext_lazy("Who did it"),
    "witnesses": gettext_lazy("Witnesses"),
}


def report_details(report, language_code: str = "") -> ReportDetails:
    """`report` in the console's language: its category's translation names the category, its
    questions and their choices (two queries); a category without one falls back to the
    report's own. What the reporter typed is never translated."""
    wanted = language_code or translation.get_language() or settings.LANGUAGE_CODE
    category = report.category
    if category.locale.language_code != wanted:
        category = (
            Category.objects.filter(
                translation_key=category.translation_key, locale__language_code=wanted
            ).first()
            or category
        )
    questions = {question.code: question for question in category.questions.all()}
    answers = []
    for code, answer in (report.answers or {}).items():
        question = questions.get(code)
        names = {value["key"]: value["name"] for value in question.values} if question else {}
        values = answer if isinstance(answer, list) else [answer]
        text = ", ".join(str(names.get(v, v)) for v in values if v not in ("", None))
        if text:
            label = question.description if question else code
            answers.append((label, text, not (question and question.is_list)))
    people = [
        (str(PEOPLE_ROLES.get(person.get("role"), person.get("role", ""))), person["description"])
        for person in report.people or []
        if person.get("description")
    ]
    property_items = []
    for thing in report.property_items or []:
        parts = [thing.get("description", "")]
        if thing.get("value"):
            parts.append(f"${thing['value']}")
        if thing.get("serial"):
            parts.append(_("serial %(serial)s") % {"serial": thing["serial"]})
        property_items.append(" - ".join(part for part in parts if part))
    return ReportDetails(
        category=category.name,
        address=", ".join(part for part in (report.address, report.city) if part),
        answers=answers,
        people=people,
        property_items=[item for item in property_items if item],
    )


def item_detail(item_id: int) -> QueueItem:
    return QueueItem.objects.select_related(
        "report__category", "report__duplicate_of", "claimed_by"
    ).get(pk=item_id)


def thread_for(report):
    from reporting.messaging.selectors import thread_for_report

    return thread_for_report(report)


def open_alerts():
    return SupervisorAlert.objects.filter(acknowledged_at__isnull=True).select_related(
        "item__report"
    )


def deliveries_needing_attention():
    """Dead and failed outbox rows, newest first, for the supervisors' deliveries page."""
    return items_needing_attention()


def audit_entries(*, actor="", action="", object_id="", since=None, until=None):
    entries = AuditEntry.objects.all()
    if actor:
        entries = entries.filter(actor_label__icontains=actor)
    if action:
        entries = entries.filter(action__startswith=action)
    if object_id:
        entries = entries.filter(Q(object_id=object_id) | Q(object_repr__iexact=object_id))
    if since:
        entries = entries.filter(at__gte=_start(since))
    if until:
        entries = entries.filter(at__lt=_start(until) + timedelta(days=1))
    return entries


def _start(day) -> datetime:
    return timezone.make_aware(datetime.combine(day, time.min))
