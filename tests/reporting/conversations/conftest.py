"""Categories for the conversation tests: one with a question of every Open311 type, and a
long list of long names, in English and Spanish."""

import pytest

from reporting.models import CategoryQuestion
from tests.factories import CategoryFactory, _locale

QUESTIONS = [
    # code, datatype, required, description (en), description (es), choices (en), choices (es)
    ("plate", "string", False, "License plate, if you saw it?", "¿Placa, si la vio?", "", ""),
    ("damage", "text", True, "What was damaged?", "¿Qué se dañó?", "", ""),
    (
        "cost",
        "number",
        False,
        "About how much will it cost?",
        "¿Cuánto costará, más o menos?",
        "",
        "",
    ),
    ("noticed", "datetime", False, "When did you notice it?", "¿Cuándo lo notó?", "", ""),
    (
        "surface",
        "singlevaluelist",
        True,
        "What was painted?",
        "¿Qué pintaron?",
        "wall|Wall\nfence|Fence\ncar|Car",
        "wall|Pared\nfence|Cerca\ncar|Carro",
    ),
    (
        "colors",
        "multivaluelist",
        False,
        "Which colors?",
        "¿Qué colores?",
        "red|Red\nblue|Blue\nblack|Black",
        "red|Rojo\nblue|Azul\nblack|Negro",
    ),
]


def _questions(category, language):
    for order, (code, datatype, required, en, es, choices_en, choices_es) in enumerate(QUESTIONS):
        CategoryQuestion.objects.create(
            category=category,
            sort_order=order,
            code=code,
            datatype=datatype,
            required=required,
            description=en if language == "en" else es,
            choices=choices_en if language == "en" else choices_es,
        )


@pytest.fixture
def graffiti(db, locales):
    english = CategoryFactory(name="Graffiti", slug="graffiti", apco_code="VANDAL", sort_order=1)
    spanish = CategoryFactory(
        name="Grafiti",
        slug="graffiti",
        apco_code="VANDAL",
        sort_order=1,
        locale=_locale("es"),
        translation_key=english.translation_key,
    )
    _questions(english, "en")
    _questions(spanish, "es")
    return english


@pytest.fixture
def lost_property(db, locales):
    english = CategoryFactory(name="Lost property", slug="lost", apco_code="LOST", sort_order=2)
    CategoryFactory(
        name="Objeto perdido",
        slug="lost",
        apco_code="LOST",
        sort_order=2,
        locale=_locale("es"),
        translation_key=english.translation_key,
    )
    return english


@pytest.fixture
def many_categories(db, locales):
    """Twenty categories with long names: the menu must page."""
    made = []
    for n in range(20):
        english = CategoryFactory(
            name=f"Long category name number {n} about a neighborhood problem",
            slug=f"long-{n}",
            apco_code="OTHER",
            sort_order=10 + n,
        )
        CategoryFactory(
            name=f"Categoría de nombre largo número {n} sobre un problema del vecindario",
            slug=f"long-{n}",
            apco_code="OTHER",
            sort_order=10 + n,
            locale=_locale("es"),
            translation_key=english.translation_key,
        )
        made.append(english)
    return made
