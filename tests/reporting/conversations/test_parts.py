"""The conversation's pure parts: fitting a reply, reading words, dates and the language."""

import datetime

import pytest

from reporting.conversations import dates, words
from reporting.conversations.fitting import drop, fit, keep, pages, trim
from reporting.messaging.segments import GSM7, UCS2, sms_segments

TODAY = datetime.date(2026, 3, 20)
NOON = datetime.time(12, 0)


def test_a_reply_that_fits_is_left_alone():
    assert fit(keep("Hello"), drop("there")) == "Hello\nthere"


def test_optional_parts_go_first_then_long_answers_are_shortened():
    text = fit(keep("Please check your report:"), trim("x " * 400), drop("A hint " * 10))
    assert "A hint" not in text
    assert text.startswith("Please check your report:\nx x")
    assert text.endswith("...")
    assert sms_segments(text).segments == 2


def test_an_accent_outside_gsm_counts_the_ucs2_budget():
    text = fit(keep("¿Qué pasó?"), trim("á" * 300))
    count = sms_segments(text)
    assert count.encoding == UCS2 and count.segments == 2
    assert sms_segments(fit(keep("¿Qué pasó? ñ é ü"))).encoding == UCS2
    assert sms_segments(fit(keep("¿Qué pasé? ñ é ü"))).encoding == GSM7


def test_menu_pages_each_fit():
    lines = [f"{n} A rather long category name {n}" for n in range(1, 30)]
    split = pages("What do you want to report?", lines, "Reply with a number.", "0 More")
    assert len(split) > 1
    assert sorted(i for page in split for i in page) == list(range(29))


@pytest.mark.parametrize(
    "text, found",
    [
        ("Atrás", words.BACK),
        ("back.", words.BACK),
        ("Start over!", words.START_OVER),
        ("ESPAÑOL", words.SPANISH),
        ("sí", words.YES),
        ("Reporte", words.REPORT_ES),
    ],
)
def test_keywords_are_read_without_case_accents_or_punctuation(text, found):
    assert words.is_word(text, found)


def test_a_sentence_is_not_a_keyword():
    assert not words.is_word("go back to the park", words.BACK)


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Hola, quiero reportar algo", "es"),
        ("¿Puedo hacer un reporte?", "es"),
        ("REPORTE", "es"),
        ("Hi, I want to report graffiti", "en"),
        ("REPORT", "en"),
        ("12345", "en"),
    ],
)
def test_the_first_text_tells_the_language(text, expected):
    assert words.language_guess(text, "en") == expected


def test_numbers_are_read_from_lists_but_not_from_sentences():
    assert words.numbers_in("1, 3") == [1, 3]
    assert words.numbers_in("2 y 4") == [2, 4]
    assert words.numbers_in("2") == [2]
    assert words.numbers_in("I have 2 cars") == []


@pytest.mark.parametrize(
    "text, language, expected",
    [
        ("3/14", "en", {"date_from": "2026-03-14", "time_from": ""}),
        ("14/3", "es", {"date_from": "2026-03-14", "time_from": ""}),
        ("3/14/2025 2:30pm", "en", {"date_from": "2025-03-14", "time_from": "14:30"}),
        ("2026-03-01 21:15", "en", {"date_from": "2026-03-01", "time_from": "21:15"}),
        ("yesterday 9pm", "en", {"date_from": "2026-03-19", "time_from": "21:00"}),
        ("ayer a las 9 pm", "es", {"date_from": "2026-03-19", "time_from": "21:00"}),
        ("hoy", "es", {"date_from": "2026-03-20", "time_from": ""}),
        ("now", "en", {"date_from": "2026-03-20", "time_from": "12:00"}),
        ("12/30", "en", {"date_from": "2025-12-30", "time_from": ""}),  # last year's
    ],
)
def test_dates_as_people_text_them(text, language, expected):
    assert dates.when_raw(text, language, TODAY, NOON) == expected


@pytest.mark.parametrize("text", ["last week", "13/45", "2/30", "3/14 25:00", ""])
def test_unreadable_dates_are_none(text):
    assert dates.when_raw(text, "en", TODAY, NOON) is None
