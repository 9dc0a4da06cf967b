"""Permissions kept in the cache between requests (portal.staff.permission_cache): fewer
queries, and an edit of groups or permissions still counts from the next request on."""

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group, Permission
from django.db import connection
from django.test.utils import CaptureQueriesContext

from tests.factories import StaffFactory

pytestmark = pytest.mark.django_db

WORK = "dispatch_bridge.work_queue"
SUPERVISE = "dispatch_bridge.supervise_queue"


def fresh(user):
    """The user as the next request loads it (no permissions remembered on the object)."""
    return get_user_model().objects.get(pk=user.pk)


def test_a_second_request_reads_no_permission_rows(dispatcher):
    assert fresh(dispatcher).has_perm(WORK)
    user = fresh(dispatcher)
    with CaptureQueriesContext(connection) as queries:
        assert user.has_perm(WORK)
        assert not user.has_perm(SUPERVISE)
    assert len(queries) == 0


def test_joining_and_leaving_a_group_counts_at_the_next_request(dispatcher):
    assert not fresh(dispatcher).has_perm(SUPERVISE)
    dispatcher.groups.add(Group.objects.get(name="supervisor"))
    assert fresh(dispatcher).has_perm(SUPERVISE)
    dispatcher.groups.remove(Group.objects.get(name="supervisor"))
    assert not fresh(dispatcher).has_perm(SUPERVISE)
    dispatcher.groups.clear()
    assert not fresh(dispatcher).has_perm(WORK)


def test_a_groups_permissions_and_a_users_own_count_at_the_next_request(dispatcher):
    assert fresh(dispatcher).has_perm(WORK)
    group = Group.objects.get(name="dispatcher")
    work = Permission.objects.get(codename="work_queue")
    group.permissions.remove(work)
    assert not fresh(dispatcher).has_perm(WORK)
    dispatcher.user_permissions.add(work)
    assert fresh(dispatcher).has_perm(WORK)
    # From the permission's side of the relation too.
    work.user_set.remove(dispatcher)
    assert not fresh(dispatcher).has_perm(WORK)


def test_a_deleted_group_takes_its_permissions_away(dispatcher):
    assert fresh(dispatcher).has_perm(WORK)
    Group.objects.get(name="dispatcher").delete()
    assert not fresh(dispatcher).has_perm(WORK)


def test_deactivated_or_made_superuser_counts_at_once(dispatcher):
    assert not fresh(dispatcher).has_perm(SUPERVISE)
    get_user_model().objects.filter(pk=dispatcher.pk).update(is_superuser=True)
    assert fresh(dispatcher).has_perm(SUPERVISE)
    get_user_model().objects.filter(pk=dispatcher.pk).update(is_active=False)
    assert not fresh(dispatcher).has_perm(WORK)


def test_a_new_account_with_an_old_accounts_id_starts_with_nothing(dispatcher):
    assert fresh(dispatcher).has_perm(WORK)
    pk = dispatcher.pk
    dispatcher.delete()
    stranger = StaffFactory(pk=pk, username="stranger")
    assert not fresh(stranger).has_perm(WORK)


def test_an_edit_seen_before_its_commit_is_not_kept(dispatcher, django_capture_on_commit_callbacks):
    """A request that reads the rows while the edit is still uncommitted must not leave the old
    set in the cache: the version changes again at commit."""
    from django.core.cache import cache

    from portal.staff import permission_cache

    assert fresh(dispatcher).has_perm(WORK)
    with django_capture_on_commit_callbacks(execute=False) as callbacks:
        dispatcher.groups.clear()
    # As another request would, between the edit and its commit: it read the old rows.
    stale_version = cache.get(permission_cache.VERSION_KEY)
    cache.set(permission_cache._entry_key(dispatcher), (stale_version, [WORK]), 300)
    for callback in callbacks:
        callback()
    assert not fresh(dispatcher).has_perm(WORK)


def test_removing_the_last_authenticator_counts_at_the_next_request(dispatcher):
    from allauth.mfa.models import Authenticator

    from portal.staff.middleware import has_mfa

    assert has_mfa(fresh(dispatcher))
    user = fresh(dispatcher)
    with CaptureQueriesContext(connection) as queries:
        assert has_mfa(user) and user.has_perm(WORK)
    assert len(queries) == 0
    Authenticator.objects.filter(user=dispatcher).delete()
    assert not has_mfa(fresh(dispatcher))
    Authenticator.objects.create(user=dispatcher, type=Authenticator.Type.TOTP, data={})
    assert has_mfa(fresh(dispatcher))
