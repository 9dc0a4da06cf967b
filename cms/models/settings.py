from django.core.cache import cache
from django.db import models
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _
from phonenumber_field.modelfields import PhoneNumberField
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting


@register_setting(icon="site")
class AgencySettings(BaseSiteSetting):
    """The department's facts. Templates read them from here; no number is typed in a template.

    Wording that residents read (the text-to-9-1-1 sentence, the fire/medical transfer note) is
    kept per language here rather than in a translatable snippet, so that every agency fact stays
    in one place; see docs/decisions/0001-agency-wording-per-language.md.
    """

    agency_name = models.CharField(_("agency name"), max_length=120, default="Police Department")
    agency_name_es = models.CharField(
        _("agency name (Spanish)"),
        max_length=120,
        blank=True,
        help_text=_("Leave empty to use the English name on Spanish pages."),
    )
    emergency_number = models.CharField(
        _("emergency number"),
        max_length=8,
        default="911",
        help_text=_("Digits only, as dialled, e.g. 911."),
    )
    non_emergency_number = PhoneNumberField(
        _("non-emergency number"),
        blank=True,
        help_text=_("The 24-hour non-emergency line, e.g. +1 555 555 0100."),
    )
    tty_number = PhoneNumberField(
        _("TTY number"), blank=True, help_text=_("Leave empty if the agency has no TTY line.")
    )
    text_to_911_available = models.BooleanField(
        _("text-to-9-1-1 available"),
        default=False,
        help_text=_("Only check this if 9-1-1 centers serving the whole area accept texts."),
    )
    text_to_911_wording = models.TextField(
        _("text-to-9-1-1 wording (English)"),
        blank=True,
        default="Call if you can, text if you can't.",
        help_text=_("One or two short sentences. Shown only when text-to-9-1-1 is available."),
    )
    text_to_911_wording_es = models.TextField(
        _("text-to-9-1-1 wording (Spanish)"),
        blank=True,
        default="Llame si puede, envíe un texto si no puede.",
    )
    language_line_number = PhoneNumberField(_("language line number"), blank=True)
    fire_medical_transfer_note = models.TextField(
        _("fire and medical transfer note (English)"),
        blank=True,
        help_text=_("What happens to a fire or medical call, e.g. who the call is passed to."),
    )
    fire_medical_transfer_note_es = models.TextField(
        _("fire and medical transfer note (Spanish)"), blank=True
    )
    address = models.TextField(_("address"), blank=True)

    panels = [
        MultiFieldPanel(
            [FieldPanel("agency_name"), FieldPanel("agency_name_es")], heading=_("Name")
        ),
        MultiFieldPanel(
            [
                FieldPanel("emergency_number"),
                FieldPanel("non_emergency_number"),
                FieldPanel("tty_number"),
                FieldPanel("language_line_number"),
            ],
            heading=_("Numbers"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("text_to_911_available"),
                FieldPanel("text_to_911_wording"),
                FieldPanel("text_to_911_wording_es"),
            ],
            heading=_("Text to 9-1-1"),
        ),
        MultiFieldPanel(
            [FieldPanel("fire_medical_transfer_note"), FieldPanel("fire_medical_transfer_note_es")],
            heading=_("Fire and medical calls"),
        ),
        FieldPanel("address"),
    ]

    class Meta:
        verbose_name = _("agency settings")

    @classmethod
    def for_site(cls, site):
        """Every public page shows these facts; keep them out of the per-page query budget.

        The cached copies are dropped whenever settings are saved (cms/signals.py).
        """
        from cms import page_cache

        if site is None or not page_cache.enabled():
            return super().for_site(site)

        def shared_copy():
            key = page_cache.agency_settings_key(site.pk)
            instance = cache.get(key)
            if instance is None:
                instance = super(AgencySettings, cls).for_site(site)
                cache.set(key, instance, timeout=3600)
            return instance

        # This process's copy until the next purge (a save purges); Redis's for the others.
        return page_cache.memoized(("agency-settings", site.pk), shared_copy)

    def _localized(self, field: str) -> str:
        if (get_language() or "en").split("-")[0] == "es":
            return getattr(self, f"{field}_es") or getattr(self, field)
        return getattr(self, field)

    @property
    def name(self) -> str:
        return self._localized("agency_name")

    @property
    def text_to_911_text(self) -> str:
        return self._localized("text_to_911_wording") if self.text_to_911_available else ""

    @property
    def fire_medical_text(self) -> str:
        return self._localized("fire_medical_transfer_note")
