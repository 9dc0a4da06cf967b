"""Read queries for the public site. Each is one database query unless it says otherwise."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from django.db.models import Q
from django.utils import timezone
from wagtail.models import Locale, Page
from wagtail.search.backends import get_search_backend

from cms.models import FAQ, AlertBanner, ContactUnit
from cms.models.pages import rich_text_plain


def faqs_for(*, locale: Locale) -> list[tuple[object, list[FAQ]]]:
    """Live FAQs of one language, grouped by category in the editors' order."""
    faqs = (
        FAQ.objects.filter(locale=locale, live=True)
        .select_related("category")
        .order_by("category__sort_order", "category__name", "sort_order", "pk")
    )
    groups: dict[int, tuple[object, list[FAQ]]] = {}
    for faq in faqs:
        groups.setdefault(faq.category_id, (faq.category, []))[1].append(faq)
    return list(groups.values())


def faqs_search(*, locale: Locale, query: str) -> list[FAQ]:
    """Wagtail search over the live FAQs of one language (so Spanish finds Spanish answers)."""
    backend = get_search_backend()
    return list(backend.search(query, FAQ.objects.filter(locale=locale, live=True), operator="or"))


def faq_jsonld(faqs) -> dict:
    """schema.org FAQPage, so search engines can show the answers directly."""
    return {
        "@context": "https://schema.org",
        "@type": "FAQPage",
        "mainEntity": [
            {
                "@type": "Question",
                "name": faq.question,
                "acceptedAnswer": {"@type": "Answer", "text": rich_text_plain(faq.answer, 1000)},
            }
            for faq in faqs
        ],
    }


def contact_units_for(*, locale: Locale) -> list[ContactUnit]:
    return list(ContactUnit.objects.filter(locale=locale, live=True).order_by("sort_order", "name"))


@dataclass
class Alerts:
    active: list[AlertBanner]
    # When the set of active alerts next changes; cached pages must expire by then.
    next_change: datetime | None


def alerts_for(*, language_code: str, at: datetime | None = None) -> Alerts:
    """Active alerts in one language, plus when that set next changes (one query)."""
    at = at or timezone.now()
    candidates = AlertBanner.objects.filter(
        Q(ends_at__isnull=True) | Q(ends_at__gt=at), live=True, locale__language_code=language_code
    ).order_by("-starts_at")
    active, changes = [], []
    for alert in candidates:
        if alert.starts_at <= at:
            active.append(alert)
            if alert.ends_at:
                changes.append(alert.ends_at)
        else:
            changes.append(alert.starts_at)
    severity_rank = {"danger": 0, "warning": 1, "info": 2}
    active.sort(key=lambda a: severity_rank.get(a.severity, 3))
    return Alerts(active=active, next_change=min(changes) if changes else None)


def page_translations(*, page: Page) -> list[Page]:
    """The live versions of a page in every language, this one included."""
    return list(
        Page.objects.live()
        .filter(translation_key=page.translation_key)
        .select_related("locale")
        .order_by("locale__language_code")
    )


def menu_pages(*, page: Page) -> list[Page]:
    """The home page's menu children in the page's own language."""
    home_path = page.path[: Page.steplen * 2]
    return list(
        Page.objects.live()
        .filter(depth=3, path__startswith=home_path, show_in_menus=True)
        .order_by("path")
    )
