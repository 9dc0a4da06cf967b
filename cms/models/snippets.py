"""Snippets residents read: FAQs, contact units and the alert banner.

Each is translatable (wagtail-localize) and goes through the same review workflow as pages
(draft -> review -> publish), so an editor cannot put words on the public site alone.
"""

from django.contrib.contenttypes.fields import GenericRelation
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from phonenumber_field.modelfields import PhoneNumberField
from wagtail.admin.panels import FieldPanel, FieldRowPanel
from wagtail.fields import RichTextField
from wagtail.models import (
    DraftStateMixin,
    LockableMixin,
    RevisionMixin,
    TranslatableMixin,
    WorkflowMixin,
)
from wagtail.search import index

SIMPLE_RICH = ["bold", "italic", "link", "ol", "ul"]


def _revisions(name: str) -> GenericRelation:
    return GenericRelation(
        "wagtailcore.Revision",
        content_type_field="base_content_type",
        object_id_field="object_id",
        related_query_name=name,
        for_concrete_model=False,
    )


def _workflow_states(name: str) -> GenericRelation:
    return GenericRelation(
        "wagtailcore.WorkflowState",
        content_type_field="base_content_type",
        object_id_field="object_id",
        related_query_name=name,
        for_concrete_model=False,
    )


class ReviewedSnippet(
    WorkflowMixin, DraftStateMixin, LockableMixin, RevisionMixin, TranslatableMixin, models.Model
):
    class Meta(TranslatableMixin.Meta):
        abstract = True


class FAQCategory(TranslatableMixin, models.Model):
    name = models.CharField(_("name"), max_length=80)
    sort_order = models.PositiveSmallIntegerField(_("order"), default=0)

    panels = [FieldPanel("name"), FieldPanel("sort_order")]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("FAQ category")
        verbose_name_plural = _("FAQ categories")
        ordering = ["sort_order", "name"]

    def __str__(self):
        return self.name


class FAQ(index.Indexed, ReviewedSnippet):
    category = models.ForeignKey(
        FAQCategory, verbose_name=_("category"), on_delete=models.PROTECT, related_name="faqs"
    )
    question = models.CharField(
        _("question"), max_length=200, help_text=_("Ask it the way a resident would.")
    )
    answer = RichTextField(
        _("answer"), features=SIMPLE_RICH, help_text=_("Answer first, then explain. Keep it short.")
    )
    sort_order = models.PositiveSmallIntegerField(_("order"), default=0)

    revisions = _revisions("faq")
    workflow_states = _workflow_states("faq")

    panels = [
        FieldPanel("category"),
        FieldPanel("question"),
        FieldPanel("answer"),
        FieldPanel("sort_order"),
    ]
    search_fields = [
        index.SearchField("question", boost=2),
        index.SearchField("answer"),
        index.AutocompleteField("question"),
        index.FilterField("locale"),
        index.FilterField("live"),
    ]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("FAQ")
        verbose_name_plural = _("FAQs")
        ordering = ["sort_order", "pk"]

    def __str__(self):
        return self.question


class ContactUnit(ReviewedSnippet):
    name = models.CharField(_("name"), max_length=120)
    phone = PhoneNumberField(_("phone"), blank=True)
    email = models.EmailField(_("email"), blank=True)
    hours = models.CharField(
        _("hours"),
        max_length=200,
        blank=True,
        help_text=_("E.g. 'Monday to Friday, 8 am to 5 pm'."),
    )
    handles = RichTextField(
        _("what this unit handles"), features=SIMPLE_RICH, help_text=_("A short list is best.")
    )
    sort_order = models.PositiveSmallIntegerField(_("order"), default=0)

    revisions = _revisions("contact_unit")
    workflow_states = _workflow_states("contact_unit")

    panels = [
        FieldPanel("name"),
        FieldRowPanel([FieldPanel("phone"), FieldPanel("email")]),
        FieldPanel("hours"),
        FieldPanel("handles"),
        FieldPanel("sort_order"),
    ]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("contact unit")
        verbose_name_plural = _("contact units")
        ordering = ["sort_order", "name"]

    def __str__(self):
        return self.name


class AlertBannerQuerySet(models.QuerySet):
    def active(self, *, at=None):
        at = at or timezone.now()
        return self.filter(live=True, starts_at__lte=at).filter(
            models.Q(ends_at__isnull=True) | models.Q(ends_at__gt=at)
        )


class AlertBanner(ReviewedSnippet):
    class Severity(models.TextChoices):
        INFO = "info", _("Information")
        WARNING = "warning", _("Warning")
        DANGER = "danger", _("Urgent")

    severity = models.CharField(
        _("severity"), max_length=10, choices=Severity.choices, default=Severity.INFO
    )
    title = models.CharField(_("title"), max_length=120)
    message = models.TextField(_("message"), max_length=400)
    link_url = models.URLField(_("link for more information"), blank=True)
    starts_at = models.DateTimeField(_("shows from"), default=timezone.now)
    ends_at = models.DateTimeField(
        _("shows until"), null=True, blank=True, help_text=_("Leave empty to show until removed.")
    )
    for_everyone = models.BooleanField(
        _("for everyone, children too"),
        default=False,
        help_text=_(
            "Also show it on the 9-1-1 for Kids pages (a school lockdown, a storm). Leave it "
            "unchecked for warnings meant for adults, such as scam calls."
        ),
    )

    revisions = _revisions("alert_banner")
    workflow_states = _workflow_states("alert_banner")

    objects = AlertBannerQuerySet.as_manager()

    panels = [
        FieldPanel("severity"),
        FieldPanel("title"),
        FieldPanel("message"),
        FieldPanel("link_url"),
        FieldRowPanel([FieldPanel("starts_at"), FieldPanel("ends_at")]),
        FieldPanel("for_everyone"),
    ]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("alert banner")
        verbose_name_plural = _("alert banners")
        ordering = ["-starts_at"]

    def __str__(self):
        return self.title
