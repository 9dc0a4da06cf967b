"""9-1-1 for Kids over HTTP: the demo section, the game's answers, links, languages."""

import pytest
from wagtail.models import Page

from cms.kids.demo import load_kids_demo
from cms.kids.demo_content import ACTIVITIES, GAME_CARDS, SPANISH
from cms.kids.models import KidsActivityPage, KidsHomePage
from cms.models import HomePage
from tests.kids.helpers import soup

pytestmark = pytest.mark.django_db


def test_the_demo_builds_a_complete_kids_section_in_english_and_spanish(client, kids_pages):
    by_language = {"en": [], "es": []}
    for code, page in kids_pages:
        by_language[code].append(page)
    assert len(by_language["en"]) == 1 + len(ACTIVITIES)
    assert len(by_language["es"]) == len(by_language["en"])

    for english in by_language["en"]:
        spanish = english.get_translation(by_language["es"][0].locale)
        assert spanish.live
        assert spanish.title == SPANISH[english.title]
        html = client.get(spanish.url).content.decode()
        # No English demo sentence may be left on a Spanish page.
        leftovers = [en for en in SPANISH if " " in en and len(en) > 12 and en in html]
        assert not leftovers, f"English text on {spanish.url}: {leftovers}"


def test_spanish_pages_show_spanish_ui_strings(client, kids_home):
    spanish_game = KidsActivityPage.objects.get(
        locale__language_code="es", slug="es-una-emergencia"
    )

    page = soup(client.get(spanish_game.url).content)

    assert page.html["lang"] == "es"
    questions = {p.get_text(strip=True) for p in page.select(".kids-card__question")}
    assert questions == {"¿Es una emergencia para el 9-1-1?"}
    assert page.select_one("[data-kids-game]")["data-right"] == "¡Muy bien!"


def test_loading_the_demo_again_updates_instead_of_duplicating(kids_home, site):
    before = Page.objects.count()

    load_kids_demo(home=site.root_page.specific)

    assert Page.objects.count() == before
    assert KidsHomePage.objects.count() == 2


def test_the_kids_home_sits_under_the_home_page_and_lists_every_activity(client, kids_home):
    assert KidsHomePage.can_create_at(HomePage.objects.get(locale__language_code="en")) is False
    assert isinstance(kids_home.get_parent().specific, HomePage)

    page = soup(client.get(kids_home.url).content)

    titles = [t.get_text(strip=True) for t in page.select(".kids-tile__title")]
    assert titles == [activity["title"] for activity in ACTIVITIES]


def test_the_game_cards_carry_the_right_answers(client, kids_home):
    game = KidsActivityPage.objects.get(locale__language_code="en", slug="is-it-an-emergency")

    page = soup(client.get(game.url).content)

    cards = page.select("[data-kids-card]")
    answers = {
        card.select_one(".kids-card__prompt").get_text(strip=True): card["data-answer"]
        for card in cards
    }
    assert answers == {
        "A house is on fire.": "yes",
        "Grandpa fell down. He will not wake up.": "yes",
        "A stranger is breaking into a house.": "yes",
        "You lost your toy.": "no",
        "You scraped your knee.": "no",
        "You want someone to talk to.": "no",
        "A friend says: call 9-1-1 for fun!": "no",
    }
    # Without JavaScript, each card still reveals the answer and the reason.
    for card, (_picture, alt, _prompt, answer, explanation) in zip(cards, GAME_CARDS, strict=True):
        reveal = " ".join(card.select_one("details").get_text(" ").split())
        verdict = "This is a 9-1-1 emergency." if answer == "yes" else "not a 9-1-1 emergency."
        assert verdict in reveal
        assert explanation in reveal
        assert card.find("img")["alt"] == alt


def test_kids_pages_have_no_tel_links_no_forms_and_no_outside_resources(client, kids_pages):
    for _code, kids_page in kids_pages:
        page = soup(client.get(kids_page.url).content)

        assert not page.select('a[href^="tel:"]'), kids_page.url
        assert not page.find("form"), kids_page.url
        site_root = kids_page.get_site().root_url  # canonical and hreflang links are absolute
        for tag, attribute in (("script", "src"), ("link", "href"), ("img", "src"), ("a", "href")):
            for element in page.find_all(tag):
                url = element.get(attribute) or ""
                if url.startswith(site_root + "/"):
                    continue
                assert not url.startswith(("http:", "https:", "//")), (kids_page.url, url)
        assert not page.find("iframe")
        assert not page.select("script:not([src])"), "inline scripts break the CSP"


def test_the_classroom_visit_link_falls_back_to_the_setting(client, kids_home, settings):
    settings.KIDS_VISIT_REQUEST_URL = "/visits/ask/"
    grown_ups = KidsActivityPage.objects.get(locale__language_code="en", slug="grown-ups")

    page = soup(client.get(grown_ups.url).content)

    link = page.find("a", string="Request a classroom visit")
    assert link["href"] == "/visits/ask/"


def test_the_grown_ups_page_has_a_45_minute_lesson_and_the_talking_points(client, kids_home):
    grown_ups = KidsActivityPage.objects.get(locale__language_code="en", slug="grown-ups")

    page = soup(client.get(grown_ups.url).content)

    minutes = [int(span.get_text().split()[0]) for span in page.select(".kids-lesson__minutes")]
    assert sum(minutes) == 45
    points = " ".join(li.get_text() for li in page.select(".kids-talking-points li"))
    for needle in ('"nine-one-one"', "hang up", "locked phone", "Prank calls"):
        assert needle in points


def test_the_classroom_visit_link_prefers_a_live_request_page_in_the_same_language(
    rf, kids_home, monkeypatch
):
    from cms.kids import selectors

    real_get_model = selectors.apps.get_model

    # cms.RequestPage belongs to the education site; any page model stands in for its lookup.
    def get_model(*args, **kwargs):
        if args == ("cms", "RequestPage"):
            return KidsHomePage
        return real_get_model(*args, **kwargs)

    monkeypatch.setattr(selectors.apps, "get_model", get_model)
    spanish = KidsHomePage.objects.get(locale__language_code="es")

    url = selectors.visit_request_url(request=rf.get("/"), locale_id=spanish.locale_id)

    assert url == spanish.url


def test_load_demo_includes_the_whole_kids_section(demo):
    # `demo`: what load_demo builds, restored from the session's snapshot of it.
    for code in ("en", "es"):
        blocks = {
            block.block_type
            for page in KidsActivityPage.objects.filter(locale__language_code=code)
            for block in page.body
        }
        assert blocks == {
            "emergency_game",
            "practice_call",
            "address_card",
            "printable",
            "grown_ups",
        }
        assert KidsHomePage.objects.filter(locale__language_code=code, live=True).exists()
