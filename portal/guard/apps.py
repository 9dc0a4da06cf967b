from django.apps import AppConfig


class GuardConfig(AppConfig):
    name = "portal.guard"
    label = "portal_guard"
    verbose_name = "Request and start-up guards"

    def ready(self) -> None:
        from . import checks  # noqa: F401 - registers the system checks
