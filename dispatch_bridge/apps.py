from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class DispatchBridgeConfig(AppConfig):
    name = "dispatch_bridge"
    verbose_name = _("Dispatch queue")
