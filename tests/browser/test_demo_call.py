"""The phone simulator's call to the non-emergency line in Chromium: by keyboard, axe-clean in
English and Spanish, usable at 320 px."""

import pytest

from reporting.voice.models import PhoneLineSettings

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

CALLER = "+12025550100"


@pytest.fixture
def demo_line(settings, site):
    settings.DEBUG = True
    settings.MESSAGING_BACKEND = "console"
    settings.TWILIO_WEBHOOK_BASE_URL = ""
    settings.TWILIO_FROM_NUMBER = "+12025550142"
    PhoneLineSettings.objects.create(site=site, desk_number="+12025550180")


@pytest.mark.parametrize("prefix", ["", "/es"])
def test_calling_the_line_by_keyboard_and_axe(page, live_server, axe, demo_line, prefix):
    page.goto(f"{live_server.url}{prefix}/demo/phone/?number=%2B12025550100")
    page.locator(".demo-call form button[type=submit]").last.focus()
    page.keyboard.press("Enter")
    page.wait_for_selector("text=Para español, oprima 2.")
    axe(page, context=f"on a call's first words ({prefix or '/'})")

    page.locator("input[name=keys-digits]").focus()
    page.keyboard.type("4")
    page.keyboard.press("Enter")
    page.wait_for_selector("text=every day")
    axe(page, context=f"after pressing 4 ({prefix or '/'})")


def test_the_call_fits_a_phone_screen(page, live_server, demo_line):
    page.set_viewport_size({"width": 320, "height": 700})
    page.goto(f"{live_server.url}/demo/phone/?number=%2B12025550100")
    page.locator(".demo-call form button[type=submit]").last.click()
    page.wait_for_selector("text=Para español, oprima 2.")
    overflow = page.evaluate("document.documentElement.scrollWidth - window.innerWidth")
    assert overflow <= 0, f"the call scrolls sideways by {overflow}px at 320px"
