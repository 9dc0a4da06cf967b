"""A second opinion learned from the labelled narratives: a linear model over character and word
n-grams, scored in pure Python from a shipped file (no library, no download at run time).

The lists catch what editors named; this catches the ways of saying it nobody listed yet (a
new author's wording, a misspelling no list foresaw). Trained by `python -m
reporting.triage.train` from tests/reporting/triage/corpus_*.tsv; see README, "Emergency check".
"""

from __future__ import annotations

import gzip
import json
import math
import re
import unicodedata
from dataclasses import dataclass, field
from functools import cache
from itertools import chain
from pathlib import Path

MODEL_PATH = Path(__file__).with_name("learned_model.json.gz")
CHAR_SIZES = (3, 4, 5)
_WORD = re.compile(r"\w\w+")
_SPACES = re.compile(r"\s+")
# Sentences for pointing at the words that sounded like an emergency.
_SENTENCE = re.compile(r"[^.!?;\n]+[.!?;]*")


def normalize(text: str) -> str:
    """Lower case without accents: "Está" and "esta", "NO RESPIRA" and "no respira" are one."""
    text = unicodedata.normalize("NFKD", text.lower())
    return "".join(c for c in text if not unicodedata.combining(c))


def _char_grams(word: str) -> list[str]:
    padded = f" {word} "
    size = len(padded)
    return [padded[o : o + n] for n in CHAR_SIZES if size >= n for o in range(size - n + 1)]


def features(text: str) -> list[str]:
    """Character n-grams inside each word (with its edges) and single words and word pairs."""
    text = _SPACES.sub(" ", normalize(text))
    grams: list[str] = []
    for word in text.split():
        grams.extend(_char_grams(word))
    words = _WORD.findall(text)
    grams.extend("w:" + w for w in words)
    grams.extend(f"w:{a} {b}" for a, b in zip(words, words[1:], strict=False))
    return grams


@dataclass(frozen=True)
class Model:
    weights: dict[str, tuple[float, float]]  # feature -> (idf, weight)
    intercept: float
    threshold: float
    trained_on: str
    _grams: dict[str, tuple[str, ...]] = field(default_factory=dict, repr=False, compare=False)

    @classmethod
    def load(cls, path: Path = MODEL_PATH) -> Model | None:
        if not path.exists():
            return None
        with gzip.open(path, "rt", encoding="utf-8") as handle:
            data = json.load(handle)
        return cls(
            weights={f: (idf, w) for f, idf, w in data["features"]},
            intercept=data["intercept"],
            threshold=data["threshold"],
            trained_on=data.get("trained_on", ""),
        )

    def __post_init__(self) -> None:
        # The sums below per feature, worked out once: idf x weight and idf squared.
        object.__setattr__(self, "_iw", {f: i * w for f, (i, w) in self.weights.items()})
        object.__setattr__(self, "_ii", {f: i * i for f, (i, _w) in self.weights.items()})

    def score(self, text: str) -> float:
        """The probability the model gives that `text` describes an emergency happening now."""
        text = _SPACES.sub(" ", normalize(text))
        words = _WORD.findall(text)
        iw = self._iw
        pairs = (f"w:{a} {b}" for a, b in zip(words, words[1:], strict=False))
        # Binary tf-idf, L2-normalized, as the trainer fitted it: what counts is which known
        # features the text holds, so sets and C-level sums do the work.
        grams = set(chain.from_iterable(map(self._known_grams, set(text.split()))))
        grams.update(g for g in chain(("w:" + w for w in words), pairs) if g in iw)
        if not grams:
            return 1 / (1 + math.exp(-self.intercept))
        total = sum(map(iw.__getitem__, grams))
        norm = sum(map(self._ii.__getitem__, grams))
        z = self.intercept + total / math.sqrt(norm)
        return 1 / (1 + math.exp(-z)) if z > -30 else 0.0

    def _known_grams(self, word: str) -> tuple[str, ...]:
        # Words recur within a text and across texts: their n-grams the model knows are worked
        # out once per process (bounded, so a flood of nonsense words can't grow it).
        cached = self._grams.get(word)
        if cached is None:
            known = self._iw
            cached = tuple(g for g in _char_grams(word) if g in known)
            if len(self._grams) < 50_000:
                self._grams[word] = cached
        return cached

    def alarms(self, text: str) -> bool:
        return self.score(text) >= self.threshold

    def loudest_sentence(self, text: str) -> tuple[int, int]:
        """The span of the sentence that sounds most like an emergency."""
        best, span = -1.0, (0, len(text))
        for match in _SENTENCE.finditer(text):
            if match.group().strip():
                value = self.score(match.group())
                if value > best:
                    best, span = value, match.span()
        start, end = span
        while start < end and text[start].isspace():
            start += 1
        while end > start and text[end - 1].isspace():
            end -= 1
        return start, end


@cache
def shipped_model() -> Model | None:
    return Model.load()
