"""Typed addresses, in English or Spanish, taken apart into what the matcher compares.

US-style addresses go through `usaddress`; Spanish word order ("Calle Oak 12", "Avenida
Central #45"), Spanish and English street types, ordinals and cross streets ("Oak & 3rd",
"Oak Ave y Calle 3") are normalised first, because usaddress only knows US English.
"""

import re
import unicodedata
from dataclasses import dataclass

import usaddress
from rapidfuzz import fuzz, process

# Street types as the matcher compares them: every spelling a resident may type, English or
# Spanish, maps to one short form.
STREET_TYPES = {
    "st": ["street", "st", "str", "strt", "calle", "c", "c/", "cl"],
    "ave": ["avenue", "ave", "av", "avn", "avenida", "avda", "avd"],
    "blvd": ["boulevard", "blvd", "boul", "bulevar", "boulevar", "blv"],
    "rd": ["road", "rd", "carretera", "camino", "cam"],
    "dr": ["drive", "dr", "drv"],
    "ln": ["lane", "ln", "callejon", "callejón"],
    "ct": ["court", "ct", "corte"],
    "pl": ["place", "pl", "plaza", "plz"],
    "way": ["way", "wy"],
    "cir": ["circle", "cir", "circulo", "glorieta"],
    "pkwy": ["parkway", "pkwy", "pky"],
    "ter": ["terrace", "ter"],
    "hwy": ["highway", "hwy", "autopista"],
}
TYPE_OF = {spelling: short for short, spellings in STREET_TYPES.items() for spelling in spellings}
LONG_TYPES = [spelling for spelling in TYPE_OF if len(spelling) >= 5]
# Words that only come before the name in Spanish ("Calle Oak"); "c" alone is too ambiguous
# after a name, so it only counts in front.
SPANISH_PREFIX_TYPES = {
    "calle",
    "c/",
    "avenida",
    "avda",
    "av",
    "bulevar",
    "camino",
    "carretera",
    "callejon",
    "plaza",
    "glorieta",
    "autopista",
    "corte",
}
DIRECTIONS = {
    "n": "n",
    "north": "n",
    "norte": "n",
    "s": "s",
    "south": "s",
    "sur": "s",
    "e": "e",
    "east": "e",
    "este": "e",
    "oriente": "e",
    "w": "w",
    "west": "w",
    "oeste": "w",
    "poniente": "w",
}
ORDINAL_WORDS = {
    "first": 1, "primera": 1, "primer": 1, "primero": 1,
    "second": 2, "segunda": 2, "segundo": 2,
    "third": 3, "tercera": 3, "tercer": 3, "tercero": 3,
    "fourth": 4, "cuarta": 4, "cuarto": 4,
    "fifth": 5, "quinta": 5, "quinto": 5,
    "sixth": 6, "sexta": 6, "sexto": 6,
    "seventh": 7, "septima": 7, "septimo": 7,
    "eighth": 8, "octava": 8, "octavo": 8,
    "ninth": 9, "novena": 9, "noveno": 9,
    "tenth": 10, "decima": 10, "decimo": 10,
}  # fmt: skip
UNIT_WORDS = {
    "apt",
    "apartment",
    "unit",
    "ste",
    "suite",
    "#",
    "no",
    "num",
    "numero",
    "depto",
    "departamento",
    "dpto",
    "apto",
    "apartamento",
    "interior",
    "int",
    "space",
    "spc",
    "rm",
    "room",
    "fl",
    "floor",
    "piso",
    "bldg",
    "building",
    "edificio",
}
ORDINAL_NUMBER = re.compile(
    r"^(\d+)(?:st|nd|rd|th|a|o|ra|ro|era|ero|da|do|ta|to|va|vo|na|no|°|º|ª)$"
)
# Cross streets: "Oak & 3rd", "Oak and 3rd", "Oak Ave y Calle 3", "Oak at 3rd", "Oak / 3rd".
CROSS_SPLIT = re.compile(
    r"\s*(?:&|@|/|\+)\s*|\s+(?:and|y|e|at|con|esquina con|esquina|esq\.?)\s+", re.IGNORECASE
)
CROSS_LEAD = re.compile(
    r"^(?:corner of|the corner of|intersection of|esquina de|la esquina de|cruce de|"
    r"entre)\s+",
    re.IGNORECASE,
)
# What the matcher can't use: a trailing state and ZIP, country names.
TRAILING_NOISE = re.compile(r"[,\s]+(?:usa|u\.s\.a\.|united states|ee\.?\s?uu\.?)\s*$", re.I)


@dataclass(frozen=True)
class Street:
    """A street as the matcher compares it: `name` normalised, `type` short ("st", "ave")."""

    name: str
    type: str = ""
    direction: str = ""

    @property
    def key(self) -> str:
        return " ".join(p for p in (self.direction, self.name, self.type) if p)


@dataclass(frozen=True)
class ParsedAddress:
    number: str = ""
    street: Street | None = None
    cross: Street | None = None
    unit: str = ""
    city: str = ""
    zipcode: str = ""

    @property
    def is_intersection(self) -> bool:
        return self.street is not None and self.cross is not None


def fold(text: str) -> str:
    """Lowercase, accents off, punctuation that carries no meaning off, spaces collapsed."""
    text = unicodedata.normalize("NFKD", text or "")
    text = "".join(c for c in text if not unicodedata.combining(c)).lower()
    text = text.replace("º", "o").replace("ª", "a")
    text = re.sub(r"[\"'`´.;:()\[\]{}]", " ", text)
    return re.sub(r"\s+", " ", text).strip()


def ordinal(token: str) -> str:
    """'3rd', 'third', 'tercera', '3a' -> '3'; anything else unchanged."""
    if token in ORDINAL_WORDS:
        return str(ORDINAL_WORDS[token])
    match = ORDINAL_NUMBER.match(token)
    return match.group(1) if match else token


def _type_typo(word: str) -> str:
    """'stret' -> 'st', 'avenu' -> 'ave': a misspelt long street type, or ''."""
    if len(word) < 4 or word.isdigit():
        return ""
    found = process.extractOne(word, LONG_TYPES, scorer=fuzz.ratio, score_cutoff=80)
    return TYPE_OF[found[0]] if found else ""


def street_from_words(words: list[str]) -> Street | None:
    """A street from its words in any order a resident may write them."""
    words = [w for w in words if w]
    if not words:
        return None
    street_type = ""
    direction = ""
    if len(words) > 1 and words[0] in SPANISH_PREFIX_TYPES:
        street_type = TYPE_OF[words.pop(0)]
    elif len(words) > 1 and words[-1] in TYPE_OF:
        street_type = TYPE_OF[words.pop()]
    elif len(words) > 1 and (typo := _type_typo(words[-1])):
        words.pop()
        street_type = typo
    if len(words) > 1 and words[0] in DIRECTIONS:
        direction = DIRECTIONS[words.pop(0)]
    elif len(words) > 1 and words[-1] in DIRECTIONS:
        direction = DIRECTIONS[words.pop()]
    # Spanish puts "de", "del" inside names ("Calle de la Luna"); keep them, they are in the data.
    name = " ".join(ordinal(w) for w in words)
    return Street(name=name, type=street_type, direction=direction) if name else None


def street_key(full_name: str) -> str:
    """The matcher's key for a street name from the agency's data: 'Oak Avenue' -> 'oak ave'."""
    street = street_from_words(fold(full_name).replace(",", " ").split())
    return street.key if street else ""


def _split_unit(words: list[str]) -> tuple[list[str], str]:
    for index, word in enumerate(words):
        if index == 0:
            continue
        if word in UNIT_WORDS and index + 1 < len(words):
            return words[:index], " ".join(words[index:])
        if word.startswith("#") and len(word) > 1:
            return words[:index], word
    return words, ""


def _spanish_or_plain(text: str) -> ParsedAddress | None:
    """Addresses that usaddress reads wrongly: a Spanish type word first, or number last."""
    words = text.replace(",", " ").split()
    if not words:
        return None
    number = ""
    if words[0] in SPANISH_PREFIX_TYPES and len(words) > 1:
        # "Calle Oak 12", "Avenida Central #45 depto 3", "Calle 3 #120": the house number is the
        # first number after at least one name word; what follows it is the unit.
        rest = words[1:]
        unit = ""
        for index, word in enumerate(rest[1:], start=1):
            if re.fullmatch(r"#?\d+[a-z]?", word):
                number = word.lstrip("#")
                unit = " ".join(rest[index + 1 :])
                rest = rest[:index]
                break
        else:
            rest, unit = _split_unit(rest)
        return ParsedAddress(number=number, street=street_from_words([words[0], *rest]), unit=unit)
    if len(words) > 1 and re.fullmatch(r"\d+[a-z]?", words[0]) and words[1] in SPANISH_PREFIX_TYPES:
        # "12 Calle Oak"
        words, unit = _split_unit(words)
        return ParsedAddress(number=words[0], street=street_from_words(words[1:]), unit=unit)
    return None


def _usaddress(text: str) -> ParsedAddress:
    try:
        tagged, _kind = usaddress.tag(text)
    except usaddress.RepeatedLabelError as error:
        tagged = {}
        for token, label in error.parsed_string:
            tagged.setdefault(label, token)
    number = tagged.get("AddressNumber", "")
    words = []
    for label in (
        "StreetNamePreDirectional",
        "StreetNamePreType",
        "StreetName",
        "StreetNamePostType",
        "StreetNamePostDirectional",
    ):
        words.extend(tagged.get(label, "").replace(",", " ").split())
    unit = " ".join(
        tagged.get(label, "")
        for label in ("OccupancyType", "OccupancyIdentifier")
        if tagged.get(label)
    )
    if not words:
        # usaddress gave up (a PO box guess, a lone name): take the words as a street name.
        plain = text.split(",")[0].split()
        if plain and re.fullmatch(r"\d+[a-z]?", plain[0]):
            number, plain = plain[0], plain[1:]
        plain, unit = _split_unit(plain)
        words = plain
    return ParsedAddress(
        number=number.lstrip("#"),
        street=street_from_words([w.strip(",") for w in words]),
        unit=unit.strip(),
        city=fold(tagged.get("PlaceName", "")),
        zipcode=tagged.get("ZipCode", ""),
    )


def parse_address(text: str) -> ParsedAddress:
    """Take a typed address apart. Never raises; an empty result means nothing usable."""
    folded = TRAILING_NOISE.sub("", fold(text))
    folded = re.sub(r"\b(?:numero|num|no)\s+(?=\d)", "#", folded)
    if not folded:
        return ParsedAddress()
    crossing = CROSS_LEAD.sub("", folded)
    parts = [p.strip(" ,") for p in CROSS_SPLIT.split(crossing, maxsplit=1)]
    if len(parts) == 2 and all(parts) and not re.match(r"\d+[a-z]?\s+\D", parts[0]):
        first = street_from_words(parts[0].split())
        second_text, _sep, city = parts[1].partition(",")
        second = street_from_words(second_text.split())
        if first and second:
            return ParsedAddress(street=first, cross=second, city=city.strip())
    head, _sep, tail = folded.partition(",")
    parsed = _spanish_or_plain(head)
    if parsed is not None:
        city = tail.split(",")[0].strip()
        return ParsedAddress(
            number=parsed.number, street=parsed.street, unit=parsed.unit, city=city
        )
    return _usaddress(folded)
