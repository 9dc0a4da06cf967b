"""The demo's phone line: a desk to ring, and a landline the console backend's Lookup knows."""

import io

import pytest

from reporting.messaging.backends import ConsoleBackend
from reporting.voice.demo import DEMO_LINE, load_phone_line_demo
from reporting.voice.models import PhoneLineSettings

pytestmark = pytest.mark.django_db


def test_the_demo_loader_sets_the_desk_and_names_the_landline(site, settings):
    settings.VOICE_LOOKUP_LINE_TYPE = True
    settings.MESSAGING_CONSOLE_LINE_TYPES = {"+12025550188": "landline"}
    out = io.StringIO()
    load_phone_line_demo(stdout=out)
    load_phone_line_demo(stdout=io.StringIO())  # make demo loads on every start

    line = PhoneLineSettings.objects.get(site=site)
    assert line.desk_number == DEMO_LINE["desk_number"] and line.desk_opens is None
    assert "(202) 555-0180" in out.getvalue() and "(202) 555-0188" in out.getvalue()
    assert ConsoleBackend().line_type("+12025550188") == "landline"
    assert ConsoleBackend().line_type("+12025550100") == ""
