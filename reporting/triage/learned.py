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
from collections import Counter
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

    def score(self, text: str) -> float:
        """The probability the model gives that `text` describes an emergency happening now."""
        counts: dict[str, int] = {}
        text = _SPACES.sub(" ", normalize(text))
        known = self._known_grams
        for word, times in Counter(text.split()).items():
            for gram in known(word):
                counts[gram] = counts.get(gram, 0) + times
        weights = self.weights
        words = _WORD.findall(text)
        for gram in chain(
            ("w:" + w for w in words),
            (f"w:{a} {b}" for a, b in zip(words, words[1:], strict=False)),
        ):
            if gram in weights:
                counts[gram] = counts.get(gram, 0) + 1
        if not counts:
            return 1 / (1 + math.exp(-self.intercept))
        # Sublinear tf-idf, L2-normalized, as the trainer fitted it.
        total = norm = 0.0
        for gram, count in counts.items():
            idf, weight = weights[gram]
            value = (1 + math.log(count)) * idf if count > 1 else idf
            norm += value * value
            total += value * weight
        z = self.intercept + total / math.sqrt(norm)
        return 1 / (1 + math.exp(-z)) if z > -30 else 0.0

    def _known_grams(self, word: str) -> tuple[str, ...]:
        # Words recur within a text and across texts: their n-grams the model knows are worked
        # out once per process (bounded, so a flood of nonsense words can't grow it).
        cached = self._grams.get(word)
        if cached is None:
            weights = self.weights
            cached = tuple(g for g in _char_grams(word) if g in weights)
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
