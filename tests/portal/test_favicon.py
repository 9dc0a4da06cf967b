"""Every page names an icon that exists, and /favicon.ico leads to it: no 404 on each visit."""

import pytest
from bs4 import BeautifulSoup

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize("path", ["/", "/es/", "/report/", "/accounts/login/", "/no-such-page/"])
def test_the_icon_a_page_names_is_served(client, site, path):
    html = BeautifulSoup(client.get(path).content, "html.parser")
    icon = html.select_one('link[rel="icon"]')

    assert icon is not None, path
    assert client.get(icon["href"]).status_code == 200


def test_favicon_ico_redirects_to_the_icon(client):
    response = client.get("/favicon.ico", follow=True)

    assert response.redirect_chain
    assert response.status_code == 200
    assert b"<svg" in b"".join(
        response.streaming_content if response.streaming else [response.content]
    )
