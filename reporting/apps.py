from django.apps import AppConfig
from django.db.models.signals import post_migrate
from django.utils.translation import gettext_lazy as _


class ReportingConfig(AppConfig):
    name = "reporting"
    verbose_name = _("Non-emergency reports")

    def ready(self):
        from . import receivers  # noqa: F401 - connects the signal receivers

        post_migrate.connect(_refresh_triage_lists, sender=self, dispatch_uid="triage-lists")


def _refresh_triage_lists(sender, **kwargs):
    # After every migrate (and every test flush): lists a release adds are created and lists
    # nobody edited get the shipped defaults; an editor's copy is never touched.
    from django.db import connections

    from .models import TriageList
    from .triage.lists import lists_changed
    from .triage.shipped import refresh_untouched_lists

    using = kwargs.get("using", "default")
    if TriageList._meta.db_table not in connections[using].introspection.table_names():
        return  # migrated back to before the lists existed
    if refresh_untouched_lists(TriageList):
        lists_changed()
