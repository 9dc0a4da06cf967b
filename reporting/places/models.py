"""The agency's own address points, street centrelines and their crossings.

Loaded as a whole from the agency's GeoJSON or CSV (`manage.py places_load`, or the upload in
the Wagtail admin); a load replaces what was there, so the tables always hold one data set.
"""

from django.db import models
from django.utils.translation import gettext_lazy as _


class AddressPoint(models.Model):
    address_id = models.CharField(
        _("address id"), max_length=100, blank=True, help_text=_("The agency's own address id.")
    )
    number = models.CharField(_("number"), max_length=20)
    street = models.CharField(_("street"), max_length=200)
    # The matcher's normalised street ("oak ave"), computed on load.
    street_key = models.CharField(max_length=200, db_index=True)
    unit = models.CharField(_("unit"), max_length=50, blank=True)
    city = models.CharField(_("city"), max_length=100, blank=True)
    zipcode = models.CharField(_("ZIP code"), max_length=10, blank=True)
    latitude = models.DecimalField(max_digits=9, decimal_places=6)
    longitude = models.DecimalField(max_digits=9, decimal_places=6)

    class Meta:
        verbose_name = _("address point")
        verbose_name_plural = _("address points")
        indexes = [models.Index(fields=["street_key", "number"])]

    def __str__(self):
        return self.label

    @property
    def label(self) -> str:
        unit = f" {self.unit}" if self.unit else ""
        city = f", {self.city}" if self.city else ""
        return f"{self.number} {self.street}{unit}{city}"


class StreetSegment(models.Model):
    """A street centreline (GeoJSON LineString or MultiLineString, longitude first)."""

    name = models.CharField(_("name"), max_length=200)
    street_key = models.CharField(max_length=200, db_index=True)
    city = models.CharField(_("city"), max_length=100, blank=True)
    geometry = models.JSONField(_("geometry"))

    class Meta:
        verbose_name = _("street")
        verbose_name_plural = _("streets")

    def __str__(self):
        return self.name


class Intersection(models.Model):
    """Where two streets cross, computed from the centrelines on load ("Oak & 3rd")."""

    street_a = models.CharField(max_length=200)
    street_b = models.CharField(max_length=200)
    key_a = models.CharField(max_length=200, db_index=True)
    key_b = models.CharField(max_length=200, db_index=True)
    city = models.CharField(max_length=100, blank=True)
    latitude = models.DecimalField(max_digits=9, decimal_places=6)
    longitude = models.DecimalField(max_digits=9, decimal_places=6)

    class Meta:
        verbose_name = _("intersection")
        verbose_name_plural = _("intersections")

    def __str__(self):
        return self.label

    @property
    def label(self) -> str:
        city = f", {self.city}" if self.city else ""
        return f"{self.street_a} & {self.street_b}{city}"
