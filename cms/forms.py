from django import forms
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from cms.models import PresentationRequest

MAX_HEAD_COUNT = 500


class DateInput(forms.DateInput):
    input_type = "date"

    def __init__(self, **kwargs):
        super().__init__(format="%Y-%m-%d", **kwargs)


class PresentationRequestForm(forms.ModelForm):
    """Works without JavaScript; every message is translated and what was typed is kept."""

    class Meta:
        model = PresentationRequest
        fields = [
            "kind",
            "organisation",
            "age_group",
            "head_count",
            "preferred_date",
            "alternative_date",
            "contact_name",
            "contact_email",
            "contact_phone",
            "notes",
        ]
        widgets = {
            "kind": forms.RadioSelect,
            "preferred_date": DateInput(),
            "alternative_date": DateInput(),
            "notes": forms.Textarea(attrs={"rows": 4}),
        }
        help_texts = {
            "head_count": _("About how many people will attend."),
            "preferred_date": _("We need at least two weeks' notice."),
            "contact_phone": _("Optional. We will email you first."),
        }

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["kind"].choices = PresentationRequest.Kind.choices
        self.fields["head_count"].widget.attrs.update({"min": 1, "max": MAX_HEAD_COUNT})
        self.fields["contact_email"].widget.attrs["autocomplete"] = "email"
        self.fields["contact_name"].widget.attrs["autocomplete"] = "name"
        self.fields["contact_phone"].widget.attrs["autocomplete"] = "tel"
        self.fields["organisation"].widget.attrs["autocomplete"] = "organization"

    def clean_head_count(self):
        count = self.cleaned_data["head_count"]
        if count < 1 or count > MAX_HEAD_COUNT:
            raise forms.ValidationError(
                _("Enter a number from 1 to %(max)s.") % {"max": MAX_HEAD_COUNT}
            )
        return count

    def _clean_future_date(self, name):
        value = self.cleaned_data.get(name)
        if value and value <= timezone.localdate():
            raise forms.ValidationError(_("Choose a date after today."))
        return value

    def clean_preferred_date(self):
        return self._clean_future_date("preferred_date")

    def clean_alternative_date(self):
        return self._clean_future_date("alternative_date")
