"""Reads for report intake and the status page."""

import hmac

from django.db.models import Q
from wagtail.models import Locale

from .models import Category, Report, ReportDraft, ReportStatus

OPEN_STATUSES = {ReportStatus.SUBMITTED, ReportStatus.IN_REVIEW, ReportStatus.NEEDS_INFO}


def categories_for_language(language: str):
    """Active categories in the reporter's language, falling back to the default language for
    any category not yet translated (a resident must never miss a category)."""
    active = Category.objects.filter(active=True).select_related("locale")
    local = active.filter(locale__language_code=language)
    default = Locale.get_default()
    if default.language_code == language:
        return local
    missing = active.filter(locale=default).exclude(
        translation_key__in=local.values("translation_key")
    )
    return active.filter(Q(pk__in=local.values("pk")) | Q(pk__in=missing.values("pk")))


def category_for_draft(slug: str | None, language: str) -> Category | None:
    if not slug:
        return None
    return categories_for_language(language).filter(slug=slug).prefetch_related("questions").first()


def draft_for_token(token: str | None) -> ReportDraft | None:
    if not token or len(token) > 64:
        return None
    return ReportDraft.objects.filter(token=token, report__isnull=True).first()


def status_token_for(report: Report) -> str:
    return report.status_key


def report_for_status_token(token: str) -> Report | None:
    if not token or len(token) > 32:
        return None
    return Report.objects.select_related("category").filter(status_key=token).first()


def _digits(value: str) -> str:
    return "".join(c for c in value if c.isdigit())


def report_for_lookup(*, reference: str, secret: str) -> Report | None:
    """The report only when reference AND the phone's last 4 digits (or the email) match.

    Any other combination returns None the same way, so a caller can't learn whether a
    reference exists.
    """
    report = Report.objects.select_related("category").filter(reference__iexact=reference).first()
    if report is None:
        # Compare against a dummy so a miss costs about what a hit does.
        hmac.compare_digest("0000", "0001")
        return None
    secret = secret.strip()
    if "@" in secret:
        ok = bool(report.email) and hmac.compare_digest(
            report.email.strip().casefold(), secret.casefold()
        )
    else:
        digits = _digits(secret)
        phone_digits = _digits(report.phone.as_e164) if report.phone else ""
        # The last 4 digits, or more of the number (people type the whole thing): whatever was
        # typed must be how the phone number ends.
        ok = 4 <= len(digits) <= len(phone_digits) and hmac.compare_digest(
            phone_digits[-len(digits) :], digits
        )
    return report if ok else None


def report_is_open(report: Report) -> bool:
    return report.status in OPEN_STATUSES


def status_history(report: Report) -> list[dict]:
    """The reporter-facing history: status changes, the dispatcher's notes and the replies."""
    items = [
        {
            "kind": "event",
            "at": event.created_at,
            "status": event.status,
            "status_label": ReportStatus(event.status).label,
            "note": event.public_note,
        }
        for event in report.events.all()
    ]
    items += [
        {"kind": "reply", "at": reply.created_at, "note": reply.body}
        for reply in report.replies.all()
    ]
    items += [
        {"kind": "photo", "at": a.created_at, "note": ""}
        for a in report.attachments.filter(source="status")
    ]
    return sorted(items, key=lambda item: item["at"])


def open_question(report: Report) -> str:
    """The dispatcher's latest question while the report waits for the reporter."""
    if report.status != ReportStatus.NEEDS_INFO:
        return ""
    event = report.events.filter(status=ReportStatus.NEEDS_INFO).order_by("-created_at").first()
    return event.public_note if event else ""
