"""GeoReport v2 documents: what each endpoint says, as dicts, and the same as XML.

Identifiers and codes are always strings (the spec's own examples use numbers, which its
JSON Schemas refuse); lat/long are numbers. No personal data leaves here: no names, phones,
emails or narratives, addresses generalised to the block.
"""

import re
from decimal import ROUND_HALF_UP, Decimal
from xml.etree import ElementTree

from django.utils import timezone
from django.utils.translation import gettext as _

from ..forms import ScreeningForm
from ..models import Category, Report
from ..places.parsing import parse_address
from ..selectors import OPEN_STATUSES

SPEC_URL = "http://wiki.open311.org/GeoReport_v2"
# Screening questions come first in every service definition, as required attributes: a yes to
# any of them is an emergency and the request is refused with "call 9-1-1".
SCREENING_CODES = ["danger", "hurt", "suspect_present", "happening_now"]
# Children of each list element in XML, as the spec writes them.
XML_ITEM = {
    "services": "service",
    "attributes": "attribute",
    "values": "value",
    "service_requests": "request",
    "errors": "error",
    "endpoints": "endpoint",
    "formats": "format",
}
# Three decimals is about 100 m: the block, not the house.
BLOCK = Decimal("0.001")


def iso(value) -> str | None:
    return timezone.localtime(value).isoformat(timespec="seconds") if value else None


def service(category: Category) -> dict:
    return {
        "service_code": category.slug,
        "service_name": category.name,
        "description": category.description or None,
        "metadata": True,
        "type": "batch",
        "keywords": category.apco_code or None,
        "group": None,
    }


def screening_attributes() -> list[dict]:
    form = ScreeningForm()
    values = [{"key": "no", "name": _("No")}, {"key": "yes", "name": _("Yes")}]
    return [
        {
            "variable": True,
            "code": code,
            "datatype": "singlevaluelist",
            "required": True,
            "datatype_description": _(
                "If yes, this is an emergency: call 9-1-1 now. It cannot be reported here."
            ),
            "order": order,
            "description": str(form.fields[code].label),
            "values": values,
        }
        for order, code in enumerate(SCREENING_CODES, start=1)
    ]


def service_definition(category: Category) -> dict:
    definition = category.as_open311()
    offset = len(SCREENING_CODES)
    attributes = screening_attributes()
    for attribute in definition["attributes"]:
        attributes.append({**attribute, "order": attribute["order"] + offset})
    return {"service_code": definition["service_code"], "attributes": attributes}


def block_address(report: Report) -> str | None:
    """'1234 Oak Avenue' -> '1200 block of Oak Avenue'; cross streets stay; anything else
    (a landmark, a house description) is left out."""
    text = (report.address or "").strip()
    if not text:
        return None
    parsed = parse_address(text)
    if parsed.is_intersection:
        return text.split(",")[0]
    match = re.match(r"\s*(\d+)\w*\s+(.+)", text)
    if not match or parsed.street is None:
        return None
    street = re.split(r"\s(?:apt|unit|#|ste|suite|depto|apto)\b", match.group(2), flags=re.I)[0]
    block = int(match.group(1)) // 100 * 100
    return _("%(block)s block of %(street)s") % {"block": block, "street": street.strip(" ,")}


def _rounded(value) -> float | None:
    if value is None:
        return None
    return float(Decimal(value).quantize(BLOCK, rounding=ROUND_HALF_UP))


def service_request(report: Report, *, service_name: str, agency: str) -> dict:
    is_open = report.status in OPEN_STATUSES
    return {
        "service_request_id": report.reference,
        "status": "open" if is_open else "closed",
        "status_notes": (report.outcome_note or None) if not is_open else None,
        "service_name": service_name,
        "service_code": report.category.slug,
        "description": None,
        "agency_responsible": agency or None,
        "service_notice": None,
        "requested_datetime": iso(report.submitted_at),
        "updated_datetime": iso(report.updated_at),
        "expected_datetime": None,
        "address": block_address(report),
        "address_id": None,
        "zipcode": None,
        "lat": _rounded(report.latitude),
        "long": _rounded(report.longitude),
        "media_url": None,
    }


def error(code: int, description: str) -> dict:
    return {"code": code, "description": str(description)}


def _xml_value(value) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    return str(value)


def _xml_fill(parent, key: str, value) -> None:
    element = ElementTree.SubElement(parent, key)
    if isinstance(value, list):
        for item in value:
            _xml_item(element, XML_ITEM.get(key, "item"), item)
    elif isinstance(value, dict):
        for k, v in value.items():
            _xml_fill(element, k, v)
    else:
        element.text = _xml_value(value)


def _xml_item(parent, tag: str, item) -> None:
    if isinstance(item, dict):
        element = ElementTree.SubElement(parent, tag)
        for k, v in item.items():
            _xml_fill(element, k, v)
    else:
        ElementTree.SubElement(parent, tag).text = _xml_value(item)


def as_xml(root: str, document) -> bytes:
    """The JSON document as the spec's XML: lists become <root><item/>..., dicts children."""
    element = ElementTree.Element(root)
    if isinstance(document, list):
        for item in document:
            _xml_item(element, XML_ITEM.get(root, "item"), item)
    else:
        for key, value in document.items():
            _xml_fill(element, key, value)
    return ElementTree.tostring(element, encoding="utf-8", xml_declaration=True)
