"""Agency facts come from the settings on every page; budgets for queries and page weight."""

import gzip
import re

import pytest
from django.contrib.staticfiles import finders
from wagtail.models import Site

from cms import page_cache
from cms.models import AgencySettings
from tests.support.demo import demo_urls

pytestmark = pytest.mark.django_db

MAX_QUERIES = 10
MAX_HOME_GZIP_BYTES = 60 * 1024


def test_changing_the_number_in_settings_changes_every_page(demo, client, page_cache_on):
    urls = demo_urls()
    assert len(urls) >= 24
    for url in urls:  # fill the page cache first, so the change must purge it
        assert client.get(url).status_code == 200

    agency = AgencySettings.for_site(Site.objects.get(is_default_site=True))
    agency.non_emergency_number = "+12025550177"
    agency.save()

    for url in urls:
        html = client.get(url).content.decode()
        if not is_kids(url):  # kids pages show numbers as text, never as tel: links
            assert 'href="tel:+12025550177"' in html, url
        assert "(202) 555-0177" in html, url
        assert "555-0142" not in html, url


def test_spanish_wording_from_settings_shows_on_spanish_pages(demo, client):
    agency = AgencySettings.objects.get()
    agency.text_to_911_wording = "Text only when you cannot call."
    agency.text_to_911_wording_es = "Envíe un texto solo si no puede llamar."
    agency.save()

    assert "Text only when you cannot call." in client.get("/").content.decode()
    spanish = client.get("/es/").content.decode()
    assert "Envíe un texto solo si no puede llamar." in spanish
    assert "Text only when you cannot call." not in spanish


def test_text_to_911_wording_hides_when_the_agency_has_no_text_service(demo, client):
    AgencySettings.objects.update(text_to_911_available=False)
    assert "Call if you can, text if you can" not in client.get("/").content.decode()


SEARCHES = ["/faq/?q=cell+phone", "/es/preguntas-frecuentes/?q=celular"]


def test_every_uncached_public_page_needs_at_most_ten_queries(
    demo, client, page_cache_on, django_assert_max_num_queries
):
    # Warm what pages share (Wagtail's site root paths, the agency settings, the alert list and
    # image renditions, each made once and cached site-wide), then render each page with the
    # page cache empty.
    for url in demo_urls():
        client.get(url)
    for url in demo_urls() + SEARCHES:
        page_cache.purge()
        with django_assert_max_num_queries(MAX_QUERIES):
            response = client.get(url)
        assert response.status_code == 200, url
        if response.has_header(page_cache.HEADER):
            assert response[page_cache.HEADER] == "miss", url


def test_home_page_html_css_and_js_fit_in_60_kb_gzipped(demo, client):
    html = client.get("/").content
    total = len(gzip.compress(html))
    assets = re.findall(rb'(?:href|src)="/static/([^"]+\.(?:css|js))"', html)
    assert assets, "the stylesheet link is missing"
    for asset in assets:
        path = finders.find(asset.decode())
        with open(path, "rb") as fh:
            total += len(gzip.compress(fh.read()))
    assert total <= MAX_HOME_GZIP_BYTES, f"{total} bytes gzipped"


def is_kids(url: str) -> bool:
    return url.startswith(("/kids/", "/es/kids/", "/es/ninos/"))


def test_no_public_page_needs_javascript(demo, client):
    # The kids' activities are interactive with their own script, and have their own test
    # that every one of them works without it (tests/kids).
    for url in (u for u in demo_urls() if not is_kids(u)):
        html = client.get(url).content.decode()
        scripts = re.findall(r"<script(?![^>]*application/ld\+json)[^>]*>", html)
        assert not scripts, (url, scripts)
