"""The queue's fixtures; the named staff users come from tests.support.staff."""

import threading
from http.server import BaseHTTPRequestHandler, HTTPServer

import pytest
from django.core.cache import cache

from tests.factories import report_submit_for_test
from tests.support.staff import (  # noqa: F401 - fixtures and helpers for the tests here
    DEMO_SECRET,
    admin_user,
    approver,
    dispatcher,
    dispatcher2,
    editor,
    login_with_mfa,
    make_staff,
    supervisor,
)


@pytest.fixture(autouse=True)
def _fresh_cache():
    # Rate-limit counters (login lockout) live in the Redis cache, shared across tests.
    cache.clear()
    yield
    cache.clear()


@pytest.fixture
def report(db):
    return report_submit_for_test(email="alex@example.org")


@pytest.fixture
def item(report):
    return report.queue_item


@pytest.fixture
def cad():
    """A real HTTP endpoint on loopback that records what it receives."""
    received, status = [], {"code": 202}

    class Handler(BaseHTTPRequestHandler):
        def do_POST(self):
            body = self.rfile.read(int(self.headers["Content-Length"]))
            received.append((dict(self.headers), body))
            self.send_response(status["code"])
            self.end_headers()

        def log_message(self, *args):
            pass

    server = HTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_port}/eido", received, status
    server.shutdown()
