"""FAQ search in both languages, and the schema.org FAQPage data."""

import json
import re

import pytest

pytestmark = pytest.mark.django_db


def _questions(html: str) -> list[str]:
    return re.findall(r"<summary>(.*?)</summary>", html)


def test_english_search_finds_english_answers_only(demo, client):
    html = client.get("/faq/", {"q": "cell phone"}).content.decode()
    found = _questions(html)
    assert "Can you see where I am when I call from a cell phone?" in found
    assert all("¿" not in q for q in found)
    assert "What is the non-emergency number?" not in found


def test_spanish_search_finds_spanish_answers_only(demo, client):
    html = client.get("/es/preguntas-frecuentes/", {"q": "celular"}).content.decode()
    found = _questions(html)
    assert "¿Pueden ver dónde estoy cuando llamo desde un celular?" in found
    assert all("cell phone" not in q for q in found)


def test_a_search_with_no_match_says_so_in_the_visitors_language(demo, client):
    html = client.get("/es/preguntas-frecuentes/", {"q": "xylofono"}).content.decode()
    assert _questions(html) == []
    assert "0 respuestas" in html


def test_unpublished_faqs_are_not_found(demo, client):
    from cms.models import FAQ

    FAQ.objects.filter(question__icontains="cell phone", locale__language_code="en").update(
        live=False
    )
    html = client.get("/faq/", {"q": "cell phone"}).content.decode()
    assert not any("cell phone" in q.lower() for q in _questions(html))


def test_faq_page_lists_every_faq_grouped_with_faqpage_json_ld(demo, client):
    html = client.get("/faq/").content.decode()
    assert len(_questions(html)) >= 20
    match = re.search(r'<script type="application/ld\+json">(.*?)</script>', html, re.S)
    data = json.loads(match.group(1))
    assert data["@type"] == "FAQPage"
    assert len(data["mainEntity"]) == len(_questions(html))
    first = data["mainEntity"][0]
    assert first["@type"] == "Question" and first["acceptedAnswer"]["text"]
