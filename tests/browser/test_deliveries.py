"""The undelivered-items page in Chromium: axe-clean in both languages, retry by keyboard."""

import pytest
from django.utils import timezone

from dispatch_bridge.models import SupervisorAlert
from portal.outbox.models import OutboxItem
from tests.support.staff import make_staff

from .test_dispatch_console import sign_in

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


@pytest.mark.parametrize(("language", "retry"), [("en", "Try again"), ("es", "Intentar de nuevo")])
def test_a_supervisor_sees_a_dead_delivery_and_retries_it_by_keyboard(
    browser, live_server, site, axe, language, retry
):
    make_staff("supervisor", "supervisor")
    dead = OutboxItem.objects.create(
        kind="dispatch.eido_push",
        key="dispatch.eido_push:5",
        target_id=5,
        state="dead",
        attempts=7,
        last_error="CAD answered 503",
        finished_at=timezone.now(),
    )
    SupervisorAlert.objects.create(kind="delivery_dead", outbox_item=dead)
    context = browser.new_context(locale="es-ES" if language == "es" else "en-US")
    page = context.new_page()
    try:
        sign_in(page, live_server.url, "supervisor@example.org")
        axe(page, context=f"on the queue with a dead-delivery alert ({language})")

        page.goto(f"{live_server.url}/dispatch/deliveries/")
        assert page.locator("html").get_attribute("lang") == language
        assert "CAD answered 503" in page.content()
        axe(page, context=f"on the deliveries page ({language})")

        page.get_by_role("button", name=retry).focus()
        with page.expect_navigation():
            page.keyboard.press("Enter")  # the POST, then the redirect back to the list
        page.wait_for_load_state()
        done = "Queued to be tried again." if language == "en" else "En cola para intentarlo"
        assert done in page.content()
        axe(page, context=f"after a retry ({language})")
    finally:
        context.close()
    dead.refresh_from_db()
    # Queued again with fresh attempts (no worker runs in this test to take it further).
    assert dead.state == "pending" and dead.attempts == 0
