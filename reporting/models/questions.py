from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail.models import Orderable

from .categories import Category


class QuestionDatatype(models.TextChoices):
    """The datatypes of an Open311 GeoReport v2 service definition attribute."""

    STRING = "string", _("Short text")
    TEXT = "text", _("Long text")
    NUMBER = "number", _("Number")
    DATETIME = "datetime", _("Date and time")
    SINGLEVALUELIST = "singlevaluelist", _("Choose one")
    MULTIVALUELIST = "multivaluelist", _("Choose any")


class CategoryQuestion(Orderable):
    """One extra question of a category, shaped as an Open311 service-definition attribute.

    Stored so that `as_open311()` can be served unchanged by a later public API.
    """

    category = ParentalKey(Category, on_delete=models.CASCADE, related_name="questions")
    code = models.SlugField(
        _("code"),
        max_length=50,
        help_text=_("A short, stable identifier, e.g. insurance_company. Never change it later."),
    )
    datatype = models.CharField(
        _("type"), max_length=20, choices=QuestionDatatype.choices, default=QuestionDatatype.STRING
    )
    required = models.BooleanField(_("required"), default=False)
    description = models.CharField(
        _("question"), max_length=300, help_text=_("The question as the resident reads it.")
    )
    datatype_description = models.CharField(
        _("hint"), max_length=300, blank=True, help_text=_("Help shown under the question.")
    )
    choices = models.TextField(
        _("choices"),
        blank=True,
        help_text=_("For 'choose one' or 'choose any': one per line, as key|label, e.g. yes|Yes."),
    )

    class Meta(Orderable.Meta):
        verbose_name = _("question")
        verbose_name_plural = _("questions")
        constraints = [
            models.UniqueConstraint(fields=["category", "code"], name="question_code_per_category")
        ]

    def __str__(self):
        return self.description

    @property
    def values(self) -> list[dict]:
        values = []
        for line in self.choices.splitlines():
            if not line.strip():
                continue
            key, _sep, name = line.partition("|")
            values.append({"key": key.strip(), "name": (name or key).strip()})
        return values

    @property
    def is_list(self) -> bool:
        return self.datatype in (QuestionDatatype.SINGLEVALUELIST, QuestionDatatype.MULTIVALUELIST)

    def as_open311(self, order: int) -> dict:
        return {
            "variable": True,
            "code": self.code,
            "datatype": self.datatype,
            "required": self.required,
            "datatype_description": self.datatype_description or None,
            "order": order,
            "description": self.description,
            **({"values": self.values} if self.is_list else {}),
        }
