"""The emergency check's pages in Chromium, axe-clean in English and Spanish: the "Call 9-1-1"
answer to a status-page reply, and the console's "why this may be an emergency" with its form."""

import pytest

from reporting.selectors import status_token_for
from reporting.services import triage_findings_record
from reporting.triage.lists import check_fields
from tests.browser.test_dispatch_console import sign_in
from tests.dispatch_bridge.conftest import make_staff
from tests.factories import report_submit_for_test

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


@pytest.mark.parametrize(
    ("language", "answer", "expected"),
    [
        ("en", "He came back and he has a gun", "You wrote that someone has a weapon."),
        ("es", "Regresó y tiene una pistola", "Usted escribió que alguien tiene un arma."),
    ],
)
def test_an_emergency_answer_on_the_status_page_shows_call_911(
    page, live_server, site, axe, language, answer, expected
):
    report = report_submit_for_test(language=language)
    prefix = live_server.url + ("/es" if language == "es" else "")
    page.goto(f"{prefix}/report/status/{status_token_for(report)}/")
    page.fill("textarea[name=body]", answer)
    page.locator("main form button[type=submit]").first.click()
    page.get_by_text(expected).wait_for()
    assert page.locator("a[href^='tel:']").count() >= 1
    assert page.locator("html").get_attribute("lang") == language
    axe(page, context=f"on the Call 9-1-1 answer to a reply ({language})")
    assert report.replies.get().body == answer


@pytest.mark.parametrize("locale", ["en-US", "es-ES"])
def test_the_console_shows_why_and_the_mark_form_is_axe_clean(
    browser, live_server, site, axe, locale
):
    make_staff("dispatcher", "dispatcher")
    text = "Ventana rota. El vecino tiene una pistola y dice que va a disparar."
    report = report_submit_for_test(narrative=text, language="es", possible_emergency=True)
    triage_findings_record(
        report=report, source="wizard", findings=check_fields({"what.narrative": text})
    )
    context = browser.new_context(locale=locale)
    page = context.new_page()
    try:
        sign_in(page, live_server.url, "dispatcher@example.org")
        page.goto(f"{live_server.url}/dispatch/items/{report.queue_item.pk}/")
        findings = page.locator("#findings")
        assert findings.locator("mark").first.inner_text() == "pistola"
        axe(page, context=f"on the item's findings ({locale})")
        # A plain form post (no script needed): the mark is kept and shown.
        findings.locator("input[name=note]").first.fill("Toy gun, the caller confirmed")
        findings.locator("button").first.click()
        page.locator("#findings").get_by_text("Toy gun, the caller confirmed").wait_for()
        axe(page, context=f"after marking ({locale})")
    finally:
        context.close()
