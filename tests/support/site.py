"""A minimal Wagtail site, as the demo would have it, for any test that renders pages.

Plain functions, so fixtures and session snapshots (tests/support/snapshots.py) build the same
site the same way.
"""

from wagtail.models import Locale, Page, Site

from cms.models import AgencySettings, HomePage
from tests.support.snapshots import RowPatch

NON_EMERGENCY = "+12025550142"
AGENCY_NAME = "Example City Police Department"


def locales_ensure() -> dict[str, Locale]:
    return {code: Locale.objects.get_or_create(language_code=code)[0] for code in ("en", "es")}


def root_page_ensure() -> Page:
    """Wagtail's root page; a transactional test before this one may have flushed it."""
    root = Page.get_first_root_node()
    if root is None:
        locale = locales_ensure()["en"]
        root = Page.add_root(instance=Page(title="Root", slug="root", locale=locale))
    return root


def home_page_make() -> HomePage:
    """A published English home page, alone under the root."""
    locales = locales_ensure()
    root = root_page_ensure()
    for child in root.get_children():
        child.delete()
    home = HomePage(title=AGENCY_NAME, slug="home", locale=locales["en"])
    root.add_child(instance=home)
    home.save_revision().publish()
    return home


def site_make(home: HomePage | None = None) -> Site:
    """The only Site, on `home` (a new home page by default), with the agency's settings."""
    home = home or home_page_make()
    Site.objects.all().delete()
    site = Site.objects.create(hostname="localhost", port=80, root_page=home, is_default_site=True)
    AgencySettings.objects.create(
        site=site,
        agency_name=AGENCY_NAME,
        emergency_number="911",
        non_emergency_number=NON_EMERGENCY,
    )
    return site


# The `home_page` and `site` fixtures replay these (tests/fixtures.py).
HOME_PAGE = RowPatch("home page", home_page_make)
SITE = RowPatch("site", site_make)


def site_patches_build() -> None:
    """Remember the home page's and the site's rows, from the database every test starts with
    (called once per session, right after the first flush)."""
    HOME_PAGE.build()
    SITE.build(prepare=home_page_make)
