"""A person's permissions kept in the cache between requests.

Django's ModelBackend reads a user's permissions with two joined queries on every request that
asks has_perm (every console request asks at least once). They change only when an admin edits
a user's groups or permissions, or a group's permissions, so they are kept in the cache (Redis)
under one shared version that every such edit replaces: the next request after an edit reads
them afresh. The version is replaced again once the edit commits, so a request that read the old
rows in between cannot keep them. An entry is also tied to the user row (primary key, join time,
superuser flag) and lives PERMISSION_CACHE_SECONDS at most, a bound for edits made outside the
ORM (raw SQL). `is_active` is checked on the user row each request, as ModelBackend does.
"""

import uuid

from django.conf import settings
from django.contrib.auth.backends import ModelBackend
from django.core.cache import cache
from django.db import transaction

VERSION_KEY = "staff:perms:version"
# The m2m tables whose rows decide permissions (by label: data migrations use their own copies
# of the models, which send the signal with a different `sender`).
PERMISSION_TABLES = {"auth.user_groups", "auth.user_user_permissions", "auth.group_permissions"}


def _entry_key(user) -> str:
    joined = user.date_joined.timestamp() if getattr(user, "date_joined", None) else ""
    return f"staff:perms:{user.pk}:{joined}:{int(user.is_superuser)}"


def permissions_changed() -> None:
    """Forget every cached permission set, now and again when the current transaction commits."""

    def bump():
        cache.set(VERSION_KEY, uuid.uuid4().hex, None)

    bump()
    transaction.on_commit(bump)


class CachedPermissionsBackend(ModelBackend):
    """ModelBackend's permission checks, with get_all_permissions (what has_perm reads) kept
    in the cache. Listed first; it authenticates nobody (ModelBackend after it does)."""

    def authenticate(self, request, username=None, password=None, **kwargs):
        return None

    def get_all_permissions(self, user_obj, obj=None):
        if not user_obj.is_active or user_obj.is_anonymous or obj is not None:
            return set()
        if hasattr(user_obj, "_perm_cache"):
            return user_obj._perm_cache
        key = _entry_key(user_obj)
        found = cache.get_many([VERSION_KEY, key])
        version, entry = found.get(VERSION_KEY), found.get(key)
        if version is not None and entry is not None and entry[0] == version:
            user_obj._perm_cache = set(entry[1])
            return user_obj._perm_cache
        if version is None:
            cache.add(VERSION_KEY, uuid.uuid4().hex, None)
            version = cache.get(VERSION_KEY)
        perms = super().get_all_permissions(user_obj)
        if version is not None:
            cache.set(key, (version, sorted(perms)), settings.PERMISSION_CACHE_SECONDS)
        return perms


def _on_m2m_changed(sender, action, **kwargs):
    if action in ("post_add", "post_remove", "post_clear") and (
        sender._meta.label_lower in PERMISSION_TABLES
    ):
        permissions_changed()


def _on_row_changed(sender, **kwargs):
    permissions_changed()


def connect() -> None:
    """Called from the staff app's ready(): any change that can alter a permission set."""
    from django.contrib.auth.models import Group, Permission
    from django.db.models.signals import m2m_changed, post_delete, post_migrate, post_save

    m2m_changed.connect(_on_m2m_changed, dispatch_uid="staff.perms.m2m")
    for model in (Group, Permission):
        post_save.connect(_on_row_changed, sender=model, dispatch_uid=f"staff.perms.save.{model}")
        post_delete.connect(_on_row_changed, sender=model, dispatch_uid=f"staff.perms.del.{model}")
    # Migrations add permissions in bulk (no post_save): a superuser's set grows with them.
    post_migrate.connect(_on_row_changed, dispatch_uid="staff.perms.migrate")
