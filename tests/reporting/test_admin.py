import pytest

from tests.factories import CategoryFactory, UserFactory
from tests.support.staff import login_with_mfa

pytestmark = pytest.mark.django_db


def test_staff_edit_categories_and_their_questions_as_wagtail_snippets(client, site):
    category = CategoryFactory()
    editor = UserFactory(username="editor", is_staff=True, is_superuser=True)
    login_with_mfa(client, editor)

    listing = client.get("/admin/snippets/reporting/category/")
    assert listing.status_code == 200
    assert "Vandalism" in listing.content.decode()

    edit = client.get(f"/admin/snippets/reporting/category/edit/{category.pk}/")
    page = edit.content.decode()
    assert edit.status_code == 200
    assert 'name="questions-TOTAL_FORMS"' in page
    assert 'name="apco_code"' in page and 'name="sensitive"' in page


def test_the_reporting_settings_are_editable_in_wagtail(client, site):
    admin = UserFactory(username="admin2", is_staff=True, is_superuser=True)
    login_with_mfa(client, admin)
    page = client.get(f"/admin/settings/reporting/reportingsettings/{site.pk}/").content.decode()
    assert 'name="boundary_geojson"' in page
