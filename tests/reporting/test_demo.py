import csv
from pathlib import Path

import pytest
from django.conf import settings

from reporting.demo import CATEGORIES
from reporting.models import Category, Report

pytestmark = pytest.mark.django_db

CSV = "standards/nena-eido-sta-021/registries-extracted/incident-type-common.csv"


def apco_codes() -> set[str]:
    with open(Path(str(settings.PORTAL_SHARED_DIR)) / CSV, newline="") as f:
        return {row["value"].strip() for row in csv.DictReader(f)}


def test_every_demo_category_uses_a_code_from_the_apco_registry():
    codes = apco_codes()
    assert "VANDAL" in codes  # the file was read
    assert [slug for slug, code, *_ in CATEGORIES if code not in codes] == []


def test_load_demo_creates_every_category_in_english_and_spanish(demo):
    # That a second run changes nothing is checked with the one second run of the suite
    # (tests/portal/test_demo.py): each costs seconds.
    english = Category.objects.filter(locale__language_code="en")
    spanish = Category.objects.filter(locale__language_code="es")
    assert english.count() == spanish.count() == len(CATEGORIES) == 11
    for category in english:
        translation = category.get_translation(spanish.first().locale)
        assert translation.apco_code == category.apco_code
        assert translation.questions.count() == category.questions.count()
    assert spanish.get(slug="collision").name == "Choque sin heridos"
    assert Category.objects.get(slug="harassing-calls", locale__language_code="en").sensitive
    assert Report.objects.count() == 3
    assert Report.objects.filter(language="es").exists()


def test_every_yes_no_question_lists_its_answers_in_the_screening_order(locales):
    from reporting.demo import load_reporting_demo
    from reporting.forms import YES_NO
    from reporting.models import CategoryQuestion

    load_reporting_demo()

    screening_order = [key for key, _label in YES_NO]
    yes_no_questions = [
        q for q in CategoryQuestion.objects.all() if {v["key"] for v in q.values} == {"yes", "no"}
    ]
    assert yes_no_questions
    for question in yes_no_questions:
        assert [v["key"] for v in question.values] == screening_order, question.code
