"""What a caller chose: a key press, or words the speech recogniser heard (en-US or es-MX).

Only the choice is kept, never the words: see models.CallStep.
"""

import re
import unicodedata
from dataclasses import dataclass

# Menu words, accents removed and lower-cased. A phrase matches if any word in it is listed;
# the first matching choice in this order wins ("report status" is 3, not 1).
WORDS = {
    "3": {"status", "estado", "estatus", "reference", "referencia"},
    "4": {"hours", "hour", "address", "open", "horario", "horas", "direccion", "abierto"},
    "2": {
        "desk",
        "person",
        "someone",
        "operator",
        "officer",
        "agent",
        "human",
        "representative",
        "oficina",
        "persona",
        "operador",
        "agente",
        "alguien",
        "hablar",
        "oficial",
    },
    "1": {"text", "link", "message", "online", "texto", "mensaje", "enlace", "internet", "linea"},
    "9": {"repeat", "menu", "again", "repetir", "otra"},
}
SPANISH = {"espanol", "spanish", "castellano"}
ENGLISH = {"english", "ingles"}


@dataclass(frozen=True)
class Heard:
    choice: str  # "1".."9", "es", "en", or "" for nothing usable
    via: str  # "dtmf", "speech" or "" (silence)

    @property
    def silent(self) -> bool:
        return not self.via


def _plain(text: str) -> str:
    folded = unicodedata.normalize("NFKD", text or "")
    return "".join(c for c in folded if not unicodedata.combining(c)).lower()


def _words(text: str) -> set[str]:
    return set(re.findall(r"[a-z]+", _plain(text)))


def heard(*, digits: str, speech: str) -> Heard:
    """The menu choice in a Gather's Digits or SpeechResult."""
    digits = (digits or "").strip()
    if digits:
        return Heard(choice=digits[:1] if len(digits) == 1 else "?", via="dtmf")
    words = _words(speech)
    if not words:
        return Heard(choice="", via="")
    if words & SPANISH:
        return Heard(choice="es", via="speech")
    if words & ENGLISH:
        return Heard(choice="en", via="speech")
    for choice, known in WORDS.items():
        if words & known:
            return Heard(choice=choice, via="speech")
    # Spoken digits ("one", "uno" arrive as "1" from the recogniser).
    spoken = re.findall(r"\d", speech or "")
    if len(spoken) == 1:
        return Heard(choice=spoken[0], via="speech")
    return Heard(choice="?", via="speech")


def reference_digits(*, digits: str, speech: str) -> str:
    """The digits of a reference as typed or said ("N E 2026 004217" -> "2026004217")."""
    return re.sub(r"\D", "", digits or speech or "")
