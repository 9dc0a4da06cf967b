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
