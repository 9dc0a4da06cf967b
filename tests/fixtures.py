"""A minimal Wagtail site, as the demo would have it, for any test that renders pages."""

import pytest

from tests.support.site import NON_EMERGENCY, home_page_make, locales_ensure, site_make

__all__ = ["NON_EMERGENCY", "home_page", "locales", "site"]


@pytest.fixture
def locales(db):
    return locales_ensure()


@pytest.fixture
def home_page(locales):
    return home_page_make()


@pytest.fixture
def site(home_page):
    return site_make(home_page)
