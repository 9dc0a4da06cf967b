"""Purge the page cache whenever anything residents can see changes."""

from django.conf import settings
from django.core.cache import cache
from django.db.models.signals import post_delete, post_save
from wagtail.signals import (
    page_published,
    page_unpublished,
    post_page_move,
    published,
    unpublished,
)

from cms import page_cache


def _purge(**kwargs):
    page_cache.purge()


def _forget_agency_settings(instance, **kwargs):
    cache.delete(page_cache.agency_settings_key(instance.site_id))


def _forget_alerts(**kwargs):
    cache.delete_many([page_cache.alerts_key(code) for code, _name in settings.LANGUAGES])


def _forget_view_restrictions(**kwargs):
    cache.delete(page_cache.VIEW_RESTRICTIONS_KEY)


def connect() -> None:
    from wagtail.models import Locale, Page, PageViewRestriction, Site

    from cms.models import FAQ, AgencySettings, AlertBanner, ContactUnit, FAQCategory

    page_published.connect(_purge, dispatch_uid="cms-purge-page-published")
    page_unpublished.connect(_purge, dispatch_uid="cms-purge-page-unpublished")
    published.connect(_purge, dispatch_uid="cms-purge-published")
    unpublished.connect(_purge, dispatch_uid="cms-purge-unpublished")
    post_delete.connect(_purge, sender=Page, dispatch_uid="cms-purge-page-deleted")
    # A moved page changes URL (and the routes remembered per process, cms.models.pages).
    post_page_move.connect(_purge, dispatch_uid="cms-purge-page-moved")
    for signal in (post_save, post_delete):
        signal.connect(
            _forget_agency_settings, sender=AgencySettings, dispatch_uid=f"cms-as-{signal}"
        )
        signal.connect(_forget_alerts, sender=AlertBanner, dispatch_uid=f"cms-alerts-{signal}")
        signal.connect(
            _forget_view_restrictions, sender=PageViewRestriction, dispatch_uid=f"cms-pvr-{signal}"
        )
        # A page made private must stop being served from the cache at once.
        signal.connect(_purge, sender=PageViewRestriction, dispatch_uid=f"cms-pvr-purge-{signal}")
    # Site settings and categories have no publish step; snippets with one also save on publish.
    # Sites and locales are remembered per process until a purge (page_cache.memoized).
    for model in (AgencySettings, FAQCategory, FAQ, ContactUnit, AlertBanner, Site, Locale):
        post_save.connect(_purge, sender=model, dispatch_uid=f"cms-purge-save-{model.__name__}")
        post_delete.connect(_purge, sender=model, dispatch_uid=f"cms-purge-del-{model.__name__}")
