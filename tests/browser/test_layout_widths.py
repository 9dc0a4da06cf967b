"""What a department would notice on day one, seen in Chromium at 320, 375 and 1280 px (issue 18):
TTY as prominent as voice in the header, no phone number split across lines in the home boxes
(English and Spanish), contact emails never broken mid-word, the "I don't know the exact
address" checkbox beside its label. One page load per view; the viewport is resized in place."""

import pytest
from django.core.cache import cache

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

WIDTHS = (320, 375, 1280)

LINE_COUNT = "(el) => el.getClientRects().length"
STYLE = """(el) => { const s = getComputedStyle(el);
  return [s.fontSize, s.fontWeight, el.getBoundingClientRect().top]; }"""
# Each text piece of a link (around a <wbr>) on one line: a break only where we allow one.
PIECES_ON_ONE_LINE = """(el) => [...el.childNodes].filter(n => n.nodeType === 3 && n.data.trim())
  .map(n => { const r = document.createRange(); r.selectNodeContents(n);
              return [n.data, r.getClientRects().length]; })"""


@pytest.fixture(autouse=True)
def _fresh_rate_limits():
    cache.clear()
    yield
    cache.clear()


def each_width(page):
    for width in WIDTHS:
        page.set_viewport_size({"width": width, "height": 800})
        yield width


def test_header_and_home_boxes(demo, page, live_server):
    for path in ("/", "/es/"):
        page.goto(live_server.url + path)
        strip = page.locator(".emergency-strip")
        voice = strip.locator(".emergency-strip__non-emergency a")
        tty = strip.locator(".emergency-strip__tty a")
        boxes = page.locator(".home-card a[href^='tel:']")
        assert boxes.count() >= 3
        for width in each_width(page):
            voice_size, voice_weight, voice_top = voice.evaluate(STYLE)
            tty_size, tty_weight, tty_top = tty.evaluate(STYLE)
            assert (tty_size, tty_weight) == (voice_size, voice_weight), (
                f"{path} at {width}px: TTY {tty_size}/{tty_weight}, "
                f"voice {voice_size}/{voice_weight}"
            )
            if width >= 1280:
                assert tty_top == voice_top, f"{path}: TTY on another line than voice at {width}px"
            for n in range(boxes.count()):
                link = boxes.nth(n)
                lines = link.evaluate(LINE_COUNT)
                assert lines == 1, f"{path} at {width}px: {link.inner_text()!r} on {lines} lines"


def test_contact_emails_break_only_before_the_at_sign(demo, page, live_server):
    for path in ("/contact-us/", "/es/contactenos/"):
        page.goto(live_server.url + path)
        emails = page.locator("a[href^='mailto:']")
        assert emails.count() >= 3
        for width in each_width(page):
            for n in range(emails.count()):
                for text, lines in emails.nth(n).evaluate(PIECES_ON_ONE_LINE):
                    assert lines == 1, f"{path} at {width}px: {text!r} broken over {lines} lines"
            overflow = page.evaluate("document.documentElement.scrollWidth - window.innerWidth")
            assert overflow <= 0, f"{path} scrolls sideways at {width}px"


def test_the_address_unknown_checkbox_sits_beside_its_label(demo, page, live_server):
    page.goto(live_server.url + "/report/")
    for name in ("danger", "hurt", "suspect_present", "happening_now"):
        page.locator(f"#id_{name}_0").check()
    page.get_by_role("button", name="Continue").click()
    page.wait_for_url("**/step/category/")
    page.get_by_role("radio", name="Vandalism").check()
    page.get_by_role("button", name="Save and continue").click()
    page.wait_for_url("**/step/what/")
    page.get_by_label("What happened?").fill("Someone painted words on my garage door.")
    page.get_by_role("button", name="Save and continue").click()
    page.wait_for_url("**/step/where/")

    box = page.get_by_role("checkbox", name="I don't know the exact address")
    label = page.locator("label[for='id_address_unknown']")
    for width in each_width(page):
        b, t = box.bounding_box(), label.bounding_box()
        assert b["width"] <= 40, f"the checkbox is {b['width']}px wide at {width}px"
        assert b["x"] + b["width"] <= t["x"], f"the checkbox is not left of its label at {width}px"
        # On the label's first line, not under it.
        assert b["y"] < t["y"] + 30 and b["y"] + b["height"] > t["y"], f"not beside at {width}px"
