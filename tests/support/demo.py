"""Load the real demo content (the same command `make demo` runs) into the test database."""

import io

from django.core.management import call_command
from wagtail.models import Locale, Page

from cms.models import EducationPage, HomePage


def load_demo_site() -> HomePage:
    if Page.get_first_root_node() is None:  # a transactional test before this one flushed it
        locale, _ = Locale.objects.get_or_create(language_code="en")
        Page.add_root(instance=Page(title="Root", slug="root", locale=locale))
    call_command("load_demo", stdout=io.StringIO())
    return HomePage.objects.get(locale__language_code="en")


def demo_urls() -> list[str]:
    """Every live demo page in both languages, as paths."""
    return [page.url for page in Page.objects.live().filter(depth__gte=2).order_by("path")]


def english_education_pages() -> list[EducationPage]:
    return list(EducationPage.objects.live().filter(locale__language_code="en"))
