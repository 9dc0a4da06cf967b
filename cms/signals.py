"""Purge the page cache whenever anything residents can see changes."""

from django.db.models.signals import post_delete, post_save
from wagtail.signals import page_published, page_unpublished, published, unpublished

from cms import page_cache


def _purge(**kwargs):
    page_cache.purge()


def connect() -> None:
    from wagtail.models import Page

    from cms.models import FAQ, AgencySettings, AlertBanner, ContactUnit, FAQCategory

    page_published.connect(_purge, dispatch_uid="cms-purge-page-published")
    page_unpublished.connect(_purge, dispatch_uid="cms-purge-page-unpublished")
    published.connect(_purge, dispatch_uid="cms-purge-published")
    unpublished.connect(_purge, dispatch_uid="cms-purge-unpublished")
    post_delete.connect(_purge, sender=Page, dispatch_uid="cms-purge-page-deleted")
    # Site settings and categories have no publish step; snippets with one also save on publish.
    for model in (AgencySettings, FAQCategory, FAQ, ContactUnit, AlertBanner):
        post_save.connect(_purge, sender=model, dispatch_uid=f"cms-purge-save-{model.__name__}")
        post_delete.connect(_purge, sender=model, dispatch_uid=f"cms-purge-del-{model.__name__}")
