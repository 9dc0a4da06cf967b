import pytest

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


@pytest.mark.parametrize("language", ["en", "es"])
def test_staff_login_page_has_no_axe_violations(page, live_server, site, axe, language):
    prefix = "" if language == "en" else f"/{language}"

    page.goto(f"{live_server.url}{prefix}/accounts/login/")

    assert page.locator("html").get_attribute("lang") == language
    assert page.locator("input[name=login]").is_visible()
    axe(page, context=f"on the staff login page ({language})")
