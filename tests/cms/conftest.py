import pytest
from django.core.cache import cache

from tests.support.demo import load_demo_site


@pytest.fixture
def demo(db):
    """The demo site exactly as `make demo` builds it."""
    return load_demo_site()


@pytest.fixture
def page_cache_on(settings):
    """Production's caching (off by default in tests), starting from an empty cache."""
    settings.CMS_PAGE_CACHE_SECONDS = 300
    cache.clear()
    yield
    cache.clear()
