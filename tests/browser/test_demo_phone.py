"""The demo's phone simulator in Chromium: accessible in both languages, usable at 320 px."""

import pytest

from tests.factories import report_submit_for_test

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

REPORTER = "+12025550100"


@pytest.fixture
def demo_phone(settings, site):
    settings.DEBUG = True
    settings.MESSAGING_BACKEND = "console"
    settings.TWILIO_WEBHOOK_BASE_URL = ""
    settings.TWILIO_FROM_NUMBER = "+12025550142"
    return report_submit_for_test(phone=REPORTER)


@pytest.mark.parametrize("prefix", ["", "/es"])
def test_texting_from_the_simulator_by_keyboard_and_axe(page, live_server, axe, demo_phone, prefix):
    page.goto(f"{live_server.url}{prefix}/demo/phone/?number=%2B12025550100")
    body = page.locator("textarea, input[name=body]").first
    body.focus()
    page.keyboard.type("Is anyone looking at this?")
    page.locator(".demo-phone__send button[type=submit]").focus()
    page.keyboard.press("Enter")
    page.wait_for_selector("text=Is anyone looking at this?")
    axe(page, context=f"on the phone simulator ({prefix or '/'})")


@pytest.mark.parametrize("width", [320, 375])
def test_the_simulator_fits_a_phone_screen(page, live_server, demo_phone, width):
    page.set_viewport_size({"width": width, "height": 700})
    page.goto(f"{live_server.url}/demo/phone/?number=%2B12025550100")
    overflow = page.evaluate("document.documentElement.scrollWidth - window.innerWidth")
    assert overflow <= 0, f"the simulator scrolls sideways by {overflow}px at {width}px"
