import pytest

from cms.models import AgencySettings

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_home_page_renders_in_chromium_with_no_axe_violations(page, live_server, site, axe):
    page.goto(live_server.url + "/")

    strip = page.get_by_role("complementary", name="Emergency and non-emergency numbers")
    emergency = strip.get_by_role("link", name="Emergency? Call 9-1-1")
    assert emergency.get_attribute("href") == "tel:911"
    non_emergency = strip.get_by_role("link", name="(202) 555-0142")
    assert non_emergency.get_attribute("href") == "tel:+12025550142"
    axe(page, context="on the home page")


def test_the_header_number_comes_from_the_site_setting(page, live_server, site):
    AgencySettings.objects.filter(site=site).update(non_emergency_number="+12025550199")

    page.goto(live_server.url + "/")

    strip = page.get_by_role("complementary", name="Emergency and non-emergency numbers")
    link = strip.get_by_role("link", name="(202) 555-0199")
    assert link.get_attribute("href") == "tel:+12025550199"
