from django.apps import AppConfig
from django.utils.module_loading import autodiscover_modules
from django.utils.translation import gettext_lazy as _


class OutboxConfig(AppConfig):
    name = "portal.outbox"
    label = "outbox"
    verbose_name = _("Outbox")

    def ready(self) -> None:
        # Each app's outbox_kinds module registers its kinds; the outbox never imports them by
        # name, so it stays below every feature app.
        autodiscover_modules("outbox_kinds")
        # Registers outbox.deliver with Celery in every process, so publish.py can find it by
        # name without importing the module that imports it back.
        from . import tasks  # noqa: F401
