import pytest
from django.core.cache import cache

from tests.factories import CategoryFactory


@pytest.fixture(autouse=True)
def _fresh_rate_limits():
    # Rate-limit counters live in the real Redis cache; each test starts from zero.
    cache.clear()
    yield
    cache.clear()


@pytest.fixture
def vandalism(db, locales):
    return CategoryFactory(name="Vandalism", slug="vandalism", apco_code="VANDAL")


@pytest.fixture
def media_root(settings, tmp_path):
    """Where this test's report and draft photos go (the private root, apart from MEDIA_ROOT)."""
    settings.MEDIA_ROOT = tmp_path / "media"
    settings.REPORTS_STORAGE_ROOT = tmp_path / "private"
    return settings.REPORTS_STORAGE_ROOT
