from __future__ import annotations

from django import forms
from django.utils.translation import gettext_lazy as _

from reporting.places.geocoders import get_geocoder

from . import domain
from .areas import neighbourhood_at
from .models import Neighbourhood, Subscriber
from .services import Choice, SubscriptionError, phone_normalise


class NeighbourhoodChoices(forms.ModelMultipleChoiceField):
    def label_from_instance(self, obj: Neighbourhood) -> str:
        return obj.label(self.language)


class SubscribeForm(forms.Form):
    """Sign up or change preferences: no account, no password."""

    phone = forms.CharField(
        label=_("Mobile number for texts"),
        max_length=32,
        required=False,
        help_text=_("We text you once to confirm: reply YES."),
        widget=forms.TextInput(attrs={"autocomplete": "tel", "inputmode": "tel"}),
    )
    email = forms.EmailField(
        label=_("Email"),
        required=False,
        help_text=_("We email you a link to confirm."),
        widget=forms.EmailInput(attrs={"autocomplete": "email"}),
    )
    language = forms.ChoiceField(
        label=_("Language"), choices=Subscriber.Language.choices, widget=forms.RadioSelect
    )
    whole_city = forms.BooleanField(label=_("All of the city"), required=False)
    neighbourhoods = NeighbourhoodChoices(
        label=_("Neighborhoods"),
        queryset=Neighbourhood.objects.none(),
        required=False,
        widget=forms.CheckboxSelectMultiple,
    )
    address = forms.CharField(
        label=_("Or your address"),
        max_length=200,
        required=False,
        help_text=_("We add the neighborhood it is in. We keep the address only for this."),
        widget=forms.TextInput(attrs={"autocomplete": "street-address"}),
    )
    sms_threshold = forms.TypedChoiceField(
        label=_("Texts for"),
        choices=domain.Threshold.choices,
        coerce=int,
        initial=domain.Threshold.SEVERE,
        widget=forms.RadioSelect,
    )
    email_threshold = forms.TypedChoiceField(
        label=_("Emails for"),
        choices=domain.Threshold.choices,
        coerce=int,
        initial=domain.Threshold.ALL,
        widget=forms.RadioSelect,
    )

    def __init__(self, *args, language: str = "en", **kwargs):
        super().__init__(*args, **kwargs)
        field = self.fields["neighbourhoods"]
        field.queryset = Neighbourhood.objects.order_by("name")
        field.language = language
        self.fields["language"].initial = language
        self.placed: Neighbourhood | None = None

    def clean_phone(self) -> str:
        raw = self.cleaned_data["phone"].strip()
        if not raw:
            return ""
        try:
            return phone_normalise(raw)
        except SubscriptionError as exc:
            raise forms.ValidationError(str(exc)) from exc

    def clean_email(self) -> str:
        return self.cleaned_data["email"].strip().lower()

    def clean_address(self) -> str:
        address = self.cleaned_data["address"].strip()
        if not address:
            return ""
        places = get_geocoder().suggest(address, limit=1)
        hood = (
            neighbourhood_at(latitude=places[0].latitude, longitude=places[0].longitude)
            if places
            else None
        )
        if hood is None:
            raise forms.ValidationError(
                _("We could not place this address in a neighborhood. Choose one instead.")
            )
        self.placed = hood
        return places[0].label

    def clean(self):
        data = super().clean()
        if not self.errors:
            if not (data.get("phone") or data.get("email")):
                raise forms.ValidationError(_("Enter a mobile number, an email address, or both."))
            if not (data.get("whole_city") or data.get("neighbourhoods") or self.placed):
                raise forms.ValidationError(
                    _("Choose at least one neighborhood, all of the city, or enter your address.")
                )
        return data

    def choice(self) -> Choice:
        data = self.cleaned_data
        hoods = list(data["neighbourhoods"])
        if self.placed is not None and self.placed not in hoods:
            hoods.append(self.placed)
        return Choice(
            phone=data["phone"],
            email=data["email"],
            language=data["language"],
            whole_city=data["whole_city"],
            neighbourhoods=hoods,
            address=data["address"],
            sms_threshold=data["sms_threshold"],
            email_threshold=data["email_threshold"],
        )

    @classmethod
    def initial_for(cls, subscriber: Subscriber) -> dict:
        return {
            "phone": subscriber.phone,
            "email": subscriber.email,
            "language": subscriber.language,
            "whole_city": subscriber.whole_city,
            "neighbourhoods": list(subscriber.neighbourhoods.all()),
            "address": subscriber.address,
            "sms_threshold": subscriber.sms_threshold,
            "email_threshold": subscriber.email_threshold,
        }
