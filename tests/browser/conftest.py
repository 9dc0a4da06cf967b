"""Browser tests run on a loaded machine: waits long enough for it, and a sign-in code that
can't go stale (tests/totp.py)."""

import pytest
from playwright.sync_api import expect

from tests.totp import totp_clock_pin

# Playwright gives up on an action, a wait or a navigation after 30 s and on expect() after 5 s:
# less than a loaded CI machine can need for the live server's first page or a page's script
# (a first navigation took over 30 s here at load 22 on 2 cores). A passing test never waits
# this long; only a failing one takes longer to say so.
TIMEOUT_MS = 90_000
expect.set_options(timeout=60_000)


@pytest.fixture(scope="session")
def browser(browser):
    """Every context, the `page` fixture's and those the tests make, gets the long timeouts."""
    new_context = browser.new_context

    def new_context_with_timeouts(*args, **kwargs):
        context = new_context(*args, **kwargs)
        context.set_default_timeout(TIMEOUT_MS)
        context.set_default_navigation_timeout(TIMEOUT_MS)
        return context

    browser.new_context = new_context_with_timeouts
    return browser


@pytest.fixture(autouse=True)
def _totp_clock_pinned(monkeypatch):
    # The live server checks codes in this process, so the pinned clock is the one it reads.
    totp_clock_pin(monkeypatch)
