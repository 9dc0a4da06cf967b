"""Every new public page, in English and Spanish, with odd query strings and methods: never a
500."""

import pytest

pytestmark = pytest.mark.django_db

PATHS = [
    "/alerts/",
    "/alerts/feed.atom",
    "/alerts/subscribe/",
    "/alerts/subscribe/thanks/",
    "/how-we-are-doing/",
    "/how-we-are-doing/reports-per-month.csv",
]
QUERIES = ["", "?page=%C2%B2", "?lang=zz&format=csv&table=x", "?" + "a=1&" * 200, "?q=%F0%9F%98%80"]


@pytest.mark.parametrize("prefix", ["", "/es"])
@pytest.mark.parametrize("path", PATHS)
def test_public_pages_odd_queries_and_methods(client, site, prefix, path):
    for query in QUERIES:
        assert client.get(prefix + path + query).status_code == 200
    assert client.delete(prefix + path).status_code == 405
    assert client.post(prefix + path).status_code in (200, 403, 405)
