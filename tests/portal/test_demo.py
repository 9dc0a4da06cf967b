import pytest
from django.core.management import call_command

pytestmark = pytest.mark.django_db


def test_load_demo_builds_a_served_site_and_can_run_twice(client, capsys):
    call_command("load_demo")
    call_command("load_demo")  # make demo runs it on every start

    output = capsys.readouterr().out
    assert "staff login: admin@example.org" in output
    response = client.get("/")
    assert response.status_code == 200
    assert "Example City Police Department" in response.content.decode()
    assert 'href="tel:+12025550142"' in response.content.decode()


def test_the_home_page_title_does_not_repeat_the_agency_name(client, capsys):
    call_command("load_demo")

    html = client.get("/").content.decode()

    assert "<title>Example City Police Department</title>" in html
