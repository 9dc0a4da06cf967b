"""A PDF copy of a report as the resident submitted it (fpdf2)."""

from pathlib import Path

from django.utils import formats, timezone, translation
from django.utils.translation import gettext as _
from fpdf import FPDF

from .models import Report

# A Unicode font lets names and narratives in any script print; without it, fpdf2's core
# Helvetica only knows Latin-1, so other characters become "?".
UNICODE_FONT = Path("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf")
UNICODE_FONT_BOLD = Path("/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf")


def _when(value):
    return formats.date_format(timezone.localtime(value), "DATETIME_FORMAT") if value else ""


def report_pdf(report: Report, *, agency_name: str) -> bytes:
    with translation.override(report.language):
        return _render(report, agency_name)


def _render(report: Report, agency_name: str) -> bytes:
    pdf = FPDF(format="Letter")
    pdf.set_title(f"{report.reference}")
    pdf.set_author(agency_name)
    pdf.set_lang(report.language)
    if UNICODE_FONT.exists() and UNICODE_FONT_BOLD.exists():
        pdf.add_font("body", "", str(UNICODE_FONT))
        pdf.add_font("body", "B", str(UNICODE_FONT_BOLD))
        family, clean = "body", str
    else:  # pragma: no cover - depends on the host's fonts

        def clean(text):
            return str(text).encode("latin-1", "replace").decode("latin-1")

        family = "helvetica"
    pdf.add_page()
    pdf.set_font(family, "B", 16)
    pdf.multi_cell(0, 9, clean(agency_name), new_x="LMARGIN", new_y="NEXT")
    pdf.set_font(family, "B", 13)
    pdf.multi_cell(
        0,
        8,
        clean(_("Non-emergency report %(reference)s") % {"reference": report.reference}),
        new_x="LMARGIN",
        new_y="NEXT",
    )
    pdf.set_font(family, "", 10)
    pdf.multi_cell(
        0,
        6,
        clean(
            # No period after the date: in English it may end "p.m." already.
            _("A copy of the report as you submitted it on %(date)s")
            % {"date": _when(report.submitted_at)}
        ),
        new_x="LMARGIN",
        new_y="NEXT",
    )
    pdf.ln(3)

    def row(label, value):
        if value in (None, "", [], {}):
            return
        pdf.set_font(family, "B", 11)
        pdf.multi_cell(0, 6, clean(label), new_x="LMARGIN", new_y="NEXT")
        pdf.set_font(family, "", 11)
        pdf.multi_cell(0, 6, clean(value), new_x="LMARGIN", new_y="NEXT")
        pdf.ln(1)

    row(_("Category"), report.category.name)
    row(_("What happened"), report.narrative)
    questions = {q.code: q.description for q in report.category.questions.all()}
    for code, answer in (report.answers or {}).items():
        value = ", ".join(answer) if isinstance(answer, list) else answer
        row(questions.get(code, code), value)
    row(_("Address"), ", ".join(p for p in (report.address, report.city) if p))
    row(_("Describe the place"), report.landmark)
    if report.latitude is not None:
        row(_("Map pin"), f"{report.latitude}, {report.longitude}")
    row(
        _("When"),
        " - ".join(p for p in (_when(report.occurred_from), _when(report.occurred_to)) if p),
    )
    roles = {
        "victim": _("Who was affected"),
        "suspect": _("Who did it"),
        "witnesses": _("Witnesses"),
    }
    for person in report.people or []:
        row(roles.get(person.get("role"), person.get("role", "")), person.get("description", ""))
    for item in report.property_items or []:
        parts = [item.get("description", "")]
        if item.get("value"):
            parts.append(f"${item['value']}")
        if item.get("serial"):
            parts.append(_("serial %(serial)s") % {"serial": item["serial"]})
        row(_("Property"), " - ".join(parts))
    count = report.attachments.filter(source="web").count()
    if count:
        row(_("Photos"), str(count))
    row(_("Your name"), report.reporter_name)
    row(_("Phone number"), report.phone.as_national if report.phone else "")
    row(_("Email"), report.email)
    row(_("How should we contact you?"), report.get_callback_channel_display())
    row(_("Best time to reach you"), report.best_time)
    return bytes(pdf.output())
