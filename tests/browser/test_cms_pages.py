"""Every page type in Chromium, in English and Spanish: zero axe violations, phone-sized."""

import pytest

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

PAGE_TYPES = {
    "en": [
        "/",  # HomePage
        "/what-happens-when-you-call/",  # EducationPage (steps, questions, callouts)
        "/records-and-property/",  # EducationPage (FAQ block, do/don't)
        "/faq/",  # FAQIndexPage
        "/faq/?q=cell+phone",  # FAQIndexPage search results
        "/contact-us/",  # ContactDirectoryPage
        "/request-a-presentation/",  # RequestPage
    ],
    "es": [
        "/es/",
        "/es/que-pasa-cuando-llama/",
        "/es/registros-y-propiedad/",
        "/es/preguntas-frecuentes/",
        "/es/preguntas-frecuentes/?q=celular",
        "/es/contactenos/",
        "/es/solicite-una-presentacion/",
    ],
}


@pytest.mark.parametrize("language", ["en", "es"])
def test_every_page_type_has_no_axe_violations(demo, page, live_server, axe, language):
    for path in PAGE_TYPES[language]:
        page.goto(live_server.url + path)
        assert page.locator("html").get_attribute("lang") == language, path
        axe(page, context=f"on {path}")


@pytest.mark.parametrize("language", ["en", "es"])
def test_request_form_errors_have_no_axe_violations(demo, page, live_server, axe, language):
    page.goto(live_server.url + PAGE_TYPES[language][-1])
    page.locator("form.form button[type=submit]").click()
    page.wait_for_selector(".error-summary")
    axe(page, context="on the request form with errors")


def test_request_form_works_by_keyboard_alone(demo, page, live_server):
    from datetime import timedelta

    from django.utils import timezone

    from cms.models import PresentationRequest

    page.goto(live_server.url + "/request-a-presentation/")
    page.get_by_label("A tour of the 9-1-1 center").focus()
    page.keyboard.press("Space")
    fields = {
        "Organization": "Oak Hill Scouts",
        "Number of people": "12",
        "Contact name": "Sam Lee",
        "Contact email": "sam@example.org",
    }
    for label, value in fields.items():
        page.get_by_label(label, exact=False).first.focus()
        page.keyboard.type(value)
    page.get_by_label("Age group").focus()
    page.keyboard.press("ArrowDown")  # first real choice after the blank one
    date = (timezone.localdate() + timedelta(days=21)).strftime("%m%d%Y")
    page.get_by_label("Preferred date").focus()
    page.keyboard.type(date)
    page.get_by_role("button", name="Send request").focus()
    page.keyboard.press("Enter")

    page.wait_for_selector("text=We have your request")
    request = PresentationRequest.objects.get()
    assert (request.kind, request.organisation, request.head_count) == (
        "tour",
        "Oak Hill Scouts",
        12,
    )


@pytest.mark.parametrize("path", ["/", "/es/que-pasa-cuando-llama/", "/request-a-presentation/"])
def test_pages_fit_a_320_pixel_screen_without_sideways_scrolling(demo, page, live_server, path):
    page.set_viewport_size({"width": 320, "height": 640})
    page.goto(live_server.url + path)
    overflow = page.evaluate("document.documentElement.scrollWidth - window.innerWidth")
    assert overflow <= 0, f"{path} scrolls sideways by {overflow}px at 320px"


def test_skip_link_is_first_and_focus_is_visible(demo, page, live_server):
    page.goto(live_server.url + "/")
    page.keyboard.press("Tab")
    focused = page.evaluate("document.activeElement.textContent.trim()")
    assert focused == "Skip to main content"
    outline = page.evaluate("getComputedStyle(document.activeElement).outlineStyle")
    assert outline != "none"
