"""The console's "anything new?" poll, answered before sessions, authentication and the rest.

Fifty dispatchers keep the console open and each asks once a second; almost every answer is
"nothing changed" (an empty 304). The full path for that answer loads the session and the user,
checks MFA and permissions and reads the queue's version: several queries and most of the
middleware, per poll. So the tag the view hands out is a signed promise: it binds the rows'
digest to the queue's version, the session cookie, the filters and the language, and expires
after DISPATCH_POLL_TAG_SECONDS. While it is unexpired and the queue's version is the same,
UnchangedPollMiddleware answers 304 itself: an HMAC and, at most every
DISPATCH_POLL_VERSION_SECONDS per process, one query.

A 304 carries no data, so answering it from the tag alone shows nobody anything: a signed-out
or demoted dispatcher learns at most that nothing changed, until the tag expires and the full
path (idle logout, MFA, permissions) runs again and answers 401/403 or new rows.
"""

import time

from django.conf import settings
from django.http import HttpResponseNotModified
from django.utils.cache import add_never_cache_headers, patch_cache_control
from django.utils.crypto import constant_time_compare, salted_hmac

from . import selectors

ROWS_PATH = "/dispatch/queue/rows"
_SALT = "dispatch.poll-tag"
_version: dict = {"value": None, "at": 0.0}


def fresh_version() -> str:
    """The queue's version read now (the full path), kept for the fast path."""
    value = selectors.queue_version()
    _version.update(value=value, at=time.monotonic())
    return value


def current_version() -> str:
    """The queue's version, read again at most every DISPATCH_POLL_VERSION_SECONDS per process
    (a change reaches every console within that plus one poll interval)."""
    ttl = getattr(settings, "DISPATCH_POLL_VERSION_SECONDS", 0.25)
    now = time.monotonic()
    if _version["value"] is None or now - _version["at"] >= ttl:
        return fresh_version()
    return _version["value"]


def _query_without_since(request) -> str:
    query = request.GET.copy()
    query.pop("since", None)
    return query.urlencode()


def _signature(request, digest: str, expires: int, version: str) -> str:
    parts = (
        digest,
        str(expires),
        version,
        request.COOKIES.get(settings.SESSION_COOKIE_NAME, ""),
        _query_without_since(request),
        request.COOKIES.get(settings.LANGUAGE_COOKIE_NAME, ""),
        request.META.get("HTTP_ACCEPT_LANGUAGE", ""),
    )
    return salted_hmac(_SALT, "|".join(parts), algorithm="sha256").hexdigest()[:32]


def make_tag(request, digest: str, version: str) -> str:
    """The ETag for rows with this digest, made while the queue was at this version."""
    expires = int(time.time()) + settings.DISPATCH_POLL_TAG_SECONDS
    return f'"{digest}.{expires}.{_signature(request, digest, expires, version)}"'


def tag_digest(tag: str) -> str:
    """The digest part of a tag the poller sent back ('' if it is not one of ours)."""
    parts = tag.strip().removeprefix("W/").strip('"').split(".")
    return parts[0] if len(parts) == 3 else ""


def tag_still_current(request, tag: str) -> bool:
    parts = tag.strip().removeprefix("W/").strip('"').split(".")
    if len(parts) != 3 or not parts[1].isdigit() or int(parts[1]) < time.time():
        return False
    digest, expires, signature = parts[0], int(parts[1]), parts[2]
    expected = _signature(request, digest, expires, current_version())
    return constant_time_compare(signature, expected)


def not_modified(tag: str):
    response = HttpResponseNotModified()
    response["ETag"] = tag
    add_never_cache_headers(response)
    patch_cache_control(response, no_store=True, private=True)
    return response


class UnchangedPollMiddleware:
    """Answers the console's poll with 304 when its tag is still current (see the module)."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if (
            request.path == ROWS_PATH
            and request.method == "GET"
            and request.META.get("HTTP_X_BACKGROUND_POLL") == "1"
        ):
            tag = request.META.get("HTTP_IF_NONE_MATCH", "")
            if tag and tag_still_current(request, tag):
                return not_modified(tag)
        return self.get_response(request)
