"""PDF versions of the printables, made from the same block values the page shows.

Built with fpdf2's core Helvetica, which covers Spanish (á, ñ, ¿, ¡) through Windows-1252; a few
typographic characters outside it are mapped to their plain forms instead of failing.
"""

from io import BytesIO

from fpdf import FPDF
from PIL import Image as PILImage

# Characters editors paste from word processors that Windows-1252 fonts cannot show.
PLAIN = str.maketrans({"\u2010": "-", "\u2011": "-", "\u2212": "-", "\u00a0": " "})
INK = (27, 27, 27)


def _plain(text: str) -> str:
    return (text or "").translate(PLAIN).encode("cp1252", "replace").decode("cp1252")


def printable_pdf(*, value, language: str) -> bytes:
    """One printable (activity sheet, coloring page or certificate) as a Letter-size PDF."""
    kind = value["kind"]
    certificate = kind == "certificate"
    pdf = FPDF(orientation="L" if certificate else "P", unit="mm", format="Letter")
    pdf.set_lang(language)
    pdf.set_title(_plain(value["title"]))
    pdf.set_creator("9-1-1 for Kids")
    pdf.set_margins(20, 20, 20)
    pdf.set_auto_page_break(True, margin=18)
    pdf.set_text_color(*INK)
    pdf.set_draw_color(*INK)
    pdf.add_page()
    if certificate:
        _certificate_border(pdf)
        pdf.set_y(34)
    align = "C" if certificate else "L"

    pdf.set_font("Helvetica", "B", 40 if certificate else 30)
    pdf.multi_cell(0, 17 if certificate else 14, _plain(value["title"]), align=align)
    pdf.ln(4)
    if value.get("instructions"):
        pdf.set_font("Helvetica", "", 16)
        pdf.multi_cell(0, 8, _plain(value["instructions"]), align=align)
        pdf.ln(6)

    for item in value.get("items") or []:
        _item(pdf, item, align=align)

    image = value.get("image")
    if image is not None:
        _image(pdf, image)
    return bytes(pdf.output())


def _item(pdf: FPDF, item, *, align: str) -> None:
    pdf.set_font("Helvetica", "", 20)
    pdf.multi_cell(0, 10, _plain(item["text"]), align=align)
    choices = (item.get("choices") or "").split()
    if choices:
        pdf.set_font("Helvetica", "B", 20)
        pdf.set_x(pdf.l_margin + 12)
        # One cell, wide gaps: room to circle each word, and text extraction keeps them apart.
        pdf.cell(0, 12, "        ".join(_plain(c) for c in choices))
        pdf.ln(14)
    if item.get("write_line"):
        width = pdf.epw * (0.6 if align == "C" else 0.8)
        x = pdf.l_margin + (pdf.epw - width) / 2 if align == "C" else pdf.l_margin + 12
        y = pdf.get_y() + 14
        pdf.set_line_width(0.6)
        pdf.line(x, y, x + width, y)
        pdf.set_y(y + 6)
    pdf.ln(4)


def _image(pdf: FPDF, image) -> None:
    rendition = image.get_rendition("max-1600x1600|format-png")
    with rendition.file.open("rb") as handle:
        picture = PILImage.open(BytesIO(handle.read()))
        picture.load()
    space = pdf.h - pdf.b_margin - pdf.get_y()
    if space < 60:
        pdf.add_page()
        space = pdf.h - pdf.b_margin - pdf.get_y()
    ratio = picture.height / picture.width
    width = min(pdf.epw, space / ratio)
    x = pdf.l_margin + (pdf.epw - width) / 2
    pdf.image(picture, x=x, y=pdf.get_y(), w=width, h=width * ratio)


def _certificate_border(pdf: FPDF) -> None:
    pdf.set_line_width(1.5)
    pdf.rect(10, 10, pdf.w - 20, pdf.h - 20)
    pdf.set_line_width(0.5)
    pdf.rect(14, 14, pdf.w - 28, pdf.h - 28)
