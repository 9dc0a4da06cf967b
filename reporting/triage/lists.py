"""The emergency check as the site runs it: the staff-edited lists, compiled once per change.

Each process keeps the compiled lists and a version; the version lives in the shared cache and
changes whenever an editor saves a list, so every worker picks up an edit on its next check
without a release or a restart.
"""

from __future__ import annotations

import time
import uuid
from dataclasses import dataclass

from django.conf import settings
from django.core.cache import cache

from reporting.models import TriageList

from .defaults import LISTS
from .engine import Finding, Lexicon, Result, detect

VERSION_KEY = "reporting:triage:lists-version"


@dataclass
class _Compiled:
    version: str | None = None
    lexicon: Lexicon | None = None
    checked: float = 0.0  # when the shared version was last read (time.monotonic())


_compiled = _Compiled()


def lists_changed() -> None:
    """Call after any edit of the lists: every process recompiles on its next check."""
    cache.set(VERSION_KEY, uuid.uuid4().hex, timeout=None)
    _compiled.checked = 0.0  # this process: at once


def lists_as_saved() -> dict[str, dict[str, str]]:
    """The lists from the database; a list never saved (a new kind) keeps its shipped default."""
    lists = {kind: dict(by_language) for kind, by_language in LISTS.items()}
    for row in TriageList.objects.all():
        lists.setdefault(row.kind, {})[row.language] = row.phrases
    return lists


def current_lexicon() -> Lexicon:
    # The shared version is read at most every REPORTING_TRIAGE_LISTS_VERSION_SECONDS, not on
    # every check (a wizard step checks once or twice): other processes see an edit within it.
    now = time.monotonic()
    ttl = getattr(settings, "REPORTING_TRIAGE_LISTS_VERSION_SECONDS", 1.0)
    if _compiled.lexicon is not None and now - _compiled.checked < ttl:
        return _compiled.lexicon
    _compiled.checked = now
    version = cache.get(VERSION_KEY)
    if version is None:
        version = uuid.uuid4().hex
        cache.add(VERSION_KEY, version, timeout=None)
        version = cache.get(VERSION_KEY) or version
    if _compiled.lexicon is None or _compiled.version != version:
        _compiled.lexicon = Lexicon.from_lists(lists_as_saved())
        _compiled.version = version
    return _compiled.lexicon


def check(text: str, *, language_hint: str = "en") -> Result:
    return detect(text or "", current_lexicon(), language_hint=language_hint)


def check_fields(
    fields: dict[str, str], *, language_hint: str = "en"
) -> list[tuple[str, str, Finding]]:
    """(field name, its text, finding) for every finding in every free-text field."""
    lexicon = current_lexicon()
    found = []
    for name, text in fields.items():
        if text and isinstance(text, str):
            for finding in detect(text, lexicon, language_hint=language_hint).findings:
                found.append((name, text, finding))
    return found
