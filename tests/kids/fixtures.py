"""Fixtures for the 9-1-1 for Kids tests: the demo section on the test site."""

import pytest

from cms.kids.demo import load_kids_demo
from cms.kids.models import KidsActivityPage, KidsHomePage


@pytest.fixture
def kids_home(site):
    return load_kids_demo(home=site.root_page.specific)


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
