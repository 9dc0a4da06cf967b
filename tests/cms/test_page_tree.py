"""Which page may go where: editors cannot build a tree the templates and menus don't expect."""

import pytest
from wagtail.models import Page

from cms.kids.models import KidsHomePage
from cms.models import (
    ContactDirectoryPage,
    EducationPage,
    FAQIndexPage,
    HomePage,
    RequestPage,
)

pytestmark = pytest.mark.django_db


def test_the_home_page_goes_only_at_the_root(home_page):
    assert HomePage.allowed_parent_page_models() == [Page]
    assert not HomePage.can_create_at(home_page)
    assert HomePage.max_count_per_parent == 1


def test_the_home_page_holds_every_section(home_page):
    allowed = set(HomePage.allowed_subpage_models())
    assert allowed == {
        EducationPage,
        FAQIndexPage,
        ContactDirectoryPage,
        RequestPage,
        KidsHomePage,
    }
    for model in allowed:
        assert model.can_create_at(home_page), model


def test_sections_cannot_be_created_at_the_root(home_page):
    root = home_page.get_parent()
    for model in (EducationPage, FAQIndexPage, ContactDirectoryPage, RequestPage):
        assert not model.can_create_at(root), model


def test_education_pages_nest_but_nothing_else_goes_under_them(demo):
    topic = EducationPage.objects.filter(locale__language_code="en").first()
    assert EducationPage.can_create_at(topic)
    for model in (FAQIndexPage, ContactDirectoryPage, RequestPage, HomePage):
        assert not model.can_create_at(topic), model


def test_one_faq_page_and_one_directory_per_home(demo):
    assert not FAQIndexPage.can_create_at(demo)
    assert not ContactDirectoryPage.can_create_at(demo)
    # Request pages are not limited: one for schools and one for tours is a fair choice.
    assert RequestPage.can_create_at(demo)


def test_leaf_pages_take_no_children():
    for model in (FAQIndexPage, ContactDirectoryPage, RequestPage):
        assert model.allowed_subpage_models() == [], model


def test_every_page_type_names_its_template():
    for model in (HomePage, EducationPage, FAQIndexPage, ContactDirectoryPage, RequestPage):
        assert model.template.startswith("pages/"), model
