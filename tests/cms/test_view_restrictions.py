"""Page privacy still holds with the 'no restrictions anywhere' shortcut pages take."""

import pytest
from wagtail.models import PageViewRestriction

from cms.models import RequestPage
from tests.support.demo import english_education_pages

pytestmark = pytest.mark.django_db


def test_a_restriction_added_after_pages_were_served_is_enforced(demo, client):
    page = english_education_pages()[0]
    assert client.get(page.url).status_code == 200  # caches "no restrictions anywhere"

    PageViewRestriction.objects.create(
        page=page, restriction_type=PageViewRestriction.PASSWORD, password="s3cret-pass"
    )

    response = client.get(page.url)
    assert b'name="password"' in response.content

    PageViewRestriction.objects.filter(page=page).delete()
    assert b'name="password"' not in client.get(page.url).content


def test_making_a_cached_page_private_takes_it_out_of_the_cache_at_once(
    demo, client, page_cache_on
):
    page = english_education_pages()[0]
    client.get(page.url)
    assert client.get(page.url)["X-Page-Cache"] == "hit"

    PageViewRestriction.objects.create(
        page=page, restriction_type=PageViewRestriction.PASSWORD, password="s3cret-pass"
    )

    assert b'name="password"' in client.get(page.url).content


def test_a_private_request_page_asks_for_its_password_before_the_form(demo, client):
    # The request page is served through an on_serve_page hook; privacy must still come first.
    page = RequestPage.objects.get(url_path__endswith="/request-a-presentation/")
    PageViewRestriction.objects.create(
        page=page, restriction_type=PageViewRestriction.PASSWORD, password="s3cret-pass"
    )

    response = client.get("/request-a-presentation/")
    assert b'name="password"' in response.content
    assert b'name="contact_email"' not in response.content
    posted = client.post("/request-a-presentation/", {"contact_name": "x"})
    assert b'name="contact_email"' not in posted.content
