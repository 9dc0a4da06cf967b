import pytest
from django.core.cache import cache


@pytest.fixture
def page_cache_on(settings):
    """Production's caching (off by default in tests), starting from an empty cache."""
    settings.CMS_PAGE_CACHE_SECONDS = 300
    cache.clear()
    yield
    cache.clear()
