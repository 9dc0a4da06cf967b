"""The phone line's demo settings: where option 2 rings, and a landline to try the fallback.

Loaded by `manage.py load_demo` (settings.DEMO_LOADERS). The demo's console backend answers
Twilio Lookup from settings.MESSAGING_CONSOLE_LINE_TYPES (portal/settings/dev.py), so calling
from the demo landline shows what a caller who can't get a text hears.
"""

from django.conf import settings
from wagtail.models import Site

from reporting.messaging.content import phone_display

from .models import PhoneLineSettings

DEMO_LINE = {
    "desk_number": "+12025550180",
    "desk_days": PhoneLineSettings.Days.EVERY_DAY,
    # Around the clock, so "2" always rings in the demo; set hours in Settings -> Phone line.
    "desk_opens": None,
    "desk_closes": None,
}


def load_phone_line_demo(*, stdout, **kwargs) -> None:
    site = Site.objects.filter(is_default_site=True).first()
    if site is None:
        return
    PhoneLineSettings.objects.update_or_create(site=site, defaults=DEMO_LINE)
    landlines = [
        number
        for number, kind in settings.MESSAGING_CONSOLE_LINE_TYPES.items()
        if kind == "landline"
    ]
    stdout.write(
        f"Phone line: in the phone simulator, call {phone_display(settings.TWILIO_FROM_NUMBER)};\n"
        f"  option 2 rings the desk at {phone_display(DEMO_LINE['desk_number'])}.\n"
    )
    if landlines and settings.VOICE_LOOKUP_LINE_TYPE:
        stdout.write(
            f"  Call from {phone_display(landlines[0])}, a landline, to hear the web address.\n"
        )
