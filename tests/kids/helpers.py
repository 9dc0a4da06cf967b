"""Small helpers shared by the kids tests (HTTP and browser)."""

from bs4 import BeautifulSoup


def soup(html: str | bytes) -> BeautifulSoup:
    if isinstance(html, bytes):
        html = html.decode()
    return BeautifulSoup(html, "html.parser")


def child_facing_text(html: str | bytes) -> str:
    """The words a child meets in <main>: visible text and picture descriptions.

    Material for adults (marked data-audience="adults") is left out.
    """
    main = soup(html).find("main")
    for adult in main.select('[data-audience="adults"]'):
        adult.decompose()
    for img in main.find_all("img"):
        if img.get("alt"):
            img.replace_with(f" {img['alt']} ")
    return " ".join(main.get_text(" ").split())
