"""The report flow in Chromium: keyboard alone, and axe on every step in both languages."""

import json
import re

import pytest
from django.core.cache import cache

from reporting.models import Report, ReportingSettings
from tests.factories import CategoryFactory

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


@pytest.fixture(autouse=True)
def _fresh_rate_limits():
    cache.clear()
    yield
    cache.clear()


@pytest.fixture
def categories(locales):
    english = CategoryFactory(
        name="Vandalism", slug="vandalism", apco_code="VANDAL", description="Damage or graffiti."
    )
    CategoryFactory(
        name="Vandalismo",
        slug="vandalism",
        apco_code="VANDAL",
        locale=locales["es"],
        translation_key=english.translation_key,
        description="Daños o grafiti.",
    )
    return english


def tab_to(page, locator, *, max_tabs=80):
    """Press Tab until the locator has focus, as a keyboard user would."""
    for _ in range(max_tabs):
        page.keyboard.press("Tab")
        if locator.evaluate("el => el === document.activeElement"):
            return
    raise AssertionError(f"Tab never reached {locator}")


def test_a_report_is_filed_by_keyboard_alone_and_its_status_page_read(
    page, live_server, site, categories
):
    page.goto(live_server.url + "/")
    tab_to(page, page.get_by_role("link", name="Report a non-emergency", exact=True))
    page.keyboard.press("Enter")

    page.wait_for_url("**/report/")
    for name in ("danger", "hurt", "suspect_present", "happening_now"):
        tab_to(page, page.locator(f"#id_{name}_0"))
        page.keyboard.press("Space")
    tab_to(page, page.get_by_role("button", name="Continue"))
    page.keyboard.press("Enter")

    page.wait_for_url("**/step/category/")
    tab_to(page, page.get_by_role("radio", name="Vandalism"))
    page.keyboard.press("Space")
    continue_ = page.get_by_role("button", name="Save and continue")
    tab_to(page, continue_)
    page.keyboard.press("Enter")

    page.wait_for_url("**/step/what/")
    tab_to(page, page.get_by_label("What happened?"))
    page.keyboard.type("Someone kicked in the panel of my wooden fence on Tuesday night.")
    tab_to(page, continue_)
    page.keyboard.press("Enter")

    page.wait_for_url("**/step/where/")
    tab_to(page, page.get_by_label("Street address"))
    page.keyboard.type("12 Oak Street")
    page.keyboard.press("Tab")
    page.keyboard.type("Example City")
    tab_to(page, continue_)
    page.keyboard.press("Enter")

    page.wait_for_url("**/step/when/")
    tab_to(page, page.locator("#id_date_from"))
    page.keyboard.type("01102026")
    tab_to(page, continue_)
    page.keyboard.press("Enter")

    for slug in ("who", "property", "photos"):
        page.wait_for_url(f"**/step/{slug}/")
        tab_to(page, continue_)
        page.keyboard.press("Enter")

    page.wait_for_url("**/step/contact/")
    tab_to(page, page.get_by_label("Your name"))
    page.keyboard.type("Alex Resident")
    page.keyboard.press("Tab")
    page.keyboard.type("(202) 555-0123")
    tab_to(page, continue_)
    page.keyboard.press("Enter")

    page.wait_for_url("**/step/review/")
    assert "Step 9 of 9" in page.content()
    tab_to(page, page.get_by_role("button", name="Send my report"))
    page.keyboard.press("Enter")

    page.wait_for_url("**/received/**")
    report = Report.objects.get()
    assert page.locator(".reference").inner_text() == report.reference
    tab_to(page, page.get_by_role("link", name="Open the status page of your report"))
    page.keyboard.press("Enter")

    page.wait_for_url("**/status/**")
    heading = page.get_by_role("heading", level=1)
    assert heading.inner_text() == f"Report {report.reference}"
    assert "We received your report." in page.locator("#history + ol").inner_text()
    assert report.narrative.startswith("Someone kicked in the panel")
    assert str(report.occurred_from.date()) in ("2026-01-10", "2026-01-11")


def _continue(page):
    page.locator("button[name=nav][value=next]").click()


@pytest.mark.parametrize("language", ["en", "es"])
def test_every_step_has_no_axe_violations(page, live_server, site, categories, axe, language):
    prefix = live_server.url + ("/es" if language == "es" else "")
    ReportingSettings.objects.update_or_create(
        site=site,
        defaults={
            "boundary_geojson": json.dumps(
                {"type": "Polygon", "coordinates": [[[0, 0], [1, 0], [1, 1], [0, 1], [0, 0]]]}
            ),
            "outside_referral": "Example County Sheriff: (202) 555-0177",
        },
    )

    def check(what):
        assert f'lang="{language}"' in page.content()
        axe(page, context=f"on {what} ({language})")

    # Screening, then the Call 9-1-1 page a "yes" leads to.
    page.goto(prefix + "/report/")
    check("the screening")
    page.check("#id_danger_1")
    for name in ("hurt", "suspect_present", "happening_now"):
        page.check(f"#id_{name}_0")
    page.locator("form button[type=submit]").click()
    page.wait_for_url("**/call-911/")
    check("the Call 9-1-1 page")

    page.goto(prefix + "/report/")
    for name in ("danger", "hurt", "suspect_present", "happening_now"):
        page.check(f"#id_{name}_0")
    page.locator("form button[type=submit]").click()

    page.wait_for_url("**/step/category/")
    check("step 1")
    _continue(page)  # nothing chosen: the error state
    check("step 1 with an error")
    page.check("input[name=category]")
    _continue(page)

    page.wait_for_url("**/step/what/")
    check("step 2")
    page.fill("#id_narrative", "My neighbor is bleeding on the stairs; the fence is broken.")
    _continue(page)
    page.wait_for_url("**/check/**")
    check("the emergency-words page")
    page.locator("main form button").click()

    page.wait_for_url("**/step/where/")
    check("step 3")
    page.locator("summary").click()
    page.fill("#id_address", "12 Oak Street")
    page.fill("#id_latitude", "5")
    page.fill("#id_longitude", "5")
    _continue(page)
    page.wait_for_url("**/outside-our-area/")
    check("the referral page")
    page.goto(prefix + "/report/step/where/")
    page.fill("#id_latitude", "0.5")
    page.fill("#id_longitude", "0.5")
    _continue(page)

    page.wait_for_url("**/step/when/")
    check("step 4")
    page.fill("#id_date_from", "2026-01-10")
    _continue(page)
    for n, slug in enumerate(("who", "property", "photos"), start=5):
        page.wait_for_url(f"**/step/{slug}/")
        check(f"step {n}")
        _continue(page)

    page.wait_for_url("**/step/contact/")
    check("step 8")
    _continue(page)
    check("step 8 with errors")
    page.fill("#id_reporter_name", "Alex Resident")
    page.fill("#id_phone", "(202) 555-0123")
    _continue(page)

    page.wait_for_url("**/step/review/")
    check("step 9, the review")
    page.locator("button[name=nav][value=send]").click()

    page.wait_for_url("**/received/**")
    check("the confirmation")
    status_link = page.locator("main a[href*='/status/']").first.get_attribute("href")
    page.goto(live_server.url + status_link)
    check("the status page")
    assert Report.objects.get().possible_emergency is True

    page.goto(prefix + "/report/status/")
    check("the status lookup")
    page.fill("#id_reference", "NE-1999-000001")
    page.fill("#id_contact", "(202) 555-0199")
    page.locator("main form button[type=submit]").click()
    page.wait_for_url("**/status/code/")
    assert re.search("If the report number|Si el número de reporte", page.content())
    check("the code page after a lookup")
