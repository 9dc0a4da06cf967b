"""CAP 1.2 documents (OASIS) for alerts, and the Atom index of current ones.

Built with ElementTree (writing needs no defusing); anything read back is parsed with
defusedxml, so a document can never pull in a DTD or an external entity.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET  # noqa: S405 - only builds XML; parsing goes through defusedxml
from datetime import datetime

from defusedxml.ElementTree import fromstring
from django.conf import settings
from django.urls import reverse
from django.utils import timezone, translation

from . import domain
from .areas import alert_areas
from .models import Alert

CAP_NS = "urn:oasis:names:tc:emergency:cap:1.2"
ATOM_NS = "http://www.w3.org/2005/Atom"
CAP_LANGUAGES = {"en": "en-US", "es": "es-US"}


def cap_time(value: datetime) -> str:
    """CAP's dateTime: seconds, always an offset ("-00:00" for UTC, never "Z")."""
    local = timezone.localtime(value).replace(microsecond=0)
    text = local.isoformat()
    if text.endswith("+00:00"):
        text = text[:-6] + "-00:00"
    return text


def absolute(path: str) -> str:
    return settings.WAGTAILADMIN_BASE_URL.rstrip("/") + path


def url_in(name: str, args: list, language: str = "en") -> str:
    """An absolute URL in a language (English has no prefix), whatever language is active."""
    with translation.override(language):
        return absolute(reverse(name, args=args))


def cap_url(alert: Alert) -> str:
    return url_in("alerts:cap", [alert.uid])


def page_url(alert: Alert, language: str = "en") -> str:
    return url_in("alerts:detail", [alert.uid], language)


def _sub(parent: ET.Element, tag: str, text: str | None = None) -> ET.Element:
    element = ET.SubElement(parent, f"{{{CAP_NS}}}{tag}")
    if text is not None:
        element.text = text
    return element


def _reference(alert: Alert) -> str:
    return f"{settings.ALERTS_CAP_SENDER},{alert.identifier},{cap_time(alert.sent)}"


def cap_element(alert: Alert) -> ET.Element:
    root = ET.Element(f"{{{CAP_NS}}}alert")
    _sub(root, "identifier", alert.identifier)
    _sub(root, "sender", settings.ALERTS_CAP_SENDER)
    _sub(root, "sent", cap_time(alert.sent))
    _sub(root, "status", alert.status)
    _sub(root, "msgType", alert.msg_type)
    _sub(root, "scope", "Public")
    if alert.msg_type != domain.MsgType.ALERT and alert.references_id:
        # Every earlier message of this thread, oldest first, as CAP asks.
        chain, seen, earlier = [], {alert.pk}, alert.references
        while earlier is not None and earlier.pk not in seen:
            chain.append(earlier)
            seen.add(earlier.pk)
            earlier = earlier.references
        _sub(root, "references", " ".join(_reference(a) for a in reversed(chain)))
    for language, cap_language in CAP_LANGUAGES.items():
        info = _sub(root, "info")
        _sub(info, "language", cap_language)
        _sub(info, "category", alert.category)
        _sub(info, "event", alert.event)
        _sub(info, "responseType", alert.response_type)
        _sub(info, "urgency", alert.urgency)
        _sub(info, "severity", alert.severity)
        _sub(info, "certainty", alert.certainty)
        _sub(info, "effective", cap_time(alert.effective))
        if alert.expires:
            _sub(info, "expires", cap_time(alert.expires))
        _sub(info, "senderName", settings.ALERTS_CAP_SENDER_NAME)
        _sub(info, "headline", alert.text("headline", language))
        _sub(info, "description", alert.text("description", language))
        if alert.text("instruction", language):
            _sub(info, "instruction", alert.text("instruction", language))
        _sub(info, "web", page_url(alert, language))
        for description, polygons in alert_areas(alert, language):
            area = _sub(info, "area")
            _sub(area, "areaDesc", description)
            for polygon in polygons:
                _sub(area, "polygon", polygon)
    return root


def cap_document(alert: Alert) -> bytes:
    ET.register_namespace("", CAP_NS)
    return ET.tostring(cap_element(alert), encoding="utf-8", xml_declaration=True)


def cap_read(document: bytes) -> ET.Element:
    """Parse a CAP document safely (no DTDs, no entities): for checks and any CAP we receive."""
    return fromstring(document, forbid_dtd=True)


def atom_feed(alerts: list[Alert], *, self_url: str) -> bytes:
    ET.register_namespace("", ATOM_NS)
    ns = f"{{{ATOM_NS}}}"
    feed = ET.Element(f"{ns}feed")
    ET.SubElement(feed, f"{ns}id").text = self_url
    ET.SubElement(feed, f"{ns}title").text = f"{settings.ALERTS_CAP_SENDER_NAME}: alerts"
    updated = max((a.last_published_at or a.sent for a in alerts), default=timezone.now())
    ET.SubElement(feed, f"{ns}updated").text = timezone.localtime(updated).isoformat()
    author = ET.SubElement(feed, f"{ns}author")
    ET.SubElement(author, f"{ns}name").text = settings.ALERTS_CAP_SENDER_NAME
    ET.SubElement(feed, f"{ns}link", rel="self", href=self_url)
    for alert in alerts:
        entry = ET.SubElement(feed, f"{ns}entry")
        ET.SubElement(entry, f"{ns}id").text = f"urn:uuid:{alert.uid}"
        ET.SubElement(entry, f"{ns}title").text = alert.headline_en
        ET.SubElement(entry, f"{ns}updated").text = timezone.localtime(
            alert.last_published_at or alert.sent
        ).isoformat()
        ET.SubElement(entry, f"{ns}summary").text = alert.description_en[:500]
        ET.SubElement(
            entry,
            f"{ns}link",
            rel="alternate",
            type="application/cap+xml",
            href=cap_url(alert),
        )
        ET.SubElement(entry, f"{ns}link", rel="related", type="text/html", href=page_url(alert))
    return ET.tostring(feed, encoding="utf-8", xml_declaration=True)
