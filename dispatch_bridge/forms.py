from datetime import date, timedelta

from django import forms
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from phonenumber_field.formfields import PhoneNumberField

from reporting.models import Priority, ReportStatus

from .dispositions import DISPOSITIONS
from .services import REJECT_REASONS

# Canned texts a dispatcher can start from; rendered in the reporter's language.
SMS_TEMPLATES = {
    "photo": _("Could you reply with a photo of the damage or the item?"),
    "address": _("Please reply with the exact address or the nearest cross streets."),
    "time": _("What is the best time today to call you back?"),
    "serial": _("Do you have the serial number or a receipt for the stolen item?"),
}


class QueueFilterForm(forms.Form):
    status = forms.ChoiceField(
        label=_("Status"),
        required=False,
        choices=[("", _("Waiting or escalated")), ("all", _("All"))] + ReportStatus.choices,
    )
    category = forms.ChoiceField(label=_("Category"), required=False)
    priority = forms.ChoiceField(
        label=_("Priority"), required=False, choices=[("", _("Any"))] + Priority.choices
    )
    mine = forms.BooleanField(label=_("Only mine"), required=False)

    def __init__(self, *args, categories=(), **kwargs):
        super().__init__(*args, **kwargs)
        self.category_names = {str(c.translation_key): c.name for c in categories}
        self.fields["category"].choices = [("", _("Any")), *self.category_names.items()]


class EmptyForm(forms.Form):
    pass


class RequestInfoForm(forms.Form):
    question = forms.CharField(
        label=_("Question for the reporter"), widget=forms.Textarea(attrs={"rows": 3})
    )


class ApproveForm(forms.Form):
    note = forms.CharField(
        label=_("Note to the reporter (optional)"),
        required=False,
        widget=forms.Textarea(attrs={"rows": 2}),
    )


class ReferForm(forms.Form):
    agency = forms.CharField(label=_("Agency"), max_length=120)
    contact = forms.CharField(label=_("How to contact them"), max_length=120)
    note = forms.CharField(
        label=_("Note to the reporter (optional)"),
        required=False,
        widget=forms.Textarea(attrs={"rows": 2}),
    )


class RejectForm(forms.Form):
    reason_code = forms.ChoiceField(
        label=_("Reason"), choices=[("", "---")] + list(REJECT_REASONS.items())
    )
    explanation = forms.CharField(
        label=_("Explanation the reporter receives"), widget=forms.Textarea(attrs={"rows": 3})
    )


class DuplicateForm(forms.Form):
    original_reference = forms.CharField(label=_("Reference of the original report"), max_length=20)


class EscalateForm(forms.Form):
    note = forms.CharField(label=_("Why (optional)"), required=False, max_length=500)


class FindingDismissForm(forms.Form):
    note = forms.CharField(label=_("Why it is not an emergency"), required=True, max_length=300)


class CloseForm(forms.Form):
    disposition_code = forms.ChoiceField(
        label=_("APCO disposition"),
        choices=[("", "---")] + [(k, f"{k} {v}") for k, v in DISPOSITIONS.items()],
    )


class ReopenForm(forms.Form):
    reason = forms.CharField(label=_("Why reopen"), max_length=500)


class SmsForm(forms.Form):
    template = forms.ChoiceField(
        label=_("Start from a template"),
        required=False,
        choices=[("", "---")] + list(SMS_TEMPLATES.items()),
    )
    body = forms.CharField(
        label=_("Message"),
        required=False,
        max_length=1600,
        widget=forms.Textarea(attrs={"rows": 3}),
    )

    def __init__(self, *args, language="en", **kwargs):
        super().__init__(*args, **kwargs)
        self.language = language

    def clean(self):
        from django.utils import translation

        data = super().clean()
        # Without JavaScript, choosing a template and sending an empty message sends the template.
        if not data.get("body") and data.get("template"):
            with translation.override(self.language):
                data["body"] = str(SMS_TEMPLATES[data["template"]])
        if not data.get("body"):
            raise forms.ValidationError(_("Write a message or choose a template."))
        return data


# The queue has no data before this; and a date near year 1 or 9999 overflows the date
# arithmetic in the selectors (a day added, a time zone applied).
FIRST_DATE = date(2000, 1, 1)


class BoundedDateField(forms.DateField):
    widget = forms.DateInput(attrs={"type": "date"})

    def clean(self, value):
        day = super().clean(value)
        last = timezone.localdate() + timedelta(days=366)
        if day is not None and not FIRST_DATE <= day <= last:
            raise forms.ValidationError(
                _("Enter a date between %(first)s and %(last)s."),
                code="out_of_range",
                params={"first": FIRST_DATE.isoformat(), "last": last.isoformat()},
            )
        return day


class StatsRangeForm(forms.Form):
    since = BoundedDateField(label=_("From"))
    until = BoundedDateField(label=_("To"))

    def clean(self):
        data = super().clean()
        if data.get("since") and data.get("until") and data["since"] > data["until"]:
            raise forms.ValidationError(_("The start date must be before the end date."))
        return data


class AuditFilterForm(forms.Form):
    actor = forms.CharField(label=_("Who"), required=False)
    action = forms.CharField(label=_("What (starts with)"), required=False)
    object_id = forms.CharField(label=_("Object or reference"), required=False)
    since = BoundedDateField(label=_("From"), required=False)
    until = BoundedDateField(label=_("To"), required=False)


class StaffPhoneForm(forms.Form):
    phone = PhoneNumberField(
        label=_("Your phone for call-backs"),
        help_text=_("Twilio rings this phone first, then connects you to the reporter."),
    )
