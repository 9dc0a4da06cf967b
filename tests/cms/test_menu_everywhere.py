"""The main menu also shows on views that are not Wagtail pages, in their language."""

import re

import pytest

pytestmark = pytest.mark.django_db


def menu_links(html: str) -> list[str]:
    nav = re.search(r'<nav class="site-nav".*?</nav>', html, re.S)
    assert nav, "no main menu"
    return re.findall(r'<a href="([^"]+)"', nav.group(0))


def test_the_report_wizard_shows_the_same_menu_as_the_home_page(demo, client):
    home_menu = menu_links(client.get("/").content.decode())
    assert home_menu

    assert menu_links(client.get("/report/").content.decode()) == home_menu


def test_spanish_views_get_the_spanish_menu(demo, client):
    spanish_home_menu = menu_links(client.get("/es/").content.decode())

    menu = menu_links(client.get("/es/report/").content.decode())
    assert menu == spanish_home_menu
    assert all(link.startswith("/es/") for link in menu)


def test_the_kids_section_is_in_the_main_menu_in_both_languages(demo, client):
    assert "/kids/" in menu_links(client.get("/").content.decode())
    assert "/es/ninos/" in menu_links(client.get("/es/").content.decode())
