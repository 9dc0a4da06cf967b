from django.apps import AppConfig
from django.utils.translation import pgettext_lazy


class KidsConfig(AppConfig):
    """9-1-1 for Kids: its own app so the education site and the kids section evolve apart."""

    name = "cms.kids"
    label = "kids"
    verbose_name = pgettext_lazy("kids", "9-1-1 for Kids")
