"""Whole-page cache for anonymous visitors, purged whenever published content changes.

Purging bumps one version number that is part of every key, so a publish invalidates every
cached page at once without listing keys (a changed FAQ, alert or phone number can show on any
page). Entries also expire by the time the set of active alerts next changes, so a scheduled
alert appears and disappears on time even though nothing was published at that moment.
"""

import gzip
import pickle
import time

from django.conf import settings
from django.core.cache import cache
from django.http import HttpResponse
from django.http.request import split_domain_port
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
    version = time.time_ns()
    cache.set(VERSION_KEY, version, timeout=None)
    _local.update(version=version, checked=time.monotonic())


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
        version = _local_version()
        if _uncacheable.get(key) == version:
            entry = None  # rendered here for everyone since the last purge: no lookup
        else:
            version, entry = _lookup(key)
        if entry is not None:
            return _replay(request, entry)
        response = self.get_response(request)
        if self._storable(request, response):
            timeout = self._timeout(request)
            if timeout > 0:
                entry = _entry(response, version, timeout)
                cache.set(key, entry, timeout)
                _remember(key, entry)
            _uncacheable.pop(key, None)
            response[HEADER] = "miss"
        elif not getattr(response, "cms_cacheable", False):
            _never_stored(key, version)
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


# Each process keeps the pages it served last and the purge version it read last. A hit then
# needs no network at all; the version is read again from Redis at most every
# CMS_PAGE_CACHE_LOCAL_SECONDS, so a purge reaches every process within that time (at once in
# the process that published).
_local: dict = {"version": None, "checked": 0.0}
_entries: dict = {}
_LOCAL_MAX_ENTRIES = 200


def _local_version():
    now = time.monotonic()
    ttl = getattr(settings, "CMS_PAGE_CACHE_LOCAL_SECONDS", 1.0)
    if _local["version"] is None or now - _local["checked"] >= ttl:
        _local.update(version=_version(), checked=now)
    return _local["version"]


# Addresses whose view does not offer its page for caching (the report wizard, the status pages,
# forms): this process asks Redis for them no more until the next purge. A page that becomes
# cacheable is still stored the first time it is rendered so.
_uncacheable: dict = {}


def _never_stored(key: str, version) -> None:
    if len(_uncacheable) >= _MEMO_MAX_ENTRIES:
        _uncacheable.pop(next(iter(_uncacheable)), None)
    _uncacheable[key] = version


def _remember(key: str, entry: dict) -> None:
    if len(_entries) >= _LOCAL_MAX_ENTRIES:
        _entries.pop(next(iter(_entries)), None)
    _entries[key] = entry


def _lookup(key: str):
    """The current purge version, and a stored entry made under it (or None)."""
    version = _local_version()
    entry = _entries.get(key)
    if entry is None or entry["version"] != version or entry["expires"] <= time.time():
        entry = cache.get(key)
        if entry is None or entry["version"] != version:
            return version, None
        _remember(key, entry)
    return version, entry


def _entry(response, version, timeout: int) -> dict:
    content = response.content
    return {
        "version": version,
        "expires": time.time() + timeout,
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


# What pages are built from (the site, menus, language links, alerts), computed once per process
# and purge version: a page rendered past the page cache (a query string, a signed-in editor, the
# first visitor after a publish) then redoes only its own content. Values are stored pickled and
# every caller gets its own copy, so no model instance is shared between requests or threads.
# Each entry also has a maximum age (CMS_PAGE_CACHE_SECONDS), as the Redis copies it replaces.
_memo: dict = {}
_MEMO_MAX_ENTRIES = 1000


def memoized(key, compute):
    """compute(), or this process's copy of it made under the current purge version.

    With the page cache off (development, most tests) it is always computed.
    """
    if not enabled():
        return compute()
    version = _local_version()
    entry = _memo.get(key)
    if entry is not None and entry[0] == version and entry[1] > time.monotonic():
        return pickle.loads(entry[2])  # noqa: S301 - bytes this process pickled itself
    value = compute()
    if len(_memo) >= _MEMO_MAX_ENTRIES:
        _memo.clear()
    max_age = getattr(settings, "CMS_PAGE_CACHE_SECONDS", 300)
    _memo[key] = (version, time.monotonic() + max_age, pickle.dumps(value, pickle.HIGHEST_PROTOCOL))
    return value


# Rendered pieces every page shares (the emergency numbers, the alert banners, the footer), kept
# as HTML per process, purge version, site and language: a page rendered past the page cache (the
# report wizard, a signed-in editor) then renders only its own content. An entry also ends when
# what it shows changes by itself (an alert starting or ending: note_content_change_at), and that
# time is passed on to every page it is part of, as the page cache needs.
_fragments: dict = {}


def fragment(key, render, request) -> str:
    """render(), or this process's HTML of it made under the current purge version.

    With the page cache off (development, most tests) it is always rendered.
    """
    if not enabled() or request is None:
        return render()
    version = _local_version()
    entry = _fragments.get(key)
    if (
        entry is not None
        and entry[0] == version
        and entry[1] > time.monotonic()
        and (entry[2] is None or entry[2] > timezone.now())
    ):
        note_content_change_at(request, entry[2])
        return entry[3]
    # What the page noted so far is set aside, so that only this piece's own change is kept.
    noted = getattr(request, "cms_expires_at", None)
    request.cms_expires_at = None
    try:
        html = render()
        changes_at = request.cms_expires_at
    finally:
        request.cms_expires_at = noted
    note_content_change_at(request, changes_at)
    if len(_fragments) >= _MEMO_MAX_ENTRIES:
        _fragments.clear()
    max_age = getattr(settings, "CMS_PAGE_CACHE_SECONDS", 300)
    _fragments[key] = (version, time.monotonic() + max_age, changes_at, html)
    return html


class SiteMiddleware:
    """Finds the request's Wagtail site once per process and purge version instead of with a
    query on every request (Wagtail reads it from request._wagtail_site; a saved or deleted
    Site purges, cms/signals.py).

    The site comes with its home page already as its specific type: Wagtail routes every page
    from ``site.root_page.localized.specific``, which then costs no query for the home page in
    the site's own language (and one, the translation, in another).
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if enabled() and not hasattr(request, "_wagtail_site"):
            # Wagtail's own lookup key: the raw host's name (no ALLOWED_HOSTS check) and port.
            hostname = split_domain_port(request._get_raw_host())[0]
            request._wagtail_site = memoized(
                ("site", hostname, request.get_port()), lambda: _site_with_specific_root(request)
            )
        return self.get_response(request)


def _site_with_specific_root(request):
    from wagtail.models import Site

    site = Site._find_for_request(request)
    if site is not None:
        site.root_page = site.root_page.specific
    return site
