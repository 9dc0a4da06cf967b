"""Typo tolerance: an unknown word one or two letters off a listed word is read as that word.

Only words that are in neither the English nor the Spanish dictionary are corrected, so "fired"
never becomes "fire" and "shout" never becomes "shoot"; "unconcious", "breating" and "pistla"
become the listed words they were meant to be.
"""

from __future__ import annotations

import gzip
import json
from functools import cache, lru_cache
from importlib import resources

from rapidfuzz import process
from rapidfuzz.distance import OSA

from .text import fold, stem


@cache
def known_words() -> frozenset[str]:
    # pyspellchecker's frequency lists, read directly: its own corrector is far slower and picks
    # the most frequent word, not the listed one the resident meant.
    words: set[str] = set()
    for language in ("en", "es"):
        data = resources.files("spellchecker.resources").joinpath(f"{language}.json.gz")
        with data.open("rb") as raw, gzip.open(raw, "rt", encoding="utf-8") as handle:
            words.update(w if w.isascii() else fold(w) for w in json.load(handle))
    return frozenset(words)


@cache
def english_words() -> frozenset[str]:
    data = resources.files("spellchecker.resources").joinpath("en.json.gz")
    with data.open("rb") as raw, gzip.open(raw, "rt", encoding="utf-8") as handle:
        return frozenset(w for w in json.load(handle) if w.isascii())


class Corrector:
    def __init__(self, vocabulary: set[str]) -> None:
        self.vocabulary = sorted(vocabulary)
        # A respelling that lands on a listed word wins over any other real word it could be:
        # "asecinaron" is "asesinaron", not "acecinaron" (curing meat).
        self._listed_stems = frozenset(stem(w, "es") for w in vocabulary)
        self._exact = frozenset(vocabulary)
        self._by_initial: dict[str, list[str]] = {}
        for word in self.vocabulary:
            self._by_initial.setdefault(word[0], []).append(word)
        self.correct = lru_cache(maxsize=32768)(self._correct)

    def _listed(self, word: str) -> bool:
        return stem(word, "es") in self._listed_stems

    def _correct(self, word: str) -> str:
        # "breakin", "chokin": the g dropped as it is spoken.
        dropped_g = word.endswith("in") and len(word) >= 5 and word.isalpha()
        if dropped_g and not _known(word) and word + "g" in known_words():
            return word + "g"
        if len(word) < 5 or word in self._exact or not word.isalpha() or _known(word):
            return word
        if (fixed := _respelled(word, self._listed)) != word:
            return fixed
        if len(word) < 6:
            return word
        if word.endswith(("ing", "ed")) and (fixed := _doubling(word)) != word:
            return fixed
        limit = 1 if len(word) < 8 else 2
        # Residents rarely mistype the first letter; requiring it keeps real words the
        # dictionary lacks ("tratando") from turning into listed ones ("matando").
        close = process.extract(
            word, self._by_initial.get(word[0], ()), scorer=OSA.distance, score_cutoff=limit
        )
        if not close:
            return _dropped(word) if word.endswith(("ing", "ed")) else word
        # On a tie, the listed word sharing the longer start: "breating" is "breathing", not
        # "beating".
        return min(close, key=lambda c: (c[1], -_common_start(word, c[0])))[0]


def _doubling(word: str) -> str:
    """The commonest slip of all, a letter doubled or not: "stabing", "stoped", "shoting"."""
    words = known_words()
    # A consonant first: "stoped" is "stopped", not "stooped".
    for i in sorted(range(1, len(word) - 2), key=lambda i: word[i] in "aeiou"):
        if (fixed := word[: i + 1] + word[i:]) in words:
            return fixed
    for i in range(1, len(word)):
        if word[i] == word[i - 1] and (fixed := word[:i] + word[i + 1 :]) in words:
            return fixed
    return word


def _dropped(word: str) -> str:
    """One letter too many: "choaking", "bleeeding"."""
    words = known_words()
    for i in range(1, len(word)):
        if (fixed := word[:i] + word[i + 1 :]) in words:
            return fixed
    return word


def _common_start(a: str, b: str) -> int:
    length = 0
    for x, y in zip(a, b, strict=False):
        if x != y:
            break
        length += 1
    return length


# The Spanish list has infinitives but few conjugated forms: "mandando" is "mandar" at work, not
# a typo of "matando". (ending, what the infinitive or base form ends with instead)
_SPANISH_ENDINGS = (
    ("ando", ("ar",)),
    ("iendo", ("er", "ir")),
    ("yendo", ("er", "ir")),
    ("aron", ("ar",)),
    ("ieron", ("er", "ir")),
    ("aban", ("ar",)),
    ("aba", ("ar",)),
    ("ados", ("ar",)),
    ("adas", ("ar",)),
    ("ado", ("ar",)),
    ("ada", ("ar",)),
    ("idos", ("er", "ir")),
    ("idas", ("er", "ir")),
    ("ido", ("er", "ir")),
    ("ida", ("er", "ir")),
    ("amos", ("ar",)),
    ("emos", ("er",)),
    ("imos", ("ir",)),
    ("ando", ("ar",)),
    ("io", ("er", "ir")),
    ("o", ("ar",)),  # "despertó" is despertar, not a typo of "despierta"
    ("an", ("ar",)),
    ("en", ("er", "ir")),
    ("as", ("ar",)),
    ("es", ("er", "ir", "")),
    ("s", ("",)),
)


@cache
def spanish_words() -> frozenset[str]:
    data = resources.files("spellchecker.resources").joinpath("es.json.gz")
    with data.open("rb") as raw, gzip.open(raw, "rt", encoding="utf-8") as handle:
        return frozenset(w if w.isascii() else fold(w) for w in json.load(handle))


# Letters Spanish spells alike, the way residents mix them up: "balasera", "valazo", "cuchiyo",
# "desmallo", "erido", "hechando", "inconsiente", "suisidar". (written, meant)
_SOUNDS_ALIKE = (
    ("v", "b"), ("b", "v"), ("y", "ll"), ("ll", "y"), ("s", "z"), ("z", "s"), ("s", "c"),
    ("c", "s"), ("z", "c"), ("s", "sc"), ("sc", "s"), ("j", "g"), ("g", "j"), ("rr", "r"),
)  # fmt: skip


def _respelled(word: str, listed) -> str:
    """A word the Spanish dictionary lacks, one sound-alike spelling off one it has."""
    words = spanish_words()
    if _verb_form(word, words):
        return word  # "grabé" is grabar, not "grave"
    candidates = ["h" + word]
    candidates += [word[:i] + "h" + word[i:] for i in range(1, len(word)) if word[i - 1] in "aeiou"]
    candidates += [
        word[:i] + word[i + 1 :] for i, c in enumerate(word) if c == "h" and word[i - 1 : i] != "c"
    ]
    for written, meant in _SOUNDS_ALIKE:
        start = word.find(written)
        while start != -1:
            after = word[start + len(written) : start + len(written) + 1]
            # "c" and "z" sound as "s" only before e and i ("cabesa" -> "cabeza" is "z").
            if not (meant in ("c", "sc", "g", "j") and after not in ("e", "i")) and not (
                written in ("c", "g") and after not in ("e", "i")
            ):
                candidates.append(word[:start] + meant + word[start + len(written) :])
            start = word.find(written, start + 1)
    for candidate in candidates:
        if listed(candidate):
            return candidate
    for candidate in candidates:
        if _known_spanish(candidate, words):
            return candidate
    return word


# Endings of a Spanish verb the dictionary may not list in that form ("grabé", "graba").
_VERB_ENDINGS = tuple(
    sorted(
        {"e", "es", "a", "as", "o", "an", "en", "amos", "emos", "imos", "aste", "iste", "aron",
         "ieron", "io", "ia", "ias", "ian", "aba", "abas", "aban", "ara", "aran", "iera", "ieran",
         "ado", "ada", "ados", "adas", "ido", "ida", "idos", "idas", "ando", "iendo", "are", "ase",
         "ar", "er", "ir", "arlo", "arla", "arme", "arse", "erse", "irse"},
        key=len,
        reverse=True,
    )
)  # fmt: skip


def _verb_form(word: str, words: frozenset[str]) -> bool:
    for ending in _VERB_ENDINGS:
        if word.endswith(ending) and len(word) - len(ending) >= 3:
            root = word[: -len(ending)]
            if root + "ar" in words or root + "er" in words or root + "ir" in words:
                return True
    return False


def _known_spanish(word: str, words: frozenset[str]) -> bool:
    if word in words:
        return True
    for ending, bases in _SPANISH_ENDINGS:
        if word.endswith(ending) and len(word) - len(ending) >= 3:
            root = word[: -len(ending)]
            if any(root + base in words for base in bases):
                return True
    return False


def _known(word: str) -> bool:
    return _known_spanish(word, known_words())
