"""Printables: the PDF download carries exactly the text the page shows for each sheet."""

from io import BytesIO

import pytest
from pypdf import PdfReader

from cms.kids.models import KidsActivityPage
from tests.kids.helpers import soup

pytestmark = pytest.mark.django_db


def pdf_words(content: bytes) -> list[str]:
    reader = PdfReader(BytesIO(content))
    return " ".join(page.extract_text() for page in reader.pages).split()


@pytest.mark.parametrize(
    ("language", "slug"), [("en", "print-and-color"), ("es", "imprime-y-colorea")]
)
def test_each_printable_downloads_as_a_pdf_with_the_text_of_the_page(
    client, kids_home, language, slug
):
    page = KidsActivityPage.objects.get(locale__language_code=language, slug=slug)
    html = soup(client.get(page.url).content)
    sections = html.select(".kids-printable")
    assert [s["class"][1] for s in sections] == [
        "kids-printable--activity",
        "kids-printable--coloring",
        "kids-printable--certificate",
    ]

    for section in sections:
        link = section.select_one("a[download]")
        response = client.get(link["href"])

        assert response.status_code == 200
        assert response["Content-Type"] == "application/pdf"
        assert response["Content-Disposition"].startswith("attachment; filename=")
        sheet_words = section.select_one("[data-printable-sheet]").get_text(" ").split()
        assert pdf_words(response.content) == sheet_words


def test_the_coloring_page_pdf_has_the_picture(client, kids_home):
    page = KidsActivityPage.objects.get(locale__language_code="en", slug="print-and-color")
    link = soup(client.get(page.url).content).select_one(".kids-printable--coloring a[download]")

    reader = PdfReader(BytesIO(client.get(link["href"]).content))

    assert len(reader.pages[0].images) == 1


def test_an_unknown_printable_is_a_404(client, kids_home):
    page = KidsActivityPage.objects.get(locale__language_code="en", slug="print-and-color")

    response = client.get(page.url + "printables/00000000-0000-0000-0000-000000000000/pdf/")

    assert response.status_code == 404
