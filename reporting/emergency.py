"""Spotting emergency language in what a resident typed (English and Spanish lists)."""

import re
import unicodedata


def _fold(text: str) -> str:
    # "Apuñalado", "APUNALADO" and "apunalado" must all match: residents type without accents.
    text = unicodedata.normalize("NFKD", text.casefold().replace("’", "'"))
    return "".join(c for c in text if not unicodedata.combining(c))


def phrases_from(*texts: str) -> list[str]:
    return [line.strip() for text in texts for line in (text or "").splitlines() if line.strip()]


def emergency_phrases_found(text: str, phrases: list[str]) -> list[str]:
    """The phrases that occur in text as whole words, ignoring case and accents."""
    folded = _fold(text or "")
    found = []
    for phrase in phrases:
        pattern = r"(?<!\w)" + re.escape(_fold(phrase)) + r"(?!\w)"
        if re.search(pattern, folded):
            found.append(phrase)
    return found
