"""Read queries for the public site. Each is one database query unless it says otherwise."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from django.conf import settings
from django.core.cache import cache
from django.db.models import Q
from django.utils import timezone
from wagtail.models import Page
from wagtail.search.backends import get_search_backend

from cms import page_cache
from cms.models import FAQ, AlertBanner, ContactUnit
from cms.richtext import rich_text_plain


def faqs_for(*, locale_id: int) -> list[tuple[object, list[FAQ]]]:
    """Live FAQs of one language, grouped by category in the editors' order."""
    faqs = (
        FAQ.objects.filter(locale_id=locale_id, live=True)
        .select_related("category")
        .order_by("category__sort_order", "category__name", "sort_order", "pk")
    )
    groups: dict[int, tuple[object, list[FAQ]]] = {}
    for faq in faqs:
        groups.setdefault(faq.category_id, (faq.category, []))[1].append(faq)
    return list(groups.values())


def faqs_search(*, locale_id: int, query: str) -> list[FAQ]:
    """Wagtail search over the live FAQs of one language (so Spanish finds Spanish answers)."""
    backend = get_search_backend()
    return list(
        backend.search(query, FAQ.objects.filter(locale_id=locale_id, live=True), operator="and")
    )


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


def contact_units_for(*, locale_id: int) -> list[ContactUnit]:
    return list(
        ContactUnit.objects.filter(locale_id=locale_id, live=True).order_by("sort_order", "name")
    )


@dataclass
class Alerts:
    active: list[AlertBanner]
    # When the set of active alerts next changes; cached pages must expire by then.
    next_change: datetime | None


def _alert_candidates(language_code: str, at: datetime) -> list[AlertBanner]:
    """Live alerts not yet over. Cached briefly: the banner is on every page."""
    key = page_cache.alerts_key(language_code)

    def shared_copy():
        candidates = cache.get(key) if page_cache.enabled() else None
        if candidates is None:
            candidates = list(
                AlertBanner.objects.filter(
                    Q(ends_at__isnull=True) | Q(ends_at__gt=at),
                    live=True,
                    locale__language_code=language_code,
                ).order_by("-starts_at")
            )
            if page_cache.enabled():
                cache.set(key, candidates, timeout=settings.CMS_PAGE_CACHE_SECONDS)
        return candidates

    # Saving an alert purges, which drops this process's copy as well as Redis's.
    return page_cache.memoized(key, shared_copy)


def alerts_for(*, language_code: str, at: datetime | None = None) -> Alerts:
    """Active alerts in one language, plus when that set next changes (at most one query)."""
    at = at or timezone.now()
    # Which are active is decided now, not when cached, so start and end times stay exact.
    candidates = [
        a for a in _alert_candidates(language_code, at) if a.ends_at is None or a.ends_at > at
    ]
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


@dataclass
class PageChrome:
    translations: list[Page]  # this page in every language it is live in, this one included
    menu: list[Page]  # the home page's menu children in this page's language


def page_chrome(*, page: Page) -> PageChrome:
    """What the header and <head> need about other pages, in one query."""
    home_path = page.path[: Page.steplen * 2]
    is_translation = Q(translation_key=page.translation_key)
    in_menu = Q(depth=3, path__startswith=home_path, show_in_menus=True)
    pages = list(
        Page.objects.live()
        .filter(is_translation | in_menu)
        .select_related("locale")
        .order_by("path")
    )
    return PageChrome(
        translations=sorted(
            (p for p in pages if p.translation_key == page.translation_key),
            key=lambda p: p.locale.language_code,
        ),
        menu=[
            p for p in pages if p.depth == 3 and p.path.startswith(home_path) and p.show_in_menus
        ],
    )


@dataclass(frozen=True)
class MenuItem:
    pk: int
    title: str
    url: str


@dataclass(frozen=True)
class PageLinks:
    """The chrome of one page as plain data: its language versions and the main menu."""

    translations: list[dict]  # {"code", "url", "full_url"}, by language code
    menu: list[MenuItem]


def page_links(*, page: Page, request) -> PageLinks:
    """page_chrome with the URLs worked out, remembered per process until the next publish
    (page_cache.memoized): at most one query, none once this page's links are known."""
    from wagtail.models import Site

    site = Site.find_for_request(request) if request is not None else None

    def compute() -> PageLinks:
        chrome = page_chrome(page=page)
        return PageLinks(
            translations=[
                {
                    "code": version.locale.language_code,
                    "url": version.get_url(request),
                    "full_url": version.get_full_url(request),
                }
                for version in chrome.translations
            ],
            menu=_menu_items(chrome.menu, request),
        )

    return page_cache.memoized(("page-links", getattr(site, "pk", None), page.pk), compute)


def _menu_items(pages, request) -> list[MenuItem]:
    return [MenuItem(pk=p.pk, title=p.title, url=p.get_url(request)) for p in pages]


def menu_for_language(*, request, language_code: str) -> list[MenuItem]:
    """The main menu of the site's home page in a language, for views that are not pages."""
    from wagtail.models import Locale, Site

    if request is None:
        return []
    site = Site.find_for_request(request)
    if site is None:
        return []

    def compute() -> list[MenuItem]:
        key = f"cms:menu-items:{site.pk}:{language_code}:{page_cache._version()}"
        menu = cache.get(key)
        if menu is None:
            home = site.root_page
            locale = Locale.objects.filter(language_code=language_code).first()
            if locale is not None and home.locale_id != locale.pk:
                home = home.get_translation_or_none(locale) or home
            menu = _menu_items(page_chrome(page=home).menu, request)
            cache.set(key, menu, 60 * 60)
        return menu

    return page_cache.memoized(("menu", site.pk, language_code), compute)
