from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class Open311Config(AppConfig):
    # A nested app with its own label: the public GeoReport v2 API over intake's services.
    name = "reporting.open311"
    label = "open311"
    verbose_name = _("Open311 API")
