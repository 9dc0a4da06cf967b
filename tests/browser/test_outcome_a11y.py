"""Issue 16's pages in Chromium, axe-clean in English and Spanish: a closed report's status page
(what it means, the survey link, writing after close), the survey page (errors and thanks), and
the console's "reporter wrote after close" with its reopen and message form."""

import pytest

from dispatch_bridge import services
from reporting.models import SurveyResponse
from reporting.selectors import status_token_for
from tests.browser.test_dispatch_console import sign_in
from tests.dispatch_bridge.conftest import make_staff
from tests.factories import report_submit_for_test

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

TEXTS = {
    "en": {
        "means": "What this means for you",
        "closed_note": "Thank you. We added this to your closed report.",
        "survey": "How did we do?",
        "error": "Please choose a score from 1 to 5.",
        "thanks": "Thank you for your answer.",
    },
    "es": {
        "means": "Qué significa esto para usted",
        "closed_note": "Gracias. Agregamos esto a su reporte cerrado.",
        "survey": "¿Cómo lo hicimos?",
        "error": "Elija una puntuación del 1 al 5.",
        "thanks": "Gracias por su respuesta.",
    },
}


def closed_report(language):
    dispatcher = make_staff("dispatcher", "dispatcher")
    report = report_submit_for_test(language=language)
    item = report.queue_item
    services.queue_item_claim(item_id=item.pk, actor=dispatcher)
    services.queue_item_approve(item_id=item.pk, actor=dispatcher, note="Thank you.")
    services.queue_item_close(item_id=item.pk, actor=dispatcher, disposition_code="01")
    report.refresh_from_db()
    return report


@pytest.mark.parametrize("language", ["en", "es"])
def test_a_closed_reports_status_page_and_survey_are_axe_clean(
    page, live_server, site, axe, language
):
    texts = TEXTS[language]
    report = closed_report(language)
    prefix = live_server.url + ("/es" if language == "es" else "")
    page.goto(f"{prefix}/report/status/{status_token_for(report)}/")
    page.get_by_text(texts["means"]).wait_for()
    assert page.locator("html").get_attribute("lang") == language
    axe(page, context=f"on a closed report's status page ({language})")

    # Writing after close: kept, and the reporter is told what happens next.
    page.fill("textarea[name=body]", "They came back last night.")
    page.locator("main form button[type=submit]").first.click()
    page.get_by_text(texts["closed_note"]).wait_for()
    axe(page, context=f"after writing to a closed report ({language})")
    assert report.replies.get().body == "They came back last night."

    # The survey, from the status page: refused without a score, then one answer.
    page.locator(f"a[href$='/status/{status_token_for(report)}/survey/']").click()
    page.get_by_role("heading", name=texts["survey"]).wait_for()
    axe(page, context=f"on the survey page ({language})")
    page.locator("main form button[type=submit]").click()
    page.get_by_text(texts["error"]).first.wait_for()
    axe(page, context=f"on the survey's error ({language})")
    page.fill("textarea[name=comment]", "Quick and kind")
    page.locator("input[name=score][value='4']").check()
    page.locator("main form button[type=submit]").click()
    page.get_by_text(texts["thanks"]).wait_for()
    axe(page, context=f"after answering the survey ({language})")
    answer = SurveyResponse.objects.get(report=report)
    assert (answer.score, answer.comment, answer.channel) == (4, "Quick and kind", "web")


@pytest.mark.parametrize("locale", ["en-US", "es-ES"])
def test_the_console_flags_a_follow_up_after_close_and_is_axe_clean(
    browser, live_server, site, axe, locale
):
    report = closed_report("en")
    from reporting.services import report_reply_add

    report_reply_add(report=report, body="They came back last night.")
    context = browser.new_context(locale=locale)
    page = context.new_page()
    try:
        sign_in(page, live_server.url, "dispatcher@example.org")
        page.goto(f"{live_server.url}/dispatch/")
        row = page.locator(f"tr[data-id='{report.queue_item.pk}']")
        row.wait_for()
        assert row.locator(".flag--reply").count() == 1
        axe(page, context=f"on the queue with a follow-up ({locale})")
        page.goto(f"{live_server.url}/dispatch/items/{report.queue_item.pk}/")
        assert page.locator(".reply-notice").count() >= 1
        assert page.locator("form[action$='/reopen']").count() == 1  # a dispatcher may reopen
        axe(page, context=f"on the item written to after close ({locale})")
    finally:
        context.close()
