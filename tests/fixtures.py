"""A minimal Wagtail site, as the demo would have it, for any test that renders pages."""

import pytest
from wagtail.models import Locale, Page, Site

from cms.models import AgencySettings, HomePage

NON_EMERGENCY = "+12025550142"


@pytest.fixture
def locales(db):
    return {code: Locale.objects.get_or_create(language_code=code)[0] for code in ("en", "es")}


@pytest.fixture
def home_page(locales):
    root = Page.get_first_root_node()
    if root is None:  # a transactional test before this one flushed the migration's root page
        root = Page.add_root(instance=Page(title="Root", slug="root", locale=locales["en"]))
    for child in root.get_children():
        child.delete()
    home = HomePage(title="Example City Police Department", slug="home", locale=locales["en"])
    root.add_child(instance=home)
    home.save_revision().publish()
    return home


@pytest.fixture
def site(home_page):
    Site.objects.all().delete()
    site = Site.objects.create(
        hostname="localhost", port=80, root_page=home_page, is_default_site=True
    )
    AgencySettings.objects.create(
        site=site,
        agency_name="Example City Police Department",
        emergency_number="911",
        non_emergency_number=NON_EMERGENCY,
    )
    return site
