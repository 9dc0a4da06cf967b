"""Models of the cms app, split by kind (pages, snippets, site settings, requests)."""

from .pages import (
    ContactDirectoryPage,
    EducationPage,
    FAQIndexPage,
    HomePage,
    RequestPage,
    SitePage,
)
from .requests import PresentationRequest
from .settings import AgencySettings
from .snippets import FAQ, AlertBanner, ContactUnit, FAQCategory

__all__ = [
    "FAQ",
    "AgencySettings",
    "AlertBanner",
    "ContactDirectoryPage",
    "ContactUnit",
    "EducationPage",
    "FAQCategory",
    "FAQIndexPage",
    "HomePage",
    "PresentationRequest",
    "RequestPage",
    "SitePage",
]
