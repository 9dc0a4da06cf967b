"""9-1-1 for Kids in Chromium: the game, the practice call by keyboard, printing, privacy,
accessibility (axe, tap targets, reduced motion) and no request leaving the site."""

import pytest
from playwright.sync_api import expect

from cms.kids.demo_content import ACTIVITIES
from cms.kids.models import KidsActivityPage
from tests.kids import fixtures as kids_fixtures

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]
kids_home = kids_fixtures.kids_home
kids_pages = kids_fixtures.kids_pages

PRACTICE_CALL = next(a for a in ACTIVITIES if a["slug"] == "practice-call")["body"][0][1]

# Every visible control inside <main> narrower or shorter than 44 CSS pixels.
SMALL_TARGETS_JS = """() => Array.from(document.querySelectorAll(
    'main a, main button, main input, main summary, main select, main textarea'))
  .filter((el) => el.getClientRects().length > 0)
  .map((el) => ({html: el.outerHTML.slice(0, 80), box: el.getBoundingClientRect()}))
  .filter(({box}) => box.width < 44 || box.height < 44)
  .map(({html, box}) => `${html} is ${Math.round(box.width)}x${Math.round(box.height)}`)"""


def activity_url(live_server, language, slug):
    page = KidsActivityPage.objects.get(locale__language_code=language, slug=slug)
    return live_server.url + page.url


def settle(page):
    """Wait for CSS animations to end, so axe measures colours as they finally are."""
    page.wait_for_function(
        "() => document.getAnimations().every((a) => a.playState === 'finished')"
    )


def all_kids_urls(live_server, pages):
    return [(code, live_server.url + page.url) for code, page in pages]


def card(page, prompt):
    return page.locator("[data-kids-card]").filter(has_text=prompt)


def test_the_game_gives_immediate_kind_feedback_and_the_reason(page, live_server, kids_home):
    page.goto(activity_url(live_server, "en", "is-it-an-emergency"))

    fire = card(page, "A house is on fire.")
    fire.get_by_role("button", name="Yes, call 9-1-1").click()
    feedback = fire.get_by_role("status")
    expect(feedback).to_contain_text("You got it! This is a 9-1-1 emergency.")
    expect(feedback).to_contain_text("Get out first.")

    toy = card(page, "You lost your toy.")
    toy.get_by_role("button", name="Yes, call 9-1-1").click()
    expect(toy.get_by_role("status")).to_contain_text("Good try! This is not a 9-1-1 emergency.")
    expect(toy.get_by_role("status")).to_contain_text("Ask a grown-up to help you look.")
    # A second try is allowed, with no penalty and no timer.
    toy.get_by_role("button", name="No, not 9-1-1").click()
    expect(toy.get_by_role("status")).to_contain_text("You got it!")


def test_the_game_answers_in_spanish(page, live_server, kids_home):
    page.goto(activity_url(live_server, "es", "es-una-emergencia"))

    prank = card(page, "¡llama al 9-1-1 de broma!")
    prank.get_by_role("button", name="No, no es para el 9-1-1").click()

    expect(prank.get_by_role("status")).to_contain_text(
        "¡Muy bien! Esto no es una emergencia para el 9-1-1."
    )


def test_the_practice_call_can_be_completed_by_keyboard_alone(page, live_server, kids_home):
    page.goto(activity_url(live_server, "en", "practice-call"))
    expect(page.get_by_text("This is practice. This phone can not call anyone.")).to_be_visible()

    focus_by_tab(page, "document.activeElement.dataset.key !== undefined")
    page.keyboard.type("912")
    focus_by_tab(page, "'call' in document.activeElement.dataset")
    page.keyboard.press("Enter")
    expect(page.get_by_text("That is not 9-1-1. Press Delete and try again.")).to_be_visible()

    page.keyboard.press("Shift+Tab")  # back to Delete
    page.keyboard.press("Enter")
    page.keyboard.type("1")
    expect(page.locator("[data-dialled]")).to_have_text("911")
    focus_by_tab(page, "'call' in document.activeElement.dataset")
    page.keyboard.press("Enter")

    for step in PRACTICE_CALL["steps"]:
        expect(page.locator("[data-says]")).to_have_text(step["call_taker_says"])
        expect(page.locator("[data-hint]")).to_have_text(step["hint"])
        answer = page.get_by_label("Your answer. It stays on this device.")
        expect(answer).to_be_focused()
        page.keyboard.type("Pretend answer")
        page.keyboard.press("Enter")

    done = page.locator("[data-done]")
    expect(done).to_be_visible()
    expect(done).to_contain_text(PRACTICE_CALL["closing"])
    expect(page.locator("[data-cheer]")).to_be_focused()
    assert page.locator('a[href^="tel:"]').count() == 0


def focus_by_tab(page, condition_js, limit=80):
    for _ in range(limit):
        if page.evaluate(f"() => Boolean({condition_js})"):
            return
        page.keyboard.press("Tab")
    raise AssertionError(f"Tab never reached an element where {condition_js}")


def test_the_address_card_never_leaves_the_browser(page, live_server, kids_home):
    page.add_init_script("window.print = () => { window.__printed = true; };")
    page.goto(activity_url(live_server, "en", "know-your-address"))
    page.wait_for_load_state("networkidle")
    requests = []
    page.on("request", lambda request: requests.append(request.url))

    for label, text in [
        ("My name", "Sam Example"),
        ("My address: number and street", "12 Oak Street"),
        ("My town or city", "Example City"),
        ("A grown-up's phone number", "202-555-0100"),
    ]:
        field = page.get_by_label(label)
        field.fill(text)
        field.press("Enter")
    page.get_by_role("button", name="Print my card").click()

    assert page.evaluate("window.__printed") is True
    assert page.get_by_label("My name").input_value() == "Sam Example"
    assert requests == []
    assert page.locator("form").count() == 0


def test_printing_one_sheet_prints_only_that_sheet(page, live_server, kids_home):
    page.add_init_script("window.print = () => {};")
    page.goto(activity_url(live_server, "en", "print-and-color"))
    certificate = page.locator(".kids-printable--certificate")
    certificate.get_by_role("button", name="Print this sheet").click()

    page.emulate_media(media="print")

    expect(certificate.locator("[data-printable-sheet]")).to_be_visible()
    expect(page.locator(".kids-printable--activity")).to_be_hidden()
    expect(page.locator(".site-header")).to_be_hidden()
    expect(page.locator(".kids-emergency-note")).to_be_hidden()
    expect(certificate.locator("a[download]")).to_be_hidden()


def test_the_print_stylesheet_prints_every_sheet_without_the_site_chrome(
    page, live_server, kids_home
):
    page.goto(activity_url(live_server, "en", "print-and-color"))

    page.emulate_media(media="print")

    for kind in ("activity", "coloring", "certificate"):
        expect(page.locator(f".kids-printable--{kind} [data-printable-sheet]")).to_be_visible()
    expect(page.locator(".site-header")).to_be_hidden()
    expect(page.locator("a[download]").first).to_be_hidden()


def test_kids_pages_work_without_javascript(browser, live_server, kids_home):
    context = browser.new_context(java_script_enabled=False)
    page = context.new_page()
    try:
        page.goto(activity_url(live_server, "en", "is-it-an-emergency"))
        fire = card(page, "A house is on fire.")
        expect(fire.get_by_role("button", name="Yes, call 9-1-1")).to_be_hidden()
        fire.get_by_text("See the answer").click()
        expect(fire.get_by_text("Get out first.")).to_be_visible()

        page.goto(activity_url(live_server, "en", "practice-call"))
        script = page.locator("[data-script]")
        expect(script).to_be_visible()
        for step in PRACTICE_CALL["steps"]:
            expect(script).to_contain_text(step["call_taker_says"])
        expect(page.locator("[data-phone]")).to_be_hidden()

        page.goto(activity_url(live_server, "en", "know-your-address"))
        expect(page.get_by_text("use the Print menu of your browser")).to_be_visible()
        page.get_by_label("My name").fill("Sam")
    finally:
        context.close()


def test_kids_pages_make_no_request_outside_the_site(page, live_server, kids_pages):
    requests = []
    page.on("request", lambda request: requests.append(request.url))

    for _code, url in all_kids_urls(live_server, kids_pages):
        page.goto(url)
        page.wait_for_load_state("networkidle")
        if "practice" in url or "llamada" in url:
            page.locator("[data-key='9']").click()

    assert any(u.endswith("/kids/kids.js") for u in requests)
    outside = [u for u in requests if not u.startswith((live_server.url, "data:", "blob:"))]
    assert outside == []


def test_every_kids_page_has_no_axe_violations_in_both_languages(
    page, live_server, kids_pages, axe
):
    for code, url in all_kids_urls(live_server, kids_pages):
        page.goto(url)
        axe(page, context=f"on {url} ({code})")

        if page.locator("[data-kids-game]").count():
            page.locator("[data-kids-card] .kids-button--yes").first.click()
            page.locator("[data-kids-card] .kids-button--no").nth(3).click()
            settle(page)
            axe(page, context=f"on {url} after answering")
        if page.locator("[data-practice-call]").count():
            page.locator("[data-key='9']").click()
            page.locator("[data-key='1']").click()
            page.locator("[data-key='1']").click()
            page.locator("[data-call]").click()
            settle(page)
            axe(page, context=f"on {url} during the call")
            for _ in PRACTICE_CALL["steps"]:
                page.locator("[data-next]").click()
            settle(page)
            axe(page, context=f"on {url} at the end of the call")


def test_every_tap_target_on_kids_pages_is_at_least_44px(page, live_server, kids_pages):
    page.set_viewport_size({"width": 375, "height": 812})  # a small phone
    too_small = {}
    for _code, url in all_kids_urls(live_server, kids_pages):
        page.goto(url)
        if page.locator("[data-practice-call]").count():
            assert page.evaluate(SMALL_TARGETS_JS) == []
            page.locator("[data-key='9']").click()
            page.locator("[data-key='1']").click()
            page.locator("[data-key='1']").click()
            page.locator("[data-call]").click()
        if small := page.evaluate(SMALL_TARGETS_JS):
            too_small[url] = small

    assert too_small == {}


@pytest.mark.parametrize(
    ("motion", "animation"), [("reduce", "none"), ("no-preference", "kids-pop")]
)
def test_feedback_animation_respects_prefers_reduced_motion(
    page, live_server, kids_home, motion, animation
):
    page.emulate_media(reduced_motion=motion)
    page.goto(activity_url(live_server, "en", "is-it-an-emergency"))

    fire = card(page, "A house is on fire.")
    fire.get_by_role("button", name="Yes, call 9-1-1").click()

    feedback = fire.get_by_role("status")
    expect(feedback).to_contain_text("You got it!")
    assert feedback.evaluate("(el) => getComputedStyle(el).animationName") == animation
