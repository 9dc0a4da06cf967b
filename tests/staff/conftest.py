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
from tests.totp import totp_clock_pin


@pytest.fixture(autouse=True)
def _totp_clock_pinned(monkeypatch):
    # Sign-ins type the code for allauth's clock; pinned, a 30-second step can't end between.
    totp_clock_pin(monkeypatch)


@pytest.fixture(autouse=True)
def _fresh_cache():
    # Rate-limit counters (login lockout) live in the Redis cache, shared across tests.
    cache.clear()
    yield
    cache.clear()
