import pytest
from django.conf import settings
from django.contrib.auth.models import Permission

from reporting.messaging.models import Message
from tests.factories import StaffFactory, report_submit_for_test
from tests.support.staff import login_with_mfa

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


@pytest.mark.parametrize("language", ["en", "es"])
def test_the_staff_outbox_has_no_axe_violations(page, live_server, site, client, axe, language):
    user = StaffFactory(username="supervisor")
    user.user_permissions.add(
        Permission.objects.get(codename="view_message", content_type__app_label="messaging")
    )
    report = report_submit_for_test(phone="+12025550100", email="alex@example.org")
    Message.objects.filter(report=report, channel="sms").update(status="failed", error_code="21610")
    login_with_mfa(client, user)
    page.context.add_cookies(
        [
            {
                "name": settings.SESSION_COOKIE_NAME,
                "value": client.cookies[settings.SESSION_COOKIE_NAME].value,
                "url": live_server.url,
            },
        ]
    )
    prefix = "" if language == "en" else f"/{language}"

    page.goto(f"{live_server.url}{prefix}/staff/messages/")
    assert page.locator("html").get_attribute("lang") == language
    axe(page, context=f"on the staff outbox ({language})")

    # Filtering works from the keyboard, without JavaScript.
    page.get_by_label("Status" if language == "en" else "Estado").select_option("failed")
    page.get_by_role("button", name="Filter" if language == "en" else "Filtrar").press("Enter")
    page.wait_for_url("**status=failed**")
    assert page.get_by_text("21610").count() == 1
    axe(page, context=f"on the filtered outbox ({language})")
