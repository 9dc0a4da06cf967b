"""What a resident may text instead of an answer, in either language, and the language guess.

Words are compared folded: upper case, accents and punctuation gone ("Atrás." is ATRAS).
"""

import re
import unicodedata

BACK = {"BACK", "ATRAS", "VOLVER", "REGRESAR"}
START_OVER = {"START OVER", "STARTOVER", "RESTART", "EMPEZAR", "EMPEZAR DE NUEVO", "REINICIAR"}
HELP = {"HELP", "INFO", "AYUDA"}
CONTINUE = {"CONTINUE", "CONTINUAR", "SEGUIR"}
SKIP = {"SKIP", "OMITIR", "SALTAR"}
DONE = {"DONE", "LISTO", "NO", "SKIP", "OMITIR", "NO PHOTOS", "NO FOTOS", "TERMINE"}
SEND = {"SEND", "ENVIAR", "YES", "Y", "SI", "OK"}
YES = {"YES", "Y", "YEP", "YEAH", "SI", "S"}
NO = {"NO", "N", "NOPE"}
SPANISH = {"ESPANOL", "SPANISH", "EN ESPANOL"}
ENGLISH = {"ENGLISH", "INGLES", "EN INGLES"}
REPORT_EN = {"REPORT", "NEW REPORT"}
REPORT_ES = {"REPORTE", "REPORTAR", "DENUNCIA", "DENUNCIAR", "NUEVO REPORTE"}
TODAY = {"TODAY", "NOW", "HOY", "AHORA"}
YESTERDAY = {"YESTERDAY", "AYER"}

# Common words that tell Spanish from English in a first text ("Hola, quiero reportar...").
_SPANISH_WORDS = {
    "hola", "quiero", "reportar", "reporte", "denuncia", "necesito", "ayuda", "por", "favor",
    "buenos", "buenas", "dias", "tardes", "noches", "que", "mi", "carro", "casa", "robaron",
    "robo", "hay", "una", "un", "el", "la", "los", "las", "de", "del", "en", "con", "para",
    "alguien", "vecino", "calle", "gracias", "como", "esta", "es", "se", "me", "no", "si",
}  # fmt: skip
_ENGLISH_WORDS = {
    "hi", "hello", "i", "want", "to", "report", "need", "help", "please", "my", "car", "house",
    "someone", "stole", "the", "a", "an", "of", "in", "on", "with", "for", "is", "there",
    "neighbor", "street", "thanks", "how", "it", "was", "and", "this", "yes", "no",
}  # fmt: skip


def fold(text: str) -> str:
    """Upper case without accents or punctuation, single-spaced."""
    ascii_text = unicodedata.normalize("NFKD", text or "").encode("ascii", "ignore").decode()
    return " ".join(re.sub(r"[^A-Za-z0-9&/:,-]+", " ", ascii_text).upper().split()).strip(" ,")


def is_word(text: str, words: set[str]) -> bool:
    return fold(text).replace(",", "") in words


def language_guess(text: str, default: str) -> str:
    """ "es" or "en" for a first text; `default` when it says nothing either way."""
    folded = fold(text)
    if folded in SPANISH or folded in REPORT_ES:
        return "es"
    if folded in ENGLISH or folded in REPORT_EN:
        return "en"
    if re.search(r"[¿¡ñÑáíóúÁÍÓÚ]", text or ""):
        return "es"
    tokens = re.findall(r"[a-z]+", folded.lower())
    spanish = sum(token in _SPANISH_WORDS for token in tokens)
    english = sum(token in _ENGLISH_WORDS for token in tokens)
    if spanish > english:
        return "es"
    if english > spanish:
        return "en"
    return default


def numbers_in(text: str) -> list[int]:
    """The whole numbers in an answer such as "1, 3" or "2 y 4"; [] when it has none, or when
    it also holds words (an answer in words is not a list of choices)."""
    folded = fold(text).replace(",", " ")
    tokens = folded.split()
    if not tokens or not all(t.isdigit() or t in {"Y", "AND", "&"} for t in tokens):
        return []
    return [int(t) for t in tokens if t.isdigit()]
