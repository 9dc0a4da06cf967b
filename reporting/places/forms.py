from django import forms
from django.utils.translation import gettext_lazy as _


class PlacesUploadForm(forms.Form):
    addresses = forms.FileField(
        label=_("Address points (GeoJSON or CSV)"),
        help_text=_("Replaces all address data. Points, and streets too if the file has them."),
    )
    streets = forms.FileField(
        label=_("Street centerlines (GeoJSON or CSV, optional)"),
        required=False,
        help_text=_("If the streets are in a file of their own."),
    )
    MAX_BYTES = 50 * 1024 * 1024

    def clean(self):
        data = super().clean()
        for name in ("addresses", "streets"):
            upload = data.get(name)
            if upload and upload.size > self.MAX_BYTES:
                self.add_error(name, _("The file is larger than 50 MB."))
        return data
