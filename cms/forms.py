import datetime

import phonenumbers
from django import forms
from django.conf import settings
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.translation import gettext_lazy as _

from cms.models import PresentationRequest

MAX_HEAD_COUNT = 500
MIN_NOTICE_DAYS = 14


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
        if not value:
            return value
        # What the help text promises staff: two weeks to arrange a visit. Two years at most,
        # which also keeps the date far from the calendar's end.
        earliest = timezone.localdate() + datetime.timedelta(days=MIN_NOTICE_DAYS)
        if value < earliest:
            raise forms.ValidationError(
                _("We need at least two weeks' notice: choose %(date)s or later.")
                % {"date": date_format(earliest, "DATE_FORMAT")}
            )
        if value > timezone.localdate() + datetime.timedelta(days=730):
            raise forms.ValidationError(_("Choose a date within the next two years."))
        return value

    def clean_contact_phone(self):
        phone = self.cleaned_data.get("contact_phone", "").strip()
        if phone:
            try:
                parsed = phonenumbers.parse(phone, settings.PHONENUMBER_DEFAULT_REGION)
            except phonenumbers.NumberParseException:
                parsed = None
            if parsed is None or not phonenumbers.is_possible_number(parsed):
                raise forms.ValidationError(_("Please enter a phone number we can call."))
        return phone

    def clean_preferred_date(self):
        return self._clean_future_date("preferred_date")

    def clean_alternative_date(self):
        return self._clean_future_date("alternative_date")
