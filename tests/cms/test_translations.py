"""Every demo page and snippet exists in Spanish, in real Spanish."""

import re

import pytest
from django.utils.html import strip_tags
from wagtail.models import Page

from cms.models import FAQ, AlertBanner, ContactUnit, EducationPage, FAQCategory

pytestmark = pytest.mark.django_db

SPANISH_WORDS = {"el", "la", "los", "las", "de", "que", "en", "una", "para", "su", "llame", "no"}
ENGLISH_WORDS = {"the", "and", "you", "your", "call", "what", "when", "to", "of", "is"}


def _words(text: str) -> set[str]:
    return set(re.findall(r"[a-záéíóúñü]+", strip_tags(text).lower()))


def _looks_spanish(text: str) -> bool:
    words = _words(text)
    return len(words & SPANISH_WORDS) > len(words & ENGLISH_WORDS)


def _page_text(page) -> str:
    page = page.specific
    parts = [page.title, getattr(page, "summary", ""), getattr(page, "intro", "")]
    if isinstance(page, EducationPage):
        parts.append(" ".join(str(block.render()) for block in page.body))
    return " ".join(str(p) for p in parts)


def test_every_english_demo_page_has_a_live_spanish_translation(demo):
    english = Page.objects.live().filter(locale__language_code="en", depth__gte=2)
    assert english.count() >= 12  # home + 8 education pages + FAQ + contacts + request
    for page in english:
        spanish = page.get_translation_or_none(
            page.get_translations().filter(locale__language_code="es").first().locale
        )
        assert spanish is not None and spanish.live, page
        assert spanish.title != page.title, page
        assert spanish.url.startswith("/es/"), spanish.url
        assert _looks_spanish(_page_text(spanish)), spanish.title
        assert not _looks_spanish(_page_text(page)), page.title


def test_at_least_eight_education_pages_in_each_language(demo):
    for code in ("en", "es"):
        assert EducationPage.objects.live().filter(locale__language_code=code).count() >= 8


@pytest.mark.parametrize("model", [FAQ, ContactUnit, AlertBanner, FAQCategory])
def test_every_snippet_has_a_spanish_translation(demo, model):
    english = model.objects.filter(locale__language_code="en")
    assert english.exists()
    for obj in english:
        spanish = obj.get_translations().get(locale__language_code="es")
        assert str(spanish) != str(obj)
        assert getattr(spanish, "live", True)


def test_at_least_twenty_faqs_each_in_real_spanish(demo):
    english = FAQ.objects.filter(locale__language_code="en", live=True)
    assert english.count() >= 20
    for faq in english:
        spanish = faq.get_translations().get(locale__language_code="es")
        assert _looks_spanish(spanish.question + " " + spanish.answer), spanish.question
        assert spanish.category.locale.language_code == "es"
