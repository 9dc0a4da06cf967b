from django.apps import AppConfig
from django.db.models.signals import post_migrate
from django.utils.translation import gettext_lazy as _


class AlertsConfig(AppConfig):
    # A nested app with its own label: community alerts (CAP 1.2), their subscribers and the
    # fan-out to them. It builds on messaging (texts, email, the opt-out registry) and places.
    name = "reporting.alerts"
    label = "alerts"
    verbose_name = _("Community alerts")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self) -> None:
        from . import receivers

        post_migrate.connect(receivers.on_post_migrate, sender=self, dispatch_uid="alerts-setup")
        receivers.connect()
