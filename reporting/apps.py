from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ReportingConfig(AppConfig):
    name = "reporting"
    verbose_name = _("Non-emergency reports")

    def ready(self):
        from . import receivers  # noqa: F401 - connects the signal receivers
