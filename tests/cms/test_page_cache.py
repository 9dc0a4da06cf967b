"""Anonymous visitors get cached pages; publishing anything purges them."""

import gzip
from datetime import timedelta

import pytest
from django.utils import timezone

from cms.kids.models import KidsHomePage
from cms.models import AlertBanner, EducationPage
from cms.page_cache import HEADER
from tests.factories import StaffFactory

pytestmark = pytest.mark.django_db

URL = "/when-to-call-911/"


def test_second_anonymous_visit_is_served_from_the_cache(demo, client, page_cache_on):
    assert client.get(URL)[HEADER] == "miss"
    response = client.get(URL)
    assert response[HEADER] == "hit"
    assert "When to call 9-1-1" in response.content.decode()
    # The security headers are still added to a cached page.
    assert "Content-Security-Policy" in response


def test_publishing_a_page_purges_the_cache(demo, client, page_cache_on):
    client.get(URL)
    page = EducationPage.objects.get(url_path__endswith=URL)
    page.title = "When to dial 9-1-1"
    page.save_revision().publish()

    response = client.get(URL)
    assert response[HEADER] == "miss"
    assert "When to dial 9-1-1" in response.content.decode()


def test_publishing_a_snippet_purges_the_cache(demo, client, page_cache_on):
    client.get(URL)
    alert = AlertBanner.objects.get(locale__language_code="en")
    alert.title = "Road closed on Main Street"
    alert.save_revision().publish()

    assert "Road closed on Main Street" in client.get(URL).content.decode()


def test_a_scheduled_alert_appears_on_time_without_a_publish(demo, client, page_cache_on):
    soon = timezone.now() + timedelta(seconds=30)
    AlertBanner.objects.filter(locale__language_code="en").update(starts_at=soon)
    client.get(URL)  # caches the page without the alert ...
    cached = client.get(URL)
    assert cached[HEADER] == "hit"
    assert "Phone scam warning" not in cached.content.decode()
    # ... but only until the alert starts: the entry's lifetime stops there.
    from django.core.cache import cache

    keys = list(cache._cache.get_client().keys("*cms:page:*"))
    assert keys
    ttl = cache._cache.get_client().ttl(keys[0])
    assert 0 < ttl <= 31


def test_signed_in_staff_and_forms_are_never_cached(demo, client, page_cache_on):
    client.force_login(StaffFactory())
    client.get(URL)
    assert not client.get(URL).has_header(HEADER)
    client.logout()
    request_url = "/request-a-presentation/"
    client.get(request_url)
    assert not client.get(request_url).has_header(HEADER)


def test_query_strings_are_not_cached(demo, client, page_cache_on):
    client.get("/faq/?q=phone")
    assert not client.get("/faq/?q=phone").has_header(HEADER)


def test_a_hit_is_answered_gzipped_without_a_query_or_a_session(
    demo, client, page_cache_on, django_assert_num_queries
):
    assert client.get(URL)[HEADER] == "miss"
    with django_assert_num_queries(0):
        response = client.get(URL, HTTP_ACCEPT_ENCODING="gzip, br")
    assert response[HEADER] == "hit"
    assert response["Content-Encoding"] == "gzip"
    assert "Accept-Encoding" in response["Vary"]
    html = gzip.decompress(response.content).decode()
    assert "When to call 9-1-1" in html
    assert int(response["Content-Length"]) == len(response.content)
    # What the inner middleware added to the stored page comes back with it, cookies excepted.
    assert response["X-Frame-Options"] == "DENY"
    assert response["Content-Language"] == "en"
    assert not response.cookies
    # A client that takes no gzip gets the same page uncompressed.
    plain = client.get(URL)
    assert not plain.has_header("Content-Encoding")
    assert plain.content.decode() == html


def test_each_language_has_its_own_entry(demo, client, page_cache_on):
    client.get("/")
    client.get("/es/")
    english, spanish = client.get("/"), client.get("/es/")
    assert english[HEADER] == spanish[HEADER] == "hit"
    assert english["Content-Language"] == "en"
    assert spanish["Content-Language"] == "es"
    # The language cookie never turns an unprefixed (English) URL into Spanish.
    client.cookies["django_language"] = "es"
    assert client.get("/")["Content-Language"] == "en"


def test_kids_pages_are_served_from_the_cache(demo, client, page_cache_on):
    kids_home = KidsHomePage.objects.get(locale__language_code="en")
    assert client.get(kids_home.url)[HEADER] == "miss"
    assert client.get(kids_home.url)[HEADER] == "hit"


def test_a_visitor_with_messages_waiting_is_rendered_for(demo, client, page_cache_on):
    client.get(URL)
    client.cookies["messages"] = "anything"
    assert not client.get(URL).has_header(HEADER)
