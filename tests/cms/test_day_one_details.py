"""Details a department notices on day one (issue 18): TTY as direct as voice on every page and
in the home page's emergency box, the TTY page in the main menu, kids pages without adults'
alerts, contact emails that break only before their "@"."""

import re

import pytest
from bs4 import BeautifulSoup

from cms.models import AlertBanner

pytestmark = pytest.mark.django_db

PAGES = ["/", "/what-happens-when-you-call/", "/contact-us/", "/report/"]
SPANISH_PAGES = ["/es/", "/es/que-pasa-cuando-llama/", "/es/contactenos/", "/es/report/"]


def soup(response) -> BeautifulSoup:
    assert response.status_code == 200
    return BeautifulSoup(response.content.decode(), "html.parser")


@pytest.mark.parametrize("path", PAGES + SPANISH_PAGES)
def test_every_header_gives_tty_beside_voice(demo, client, path):
    html = soup(client.get(path))
    header = html.select_one(".emergency-strip")
    lines = header.select_one(".emergency-strip__lines")
    voice = lines.select_one(".emergency-strip__non-emergency a[href^='tel:']")
    tty = lines.select_one(".emergency-strip__tty a[href^='tel:']")
    # One element, the same markup for both numbers: neither in smaller print than the other.
    assert voice and tty and voice.parent.name == tty.parent.name
    # And 9-1-1 itself says it takes TTY calls.
    note = header.select_one(".emergency-strip__emergency").get_text(" ", strip=True)
    assert "TTY" in note


@pytest.mark.parametrize(
    ("path", "voice", "tty"), [("/", "Call 9-1-1", "TTY: call 9-1-1"), ("/es/", None, None)]
)
def test_the_home_emergency_box_offers_tty_as_a_button_like_voice(demo, client, path, voice, tty):
    box = soup(client.get(path)).select_one(".home-card--emergency")
    buttons = box.select("a.button--danger[href='tel:911']")
    assert len(buttons) == 2, "a voice button and a TTY button, equally prominent"
    assert buttons[0]["class"] == ["button", "button--danger"]
    assert "TTY" in buttons[1].get_text() and "button--danger" in buttons[1]["class"]
    if voice:
        assert buttons[0].get_text(strip=True) == voice
        assert buttons[1].get_text(strip=True) == tty
    # The non-emergency box lists the TTY line next to the voice line.
    other = soup(client.get(path)).select(".home-card")[1]
    assert len(other.select("a[href^='tel:']")) == 2


def test_the_tty_page_is_in_the_main_menu_in_both_languages(demo, client):
    def menu(path):
        nav = soup(client.get(path)).select_one("nav.site-nav")
        return [a["href"] for a in nav.select("a")]

    assert "/text-and-tty/" in menu("/")
    assert "/es/mensajes-de-texto-y-tty/" in menu("/es/")
    assert "/text-and-tty/" in menu("/report/")


def _alert_titles(client, path) -> list[str]:
    html = soup(client.get(path))
    return [h.get_text(" ", strip=True) for h in html.select(".alert-banner h2")]


@pytest.mark.parametrize(("home", "kids"), [("/", "/kids/"), ("/es/", "/es/ninos/")])
def test_kids_pages_show_only_alerts_meant_for_everyone(demo, client, home, kids):
    banner = AlertBanner.objects.filter(live=True)
    assert banner.exists() and not banner.filter(for_everyone=True).exists()
    # The demo's scam-call warnings (the site banner and the community alert) are for adults.
    assert any(
        "scam" in title.lower() or "estafa" in title.lower()
        for title in _alert_titles(client, home)
    )
    assert _alert_titles(client, kids) == []

    banner.update(for_everyone=True)
    shown = _alert_titles(client, kids)
    assert shown and all(any(b.title in title for b in banner) for title in shown)


def test_contact_emails_may_break_only_before_the_at_sign(demo, client):
    html = client.get("/contact-us/").content.decode()
    emails = re.findall(r'<a href="mailto:([^"]+)">(.*?)</a>', html)
    assert emails
    for address, shown in emails:
        local, domain = address.split("@")
        assert shown == f"{local}<wbr>@{domain}"
