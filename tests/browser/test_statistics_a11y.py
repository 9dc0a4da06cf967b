"""The supervisors' statistics and the public "how we're doing" page in Chromium: axe-clean in
English and Spanish, with figures, charts, tables and a survey comment on them."""

import pytest
from django.utils import translation

from dispatch_bridge import services
from reporting.models import SurveyResponse
from tests.factories import CategoryFactory, _locale, report_submit_for_test
from tests.support.staff import make_staff

from .test_dispatch_console import sign_in

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


@pytest.fixture
def figures(site):
    dispatcher = make_staff("dispatcher", "dispatcher")
    vandalism = CategoryFactory(name="Vandalism")
    CategoryFactory(
        name="Vandalismo",
        slug="vandalismo",
        locale=_locale("es"),
        translation_key=vandalism.translation_key,
    )
    reports = [report_submit_for_test(category=vandalism) for _ in range(3)]
    for report in reports[:2]:
        services.queue_item_claim(item_id=report.queue_item.pk, actor=dispatcher)
        services.queue_item_approve(item_id=report.queue_item.pk, actor=dispatcher)
    SurveyResponse.objects.create(report=reports[0], score=4, comment="Fast answer.", channel="sms")


@pytest.mark.parametrize("language", ["en", "es"])
def test_the_supervisors_statistics_page_is_accessible(
    browser, live_server, figures, axe, language
):
    make_staff("supervisor", "supervisor")
    context = browser.new_context(locale="es-ES" if language == "es" else "en-US")
    page = context.new_page()
    try:
        sign_in(page, live_server.url, "supervisor@example.org")
        page.goto(f"{live_server.url}/dispatch/stats/")
        assert page.locator("html").get_attribute("lang") == language
        assert page.get_by_role("img").count() == 3  # the three charts, each an image
        name = "Vandalism" if language == "en" else "Vandalismo"
        assert page.get_by_role("row", name=f"{name} 3").count() >= 1
        axe(page, context=f"on the statistics page ({language})")
    finally:
        context.close()


@pytest.mark.parametrize("prefix", ["", "/es"])
def test_the_public_page_is_accessible_and_needs_no_javascript(
    browser, live_server, figures, axe, prefix
):
    url = f"{live_server.url}{prefix}/how-we-are-doing/"
    with translation.override(prefix.strip("/") or "en"):
        heading = translation.gettext("How we're doing")
    scriptless = browser.new_context(java_script_enabled=False)
    try:
        page = scriptless.new_page()
        page.goto(url)
        assert page.get_by_role("heading", level=1).inner_text() == heading
        assert page.get_by_role("img").count() == 1  # the chart, drawn on the server
        assert page.locator("table.stats-table tfoot").inner_text().strip().endswith("3")
    finally:
        scriptless.close()
    context = browser.new_context()
    try:
        page = context.new_page()
        page.goto(url)
        axe(page, context=f"on the public statistics page ({prefix or 'en'})")
    finally:
        context.close()
