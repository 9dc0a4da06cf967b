from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class KidsConfig(AppConfig):
    """9-1-1 for Kids: its own app so the education site and the kids section evolve apart."""

    name = "cms.kids"
    label = "kids"
    verbose_name = _("9-1-1 for Kids")
