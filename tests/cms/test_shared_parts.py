"""What every page shares (the site, the active locale, menus, language links, routes, settings,
alerts, the kids tiles) is worked out once per process and publish: a page rendered past the
page cache then reads only itself, and a publish still shows everywhere at once."""

import re
import time

import pytest
from django.core.cache import cache
from django.utils import translation
from wagtail.models import Locale, Site

from cms import page_cache
from cms.kids.models import KidsActivityPage
from cms.models import AgencySettings, EducationPage
from tests.cms.test_menu_everywhere import menu_links
from tests.support.demo import demo_urls

pytestmark = pytest.mark.django_db

# One query per URL segment below the home page, and the page's own content: the FAQ page's
# questions, the home page's chosen top tasks, a kids page's pictures.
MAX_QUERIES_AGAIN = 3


def test_a_page_rendered_again_past_the_page_cache_reads_only_itself(
    demo, client, page_cache_on, django_assert_max_num_queries
):
    urls = demo_urls()
    for url in urls:
        assert client.get(f"{url}?first=1").status_code == 200, url
    for url in urls:
        with django_assert_max_num_queries(MAX_QUERIES_AGAIN):
            response = client.get(f"{url}?again=1")
        assert response.status_code == 200, url


def test_the_home_page_rendered_again_needs_one_query(
    demo, client, page_cache_on, django_assert_num_queries
):
    client.get("/?first=1")
    with django_assert_num_queries(1):  # its top tasks' pages
        client.get("/?again=1")


def test_a_renamed_menu_page_shows_in_every_menu_after_its_publish(demo, client, page_cache_on):
    client.get("/faq/?first=1")
    client.get("/report/")
    page = EducationPage.objects.get(url_path__endswith="/when-to-call-911/")
    assert page.show_in_menus
    page.title = "When to dial 9-1-1"
    page.save_revision().publish()

    for url in ("/faq/?again=1", "/report/"):
        nav = re.search(r'<nav class="site-nav".*?</nav>', client.get(url).content.decode(), re.S)
        assert "When to dial 9-1-1" in nav.group(0), url


def test_an_unpublished_page_stops_answering_at_once(demo, client, page_cache_on):
    assert client.get("/when-to-call-911/?first=1").status_code == 200
    EducationPage.objects.get(url_path__endswith="/when-to-call-911/").unpublish()

    assert client.get("/when-to-call-911/?again=1").status_code == 404


def test_a_moved_page_answers_at_its_new_address(demo, client, page_cache_on):
    page = EducationPage.objects.get(url_path__endswith="/when-to-call-911/")
    parent = EducationPage.objects.live().exclude(pk=page.pk).filter(depth=page.depth).first()
    assert client.get(f"{page.url}?first=1").status_code == 200
    old_url = page.url
    page.move(parent, pos="last-child")
    page.refresh_from_db()

    # Wagtail leaves a redirect at the old address: the route there is read afresh.
    response = client.get(f"{old_url}?again=1")
    assert response.status_code == 301
    assert response["Location"] == page.url
    assert client.get(f"{page.url}?again=1").status_code == 200


def test_a_renamed_activity_shows_on_its_kids_tile_after_its_publish(demo, client, page_cache_on):
    client.get("/kids/?first=1")
    activity = KidsActivityPage.objects.live().filter(locale__language_code="en").first()
    activity.title = "Be a 9-1-1 helper"
    activity.save_revision().publish()

    tiles = client.get("/kids/?again=1").content.decode()
    assert '<span class="kids-tile__title">Be a 9-1-1 helper</span>' in tiles


def test_the_kids_tiles_keep_their_pictures(demo, client, page_cache_on):
    for attempt in ("first", "again"):
        html = client.get(f"/kids/?{attempt}=1").content.decode()
        tiles = re.findall(r'<li class="kids-tile">.*?</li>', html, re.S)
        assert tiles
        for tile in tiles:
            assert re.search(r'<img alt="" class="kids-tile__image" height="320" src="', tile)


def test_saving_a_site_or_a_locale_purges(demo, page_cache_on):
    for instance in (
        Site.objects.get(is_default_site=True),
        Locale.objects.get(language_code="es"),
    ):
        before = page_cache._version()
        instance.save()
        assert page_cache._version() != before


def test_saved_agency_settings_show_on_the_next_render(demo, client, page_cache_on):
    client.get("/?first=1")
    agency = AgencySettings.for_site(Site.objects.get(is_default_site=True))
    agency.non_emergency_number = "+12025550177"
    agency.save()

    assert "(202) 555-0177" in client.get("/?again=1").content.decode()


def test_the_active_locale_follows_the_language(demo, page_cache_on):
    for code in ("en", "es", "en"):
        with translation.override(code):
            assert Locale.get_active().language_code == code


def test_each_caller_gets_its_own_copy(demo, page_cache_on):
    first = page_cache.memoized("test-copy", lambda: {"menu": ["a"]})
    first["menu"].append("changed by a caller")
    assert page_cache.memoized("test-copy", lambda: {"menu": ["b"]}) == {"menu": ["a"]}


def test_the_menu_on_non_page_views_matches_after_a_page_is_hidden_from_it(
    demo, client, page_cache_on
):
    before = menu_links(client.get("/report/").content.decode())
    page = EducationPage.objects.get(
        url_path__endswith="/when-to-call-911/", locale__language_code="en"
    )
    page.show_in_menus = False
    page.save_revision().publish()

    after = menu_links(client.get("/report/").content.decode())
    assert after == [link for link in before if link != "/when-to-call-911/"]
    assert after == menu_links(client.get("/?again=1").content.decode())


def test_cache_operations_share_one_redis_client():
    client = cache._cache.get_client()
    assert cache._cache.get_client() is client
    cache.set("test-shared-client", 1)
    assert cache.get("test-shared-client") == 1


SHARED_PIECES = (
    "components/emergency_strip.html",
    "components/alert_banner.html",
    "components/community_alerts.html",
    "components/report_entry.html",
    "components/site_footer.html",
)


def _without_tokens(response) -> str:
    return re.sub(r'name="csrfmiddlewaretoken" value="[^"]*"', "", response.content.decode())


def _rendered(response) -> set[str]:
    return {template.name for template in response.templates}


def test_the_shared_pieces_are_rendered_once_until_a_purge(demo, client, page_cache_on):
    first = client.get("/report/")
    assert set(SHARED_PIECES) <= _rendered(first)
    again = client.get("/report/")
    assert not set(SHARED_PIECES) & _rendered(again)
    assert _without_tokens(again) == _without_tokens(first)

    agency = AgencySettings.for_site(Site.objects.get(is_default_site=True))
    agency.non_emergency_number = "+12025550177"
    agency.save()
    html = client.get("/report/").content.decode()
    strip = re.search(r'<aside class="emergency-strip".*?</aside>', html, re.S).group(0)
    footer = re.search(r'<footer class="site-footer".*?</footer>', html, re.S).group(0)
    assert "(202) 555-0177" in strip
    assert "(202) 555-0177" in footer


def test_the_shared_pieces_are_per_language(demo, client, page_cache_on):
    client.get("/report/")
    html = client.get("/es/report/").content.decode()
    strip = re.search(r'<aside class="emergency-strip".*?</aside>', html, re.S).group(0)
    assert "Emergency?" not in strip
    assert "9-1-1" in strip


def _alert_starts_in(seconds):
    from datetime import timedelta

    from django.utils import timezone

    from cms.models import AlertBanner

    soon = timezone.now() + timedelta(seconds=seconds)
    AlertBanner.objects.filter(locale__language_code="en").update(starts_at=soon)
    return soon


def test_a_shared_alert_banner_changes_on_time(demo, client, page_cache_on):
    from django.utils import timezone

    soon = _alert_starts_in(1)
    assert "Phone scam warning" not in client.get("/report/").content.decode()
    time.sleep(max(0.0, (soon - timezone.now()).total_seconds()) + 0.05)

    assert "Phone scam warning" in client.get("/report/").content.decode()


def test_a_page_cached_with_a_stored_banner_ends_when_the_alert_starts(demo, client, page_cache_on):
    _alert_starts_in(30)
    client.get("/report/")  # stores the banner without the alert
    client.get("/when-to-call-911/")  # cached, made with the stored banner

    keys = list(cache._cache.get_client().keys("*cms:page:*"))
    assert keys
    assert 0 < cache._cache.get_client().ttl(keys[0]) <= 31


def test_the_menu_of_a_page_marks_that_page(demo, client, page_cache_on):
    page = EducationPage.objects.get(
        url_path__endswith="/when-to-call-911/", locale__language_code="en"
    )

    def nav(url):
        html = client.get(url).content.decode()
        return re.search(r'<nav class="site-nav".*?</nav>', html, re.S).group(0)

    nav("/report/")
    assert f'<a href="{page.url}" aria-current="page">' in nav(page.url)
    assert "aria-current" not in nav("/report/")
