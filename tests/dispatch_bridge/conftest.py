"""Named staff users, one per role, each enrolled in TOTP so staff areas open for them."""

import pytest
from allauth.mfa.totp.internal.auth import TOTP
from django.contrib.auth.models import Group
from django.core.cache import cache

from dispatch_bridge.roles import roles_ensure
from tests.factories import StaffFactory, report_submit_for_test
from tests.support.cad import CadEndpoint
from tests.support.staff import DEMO_SECRET, login_with_mfa  # noqa: F401 - for the tests here


def make_staff(username, *groups, mfa=True, **fields):
    # Transactional tests flush the tables, taking the roles migration's groups with them.
    from django.apps import apps
    from django.contrib.auth.management import create_permissions
    from django.contrib.auth.models import Permission

    if not Group.objects.filter(name="dispatcher").exists():
        for app_config in apps.get_app_configs():
            create_permissions(app_config, verbosity=0)
        roles_ensure(Group, Permission)
    user = StaffFactory(username=username, **fields)
    user.groups.set([Group.objects.get(name=g) for g in groups])
    if mfa:
        TOTP.activate(user, DEMO_SECRET)
    return user


@pytest.fixture(autouse=True)
def _fresh_cache():
    # Rate-limit counters (login lockout) live in the Redis cache, shared across tests.
    cache.clear()
    yield
    cache.clear()


@pytest.fixture
def dispatcher(db):
    return make_staff("dispatcher", "dispatcher")


@pytest.fixture
def dispatcher2(db):
    return make_staff("dispatcher2", "dispatcher")


@pytest.fixture
def supervisor(db):
    return make_staff("supervisor", "supervisor")


@pytest.fixture
def editor(db):
    return make_staff("editor", "Community relations editor")


@pytest.fixture
def approver(db):
    return make_staff("approver", "Approver")


@pytest.fixture
def admin_user(db):
    return make_staff("admin", "admin")


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
