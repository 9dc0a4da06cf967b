"""Turning what a resident typed into tokens the lists can be matched against.

Folding keeps one character per input character, so every token still points at the exact span of
the resident's own words (the console highlights them, the "Call 9-1-1" page quotes them).
"""

from __future__ import annotations

import re
import threading
import unicodedata
from functools import lru_cache
from typing import NamedTuple

import snowballstemmer

_STEMMER_ALGORITHMS = {"en": "english", "es": "spanish"}
# A snowball stemmer keeps the word it is working on in itself: two threads of one web worker
# stemming at once corrupt each other's word (IndexError, a 500). One set per thread.
_stemmers = threading.local()


def _stemmer(language: str):
    by_language = getattr(_stemmers, "by_language", None)
    if by_language is None:
        by_language = _stemmers.by_language = {
            code: snowballstemmer.stemmer(name) for code, name in _STEMMER_ALGORITHMS.items()
        }
    return by_language[language]


# Contractions and text-speak, after folding and with or without the apostrophe: residents type
# "isnt", "he s", "q", "xq". Each entry expands one token into several; all keep the token's span.
_EXPANSIONS: dict[str, tuple[str, ...]] = {
    "can't": ("can", "not"),
    "cant": ("can", "not"),
    "cannot": ("can", "not"),
    "won't": ("will", "not"),
    "wont": ("will", "not"),
    "ain't": ("is", "not"),
    "aint": ("is", "not"),
    "i'm": ("i", "am"),
    "im": ("i", "am"),
    "i'll": ("i", "will"),
    "ill": ("ill",),
    "he's": ("he", "is"),
    "hes": ("he", "is"),
    "she's": ("she", "is"),
    "shes": ("she", "is"),
    "it's": ("it", "is"),
    "its": ("its",),
    "there's": ("there", "is"),
    "theres": ("there", "is"),
    "they're": ("they", "are"),
    "theyre": ("they", "are"),
    "we're": ("we", "are"),
    "you're": ("you", "are"),
    "someone's": ("someone", "is"),
    "somebody's": ("somebody", "is"),
    "who's": ("who", "is"),
    "what's": ("what", "is"),
    "that's": ("that", "is"),
    "thats": ("that", "is"),
    "u": ("you",),
    "ur": ("your",),
    "r": ("are",),
    "rn": ("right", "now"),
    "ppl": ("people",),
    "pls": ("please",),
    "plz": ("please",),
    "bc": ("because",),
    "cuz": ("because",),
    "bf": ("boyfriend",),
    "gf": ("girlfriend",),
    "gonna": ("going", "to"),
    "gunna": ("going", "to"),
    "finna": ("going", "to"),
    "tryna": ("trying", "to"),
    "imma": ("i", "am", "going", "to"),
    "ima": ("i", "am", "going", "to"),
    "some1": ("someone",),
    "sum1": ("someone",),
    "any1": ("anyone",),
    "every1": ("everyone",),
    "no1": ("no", "one"),
    "in2": ("into",),
    "2day": ("today",),
    "2nite": ("tonight",),
    "tonite": ("tonight",),
    "b4": ("before",),
    "thru": ("through",),
    "wanna": ("want", "to"),
    "gotta": ("got", "to"),
    "od": ("overdose",),
    "od'd": ("overdosed",),
    "odd": ("odd",),
    "ods": ("overdose",),
    "kms": ("kill", "myself"),
    "oding": ("overdosing",),
    "od'ing": ("overdosing",),
    "odeing": ("overdosing",),
    "oded": ("overdosed",),
    "od'ed": ("overdosed",),
    "q": ("que",),
    "k": ("que",),
    "ke": ("que",),
    "xq": ("porque",),
    "pq": ("porque",),
    "xk": ("porque",),
    "porq": ("porque",),
    "tb": ("tambien",),
    "tmb": ("tambien",),
    "x": ("por",),
    "d": ("de",),
    "ta": ("esta",),
    "tan": ("tan",),
    "aki": ("aqui",),
    "ai": ("ahi",),
    "sta": ("esta",),
    "stan": ("estan",),
    "nadien": ("nadie",),
}
_NOT_SUFFIX = ("n't", "nt")
_NOT_BASES = {
    "is",
    "was",
    "are",
    "were",
    "do",
    "does",
    "did",
    "has",
    "have",
    "had",
    "could",
    "would",
    "should",
    "must",
    "need",
}

_PIECE = re.compile(
    r"(?P<word>[a-z0-9]+(?:'[a-z]+)?)"
    r"|(?P<sentence>[.!?;\n\u00bf\u00a1])"
    r"|(?P<clause>[,:()\u2014\u2013\"]|\s-\s)"
)


def _fold_char(char: str) -> str:
    lowered = char.lower()
    if len(lowered) != 1:
        lowered = char
    if lowered in "\u2019\u2018`\u00b4":
        return "'"
    if lowered.isascii():
        return lowered
    base = "".join(
        c for c in unicodedata.normalize("NFKD", lowered) if not unicodedata.combining(c)
    )
    return base if len(base) == 1 and base.isascii() else lowered


class _FoldTable(dict):
    def __missing__(self, code: int) -> str:
        self[code] = folded = _fold_char(chr(code))
        return folded


_FOLD_TABLE = _FoldTable()


def fold(text: str) -> str:
    """Lower case without accents, one output character per input character."""
    if text.isascii():
        return text.lower()
    return text.translate(_FOLD_TABLE)


@lru_cache(maxsize=65536)
def stem(word: str, language: str) -> str:
    return _stemmer(language).stemWord(word)


class Token(NamedTuple):
    word: str  # folded, expanded
    start: int  # span of the resident's original token
    end: int
    sentence: int
    clause: int
    accented: bool  # typed with an accent: "sí" (yes) is not "si" (if)


@lru_cache(maxsize=65536)
def _expand(raw: str) -> tuple[str, ...]:
    if raw in _EXPANSIONS:
        return _EXPANSIONS[raw]
    for suffix in _NOT_SUFFIX:
        base = raw[: -len(suffix)]
        if raw.endswith(suffix) and base in _NOT_BASES:
            return (base, "not")
    if "'" in raw:
        base, _, tail = raw.partition("'")
        return (base, _APOSTROPHE_TAILS.get(tail, tail))
    return (raw,)


_APOSTROPHE_TAILS = {"s": "is", "re": "are", "ll": "will", "ve": "have", "d": "would"}


def tokenize(text: str) -> list[Token]:
    folded = fold(text)
    tokens: list[Token] = []
    sentence = clause = 0
    pending = 0  # 2: a sentence break since the last word, 1: a clause break
    for match in _PIECE.finditer(folded):
        piece = match.group()
        if match.lastgroup == "sentence":
            pending = 2
            continue
        if match.lastgroup == "clause":
            pending = max(pending, 1)
            continue
        if tokens and pending:
            sentence += pending == 2
            clause += 1
        pending = 0
        start, end = match.span()
        accented = not text[start:end].isascii()
        for word in _expand(piece):
            tokens.append(Token(word, start, end, sentence, clause, accented))
    return tokens
