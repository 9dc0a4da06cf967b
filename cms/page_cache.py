"""Whole-page cache for anonymous visitors, purged whenever published content changes.

Purging bumps one version number that is part of every key, so a publish invalidates every
cached page at once without listing keys (a changed FAQ, alert or phone number can show on any
page). Entries also expire by the time the set of active alerts next changes, so a scheduled
alert appears and disappears on time even though nothing was published at that moment.
"""

import gzip
import time

from django.conf import settings
from django.core.cache import cache
from django.http import HttpResponse
from django.utils import timezone
from django.utils.cache import patch_vary_headers
from django.utils.translation import get_language_from_path

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


# Headers a hit must not repeat from the stored response: they belong to the request that made
# it, or are set again for this one.
_NOT_STORED = {"set-cookie", "content-length", "content-encoding", HEADER.lower()}


class PageCacheMiddleware:
    """Serves a stored page before the rest of the middleware runs: a hit costs one Redis round
    trip and no query, session, locale, CSRF or template work.

    It sits right after WhiteNoise, so what it stores is the response as every inner middleware
    left it (CSP, framing, Vary, Content-Language), and only SecurityMiddleware runs on a hit.
    Who may get a stored page is decided from the request alone: GET without a query string and
    without a session or messages cookie (staff and anyone with something waiting are rendered
    for). The language comes from the URL: an unprefixed path is English, whatever the cookie.
    Pages are stored gzipped too; a client that takes gzip gets those bytes.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        key = self._key(request)
        if key is None:
            return self.get_response(request)
        version, entry = _version_and(key)
        if entry is not None and entry["version"] == version:
            return _replay(request, entry)
        response = self.get_response(request)
        if self._storable(request, response):
            timeout = self._timeout(request)
            if timeout > 0:
                cache.set(key, _entry(response, version), timeout)
            response[HEADER] = "miss"
        return response

    @staticmethod
    def _key(request):
        if not enabled():
            return None
        if request.method not in ("GET", "HEAD") or request.META.get("QUERY_STRING"):
            return None
        cookies = request.COOKIES
        if settings.SESSION_COOKIE_NAME in cookies or _MESSAGES_COOKIE in cookies:
            return None  # staff, or anyone with messages waiting: render for them
        language = get_language_from_path(request.path_info) or settings.LANGUAGE_CODE
        return f"cms:page:{request.get_host()}:{language}:{request.path}"

    @staticmethod
    def _storable(request, response) -> bool:
        return (
            request.method == "GET"
            and getattr(response, "cms_cacheable", False)
            and response.status_code == 200
            and not response.streaming
            and not response.cookies
            and not request.META.get("CSRF_COOKIE_NEEDS_UPDATE")
            and not response.has_header("Content-Encoding")
        )

    @staticmethod
    def _timeout(request) -> int:
        timeout = getattr(settings, "CMS_PAGE_CACHE_SECONDS", 300)
        expires_at = getattr(request, "cms_expires_at", None)
        if expires_at is not None:
            timeout = min(timeout, int((expires_at - timezone.now()).total_seconds()))
        return timeout


_MESSAGES_COOKIE = "messages"


def _version_and(key: str):
    """The purge version and a stored entry in one round trip."""
    found = cache.get_many([VERSION_KEY, key])
    version = found.get(VERSION_KEY)
    if version is None:
        return _version(), None
    return version, found.get(key)


def _entry(response, version) -> dict:
    content = response.content
    return {
        "version": version,
        "headers": [
            (name, value) for name, value in response.items() if name.lower() not in _NOT_STORED
        ],
        "content": content,
        # mtime=0: the same page always gzips to the same bytes.
        "gzip": gzip.compress(content, compresslevel=6, mtime=0),
    }


def _replay(request, entry) -> HttpResponse:
    accepts_gzip = "gzip" in request.META.get("HTTP_ACCEPT_ENCODING", "")
    body = entry["gzip"] if accepts_gzip else entry["content"]
    response = HttpResponse(b"" if request.method == "HEAD" else body)
    for name, value in entry["headers"]:
        response[name] = value
    if accepts_gzip:
        response["Content-Encoding"] = "gzip"
    response["Content-Length"] = str(len(body))
    patch_vary_headers(response, ("Accept-Encoding",))
    response[HEADER] = "hit"
    return response
