"""Every new alerts page in Chromium, English and Spanish: no axe violations, and the sign-up
works from the keyboard without JavaScript."""

import pytest
from django.conf import settings
from django.contrib.auth.models import Group

from portal.staff.roles import SUPERVISOR
from reporting.alerts import services
from reporting.alerts.models import Subscriber
from tests.factories import StaffFactory
from tests.reporting.alerts.conftest import (  # noqa: F401 - fixtures
    alert_make,
    alerts_settings,
    hoods_make,
    subscriber_make,
)
from tests.support.staff import login_with_mfa

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


@pytest.fixture
def hoods(transactional_db):
    return hoods_make()


@pytest.fixture
def alerts_data(hoods):
    alert = alert_make(neighbourhoods=[hoods[0]])
    subscriber = subscriber_make(phone="+12025550101", neighbourhoods=[hoods[0]])
    return alert, subscriber


def local(path: str) -> str:
    return path.removeprefix(settings.WAGTAILADMIN_BASE_URL)


@pytest.mark.parametrize("language", ["en", "es"])
def test_the_public_alert_pages_have_no_axe_violations(
    page, live_server, site, axe, alerts_data, language
):
    alert, subscriber = alerts_data
    prefix = "" if language == "en" else "/es"
    paths = [
        "/alerts/",
        f"/alerts/{alert.uid}/",
        "/alerts/subscribe/",
        "/alerts/subscribe/thanks/",
        local(services.email_confirm_url(subscriber.pk)).removeprefix("/es"),
        local(services.preferences_url(subscriber.pk)),
        "/alerts/preferences/1-bad/",
    ]
    for path in paths:
        page.goto(f"{live_server.url}{prefix}{path}")
        assert page.locator("html").get_attribute("lang") == language
        axe(page, context=f"on {prefix}{path}")
    # The banner on the home page.
    page.goto(f"{live_server.url}{prefix}/")
    assert page.locator(f"#community-alert-{alert.pk}").count() == 1
    axe(page, context=f"on the home page with an alert ({language})")


@pytest.mark.parametrize("language", ["en", "es"])
def test_the_sign_up_errors_have_no_axe_violations(page, live_server, site, axe, hoods, language):
    prefix = "" if language == "en" else "/es"
    page.goto(f"{live_server.url}{prefix}/alerts/subscribe/")
    page.get_by_role("button", name="Sign up" if language == "en" else "Suscribirse").click()
    page.wait_for_selector("#error-summary")
    axe(page, context=f"on the sign-up form with errors ({language})")


def test_signing_up_by_keyboard_without_javascript(browser, live_server, site, hoods):
    context = browser.new_context(java_script_enabled=False)
    page = context.new_page()
    try:
        page.goto(f"{live_server.url}/es/alerts/subscribe/")
        page.locator("#id_email").fill("kb@example.org")
        page.get_by_label("Oeste").check()
        page.get_by_role("button", name="Suscribirse").press("Enter")
        page.wait_for_url("**/alerts/subscribe/thanks/")
        subscriber = Subscriber.objects.get()
        assert (subscriber.email, subscriber.language) == ("kb@example.org", "es")
    finally:
        context.close()


@pytest.mark.parametrize("language", ["en", "es"])
def test_the_supervisor_counts_page_has_no_axe_violations(
    page, live_server, site, client, axe, alerts_data, language
):
    user = StaffFactory(username="supervisor")
    user.groups.add(Group.objects.get(name=SUPERVISOR))
    login_with_mfa(client, user)
    page.context.add_cookies(
        [
            {
                "name": settings.SESSION_COOKIE_NAME,
                "value": client.cookies[settings.SESSION_COOKIE_NAME].value,
                "url": live_server.url,
            }
        ]
    )
    prefix = "" if language == "en" else "/es"
    page.goto(f"{live_server.url}{prefix}/staff/alerts/")
    assert (
        page.get_by_role("cell", name="Main Street closed").count()
        + page.get_by_role("rowheader", name="Main Street closed").count()
        == 1
    )
    axe(page, context=f"on the staff alert counts ({language})")
