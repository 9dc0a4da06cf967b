"""Fitting a reply into the text budget: at most two SMS segments.

A reply is built from parts: some must be sent whole (the question), some may be shortened
(what the resident typed, read back; a question's wording from the category's settings), and
some may be left out when there is no room (an introduction, a hint). GSM-7 is used whenever the
words allow; a Spanish accent outside it makes the whole text UCS-2, whose smaller segments are
what the budget then counts (reporting/messaging/segments.py).
"""

from dataclasses import dataclass

from reporting.messaging.segments import sms_segments

MAX_SEGMENTS = 2
ELLIPSIS = "..."  # GSM-7, unlike "…"
# A menu line (a category or a choice) is at most this long.
MENU_LINE = 60


@dataclass(frozen=True)
class Part:
    text: str
    mode: str = "keep"  # "keep", "trim" (may be shortened) or "drop" (may be left out)


def keep(text: str) -> Part:
    return Part(text, "keep")


def trim(text: str) -> Part:
    return Part(text, "trim")


def drop(text: str) -> Part:
    return Part(text, "drop")


def fits(text: str, segments: int = MAX_SEGMENTS) -> bool:
    return sms_segments(text).segments <= segments


def _join(parts) -> str:
    return "\n".join(p.text for p in parts if p.text)


def _shorten(text: str, room_test) -> str:
    """The longest prefix of `text` (cut at a word where possible, with "...") that passes."""
    low, high, best = 0, len(text), ""
    while low <= high:
        middle = (low + high) // 2
        cut = text[:middle].rstrip()
        if " " in cut and middle < len(text):
            cut = cut.rsplit(" ", 1)[0]
        candidate = cut + ELLIPSIS if middle < len(text) else text
        if room_test(candidate):
            best, low = candidate, middle + 1
        else:
            high = middle - 1
    return best


def fit(*parts: Part | str, segments: int = MAX_SEGMENTS) -> str:
    """The parts joined by line breaks, shortened to `segments` segments: optional parts go
    first (last ones first), then the shortenable ones are cut, longest first."""
    parts = [p if isinstance(p, Part) else keep(p) for p in parts if p]
    if fits(_join(parts), segments):
        return _join(parts)
    for index in reversed(range(len(parts))):
        if parts[index].mode == "drop":
            parts[index] = Part("", "drop")
            if fits(_join(parts), segments):
                return _join(parts)

    # The shortenable parts share the room: each is cut to at most the same length, the
    # longest such length that lets the whole fit.
    def capped(limit):
        return [Part(cut(p.text, limit), "trim") if p.mode == "trim" else p for p in parts]

    low, high, best = 0, max((len(p.text) for p in parts if p.mode == "trim"), default=0), None
    while low <= high:
        middle = (low + high) // 2
        if fits(_join(capped(middle)), segments):
            best, low = middle, middle + 1
        else:
            high = middle - 1
    text = _join(capped(best if best is not None else 0))
    return text if fits(text, segments) else _shorten(text, lambda c: fits(c, segments))


def cut(text: str, limit: int) -> str:
    """`text` in at most `limit` characters, cut at a word with "..." when it is longer."""
    if len(text) <= limit:
        return text
    if limit <= len(ELLIPSIS):
        return ELLIPSIS[:limit]
    cut = text[: limit - len(ELLIPSIS)].rstrip()
    if " " in cut:
        cut = cut.rsplit(" ", 1)[0]
    return cut + ELLIPSIS


def pages(header: str, lines: list[str], footer: str, more: str) -> list[list[int]]:
    """Split menu lines into pages that each fit with the header and footer (and the "more"
    line when another page follows). Returns the indexes of `lines` on each page."""
    result, current = [], []
    for index, line in enumerate(lines):
        trial = [*(lines[i] for i in current), line]
        if current and not fits(_join([keep(header), *map(keep, trial), keep(more), keep(footer)])):
            result.append(current)
            current = []
        current.append(index)
    if current:
        result.append(current)
    # The last page has no "more" line; a page that still fits without it is fine either way.
    return result
