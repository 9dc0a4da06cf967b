"""Staff accounts, roles and the audit trail (portal.staff)."""

import pytest
from django.core.cache import cache

from tests.support.staff import (  # noqa: F401 - fixtures for the tests here
    admin_user,
    approver,
    dispatcher,
    editor,
    supervisor,
)


@pytest.fixture(autouse=True)
def _fresh_cache():
    # Rate-limit counters (login lockout) live in the Redis cache, shared across tests.
    cache.clear()
    yield
    cache.clear()
