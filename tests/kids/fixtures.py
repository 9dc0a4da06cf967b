"""Fixtures for the 9-1-1 for Kids tests: the demo section on the test site.

The section is built once per session (`kids_snapshot` in tests/conftest.py) and restored for
each test.
`site` is redefined here so that a test asking for both gets the site the section sits on.
"""

import pytest
from wagtail.models import Site

from cms.kids.models import KidsActivityPage, KidsHomePage


@pytest.fixture
def kids_home(db, kids_snapshot):
    """The test site (as the `site` fixture makes it) with the demo kids section under its home."""
    kids_snapshot.restore()
    return KidsHomePage.objects.get(locale__language_code="en")


@pytest.fixture
def site(kids_home):
    return Site.objects.get(is_default_site=True)


@pytest.fixture
def kids_pages(kids_home):
    """Every kids page, English then Spanish, as (language, page)."""
    pages = []
    for code in ("en", "es"):
        pages.extend(
            (code, page)
            for page in [
                *KidsHomePage.objects.filter(locale__language_code=code),
                *KidsActivityPage.objects.filter(locale__language_code=code).order_by("path"),
            ]
        )
    return pages
