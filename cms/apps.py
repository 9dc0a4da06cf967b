from django.apps import AppConfig
from django.db.models.signals import post_migrate
from django.utils.translation import gettext_lazy as _


class CmsConfig(AppConfig):
    name = "cms"
    verbose_name = _("Public site")

    def ready(self):
        from cms import locales, signals
        from cms.editorial import on_post_migrate

        signals.connect()
        locales.install()
        post_migrate.connect(on_post_migrate, sender=self, dispatch_uid="cms-editorial-setup")
