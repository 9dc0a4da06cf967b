"""Reads for the Open311 API. Sensitive categories never appear in a public listing."""

import datetime

from django.utils import timezone

from ..models import Report
from ..selectors import OPEN_STATUSES, categories_for_language, category_for_draft
from .models import ApiClient, ApiRequest, key_digest

MAX_REQUESTS = 1000
DEFAULT_DAYS = 90


def services_for(language: str):
    return categories_for_language(language).order_by("sort_order", "name")


def service_for(code: str, language: str):
    return category_for_draft(code, language)


def service_names_for(language: str) -> dict:
    """Category names in the asked language, by translation key (a report's category row is
    in the language the reporter used)."""
    return {c.translation_key: c.name for c in categories_for_language(language)}


def public_reports():
    return Report.objects.filter(category__sensitive=False).select_related("category")


def requests_matching(
    *,
    ids: list[str] | None = None,
    service_codes: list[str] | None = None,
    statuses: list[str] | None = None,
    start: datetime.datetime | None = None,
    end: datetime.datetime | None = None,
) -> list[Report]:
    """The spec's rules: ids override every other filter; otherwise the last 90 days by
    default, at most 1,000 rows, newest first."""
    reports = public_reports()
    if ids:
        return list(reports.filter(reference__in=ids[:MAX_REQUESTS]).order_by("-submitted_at"))
    if service_codes:
        reports = reports.filter(category__slug__in=service_codes)
    if statuses:
        open_values = [str(s) for s in OPEN_STATUSES]
        if statuses == ["open"]:
            reports = reports.filter(status__in=open_values)
        elif statuses == ["closed"]:
            reports = reports.exclude(status__in=open_values)
    if start is None and end is None:
        start = timezone.now() - datetime.timedelta(days=DEFAULT_DAYS)
    if start is not None:
        reports = reports.filter(submitted_at__gte=start)
    if end is not None:
        reports = reports.filter(submitted_at__lte=end)
    return list(reports.order_by("-submitted_at")[:MAX_REQUESTS])


def request_by_id(reference: str) -> Report | None:
    return public_reports().filter(reference=reference).first()


def request_for_token(token: str) -> ApiRequest | None:
    if not token or len(token) > 32:
        return None
    return ApiRequest.objects.select_related("report__category").filter(token=token).first()


def client_for_key(key: str) -> ApiClient | None:
    if not key or len(key) > 200:
        return None
    return ApiClient.objects.filter(key_hash=key_digest(key), active=True).first()
