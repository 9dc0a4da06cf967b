"""sitemap.xml, robots.txt, hreflang, <html lang>, meta description and Open Graph."""

import re

import pytest

from tests.support.demo import demo_urls

pytestmark = pytest.mark.django_db


def test_sitemap_lists_every_page_in_both_languages(demo, client):
    xml = client.get("/sitemap.xml").content.decode()
    locs = set(re.findall(r"<loc>https?://[^/]+(/[^<]*)</loc>", xml))
    assert set(demo_urls()) <= locs
    assert any(loc.startswith("/es/") for loc in locs)


def test_robots_points_at_the_sitemap_and_keeps_out_of_staff_areas(client):
    text = client.get("/robots.txt").content.decode()
    assert "Disallow: /admin/" in text
    assert "Disallow: /django-admin/" in text
    assert re.search(r"^Sitemap: https?://.+/sitemap\.xml$", text, re.M)


def test_every_page_has_lang_hreflang_description_and_open_graph(demo, client):
    for url in demo_urls():
        html = client.get(url).content.decode()
        lang = "es" if url.startswith("/es/") else "en"
        assert f'<html lang="{lang}">' in html, url
        alternates = dict(
            re.findall(r'<link rel="alternate" hreflang="([\w-]+)" href="([^"]+)"', html)
        )
        assert {"en", "es", "x-default"} <= set(alternates), url
        assert alternates[lang].endswith(url), url
        assert re.search(r'<meta name="description" content="[^"]{20,}">', html), url
        assert '<meta property="og:title"' in html, url
        # Canonical URLs use the Wagtail site's own host name, whatever host was asked for.
        assert re.search(rf'<link rel="canonical" href="https?://[^/"]+{re.escape(url)}">', html)


def test_the_language_switcher_links_to_the_same_page_in_the_other_language(demo, client):
    html = client.get("/when-to-call-911/").content.decode()
    assert 'href="/es/cuando-llamar-al-911/" lang="es" hreflang="es">Español</a>' in html
    html = client.get("/es/cuando-llamar-al-911/").content.decode()
    assert 'href="/when-to-call-911/" lang="en" hreflang="en">English</a>' in html


def test_home_links_to_online_reporting_and_shows_the_current_alert(demo, client):
    html = client.get("/").content.decode()
    assert 'href="/report/"' in html
    assert "Phone scam warning" in html
    spanish = client.get("/es/").content.decode()
    assert "Alerta de estafa telefónica" in spanish
    assert "Phone scam warning" not in spanish


def test_an_expired_alert_is_not_shown(demo, client):
    from django.utils import timezone

    from cms.models import AlertBanner

    AlertBanner.objects.update(ends_at=timezone.now())
    assert "Phone scam warning" not in client.get("/").content.decode()
