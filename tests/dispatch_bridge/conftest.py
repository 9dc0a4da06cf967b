"""The queue's fixtures; the named staff users come from tests.support.staff."""

import pytest
from django.core.cache import cache

from tests.factories import report_submit_for_test
from tests.support.cad import CadEndpoint
from tests.support.staff import (  # noqa: F401 - fixtures and helpers for the tests here
    DEMO_SECRET,
    admin_user,
    approver,
    dispatcher,
    dispatcher2,
    editor,
    login_with_mfa,
    make_staff,
    supervisor,
)


@pytest.fixture(autouse=True)
def _fresh_cache():
    # Rate-limit counters (login lockout) live in the Redis cache, shared across tests.
    cache.clear()
    yield
    cache.clear()


@pytest.fixture
def report(db):
    return report_submit_for_test(email="alex@example.org")


@pytest.fixture
def item(report):
    return report.queue_item


@pytest.fixture
def cad():
    """A real HTTP endpoint on loopback that records what it receives."""
    with CadEndpoint() as endpoint:
        yield endpoint.url, endpoint.received, endpoint.status
