from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.models import ClusterableModel
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel
from wagtail.models import TranslatableMixin


class Priority(models.IntegerChoices):
    """Queue priority. Lower sorts first, as on a CAD pending list."""

    URGENT = 1, _("Urgent")
    HIGH = 2, _("High")
    NORMAL = 3, _("Normal")
    LOW = 4, _("Low")


class Category(TranslatableMixin, ClusterableModel):
    """What a resident can report online. Staff edit these; each maps to an APCO incident type.

    Each language has its own row sharing a translation_key (wagtail-localize); a report points
    at the row in the language the reporter used.
    """

    name = models.CharField(_("name"), max_length=100)
    slug = models.SlugField(_("slug"), max_length=60)
    description = models.TextField(_("description"), blank=True)
    example = models.TextField(_("example"), blank=True)
    eligibility_notes = models.TextField(
        _("eligibility notes"),
        blank=True,
        help_text=_("When this category may NOT be reported online, in plain words."),
    )
    apco_code = models.CharField(
        _("APCO common incident type"),
        max_length=16,
        help_text=_("A code from the APCO common incident type registry, e.g. VANDAL."),
    )
    default_priority = models.PositiveSmallIntegerField(
        _("default priority"), choices=Priority.choices, default=Priority.NORMAL
    )
    sensitive = models.BooleanField(
        _("sensitive"),
        default=False,
        help_text=_("No automatic texts: only messages a dispatcher sends by hand."),
    )
    active = models.BooleanField(_("active"), default=True)
    sort_order = models.PositiveSmallIntegerField(_("order"), default=100)

    panels = [
        FieldPanel("name"),
        FieldPanel("slug"),
        FieldPanel("description"),
        FieldPanel("example"),
        FieldPanel("eligibility_notes"),
        MultiFieldPanel(
            [
                FieldPanel("apco_code"),
                FieldPanel("default_priority"),
                FieldPanel("sensitive"),
                FieldPanel("active"),
                FieldPanel("sort_order"),
            ],
            heading=_("Handling"),
        ),
        InlinePanel("questions", heading=_("Questions"), label=_("Question")),
    ]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("report category")
        verbose_name_plural = _("report categories")
        ordering = ["sort_order", "name"]
        constraints = [
            models.UniqueConstraint(fields=["slug", "locale"], name="category_slug_per_locale"),
        ]

    def __str__(self):
        return self.name

    def as_open311(self) -> dict:
        """This category as an Open311 GeoReport v2 service definition."""
        return {
            "service_code": self.slug,
            "attributes": [
                question.as_open311(order=index)
                for index, question in enumerate(self.questions.all(), start=1)
            ],
        }
