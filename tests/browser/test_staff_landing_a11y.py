"""Signing in lands each role on its own home; the 403 page is axe-clean in both languages."""

import re

import pytest

from tests.factories import TEST_PASSWORD
from tests.support.staff import make_staff
from tests.totp import totp_code

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def sign_in(page, base_url, email):
    """Through allauth's real forms, without ?next=: password, then the TOTP code."""
    page.goto(base_url + "/accounts/login/")
    page.fill("input[name=login]", email)
    page.fill("input[name=password]", TEST_PASSWORD)
    page.locator("form button[type=submit]").first.click()
    page.wait_for_selector("input[name=code]")
    page.fill("input[name=code]", totp_code())
    page.locator("form button[type=submit]").first.click()


def test_an_editor_lands_in_the_admin_and_gets_a_clean_403_at_the_console(
    page, live_server, site, axe
):
    make_staff("editor", "Community relations editor", is_staff=False)
    sign_in(page, live_server.url, "editor@example.org")
    page.wait_for_url(re.compile(r".*/admin/$"))

    for language, heading in [
        ("en", "You don't have access to this page"),
        ("es", "No tiene acceso a esta página"),
    ]:
        page.context.add_cookies(
            [{"name": "django_language", "value": language, "url": live_server.url}]
        )
        response = page.goto(live_server.url + "/dispatch/")

        assert response.status == 403
        assert page.locator("html").get_attribute("lang") == language
        assert page.get_by_role("heading", level=1).inner_text() == heading
        assert page.locator('a[href="/admin/"]').count() == 1  # the way back
        axe(page, context=f"on the 403 page ({language})")


def test_a_dispatcher_lands_on_the_console(page, live_server, site):
    make_staff("dispatcher", "dispatcher")
    sign_in(page, live_server.url, "dispatcher@example.org")

    page.wait_for_url(re.compile(r".*/dispatch/$"))
