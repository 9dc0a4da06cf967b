from django.db import models
from django.utils.translation import gettext_lazy as _
from phonenumber_field.modelfields import PhoneNumberField
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting
from wagtail.fields import RichTextField
from wagtail.models import Page


@register_setting(icon="site")
class AgencySettings(BaseSiteSetting):
    """The department's facts. Templates read them from here; no number is typed in a template."""

    agency_name = models.CharField(_("agency name"), max_length=120, default="Police Department")
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
        help_text=_("Only tick this if 9-1-1 centres serving the whole area accept texts."),
    )
    language_line_number = PhoneNumberField(_("language line number"), blank=True)
    address = models.TextField(_("address"), blank=True)

    panels = [
        FieldPanel("agency_name"),
        MultiFieldPanel(
            [
                FieldPanel("emergency_number"),
                FieldPanel("non_emergency_number"),
                FieldPanel("tty_number"),
                FieldPanel("text_to_911_available"),
                FieldPanel("language_line_number"),
            ],
            heading=_("Numbers"),
        ),
        FieldPanel("address"),
    ]

    class Meta:
        verbose_name = _("agency settings")


class HomePage(Page):
    intro = RichTextField(_("introduction"), blank=True, features=["bold", "italic", "link"])

    content_panels = [*Page.content_panels, FieldPanel("intro")]

    parent_page_types = ["wagtailcore.Page"]
    subpage_types: list[str] = ["kids.KidsHomePage"]
    template = "pages/home_page.html"
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("home page")
