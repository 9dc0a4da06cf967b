"""Wagtail's Locale.get_active() without a query on every request.

Wagtail asks for the active locale while routing every page (``site.root_page.localized``) and
reads it from the database each time. Which locale a language code names changes only when a
locale is saved or deleted, which purges (cms/signals.py), so each process keeps it per
language until the next purge (page_cache.memoized, which hands every caller its own copy).
"""

from django.utils import translation
from wagtail.models import Locale

from cms import page_cache

_wagtail_get_active = Locale.get_active.__func__


def _get_active(cls):
    return page_cache.memoized(
        ("active-locale", translation.get_language()), lambda: _wagtail_get_active(cls)
    )


def install() -> None:
    Locale.get_active = classmethod(_get_active)
