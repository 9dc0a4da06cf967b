import pytest

from reporting.messaging.segments import GSM7, UCS2, sms_segments


@pytest.mark.parametrize(
    ("text", "encoding", "segments", "units"),
    [
        ("", GSM7, 0, 0),
        ("a" * 160, GSM7, 1, 160),
        ("a" * 161, GSM7, 2, 161),
        ("a" * 306, GSM7, 2, 306),
        ("a" * 307, GSM7, 3, 307),
        ("€" * 80, GSM7, 1, 160),  # extension characters cost two septets
        ("€" * 81, GSM7, 2, 162),
        ("a" * 152 + "€", GSM7, 1, 154),  # still fits the single-segment 160
        ("a" * 152 + "€" + "a" * 7, GSM7, 2, 161),  # the escape pair is not split: 152 | 9
        ("¿Ñandú?", UCS2, 1, 7),  # ú is not GSM-7, so the whole text is UCS-2
        ("¿Qué pasó?", UCS2, 1, 10),
        ("¿Qué pasé?", GSM7, 1, 10),  # é, ¿ are GSM-7
        ("ó" * 70, UCS2, 1, 70),
        ("ó" * 71, UCS2, 2, 71),
        ("ó" * 134, UCS2, 2, 134),
        ("ó" * 135, UCS2, 3, 135),
        ("😀" * 35, UCS2, 1, 70),  # an emoji is two UTF-16 units
        ("ó" * 66 + "😀", UCS2, 1, 68),
        ("ó" * 66 + "😀" + "ó" * 3, UCS2, 2, 71),  # the surrogate pair moves whole: 66 | 5
    ],
)
def test_segments_follow_gsm7_and_ucs2_rules(text, encoding, segments, units):
    count = sms_segments(text)

    assert (count.encoding, count.segments, count.units) == (encoding, segments, units)
