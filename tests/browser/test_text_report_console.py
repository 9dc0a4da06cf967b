"""A report filed by text, on the console in Chromium: the channel and the conversation show,
axe-clean in English and Spanish."""

import pytest
from django.conf import settings as django_settings
from django.test import Client

from reporting.models import Report
from tests.factories import CategoryFactory
from tests.reporting.conversations.helpers import Phone
from tests.support.staff import login_with_mfa, make_staff

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


@pytest.mark.parametrize("language", ["en", "es"])
def test_a_text_reports_item_page_is_axe_clean(browser, live_server, site, axe, settings, language):
    settings.MESSAGING_BACKEND = "locmem"
    settings.TWILIO_WEBHOOK_BASE_URL = ""
    CategoryFactory(name="Lost property", slug="lost", apco_code="LOST", sort_order=1)
    Phone(Client()).file_report(
        name="<script>alert(1)</script>", language_word="REPORTE" if language == "es" else "REPORT"
    )
    report = Report.objects.get()
    staff = Client()
    login_with_mfa(staff, make_staff("dispatcher", "dispatcher"))
    context = browser.new_context(locale=language)
    try:
        context.add_cookies(
            [
                {
                    "name": django_settings.SESSION_COOKIE_NAME,
                    "value": staff.cookies[django_settings.SESSION_COOKIE_NAME].value,
                    "url": live_server.url,
                }
            ]
        )
        page = context.new_page()
        dialogs = []
        page.on("dialog", lambda dialog: dialogs.append(dialog.message))
        page.goto(f"{live_server.url}/dispatch/")
        page.locator("td.channel--sms").first.wait_for()
        axe(page, context=f"on the queue with a text report ({language})")
        page.goto(f"{live_server.url}/dispatch/items/{report.queue_item.pk}/")
        page.locator("dd.channel--sms").wait_for()
        assert page.locator("#thread .thread-message").count() >= 20
        assert page.get_by_text("<script>alert(1)</script>").first.is_visible()
        axe(page, context=f"on a text report's item page ({language})")
        assert dialogs == []
    finally:
        context.close()
