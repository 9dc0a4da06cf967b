"""Forms for the screening, each wizard step, the status lookup and replies.

Every form keeps what was typed when it fails: the views bind the raw POST and store it in the
draft before validating.
"""

import datetime
import logging

from django import forms
from django.conf import settings
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from phonenumber_field.formfields import PhoneNumberField

from portal.form_rendering import renderer as fast_form_renderer

from . import conf
from .models import CategoryQuestion, QuestionDatatype
from .models.reports import CallbackChannel

logger = logging.getLogger(__name__)

YES_NO = [("no", _("No")), ("yes", _("Yes"))]


class ReportingForm(forms.Form):
    """Fields written by Python functions that give the same HTML as Django's form templates
    (portal.form_rendering): the templates were a sixth of the wizard's CPU per report."""

    default_renderer = fast_form_renderer


class HoneypotMixin(ReportingForm):
    """A field people never see or fill; bots that fill every input give themselves away."""

    website = forms.CharField(label=_("Leave this field empty"), required=False, max_length=200)

    def honeypot_filled(self) -> bool:
        return bool(self.data.get("website"))


def _yes_no(label):
    return forms.ChoiceField(
        label=label,
        choices=YES_NO,
        widget=forms.RadioSelect,
        error_messages={"required": _("Please answer yes or no.")},
    )


class ScreeningForm(ReportingForm):
    danger = _yes_no(_("Is anyone in danger right now?"))
    hurt = _yes_no(_("Is anyone hurt or in need of medical help?"))
    suspect_present = _yes_no(_("Is the person who did it still there, or nearby?"))
    happening_now = _yes_no(_("Is it happening right now?"))

    def any_yes(self) -> bool:
        return any(value == "yes" for value in self.cleaned_data.values())


class CategoryForm(ReportingForm):
    category = forms.ModelChoiceField(
        label=_("What do you want to report?"),
        queryset=None,
        widget=forms.RadioSelect,
        empty_label=None,
        to_field_name="slug",
        error_messages={
            "required": _("Please choose what you want to report."),
            "invalid_choice": _("Please choose one of the listed kinds of report."),
        },
    )

    def __init__(self, *args, categories=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["category"].queryset = categories


class TypedNumberField(forms.DecimalField):
    """A number as people type it: "1,200" is 1200, and "$1,200.50" is 1200.50.

    A text box (with a number keypad on phones), not type=number: a browser empties a number
    box that holds "$1,200", and what was typed would be lost on an error page.
    """

    widget = forms.TextInput(attrs={"inputmode": "decimal", "autocomplete": "off"})
    default_error_messages = {"invalid": _("Please enter a number, like 3 or 1,200.")}

    def to_python(self, value):
        if isinstance(value, str):
            value = value.strip().replace("$", "").replace(",", "").replace(" ", "")
        return super().to_python(value)

    def widget_attrs(self, widget):
        # DecimalField would add step/min/max, which only mean something on type=number.
        return {}


class AmountField(TypedNumberField):
    default_error_messages = {
        "invalid": _("Please enter an amount in dollars, like 250 or 1,200.50."),
    }


EARLIEST_DATE = datetime.date(1900, 1, 1)


def validate_past_date(value):
    """A report is about something that already happened, in living memory.

    Also keeps dates far from the calendar's ends, where converting to UTC overflows (a year
    9999 date would be stored as year 10000 and break every page that loads the report).
    """
    day = value.date() if isinstance(value, datetime.datetime) else value
    if day > timezone.localdate():
        raise forms.ValidationError(_("That date is in the future."), code="future")
    if day < EARLIEST_DATE:
        raise forms.ValidationError(_("Please enter a date after 1900."), code="too_early")


def question_field(question: CategoryQuestion) -> forms.Field:
    common = {
        "label": question.description,
        "required": question.required,
        "help_text": question.datatype_description,
    }
    datatype = question.datatype
    if datatype == QuestionDatatype.TEXT:
        return forms.CharField(widget=forms.Textarea(attrs={"rows": 3}), max_length=2000, **common)
    if datatype == QuestionDatatype.NUMBER:
        return TypedNumberField(max_digits=12, decimal_places=2, min_value=0, **common)
    if datatype == QuestionDatatype.DATETIME:
        return forms.DateTimeField(
            widget=forms.DateTimeInput(attrs={"type": "datetime-local"}, format="%Y-%m-%dT%H:%M"),
            input_formats=["%Y-%m-%dT%H:%M", "%Y-%m-%d %H:%M", "%Y-%m-%d"],
            validators=[validate_past_date],
            **common,
        )
    choices = [(v["key"], v["name"]) for v in question.values]
    if datatype == QuestionDatatype.SINGLEVALUELIST:
        return forms.ChoiceField(choices=choices, widget=forms.RadioSelect, **common)
    if datatype == QuestionDatatype.MULTIVALUELIST:
        return forms.MultipleChoiceField(
            choices=choices, widget=forms.CheckboxSelectMultiple, **common
        )
    return forms.CharField(max_length=200, **common)


class WhatForm(ReportingForm):
    narrative = forms.CharField(
        label=_("What happened?"),
        help_text=_("In your own words: what happened, and anything that could help us."),
        widget=forms.Textarea(attrs={"rows": 8}),
        max_length=conf.NARRATIVE_MAX,
        min_length=10,
        error_messages={
            "required": _("Please tell us what happened."),
            "min_length": _("Please tell us a little more about what happened."),
        },
    )

    def __init__(self, *args, questions=(), **kwargs):
        super().__init__(*args, **kwargs)
        self.questions = list(questions)
        narrative = self.fields.pop("narrative")
        for question in self.questions:
            self.fields[f"q_{question.code}"] = question_field(question)
        self.fields["narrative"] = narrative

    def answers(self) -> dict:
        """The answers keyed by question code, as JSON-friendly values (Open311 attribute[code])."""
        answers = {}
        for question in self.questions:
            value = self.cleaned_data.get(f"q_{question.code}")
            if value in (None, "", []):
                continue
            if isinstance(value, datetime.datetime | datetime.date):
                value = value.isoformat()
            elif not isinstance(value, str | list):
                value = str(value)
            answers[question.code] = value
        return answers


class WhereForm(ReportingForm):
    address = forms.CharField(
        label=_("Street address"),
        help_text=_('A house number and street, or cross streets like "Oak & 3rd".'),
        max_length=200,
        required=False,
        widget=forms.TextInput(attrs={"autocomplete": "street-address"}),
    )
    city = forms.CharField(label=_("City"), max_length=100, required=False)
    # Filled when the typed address is like one or more of the agency's address points.
    # A text field shown as radios: a choice left over from other words is dropped in clean()
    # rather than refused with "not one of the available choices".
    place = forms.CharField(
        label=_("Is it one of these places?"),
        required=False,
        max_length=40,
        widget=forms.RadioSelect,
    )
    address_unknown = forms.BooleanField(label=_("I don't know the exact address"), required=False)
    landmark = forms.CharField(
        label=_("Describe the place"),
        help_text=_("A landmark, cross streets, a business name or a park."),
        max_length=200,
        required=False,
    )
    latitude = forms.DecimalField(
        label=_("Latitude"),
        required=False,
        min_value=-90,
        max_value=90,
        max_digits=9,
        decimal_places=6,
        localize=False,
    )
    longitude = forms.DecimalField(
        label=_("Longitude"),
        required=False,
        min_value=-180,
        max_value=180,
        max_digits=9,
        decimal_places=6,
        localize=False,
    )

    KEEP_TYPED = "typed"

    def __init__(self, *args, geocoder=None, checking=False, **kwargs):
        """`checking`: the review checking a stored answer, never shown again; then an answer
        that keeps the typed words (for those same words) needs no suggestions: they would be
        made and set aside by _resolve_place."""
        super().__init__(*args, **kwargs)
        source = self.data if self.is_bound else self.initial
        address = (source.get("address") or "").strip()
        city = (source.get("city") or "").strip()
        # What the suggestions were made for; a choice made for other words no longer counts.
        self.typed_text = f"{address}|{city}"[:300]
        self.suggestions = []
        kept_typed = (
            checking
            and self.is_bound
            and self.data.get("place") == self.KEEP_TYPED
            and (self.data.get("place_for") or "") == self.typed_text
        )
        if geocoder is not None and address and not kept_typed:
            self.suggestions = _suggestions(geocoder, address, city)
        exact = [p for p in self.suggestions if p.exact]
        # One exact match is taken without asking; otherwise the resident chooses.
        self.show_places = bool(self.suggestions) and len(exact) != 1
        self.fields["place"].widget.choices = [(p.key, p.label) for p in self.suggestions] + [
            (self.KEEP_TYPED, _("None of these: keep what I typed and describe the place"))
        ]

    def pin(self) -> tuple:
        """Where the map's pin goes: the typed coordinates, else the chosen or exact place."""
        source = self.data if self.is_bound else self.initial
        lat, lon = source.get("latitude") or "", source.get("longitude") or ""
        if lat and lon:
            return lat, lon
        chosen = source.get("place") or ""
        exact = [p for p in self.suggestions if p.exact]
        place = next((p for p in self.suggestions if p.key == chosen), None)
        if place is None and len(exact) == 1:
            place = exact[0]
        return (place.latitude, place.longitude) if place else ("", "")

    def _resolve_place(self, data):
        if not self.suggestions:
            return
        chosen = data.get("place") or ""
        if (self.data.get("place_for") or "") != self.typed_text:
            chosen = ""
        exact = [p for p in self.suggestions if p.exact]
        if not chosen and len(exact) == 1:
            chosen = exact[0].key
        if chosen == self.KEEP_TYPED:
            return
        place = next((p for p in self.suggestions if p.key == chosen), None)
        if place is None:
            self.add_error(
                "place",
                _("Please choose the place from the list, or keep what you typed."),
            )
            return
        data["place"] = place.key
        data["address"] = place.address
        data["city"] = place.city or data.get("city", "")
        # A pin the resident set themselves is more precise than the address point.
        if data.get("latitude") is None and data.get("longitude") is None:
            data["latitude"] = place.latitude
            data["longitude"] = place.longitude

    def clean(self):
        data = super().clean()
        if not data.get("address") and not data.get("landmark"):
            if data.get("address_unknown"):
                self.add_error("landmark", _("Please describe the place, for example a landmark."))
            else:
                self.add_error(
                    "address",
                    _(
                        'Please give the address, or check "I don\'t know the exact address" '
                        "and describe the place."
                    ),
                )
        if (data.get("latitude") is None) != (data.get("longitude") is None):
            self.add_error("longitude", _("Please give both latitude and longitude, or neither."))
        elif data.get("address"):
            self._resolve_place(data)
        return data


def _suggestions(geocoder, address: str, city: str) -> list:
    try:
        return geocoder.suggest(address, city=city)
    except Exception:
        # Another agency's geocoder service may be down: the resident goes on with what they
        # typed rather than meeting an error page.
        logger.exception("The geocoder failed; the typed address is kept as it is.")
        return []


class WhenForm(ReportingForm):
    date_from = forms.DateField(
        label=_("Date"),
        validators=[validate_past_date],
        widget=forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"),
        input_formats=["%Y-%m-%d", "%m/%d/%Y", "%d/%m/%Y"],
        error_messages={
            "required": _("Please give the date it happened, or your best guess."),
            "invalid": _("Please enter a date like 2026-03-14."),
        },
    )
    time_from = forms.TimeField(
        label=_("Time (if you know it)"),
        required=False,
        widget=forms.TimeInput(attrs={"type": "time"}, format="%H:%M"),
        error_messages={"invalid": _("Please enter a time like 14:30.")},
    )
    date_to = forms.DateField(
        label=_("Latest date"),
        required=False,
        validators=[validate_past_date],
        help_text=_("If you don't know exactly when, the last date it could have been."),
        widget=forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"),
        input_formats=["%Y-%m-%d", "%m/%d/%Y", "%d/%m/%Y"],
        error_messages={"invalid": _("Please enter a date like 2026-03-14.")},
    )
    time_to = forms.TimeField(
        label=_("Latest time"),
        required=False,
        widget=forms.TimeInput(attrs={"type": "time"}, format="%H:%M"),
        error_messages={"invalid": _("Please enter a time like 14:30.")},
    )

    def _moment(self, date, time, *, end=False):
        if date is None:
            return None
        time = time or (datetime.time(23, 59) if end else datetime.time(0, 0))
        return timezone.make_aware(datetime.datetime.combine(date, time))

    def clean(self):
        data = super().clean()
        start = self._moment(data.get("date_from"), data.get("time_from"))
        end = self._moment(data.get("date_to"), data.get("time_to"), end=True)
        if data.get("time_to") and not data.get("date_to") and data.get("date_from"):
            end = self._moment(data.get("date_from"), data.get("time_to"), end=True)
        now = timezone.now()
        if start and start > now:
            self.add_error("date_from", _("That date is in the future."))
        if start and end and end < start:
            self.add_error("date_to", _("The latest date must be after the first one."))
        data["occurred_from"] = start
        data["occurred_to"] = end
        return data


class WhoForm(ReportingForm):
    victim = forms.CharField(
        label=_("Who was affected? (if not you)"),
        required=False,
        max_length=2000,
        widget=forms.Textarea(attrs={"rows": 3}),
    )
    suspect = forms.CharField(
        label=_("Anything about who did it"),
        help_text=_(
            "For example height, clothing, a vehicle and its plate, a name if you know it."
        ),
        required=False,
        max_length=2000,
        widget=forms.Textarea(attrs={"rows": 3}),
    )
    witnesses = forms.CharField(
        label=_("Anyone who saw it"),
        help_text=_("Names and how to reach them, if you know."),
        required=False,
        max_length=2000,
        widget=forms.Textarea(attrs={"rows": 3}),
    )

    def people(self) -> list[dict]:
        return [
            {"role": role, "description": self.cleaned_data[role]}
            for role in ("victim", "suspect", "witnesses")
            if self.cleaned_data.get(role)
        ]


PROPERTY_ROWS = 3


class PropertyForm(ReportingForm):
    """Three item rows: enough for a typical report, and it works without JavaScript."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        for n in range(1, PROPERTY_ROWS + 1):
            self.fields[f"item{n}_description"] = forms.CharField(
                label=_("Item %(n)s: what it is") % {"n": n}, required=False, max_length=200
            )
            self.fields[f"item{n}_value"] = AmountField(
                label=_("Item %(n)s: value in dollars") % {"n": n},
                required=False,
                min_value=0,
                max_digits=10,
                decimal_places=2,
            )
            self.fields[f"item{n}_serial"] = forms.CharField(
                label=_("Item %(n)s: serial number") % {"n": n}, required=False, max_length=100
            )

    def rows(self):
        return [
            [self[f"item{n}_description"], self[f"item{n}_value"], self[f"item{n}_serial"]]
            for n in range(1, PROPERTY_ROWS + 1)
        ]

    def clean(self):
        data = super().clean()
        for n in range(1, PROPERTY_ROWS + 1):
            has_other = data.get(f"item{n}_value") is not None or data.get(f"item{n}_serial")
            if has_other and not data.get(f"item{n}_description"):
                self.add_error(f"item{n}_description", _("Please say what the item is."))
        return data

    def items(self) -> list[dict]:
        items = []
        for n in range(1, PROPERTY_ROWS + 1):
            description = self.cleaned_data.get(f"item{n}_description")
            if not description:
                continue
            value = self.cleaned_data.get(f"item{n}_value")
            items.append(
                {
                    "description": description,
                    "value": str(value) if value is not None else "",
                    "serial": self.cleaned_data.get(f"item{n}_serial") or "",
                }
            )
        return items


class MultipleFileInput(forms.ClearableFileInput):
    allow_multiple_selected = True


class MultiplePhotoField(forms.FileField):
    widget = MultipleFileInput

    def clean(self, data, initial=None):
        single = super().clean
        if isinstance(data, list | tuple):
            return [single(d, initial) for d in data if d]
        return [single(data, initial)] if data else []


class PhotosForm(ReportingForm):
    photos = MultiplePhotoField(
        label=_("Add photos (optional)"),
        help_text=_("Up to 5 photos, at most 10 MB each. Location data is removed from them."),
        required=False,
        widget=MultipleFileInput(attrs={"accept": "image/*"}),
    )
    remove = forms.MultipleChoiceField(
        label=_("Remove photos"), required=False, widget=forms.CheckboxSelectMultiple
    )

    def __init__(self, *args, existing=(), **kwargs):
        super().__init__(*args, **kwargs)
        self.existing = list(existing)
        self.fields["remove"].choices = [(str(p.pk), p.original_name) for p in self.existing]

    def clean(self):
        data = super().clean()
        keep = len(self.existing) - len(data.get("remove") or [])
        if keep + len(data.get("photos") or []) > conf.MAX_PHOTOS:
            self.add_error(
                "photos", _("You can add at most 5 photos. Please choose fewer or remove some.")
            )
        return data


class ContactForm(HoneypotMixin):
    reporter_name = forms.CharField(
        label=_("Your name"),
        max_length=120,
        widget=forms.TextInput(attrs={"autocomplete": "name"}),
        error_messages={"required": _("Please tell us your name.")},
    )
    phone = PhoneNumberField(
        label=_("Phone number"),
        required=False,
        help_text=_("For example (202) 555-0123. Give a phone number or an email, or both."),
        widget=forms.TextInput(attrs={"autocomplete": "tel", "type": "tel"}),
        error_messages={"invalid": _("Please enter a phone number we can call or text.")},
    )
    email = forms.EmailField(
        label=_("Email (optional)"),
        required=False,
        max_length=254,
        widget=forms.EmailInput(attrs={"autocomplete": "email"}),
        error_messages={"invalid": _("Please enter an email address like name@example.org.")},
    )
    callback_channel = forms.ChoiceField(
        label=_("How should we contact you?"),
        choices=CallbackChannel.choices,
        widget=forms.RadioSelect,
        initial=CallbackChannel.SMS,
    )
    language = forms.ChoiceField(
        label=_("Language for our messages"),
        choices=settings.LANGUAGES,
        widget=forms.RadioSelect,
    )
    best_time = forms.CharField(
        label=_("Best time to reach you (optional)"), max_length=100, required=False
    )

    field_order = [
        "reporter_name",
        "phone",
        "email",
        "callback_channel",
        "language",
        "best_time",
        "website",
    ]

    def clean(self):
        data = super().clean()
        phone, email, channel = data.get("phone"), data.get("email"), data.get("callback_channel")
        if not phone and not email and not self.has_error("phone") and not self.has_error("email"):
            self.add_error("phone", _("Please give a phone number or an email address."))
        needs_phone = channel in (CallbackChannel.SMS, CallbackChannel.VOICE, CallbackChannel.TTY)
        if needs_phone and email and not phone and not self.has_error("phone"):
            self.add_error("phone", _("Please give a phone number so we can reach you that way."))
        if channel == CallbackChannel.EMAIL and not email and not self.has_error("email"):
            self.add_error("email", _("Please give an email address so we can reach you that way."))
        return data


class StatusLookupForm(HoneypotMixin):
    reference = forms.CharField(
        label=_("Report number"),
        help_text=_("For example NE-2026-004217."),
        max_length=20,
        error_messages={"required": _("Please enter your report number.")},
    )
    contact = forms.CharField(
        label=_("The phone number or email you gave with the report"),
        help_text=_("We send a code there to check it is you."),
        max_length=254,
        error_messages={"required": _("Please enter the phone number or email you gave us.")},
    )

    def clean_reference(self):
        return self.cleaned_data["reference"].strip().upper()

    def clean_contact(self):
        return self.cleaned_data["contact"].strip()


class StatusCodeForm(ReportingForm):
    code = forms.CharField(
        label=_("The 6-digit code we sent you"),
        max_length=12,
        widget=forms.TextInput(attrs={"autocomplete": "one-time-code", "inputmode": "numeric"}),
        error_messages={"required": _("Please enter the code we sent you.")},
    )

    def clean_code(self):
        code = "".join(self.cleaned_data["code"].split())
        if not code.isdigit() or len(code) != conf.STATUS_CODE_DIGITS:
            raise forms.ValidationError(_("The code is 6 digits, for example 123456."))
        return code


class ReplyForm(ReportingForm):
    body = forms.CharField(
        label=_("Your answer or more information"),
        max_length=conf.REPLY_MAX,
        required=False,
        widget=forms.Textarea(attrs={"rows": 5}),
    )
    photos = MultiplePhotoField(
        label=_("Add photos (optional)"),
        help_text=_("Up to 5 photos, at most 10 MB each. Location data is removed from them."),
        required=False,
        widget=MultipleFileInput(attrs={"accept": "image/*"}),
    )

    def clean(self):
        data = super().clean()
        if not data.get("body") and not data.get("photos") and not self.errors:
            raise forms.ValidationError(_("Please write an answer or add a photo."))
        if len(data.get("photos") or []) > conf.MAX_PHOTOS:
            self.add_error("photos", _("You can add at most 5 photos at a time."))
        return data


SURVEY_SCORES = [
    ("5", _("5: Very good")),
    ("4", _("4: Good")),
    ("3", _("3: Neither good nor bad")),
    ("2", _("2: Poor")),
    ("1", _("1: Very poor")),
]


class SurveyForm(ReportingForm):
    """How did we do? One score and an optional comment (issue 16)."""

    score = forms.TypedChoiceField(
        label=_("How did we do with your report?"),
        choices=SURVEY_SCORES,
        coerce=int,
        widget=forms.RadioSelect,
        error_messages={"required": _("Please choose a score from 1 to 5.")},
    )
    comment = forms.CharField(
        label=_("Anything you want to tell us? (optional)"),
        help_text=_("Please don't include new information about the incident here."),
        max_length=500,
        required=False,
        widget=forms.Textarea(attrs={"rows": 4}),
    )
