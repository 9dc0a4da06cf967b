"""How many SMS segments a text costs, and in which encoding (GSM 03.38 or UCS-2).

Twilio bills, and a long code's 1 message/second limit counts, per segment. One character outside
the GSM-7 alphabet (say "ó" or an emoji) switches the whole message to UCS-2, where a segment
holds 70 characters instead of 160; Spanish accents other than é, ñ, ü, ¿ and ¡ do that.
"""

from dataclasses import dataclass

# GSM 03.38 basic character set (without the escape code itself).
GSM7_BASIC = frozenset(
    "@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !\"#¤%&'()*+,-./0123456789:;<=>?"
    "¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà"
)
# The extension table: each costs two septets (escape + character).
GSM7_EXTENDED = frozenset("^{}\\[~]|€\f")

GSM7 = "GSM-7"
UCS2 = "UCS-2"


@dataclass(frozen=True)
class SegmentCount:
    encoding: str
    segments: int
    units: int  # septets for GSM-7, UTF-16 code units for UCS-2


def _pack(unit_sizes: list[int], single: int, multi: int) -> int:
    """Segments needed when a multi-unit character (escape pair, surrogate pair) can't split."""
    total = sum(unit_sizes)
    if total == 0:
        return 0
    if total <= single:
        return 1
    segments, used = 1, 0
    for size in unit_sizes:
        if used + size > multi:
            segments += 1
            used = 0
        used += size
    return segments


def sms_segments(text: str) -> SegmentCount:
    if all(ch in GSM7_BASIC or ch in GSM7_EXTENDED for ch in text):
        sizes = [2 if ch in GSM7_EXTENDED else 1 for ch in text]
        return SegmentCount(GSM7, _pack(sizes, 160, 153), sum(sizes))
    sizes = [2 if ord(ch) > 0xFFFF else 1 for ch in text]
    return SegmentCount(UCS2, _pack(sizes, 70, 67), sum(sizes))


# The most segments one reporter-facing text may cost, by encoding: two GSM-7 segments (306
# characters) or three UCS-2 ones (201, as Spanish with accents needs). Longer words go behind
# the status link (sms_fit).
SMS_BUDGET = {GSM7: 2, UCS2: 3}


def sms_within_budget(text: str) -> bool:
    count = sms_segments(text)
    return count.segments <= SMS_BUDGET[count.encoding]


def sms_fit(head: str, words: str, tail: str, *, more: str = "", reserve: str = "") -> str:
    """head + words + tail within the segment budget (counting `reserve`, e.g. the opt-out line
    a first text gets). When the words don't fit they are cut at a word, marked "...", and
    `more` (say "Read it all: <link>") follows them, so the reader knows where the rest is."""
    whole = head + words + tail
    if sms_within_budget(whole + reserve):
        return whole

    def cut(length: int) -> str:
        kept = words[:length]
        if length < len(words) and " " in kept:
            kept = kept.rsplit(" ", 1)[0]
        return head + kept.rstrip() + "..." + (f" {more}" if more else "") + tail

    low, high = 0, len(words)
    while low < high:  # the longest cut that fits
        middle = (low + high + 1) // 2
        if sms_within_budget(cut(middle) + reserve):
            low = middle
        else:
            high = middle - 1
    return cut(low)
