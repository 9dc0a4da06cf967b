"""Whole-page cache for anonymous visitors, purged whenever published content changes.

Purging bumps one version number that is part of every key, so a publish invalidates every
cached page at once without listing keys (a changed FAQ, alert or phone number can show on any
page). Entries also expire by the time the set of active alerts next changes, so a scheduled
alert appears and disappears on time even though nothing was published at that moment.
"""

import time

from django.conf import settings
from django.core.cache import cache
from django.http import HttpResponse
from django.utils import timezone
from django.utils.translation import get_language

VERSION_KEY = "cms:page-cache:version"
HEADER = "X-Page-Cache"


def enabled() -> bool:
    return getattr(settings, "CMS_PAGE_CACHE_SECONDS", 300) > 0


def agency_settings_key(site_id: int) -> str:
    return f"cms:agency-settings:{site_id}"


VIEW_RESTRICTIONS_KEY = "cms:any-view-restrictions"


def alerts_key(language_code: str) -> str:
    return f"cms:alerts:{language_code}"


def _version() -> int:
    version = cache.get(VERSION_KEY)
    if version is None:
        version = time.time_ns()
        cache.add(VERSION_KEY, version, timeout=None)
        version = cache.get(VERSION_KEY, version)
    return version


def purge() -> None:
    # A fresh value rather than incr(): if the key was evicted, old entries stay unreachable.
    cache.set(VERSION_KEY, time.time_ns(), timeout=None)


def mark_cacheable(request, response) -> None:
    response.cms_cacheable = True


def note_content_change_at(request, when) -> None:
    """Record when what this page shows will change by itself (e.g. an alert starts or ends)."""
    if when is None:
        return
    current = getattr(request, "cms_expires_at", None)
    if current is None or when < current:
        request.cms_expires_at = when


class PageCacheMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        key = self._key(request)
        if key is not None:
            entry = cache.get(key)
            if entry is not None:
                response = HttpResponse(entry["content"], content_type=entry["content_type"])
                response[HEADER] = "hit"
                return response
        response = self.get_response(request)
        if key is not None and self._storable(request, response):
            timeout = self._timeout(request)
            if timeout > 0:
                cache.set(
                    key,
                    {"content": response.content, "content_type": response["Content-Type"]},
                    timeout,
                )
            response[HEADER] = "miss"
        return response

    @staticmethod
    def _key(request):
        if not enabled():
            return None
        if request.method != "GET" or request.META.get("QUERY_STRING"):
            return None
        if settings.SESSION_COOKIE_NAME in request.COOKIES:
            return None  # staff, or anyone with messages waiting: render for them
        if request.user.is_authenticated:
            return None
        return f"cms:page:{_version()}:{request.get_host()}:{get_language()}:{request.path}"

    @staticmethod
    def _storable(request, response) -> bool:
        return (
            getattr(response, "cms_cacheable", False)
            and response.status_code == 200
            and not response.streaming
            and not response.cookies
            and not request.META.get("CSRF_COOKIE_NEEDS_UPDATE")
        )

    @staticmethod
    def _timeout(request) -> int:
        timeout = getattr(settings, "CMS_PAGE_CACHE_SECONDS", 300)
        expires_at = getattr(request, "cms_expires_at", None)
        if expires_at is not None:
            timeout = min(timeout, int((expires_at - timezone.now()).total_seconds()))
        return timeout
