"""The console in Chromium: a new report appears live, is claimed and approved; axe-clean."""

import re

import pytest

from reporting.models import Report, ReportStatus
from tests.factories import TEST_PASSWORD, CategoryFactory, report_submit_for_test
from tests.support.staff import make_staff
from tests.totp import totp_code

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def sign_in(page, base_url, email):
    """Through allauth's real forms: password, then the TOTP code."""
    page.goto(base_url + "/accounts/login/?next=/dispatch/")
    page.fill("input[name=login]", email)
    page.fill("input[name=password]", TEST_PASSWORD)
    page.locator("form button[type=submit]").first.click()
    page.wait_for_selector("input[name=code]")
    code = totp_code()
    page.fill("input[name=code]", code)
    page.locator("form button[type=submit]").first.click()
    page.wait_for_url(re.compile(r".*/dispatch/$"))


def file_report_through_the_form(page, base_url, narrative):
    """The resident's side: screening, the wizard's steps, send. Returns the status page URL."""
    page.goto(base_url + "/report/")
    for name in ("danger", "hurt", "suspect_present", "happening_now"):
        page.check(f"#id_{name}_0")
    page.get_by_role("button", name="Continue").click()
    page.get_by_role("radio", name="Vandalism").check()
    save = page.get_by_role("button", name="Save and continue")
    save.click()
    page.get_by_label("What happened?").fill(narrative)
    save.click()
    page.get_by_label("Street address").fill("12 Oak Street")
    save.click()
    page.locator("#id_date_from").fill("2026-11-20")
    save.click()
    for slug in ("who", "property", "photos"):
        page.wait_for_url(f"**/step/{slug}/")
        save.click()
    page.get_by_label("Your name").fill("Alex Resident")
    page.get_by_label("Phone number").fill("(202) 555-0123")
    save.click()
    page.get_by_role("button", name="Send my report").click()
    page.wait_for_url("**/received/**")
    page.get_by_role("link", name="Open the status page of your report").click()
    page.wait_for_url("**/status/**")
    return page.url


def test_a_new_report_appears_live_is_claimed_and_approved(browser, page, live_server, site, axe):
    CategoryFactory(name="Vandalism", slug="vandalism", apco_code="VANDAL")
    make_staff("dispatcher", "dispatcher")
    sign_in(page, live_server.url, "dispatcher@example.org")
    axe(page, context="on the empty queue")
    page.evaluate("window.loadedOnce = true")  # gone if the console reloads

    resident = browser.new_context()
    try:
        reporter_page = resident.new_page()
        status_url = file_report_through_the_form(
            reporter_page, live_server.url, "Someone smashed the bus shelter glass."
        )
        report = Report.objects.get()

        # The dispatcher's console, open all along, shows it without a reload. (How soon is a
        # figure for `make bench`, not a bound a loaded test machine can promise.)
        row = page.locator("#queue-rows tr", has_text=report.reference)
        row.wait_for()
        assert page.evaluate("window.loadedOnce") is True
        assert "is-new" in (row.get_attribute("class") or "")

        row.get_by_role("link", name=report.reference).click()
        page.get_by_role("button", name=re.compile("^Claim")).click()
        page.get_by_role("button", name=re.compile("^Approve and issue")).click()
        status = page.locator(".item-status")
        status.filter(has_text="Case number").wait_for()
        report.refresh_from_db()
        assert report.status == ReportStatus.APPROVED and report.case_number
        assert report.case_number in status.inner_text()
        axe(page, context="on the item page")

        # The resident's status page now shows the outcome and the case number.
        reporter_page.goto(status_url)
        shown = reporter_page.locator("main").inner_text()
        assert "Approved" in shown
        assert report.case_number in shown
    finally:
        resident.close()


def test_the_console_is_axe_clean_in_spanish(browser, live_server, site, axe):
    make_staff("supervisor", "supervisor")
    report = report_submit_for_test(
        possible_emergency=True, narrative="<script>window.pwned=1</script> ventana rota"
    )
    context = browser.new_context(locale="es-ES")
    page = context.new_page()
    try:
        sign_in(page, live_server.url, "supervisor@example.org")
        assert page.locator("html").get_attribute("lang") == "es"
        axe(page, context="on the queue in Spanish")

        page.goto(f"{live_server.url}/dispatch/items/{report.queue_item.pk}/")
        assert page.evaluate("window.pwned") is None  # the narrative's script never ran
        axe(page, context="on the item page in Spanish")
        for path in ("/dispatch/stats/", "/dispatch/audit/"):
            page.goto(live_server.url + path)
            axe(page, context=f"on {path} in Spanish")
    finally:
        context.close()


def test_keyboard_take_next(page, live_server, site):
    make_staff("dispatcher", "dispatcher")
    report = report_submit_for_test()
    sign_in(page, live_server.url, "dispatcher@example.org")

    page.locator("body").press("n")

    page.wait_for_url(re.compile(rf".*/dispatch/items/{report.queue_item.pk}/$"))
    assert page.get_by_text("Claimed by dispatcher").is_visible()


@pytest.mark.parametrize("language", ["en", "es"])
def test_the_reply_cue_and_the_non_holder_hint_are_axe_clean(
    browser, live_server, site, axe, client, language
):
    from django.conf import settings as django_settings

    from dispatch_bridge import services
    from reporting.services import report_reply_add
    from tests.support.staff import login_with_mfa

    holder = make_staff("dispatcher", "dispatcher")
    other = make_staff("dispatcher2", "dispatcher")
    item = report_submit_for_test().queue_item
    services.queue_item_claim(item_id=item.pk, actor=holder)
    services.queue_item_request_info(item_id=item.pk, actor=holder, question="Which panel?")
    report_reply_add(report=item.report, body="The one by the gate.")  # transactional: commits
    login_with_mfa(client, other)
    context = browser.new_context(locale=language)
    try:
        context.add_cookies(
            [
                {
                    "name": django_settings.SESSION_COOKIE_NAME,
                    "value": client.cookies[django_settings.SESSION_COOKIE_NAME].value,
                    "url": live_server.url,
                }
            ]
        )
        page = context.new_page()
        page.goto(f"{live_server.url}/dispatch/")
        page.locator(".flag--reply").wait_for()
        axe(page, context=f"on the queue with a reply ({language})")
        page.goto(f"{live_server.url}/dispatch/items/{item.pk}/")
        page.locator(".reply-notice").wait_for()
        assert page.locator("form.sms-form").count() == 0  # not the holder
        axe(page, context=f"on someone else's item with a reply ({language})")
    finally:
        context.close()


def test_single_key_shortcuts_can_be_switched_off(page, live_server, site):
    make_staff("dispatcher", "dispatcher")
    report = report_submit_for_test()
    sign_in(page, live_server.url, "dispatcher@example.org")

    page.get_by_label("Use single-key shortcuts").uncheck()
    page.locator("body").press("n")

    # Nothing was taken: still on the queue, the item unclaimed.
    page.wait_for_load_state("networkidle")
    assert re.search(r"/dispatch/$", page.url)
    report.queue_item.refresh_from_db()
    assert report.queue_item.claimed_by_id is None
    page.reload()
    assert not page.get_by_label("Use single-key shortcuts").is_checked()  # remembered
