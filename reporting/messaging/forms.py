from django import forms
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

from .models import Message


def _with_any(choices):
    return [("", pgettext_lazy("messaging", "Any")), *choices]


class OutboxFilterForm(forms.Form):
    status = forms.ChoiceField(
        label=pgettext_lazy("messaging", "Status"),
        choices=_with_any(Message.Status.choices),
        required=False,
    )
    channel = forms.ChoiceField(
        label=pgettext_lazy("messaging", "Channel"),
        choices=_with_any(Message.Channel.choices),
        required=False,
    )
    direction = forms.ChoiceField(
        label=pgettext_lazy("messaging", "Direction"),
        choices=_with_any(Message.Direction.choices),
        required=False,
    )
    q = forms.CharField(
        label=_("Reference, phone, email or SID"),
        required=False,
        max_length=100,
        strip=True,
    )
