from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting


@register_setting(icon="warning")
class ReportingSettings(BaseSiteSetting):
    """Online-report rules that staff may change without a release."""

    boundary_geojson = models.TextField(
        _("agency boundary (GeoJSON)"),
        blank=True,
        help_text=_(
            "A GeoJSON Polygon or MultiPolygon (longitude, latitude). Leave empty to accept "
            "any location."
        ),
    )
    outside_referral = models.TextField(
        _("whom to contact outside the boundary"),
        blank=True,
        help_text=_("Shown when a pin is outside the boundary, e.g. the county sheriff's number."),
    )
    outside_referral_es = models.TextField(
        _("whom to contact outside the boundary (Spanish)"),
        blank=True,
        help_text=_("The same, in Spanish. Leave empty to show the English text."),
    )
    review_days = models.PositiveSmallIntegerField(
        _("days to review a report"),
        default=3,
        help_text=_("Promised on the confirmation page: we review reports within this many days."),
    )

    panels = [
        MultiFieldPanel(
            [
                FieldPanel("boundary_geojson"),
                FieldPanel("outside_referral"),
                FieldPanel("outside_referral_es"),
            ],
            heading=_("Jurisdiction"),
        ),
        FieldPanel("review_days"),
    ]

    class Meta:
        verbose_name = _("online report settings")

    @classmethod
    def for_site(cls, site):
        """Read by several wizard steps and the receipt: this process's copy until the next purge
        (saving these settings purges, reporting/receivers.py)."""
        from cms import page_cache

        if site is None or not page_cache.enabled():
            return super().for_site(site)
        return page_cache.memoized(
            ("reporting-settings", site.pk), lambda: super(ReportingSettings, cls).for_site(site)
        )

    def outside_referral_for(self, language: str) -> str:
        return (language == "es" and self.outside_referral_es) or self.outside_referral
