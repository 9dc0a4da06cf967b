"""Error pages keep the site's frame, its language and the way to 9-1-1."""

import pytest
from django.test import Client

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    ("path", "lang", "heading"),
    [
        ("/no-such-page/", "en", "We can't find that page"),
        ("/es/no-existe/", "es", "No encontramos esa página"),
    ],
)
def test_a_missing_page_is_translated_and_shows_the_emergency_number(
    client, site, path, lang, heading
):
    response = client.get(path)

    html = response.content.decode()
    assert response.status_code == 404
    assert f'<html lang="{lang}">' in html
    assert heading in html
    assert 'href="tel:911"' in html


def test_an_expired_form_explains_itself_in_spanish(site):
    client = Client(enforce_csrf_checks=True)

    response = client.post("/es/report/", {"danger": "no"})

    html = response.content.decode()
    assert response.status_code == 403
    assert '<html lang="es">' in html
    assert "Este formulario venció" in html
    assert 'href="tel:911"' in html


def test_the_server_error_page_needs_nothing_but_itself():
    from django.template.loader import get_template

    html = get_template("500.html").render()
    assert "call 9-1-1" in html and "llame al 9-1-1" in html
