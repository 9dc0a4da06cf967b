from django import forms
from django.conf import settings
from django.utils.translation import gettext_lazy as _
from phonenumber_field.formfields import PhoneNumberField


class PhoneForm(forms.Form):
    """Which phone the visitor holds."""

    number = PhoneNumberField(
        label=_("Phone number"),
        help_text=_("A US number, e.g. (202) 555-0123. Demo numbers only: nothing is sent."),
    )


class TextForm(forms.Form):
    """A text (and optionally a picture, making it an MMS) sent from that phone to the agency."""

    number = PhoneNumberField(widget=forms.HiddenInput)
    body = forms.CharField(label=_("Text message"), max_length=1600, required=False)
    picture = forms.ImageField(label=_("Picture (optional, sends an MMS)"), required=False)

    def clean(self):
        data = super().clean()
        if not data.get("body") and not data.get("picture"):
            raise forms.ValidationError(_("Type a message or choose a picture."))
        picture = data.get("picture")
        if picture and picture.size > settings.MESSAGING_MEDIA_MAX_BYTES:
            raise forms.ValidationError(_("The picture is too large for an MMS."))
        return data


class CallInputForm(forms.Form):
    """The simulated caller's turn on the non-emergency line: keys, words, or nothing."""

    HOW = (
        ("keys", _("Press keys")),
        ("speech", _("Say it")),
        ("silence", _("Say nothing")),
        ("hang_up", _("Hang up")),
        ("desk_answers", _("The desk answers")),
        ("desk_no_answer", _("Nobody answers")),
    )

    number = PhoneNumberField(widget=forms.HiddenInput)
    how = forms.ChoiceField(choices=HOW, widget=forms.HiddenInput)
    digits = forms.RegexField(
        label=_("Keys to press"),
        regex=r"^[0-9*#]{1,20}$",
        required=False,
        max_length=20,
        help_text=_("Digits, * or #, e.g. 1, or 2026004217#."),
        error_messages={"invalid": _("Use only the phone's keys: 0-9, * and #.")},
    )
    speech = forms.CharField(
        label=_("Words to say"),
        required=False,
        max_length=200,
        help_text=_("What the speech recognizer would hear, e.g. “desk” or “español”."),
    )

    def clean(self):
        data = super().clean()
        if data.get("how") == "keys" and not data.get("digits") and "digits" not in self.errors:
            self.add_error("digits", _("Type the keys to press."))
        if data.get("how") == "speech" and not data.get("speech"):
            self.add_error("speech", _("Type what you say."))
        return data
