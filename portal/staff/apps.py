from django.apps import AppConfig
from django.db.models.signals import post_migrate
from django.utils.translation import gettext_lazy as _


class StaffConfig(AppConfig):
    """Staff accounts and the audit trail: the ground floor every other app may build on.

    It imports none of the project's other apps (cms, reporting, dispatch_bridge)."""

    name = "portal.staff"
    label = "staff"
    verbose_name = _("Staff and audit")

    def ready(self):
        from . import permission_cache, receivers  # noqa: F401 - receivers: the sign-in audit

        permission_cache.connect()
        from .roles import on_post_migrate

        post_migrate.connect(on_post_migrate, sender=self, dispatch_uid="staff-roles")
