from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class PlacesConfig(AppConfig):
    # A nested app with its own label: the agency's address points and streets, and the
    # geocoder that matches typed addresses to them. It imports nothing from intake.
    name = "reporting.places"
    label = "places"
    verbose_name = _("Addresses and streets")
