"""Load the real demo content (the same command `make demo` runs) into the test database."""

import io

from django.core.management import call_command
from wagtail.models import Page

from cms.models import EducationPage, HomePage
from tests.support.site import root_page_ensure


def load_demo_site() -> HomePage:
    root_page_ensure()
    call_command("load_demo", stdout=io.StringIO())
    return HomePage.objects.get(locale__language_code="en")


def demo_urls() -> list[str]:
    """Every live demo page in both languages, as paths."""
    return [page.url for page in Page.objects.live().filter(depth__gte=2).order_by("path")]


def english_education_pages() -> list[EducationPage]:
    return list(EducationPage.objects.live().filter(locale__language_code="en"))
