"""CAP 1.2 out: every status and message type validates against the OASIS schema."""

import re
from pathlib import Path

import pytest
import xmlschema
from defusedxml import DTDForbidden, EntitiesForbidden
from django.conf import settings

from reporting.alerts.cap import CAP_NS, cap_document, cap_read
from reporting.alerts.models import Alert

from .conftest import EAST, alert_make

pytestmark = pytest.mark.django_db
CAP_DIR = Path(settings.PORTAL_SHARED_DIR) / "standards" / "oasis-cap-1.2"
NS = {"cap": CAP_NS}
CAP_TIME = re.compile(r"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d[-+]\d\d:\d\d$")


@pytest.fixture(scope="module")
def schema():
    return xmlschema.XMLSchema(str(CAP_DIR / "cap12.xsd"))


def test_the_schema_is_strict_enough_to_fail_the_invalid_example(schema):
    assert schema.is_valid(str(CAP_DIR / "examples" / "thunderstorm.cap"))
    assert not schema.is_valid(str(CAP_DIR / "examples" / "invalid.cap"))


# Draft and System are CAP statuses too: the builder must produce valid CAP for all five.
@pytest.mark.parametrize("status", ["Actual", "Exercise", "System", "Test", "Draft"])
def test_every_status_validates(schema, hoods, status):
    alert = alert_make(
        status=status if status in ("Actual", "Exercise", "Test") else "Actual",
        neighbourhoods=[hoods[0]],
    )
    alert.status = status  # the model offers three; the document must hold any CAP status
    document = cap_document(alert)
    schema.validate(document.decode())
    root = cap_read(document)
    assert root.find("cap:status", NS).text == status


def test_an_alert_has_one_info_per_language_and_its_areas_as_polygons(schema, hoods):
    alert = alert_make(
        neighbourhoods=[hoods[0]], area_geojson=str(EAST).replace("'", '"'), area_name="Oak Park"
    )
    root = cap_read(cap_document(alert))
    schema.validate(cap_document(alert).decode())
    infos = root.findall("cap:info", NS)
    assert [i.find("cap:language", NS).text for i in infos] == ["en-US", "es-US"]
    assert infos[1].find("cap:headline", NS).text == "Calle Main cerrada"
    areas = infos[0].findall("cap:area", NS)
    assert [a.find("cap:areaDesc", NS).text for a in areas] == ["Westside", "Oak Park"]
    # lat,lon pairs, closed ring: West is the square x 0..1, y 0..1.
    polygon = areas[0].find("cap:polygon", NS).text
    pairs = polygon.split()
    assert pairs[0] == pairs[-1] and len(pairs) == 5
    assert "0.000000,1.000000" in pairs  # (lat 0, lon 1)
    assert infos[1].find("cap:area/cap:areaDesc", NS).text == "Oeste"
    assert CAP_TIME.match(root.find("cap:sent", NS).text)
    assert root.find("cap:references", NS) is None


def test_a_whole_city_alert_covers_every_neighbourhood(schema, hoods):
    alert = alert_make(whole_city=True)
    document = cap_document(alert)
    schema.validate(document.decode())
    area = cap_read(document).find("cap:info/cap:area", NS)
    assert area.find("cap:areaDesc", NS).text == "Whole city"
    assert len(area.findall("cap:polygon", NS)) == 1  # the two squares merge into one


@pytest.mark.parametrize("msg_type", ["Update", "Cancel"])
def test_update_and_cancel_reference_the_alert_they_change(schema, hoods, msg_type):
    original = alert_make(neighbourhoods=[hoods[0]])
    change = alert_make(msg_type=msg_type, references=original, neighbourhoods=[hoods[0]])
    document = cap_document(change)
    schema.validate(document.decode())
    root = cap_read(document)
    assert root.find("cap:msgType", NS).text == msg_type
    sender, identifier, sent = root.find("cap:references", NS).text.split(",")
    assert identifier == original.identifier
    assert sender == root.find("cap:sender", NS).text
    assert CAP_TIME.match(sent)
    assert root.find("cap:identifier", NS).text != identifier


def test_a_second_update_references_the_whole_thread(schema, hoods):
    original = alert_make(neighbourhoods=[hoods[0]])
    first = alert_make(msg_type="Update", references=original, neighbourhoods=[hoods[0]])
    second = alert_make(msg_type="Update", references=first, neighbourhoods=[hoods[0]])
    references = cap_read(cap_document(second)).find("cap:references", NS).text.split()
    assert [r.split(",")[1] for r in references] == [original.identifier, first.identifier]


def test_identifiers_are_unique_and_have_no_forbidden_characters(hoods):
    identifiers = {alert_make(neighbourhoods=[hoods[0]]).identifier for _ in range(5)}
    assert len(identifiers) == 5
    assert all(not re.search(r"[\s,<&]", i) for i in identifiers)


def test_the_cap_url_is_stable_and_serves_valid_cap(client, schema, hoods):
    alert = alert_make(neighbourhoods=[hoods[0]])
    url = f"/alerts/{alert.uid}.cap.xml"
    first = client.get(url)
    assert first.status_code == 200
    assert first["Content-Type"].startswith("application/cap+xml")
    schema.validate(first.content.decode())
    # An update is a new message at its own URL; the original's document stays where it was.
    alert_make(msg_type="Update", references=alert, neighbourhoods=[hoods[0]])
    assert client.get(url).content == first.content


def test_a_draft_alert_has_no_cap_document(client, hoods):
    alert = alert_make(publish=False)
    assert client.get(f"/alerts/{alert.uid}.cap.xml").status_code == 404


def test_the_atom_index_lists_current_alerts_with_links_to_their_cap(client, hoods):
    current = alert_make(neighbourhoods=[hoods[0]])
    alert_make(headline_en="Test only", status="Test")
    response = client.get("/alerts/feed.atom")
    assert response.status_code == 200
    root = cap_read(response.content)
    atom = {"a": "http://www.w3.org/2005/Atom"}
    entries = root.findall("a:entry", atom)
    assert [e.find("a:title", atom).text for e in entries] == ["Main Street closed"]
    link = entries[0].find("a:link[@type='application/cap+xml']", atom).get("href")
    assert link.endswith(f"/alerts/{current.uid}.cap.xml")


def test_cap_is_read_without_dtds_or_entities():
    with pytest.raises((DTDForbidden, EntitiesForbidden)):
        cap_read(
            b'<?xml version="1.0"?><!DOCTYPE x [<!ENTITY e SYSTEM "file:///etc/passwd">]>'
            b'<alert xmlns="urn:oasis:names:tc:emergency:cap:1.2">&e;</alert>'
        )


def test_a_model_status_list_is_what_cap_allows():
    assert {c for c, _ in Alert._meta.get_field("status").choices} <= {
        "Actual",
        "Exercise",
        "System",
        "Test",
        "Draft",
    }
