from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class DispatchBridgeConfig(AppConfig):
    name = "dispatch_bridge"
    verbose_name = _("Dispatch queue")

    def ready(self):
        from . import receivers  # noqa: F401 - connects the signal receivers
