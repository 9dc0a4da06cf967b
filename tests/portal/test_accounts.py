import pytest

pytestmark = pytest.mark.django_db


def test_there_is_no_public_signup(client):
    response = client.get("/accounts/signup/")

    assert response.status_code == 200
    assert b"Sign Up Closed" in response.content
    assert b'name="password1"' not in response.content


def test_the_wagtail_admin_signs_in_through_allauth(client):
    response = client.get("/admin/")

    assert response.status_code == 302
    assert response["Location"].startswith("/accounts/login/")


def test_the_allauth_login_page_uses_the_site_layout(client, site):
    response = client.get("/accounts/login/")

    content = response.content.decode()
    assert response.status_code == 200
    assert 'href="tel:911"' in content
    assert 'id="main"' in content
    assert '<div class="wrap account">' in content
    assert 'name="login"' in content
    assert "/accounts/signup/" not in content  # staff only: no sign-up link
