"""One client address for every rate limit and the audit trail: X-Forwarded-For is believed only
as far as trusted proxies wrote it."""

import pytest
from django.test import RequestFactory

from portal.client_ip import client_ip

PROXY, INNER_PROXY = "10.0.0.5", "10.1.2.3"


def request_from(remote, forwarded=None):
    extra = {"HTTP_X_FORWARDED_FOR": forwarded} if forwarded is not None else {}
    return RequestFactory().get("/", REMOTE_ADDR=remote, **extra)


@pytest.fixture
def behind_proxies(settings):
    settings.TRUSTED_PROXIES = [PROXY, "10.1.0.0/16"]


def test_without_trusted_proxies_the_header_is_ignored(settings):
    settings.TRUSTED_PROXIES = []
    assert client_ip(request_from("192.0.2.10", "198.51.100.7")) == "192.0.2.10"


def test_the_client_behind_a_trusted_proxy(behind_proxies):
    assert client_ip(request_from(PROXY, "198.51.100.7")) == "198.51.100.7"


def test_a_spoofed_header_from_the_client_is_ignored(behind_proxies):
    # The client sent "X-Forwarded-For: 203.0.113.99"; the proxy appended the real address.
    assert client_ip(request_from(PROXY, "203.0.113.99, 198.51.100.7")) == "198.51.100.7"


def test_hops_added_by_trusted_proxies_are_skipped(behind_proxies):
    assert client_ip(request_from(PROXY, "203.0.113.99, 198.51.100.7, 10.1.2.3")) == (
        "198.51.100.7"
    )


def test_a_header_from_an_untrusted_peer_is_ignored(behind_proxies):
    assert client_ip(request_from("192.0.2.10", "198.51.100.7")) == "192.0.2.10"


def test_an_unreadable_hop_stops_the_walk(behind_proxies):
    assert client_ip(request_from(PROXY, "198.51.100.7, not-an-ip, 10.1.2.3")) == INNER_PROXY


def test_only_proxies_in_the_header_gives_the_farthest(behind_proxies):
    assert client_ip(request_from(PROXY, "10.1.0.9")) == "10.1.0.9"
    assert client_ip(request_from(PROXY, "")) == PROXY


def test_ports_and_ipv6(settings):
    settings.TRUSTED_PROXIES = ["2001:db8::/48"]
    assert client_ip(request_from("2001:db8::1", "[2001:db8:ffff::9]:443, 2001:db8::2")) == (
        "2001:db8:ffff::9"
    )
    settings.TRUSTED_PROXIES = [PROXY]
    assert client_ip(request_from(PROXY, "198.51.100.7:51234")) == "198.51.100.7"
    assert client_ip(request_from(PROXY, "[2001:db8::7]:443")) == "2001:db8::7"


def test_a_unix_socket_from_the_local_proxy(behind_proxies):
    assert client_ip(request_from("", "203.0.113.99, 198.51.100.7")) == "198.51.100.7"
    assert client_ip(request_from("")) == ""


def test_no_request_or_no_address():
    assert client_ip(None) == ""
    assert client_ip(request_from("")) == ""
    assert client_ip(request_from("garbage")) == ""


def test_a_typo_in_the_setting_stops_start_up():
    import subprocess
    import sys
    from pathlib import Path

    result = subprocess.run(
        [sys.executable, "-c", "import django; django.setup()"],
        cwd=Path(__file__).resolve().parents[2],
        timeout=60,
        env={
            "DJANGO_SETTINGS_MODULE": "portal.settings.test",
            "DJANGO_TRUSTED_PROXIES": "10.0.0.5,10.0.0.300",
            "PATH": "/usr/bin:/bin",
        },
        capture_output=True,
        text=True,
    )
    assert result.returncode != 0 and "10.0.0.300" in result.stderr
