import pytest

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


@pytest.mark.parametrize("path", ["/no-such-page/", "/es/no-existe/"])
def test_the_not_found_page_has_no_axe_violations(page, live_server, site, axe, path):
    response = page.goto(live_server.url + path)

    assert response.status == 404
    axe(page, context=f"on {path}")
