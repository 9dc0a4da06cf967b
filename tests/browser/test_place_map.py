"""The where step's map in Chromium: a pin fills the address, by mouse and by keyboard, with
no tile server and no request outside the site; without JavaScript the step works as before.
The dispatcher sees the same map on the item page."""

import json
import re

import pytest
from django.core.cache import cache
from playwright.sync_api import expect

from reporting.demo import DEMO_BOUNDARY, DEMO_REFERRAL
from reporting.models import ReportingSettings
from tests.browser.test_dispatch_console import sign_in
from tests.dispatch_bridge.conftest import make_staff
from tests.factories import CategoryFactory, report_submit_for_test
from tests.reporting.places.conftest import example_city  # noqa: F401 - shared fixture

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

SCREENING = ("danger", "hurt", "suspect_present", "happening_now")
WORDS = {
    "en": {
        "continue": "Continue",
        "category": "Vandalism",
        "save": "Save and continue",
        "what": "What happened?",
        "filled": "Pin dropped near {}, Example City. The address was filled in",
        "zoom_in": "Zoom in",
        "choose": "Is it one of these places?",
    },
    "es": {
        "continue": "Continuar",
        "category": "Vandalismo",
        "save": "Guardar y continuar",
        "what": "¿Qué pasó?",
        "filled": "Pin colocado cerca de {}, Example City. Se llenó la dirección",
        "zoom_in": "Acercar",
        "choose": "¿Es uno de estos lugares?",
    },
}


@pytest.fixture(autouse=True)
def _fresh_cache():
    cache.clear()
    yield
    cache.clear()


@pytest.fixture
def city(site, locales, example_city):  # noqa: F811 - the shared fixture, used
    english = CategoryFactory(name="Vandalism", slug="vandalism", apco_code="VANDAL")
    CategoryFactory(
        name="Vandalismo",
        slug="vandalism",
        apco_code="VANDAL",
        locale=locales["es"],
        translation_key=english.translation_key,
    )
    ReportingSettings.objects.update_or_create(
        site=site,
        defaults={"boundary_geojson": json.dumps(DEMO_BOUNDARY), "outside_referral": DEMO_REFERRAL},
    )
    return site


def to_where_step(page, base_url, language="en"):
    words = WORDS[language]
    prefix = "/es" if language == "es" else ""
    page.goto(base_url + prefix + "/report/")
    for name in SCREENING:
        page.check(f"#id_{name}_0")
    page.get_by_role("button", name=words["continue"]).click()
    page.get_by_role("radio", name=words["category"]).check()
    page.get_by_role("button", name=words["save"]).click()
    page.get_by_label(words["what"]).fill("Someone spray painted the wall of the corner store.")
    page.get_by_role("button", name=words["save"]).click()
    page.wait_for_url("**/step/where/")


def outside_requests(page, base_url):
    seen = []
    page.on("request", lambda request: seen.append(request.url))
    return lambda: [url for url in seen if not url.startswith(base_url)]


@pytest.mark.parametrize("language", ["en", "es"])
def test_a_click_on_the_map_drops_a_pin_and_fills_the_address(
    page, live_server, city, axe, language
):
    words = WORDS[language]
    outside = outside_requests(page, live_server.url)
    to_where_step(page, live_server.url, language)

    canvas = page.locator(".place-map-canvas")
    expect(canvas).to_be_visible()
    # No tile server: the agency's own streets are drawn, with their names.
    expect(page.locator(".place-map .leaflet-overlay-pane path").nth(18)).to_be_attached()
    expect(page.locator(".street-label", has_text="Maple Avenue")).to_be_visible()
    expect(page.get_by_role("button", name=words["zoom_in"])).to_be_visible()
    axe(page, context=f"on the where step with its map ({language})")

    box = canvas.bounding_box()
    canvas.click(position={"x": box["width"] / 2, "y": box["height"] / 2})

    # The centre of the demo city is near the 600 block; which street depends on the zoom.
    address = page.locator("#id_address")
    expect(address).to_have_value(re.compile(r"^6\d\d \w+ (Street|Avenue)$"))
    expect(page.locator("#place-map-status")).to_contain_text(
        words["filled"].format(address.input_value())
    )
    assert 34.04 < float(page.locator("#id_latitude").input_value()) < 34.06
    assert -118.26 < float(page.locator("#id_longitude").input_value()) < -118.24
    expect(page.locator(".place-map .leaflet-marker-icon")).to_be_visible()
    axe(page, context=f"after dropping a pin ({language})")

    page.get_by_role("button", name=words["save"]).click()
    page.wait_for_url("**/step/when/")
    assert outside() == []


def test_the_pin_is_dropped_and_the_step_sent_by_keyboard(page, live_server, city):
    to_where_step(page, live_server.url)
    canvas = page.locator(".place-map-canvas")
    for _ in range(40):
        page.keyboard.press("Tab")
        if canvas.evaluate("el => el === document.activeElement"):
            break
    else:
        raise AssertionError("Tab never reached the map")
    page.keyboard.press("Enter")
    expect(page.get_by_label("Street address")).to_have_value(
        re.compile(r"^6\d\d \w+ (Street|Avenue)$")
    )
    save = page.get_by_role("button", name="Save and continue")
    for _ in range(40):
        page.keyboard.press("Tab")
        if save.evaluate("el => el === document.activeElement"):
            break
    page.keyboard.press("Enter")
    page.wait_for_url("**/step/when/")


def test_a_typo_gets_suggestions_that_axe_accepts(page, live_server, city, axe):
    to_where_step(page, live_server.url, "es")
    page.locator("#id_address").fill("Avenida Mapel 600")
    page.get_by_role("button", name="Guardar y continuar").click()
    expect(page.get_by_text("¿Es uno de estos lugares?", exact=True)).to_be_visible()
    axe(page, context="on the suggestions (es)")
    page.get_by_role("radio", name="600 Maple Avenue, Example City").check()
    # The chosen place's pin is on the map.
    page.get_by_role("button", name="Guardar y continuar").click()
    page.wait_for_url("**/step/when/")


def test_without_javascript_the_step_works_and_shows_no_map(browser, live_server, city):
    context = browser.new_context(java_script_enabled=False)
    page = context.new_page()
    try:
        to_where_step(page, live_server.url)
        expect(page.locator("#place-map")).to_be_hidden()
        page.get_by_label("Street address").fill("12 Oka Avenu")
        page.get_by_role("button", name="Save and continue").click()
        expect(page.get_by_text("Is it one of these places?", exact=True)).to_be_visible()
        page.get_by_role("radio", name="12 Oak Avenue, Example City").check()
        page.get_by_role("button", name="Save and continue").click()
        page.wait_for_url("**/step/when/")
        # A typed address in the next town: the referral at once.
        page.goto(live_server.url + "/report/step/where/")
        page.get_by_label("Street address").fill("15 Harbor Road")
        page.get_by_role("button", name="Save and continue").click()
        page.wait_for_url("**/outside-our-area/")
        expect(page.get_by_text("Example County Sheriff")).to_be_visible()
    finally:
        context.close()


def test_the_dispatcher_sees_the_point_on_the_item_page(page, live_server, city, axe):
    report = report_submit_for_test(
        email="alex@example.org",
        address="12 Oak Avenue",
        latitude="34.034300",
        longitude="-118.273520",
    )
    make_staff("dispatcher", "dispatcher")
    sign_in(page, live_server.url, "dispatcher@example.org")
    page.goto(f"{live_server.url}/dispatch/items/{report.queue_item.pk}/")
    expect(page.locator(".place-map-canvas")).to_be_visible()
    expect(page.locator(".place-map .leaflet-marker-icon")).to_be_visible()
    axe(page, context="on the item page with its map")
