import logging

import pytest
from django.contrib.auth import get_user_model
from django.core.management import call_command
from wagtail.models import Page, Site

from cms.management.commands.load_demo import DEMO_PASSWORD, DEMO_STAFF
from cms.models import FAQ, ContactUnit
from reporting.models import Category, CategoryQuestion, Report

User = get_user_model()

pytestmark = pytest.mark.django_db


def _demo_counts() -> dict[str, int]:
    return {
        "pages": Page.objects.count(),
        "faqs": FAQ.objects.count(),
        "contact units": ContactUnit.objects.count(),
        "categories in English": Category.objects.filter(locale__language_code="en").count(),
        "categories in Spanish": Category.objects.filter(locale__language_code="es").count(),
        "questions": CategoryQuestion.objects.count(),
        "reports": Report.objects.count(),
        "staff": User.objects.count(),
    }


def test_load_demo_builds_a_served_site_and_can_run_twice(demo, client, capsys, caplog, settings):
    # make demo HOST=demo.example PORT=8123
    settings.DEMO_PUBLIC_HOST, settings.DEMO_PORT = "demo.example", 8123
    settings.WAGTAILADMIN_BASE_URL = "http://demo.example:8123"
    caplog.set_level(logging.INFO)
    capsys.readouterr()

    # `demo` is a first load (the session's snapshot of it); make demo runs it on every start,
    # and a second run adds nothing (the suite's one second run: each takes seconds).
    counts = _demo_counts()
    call_command("load_demo")
    assert _demo_counts() == counts

    response = client.get("/")
    assert response.status_code == 200
    assert "Example City Police Department" in response.content.decode()
    assert 'href="tel:+12025550142"' in response.content.decode()
    # Canonical links and the sitemap name the address the demo is served on.
    assert Site.objects.get(is_default_site=True).root_url == "http://demo.example:8123"

    # Quiet: a line per stage, no log line per page, and the logins at the end, in a box.
    assert not [r for r in caplog.records if r.levelno < logging.WARNING]
    output = capsys.readouterr().out.strip().splitlines()
    assert len(output) < 60, "\n".join(output)
    box = output[output.index(next(line for line in output if line.startswith("+--"))) :]
    text = "\n".join(box)
    assert box[-1].startswith("+--")
    for path in ("/", "/dispatch/", "/admin/", "/demo/phone/"):
        assert f"http://demo.example:8123{path}" in text
    assert DEMO_PASSWORD in text
    for username, email, *_rest in DEMO_STAFF:
        line = next(line for line in box if email in line)
        assert username in line.replace(email, ""), line  # its role is named beside it
    assert "manage.py dispatch_demo_code" in text


def test_the_home_page_title_does_not_repeat_the_agency_name(demo, client):
    html = client.get("/").content.decode()

    assert "<title>Example City Police Department</title>" in html
