"""Emergency language in what residents write: a pure-Python detector (no database, no network).

`detect(text, lexicon)` returns the concepts found, with the words that fired and the language of
the list that matched. `default_lexicon()` compiles the shipped lists; the Django side compiles
the staff-edited copy (see reporting.triage.lists).
"""

from functools import cache

from .defaults import LISTS
from .engine import CUE_KINDS, Dismissal, Finding, Lexicon, Result, detect

__all__ = [
    "CUE_KINDS",
    "Dismissal",
    "Finding",
    "Lexicon",
    "Result",
    "default_lexicon",
    "detect",
]


@cache
def default_lexicon() -> Lexicon:
    return Lexicon.from_lists(LISTS)
