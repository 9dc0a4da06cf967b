from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting

# Words that suggest something is happening now or someone is hurt. Staff edit the live lists;
# these only seed a new site. Matching ignores case and accents.
DEFAULT_PHRASES_EN = "\n".join(
    [
        "bleeding",
        "can't breathe",
        "cannot breathe",
        "unconscious",
        "not breathing",
        "gun",
        "knife",
        "shooting",
        "shot",
        "stabbed",
        "on fire",
        "fire",
        "overdose",
        "he is still here",
        "she is still here",
        "they are still here",
        "still inside",
        "happening now",
        "right now",
        "kill",
        "hurt",
        "injured",
        "help me",
        "kidnap",
        "threatening me",
    ]
)
DEFAULT_PHRASES_ES = "\n".join(
    [
        "sangrando",
        "sangre",
        "no puede respirar",
        "no respira",
        "inconsciente",
        "pistola",
        "arma",
        "cuchillo",
        "disparo",
        "disparos",
        "apuñalado",
        "fuego",
        "incendio",
        "sobredosis",
        "sigue aquí",
        "todavía está aquí",
        "está pasando ahora",
        "ahora mismo",
        "matar",
        "herido",
        "herida",
        "ayúdenme",
        "secuestro",
        "me está amenazando",
    ]
)


@register_setting(icon="warning")
class ReportingSettings(BaseSiteSetting):
    """Online-report rules that staff may change without a release."""

    emergency_phrases_en = models.TextField(
        _("emergency phrases (English)"),
        default=DEFAULT_PHRASES_EN,
        blank=True,
        help_text=_("One word or phrase per line. A report mentioning one shows 'Call 9-1-1 now'."),
    )
    emergency_phrases_es = models.TextField(
        _("emergency phrases (Spanish)"),
        default=DEFAULT_PHRASES_ES,
        blank=True,
        help_text=_("One word or phrase per line. A report mentioning one shows 'Call 9-1-1 now'."),
    )
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
            [FieldPanel("emergency_phrases_en"), FieldPanel("emergency_phrases_es")],
            heading=_("Emergency language"),
        ),
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

    def outside_referral_for(self, language: str) -> str:
        return (language == "es" and self.outside_referral_es) or self.outside_referral
