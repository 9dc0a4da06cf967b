"""Browser tests run on a loaded machine: a sign-in code that can't go stale (tests/totp.py)."""

import pytest

from tests.totp import totp_clock_pin


@pytest.fixture(autouse=True)
def _totp_clock_pinned(monkeypatch):
    # The live server checks codes in this process, so the pinned clock is the one it reads.
    totp_clock_pin(monkeypatch)
