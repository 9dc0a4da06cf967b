"""A red (overdue) timer in the console stays on one line, on a phone and on a desk screen."""

from datetime import timedelta

import pytest
from django.utils import timezone

from dispatch_bridge.models import QueueItem
from tests.browser.test_dispatch_console import sign_in
from tests.factories import report_submit_for_test
from tests.support.staff import make_staff

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


@pytest.mark.parametrize("width", [320, 375, 1280])
def test_an_overdue_timer_stays_on_one_line(page, live_server, site, width):
    make_staff("dispatcher", "dispatcher")
    item = report_submit_for_test().queue_item
    past = timezone.now() - timedelta(days=3, hours=5)
    QueueItem.objects.filter(pk=item.pk).update(created_at=past, due_at=past)

    page.set_viewport_size({"width": width, "height": 800})
    sign_in(page, live_server.url, "dispatcher@example.org")
    timer = page.locator(".timer--overdue").first
    timer.wait_for()

    lines = timer.evaluate("(el) => el.getClientRects().length")
    assert lines == 1, f"the overdue timer wraps onto {lines} lines at {width}px"
