"""A minimal Wagtail site, as the demo would have it, for any test that renders pages.

About 600 tests ask for it: each gets it replayed from rows remembered once per session
(`RowPatch`, tests/support/snapshots.py), or made for real when the test's database is not as
the replay expects.
"""

import pytest

from tests.support.site import HOME_PAGE, NON_EMERGENCY, SITE, locales_ensure

__all__ = ["NON_EMERGENCY", "home_page", "locales", "site"]


@pytest.fixture
def locales(db):
    return locales_ensure()


@pytest.fixture
def home_page(db):
    return HOME_PAGE.apply()


@pytest.fixture
def site(home_page):
    return SITE.apply(home_page)
