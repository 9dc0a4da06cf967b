"""A person's permissions, and whether they have a second factor, kept in the cache between
requests.

Django's ModelBackend reads a user's permissions with two joined queries on every request that
asks has_perm (every console request asks at least once), and the staff gate asks whether the
user has an authenticator (a third). These change only when an admin edits a user's groups or
permissions or a group's permissions, or someone adds or removes an authenticator, so they are
kept in the cache (Redis) under one shared version that every such change replaces: the next
request after it reads them afresh. The version is replaced again once the change commits, so
a request that read the old rows in between cannot keep them. An entry is also tied to the user
row (primary key, join time, superuser flag) and lives PERMISSION_CACHE_SECONDS at most, a bound
for changes made outside the ORM (raw SQL). `is_active` is checked on the user row each
request, as ModelBackend does.
"""

import uuid

from allauth.mfa.models import Authenticator
from django.conf import settings
from django.contrib.auth.backends import ModelBackend
from django.contrib.auth.models import Group, Permission
from django.core.cache import cache
from django.db import transaction
from django.db.models.signals import m2m_changed, post_delete, post_migrate, post_save

VERSION_KEY = "staff:perms:version"
# Second factors that count; recovery codes alone are a fallback, not an enrolment.
MFA_TYPES = ("totp", "webauthn")
# The m2m tables whose rows decide permissions (by label: data migrations use their own copies
# of the models, which send the signal with a different `sender`).
PERMISSION_TABLES = {"auth.user_groups", "auth.user_user_permissions", "auth.group_permissions"}


def _entry_key(user) -> str:
    joined = user.date_joined.timestamp() if getattr(user, "date_joined", None) else ""
    return f"staff:access:{user.pk}:{joined}:{int(user.is_superuser)}"


def permissions_changed() -> None:
    """Forget every cached permission set, now and again when the current transaction commits."""

    def bump():
        cache.set(VERSION_KEY, uuid.uuid4().hex, None)

    bump()
    transaction.on_commit(bump)


def _mfa_enrolled(user) -> bool:
    return Authenticator.objects.filter(user=user, type__in=MFA_TYPES).exists()


def _load(user) -> None:
    """Put the user's permissions and whether they have a second factor on the user object,
    from the cache (one round trip) or, on a miss, from the database into the cache."""
    key = _entry_key(user)
    found = cache.get_many([VERSION_KEY, key])
    version, entry = found.get(VERSION_KEY), found.get(key)
    if version is not None and entry is not None and entry[0] == version:
        user._perm_cache, user._staff_has_mfa = set(entry[1]), entry[2]
        return
    if version is None:
        cache.add(VERSION_KEY, uuid.uuid4().hex, None)
        version = cache.get(VERSION_KEY)
    # ModelBackend's own reading (it sets _perm_cache); the cached set is that of an active user.
    perms = ModelBackend.get_all_permissions(ModelBackend(), user) if user.is_active else set()
    user._perm_cache, user._staff_has_mfa = set(perms), _mfa_enrolled(user)
    if version is not None and user.is_active:
        entry = (version, sorted(perms), user._staff_has_mfa)
        cache.set(key, entry, settings.PERMISSION_CACHE_SECONDS)


def has_mfa(user) -> bool:
    """Whether the user has a second factor (TOTP or a security key), kept with the
    permissions: adding or removing an authenticator replaces the version too."""
    if not hasattr(user, "_staff_has_mfa"):
        _load(user)
    return user._staff_has_mfa


class CachedPermissionsBackend(ModelBackend):
    """ModelBackend's permission checks, with get_all_permissions (what has_perm reads) kept
    in the cache. Listed first; it authenticates nobody (ModelBackend after it does)."""

    def authenticate(self, request, username=None, password=None, **kwargs):
        return None

    def get_all_permissions(self, user_obj, obj=None):
        if not user_obj.is_active or user_obj.is_anonymous or obj is not None:
            return set()
        if not hasattr(user_obj, "_perm_cache"):
            _load(user_obj)
        return user_obj._perm_cache


def _on_m2m_changed(sender, action, **kwargs):
    if action in ("post_add", "post_remove", "post_clear") and (
        sender._meta.label_lower in PERMISSION_TABLES
    ):
        permissions_changed()


def _on_row_changed(sender, **kwargs):
    permissions_changed()


def connect() -> None:
    """Called from the staff app's ready(): any change that can alter a permission set."""
    m2m_changed.connect(_on_m2m_changed, dispatch_uid="staff.perms.m2m")

    for model in (Group, Permission, Authenticator):
        post_save.connect(_on_row_changed, sender=model, dispatch_uid=f"staff.perms.save.{model}")
        post_delete.connect(_on_row_changed, sender=model, dispatch_uid=f"staff.perms.del.{model}")
    # Migrations add permissions in bulk (no post_save): a superuser's set grows with them.
    post_migrate.connect(_on_row_changed, dispatch_uid="staff.perms.migrate")
