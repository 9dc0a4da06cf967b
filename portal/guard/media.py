"""The demo's /media/ (DEBUG only): CMS uploads, never reporters' photos however the path is spelt.

Issue 12: `/media//drafts/<file>` and `/media/images/../drafts/<file>` got past a prefix match.
The path is normalised first, then checked. Reporters' photos now live outside MEDIA_ROOT
(reporting.storage), so this guards files left there by older versions.
"""

import posixpath

from django.conf import settings
from django.http import Http404
from django.views.static import serve

PRIVATE_FOLDERS = {"reports", "drafts"}


def media_path_allowed(path: str) -> str | None:
    """The normalised path when it may be served, else None."""
    clean = posixpath.normpath("/" + path.replace("\\", "/")).lstrip("/")
    if not clean or clean == "." or clean.startswith(".."):
        return None
    if clean.split("/", 1)[0].lower() in PRIVATE_FOLDERS:
        return None
    return clean


def media_serve(request, path: str):
    clean = media_path_allowed(path)
    if clean is None:
        raise Http404
    return serve(request, clean, document_root=settings.MEDIA_ROOT)
