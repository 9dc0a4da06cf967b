"""The EIDO export validates against NENA's own schema (NENA-STA-021)."""

import csv
import hashlib
import json
import re
from pathlib import Path

import pytest
import yaml
from django.conf import settings
from django.core.files.base import ContentFile
from django.urls import reverse
from jsonschema import Draft4Validator
from referencing import Registry, Resource
from referencing.jsonschema import DRAFT4

from dispatch_bridge.models import ApiToken
from portal.staff.models import AuditEntry
from reporting.models import ReportAttachment
from tests.factories import report_submit_for_test
from tests.support.staff import login_with_mfa

pytestmark = pytest.mark.django_db

EIDO_DIR = Path(settings.PORTAL_SHARED_DIR) / "standards" / "nena-eido-sta-021"
SCHEMA_DIR = EIDO_DIR / "Schema"


def _load_yaml(path: Path) -> dict:
    text = path.read_text()
    # NENA's openapi.yaml has `minItems: 1,` (a string "1,"): a known typo in the published file.
    text = re.sub(r"(minItems:\s*\d+),", r"\1", text)
    return yaml.safe_load(text)


def _fix_refs(node, base: str):
    """Make every $ref absolute and tolerate the file's `NIEMComponents//x.yaml` double slashes
    and its one `/components/schemas/...` ref written without the leading '#'."""
    if isinstance(node, dict):
        out = {}
        for key, value in node.items():
            if key == "$ref" and isinstance(value, str):
                value = value.replace("//", "/")
                if value.startswith("/components/"):
                    value = "#" + value
                if value.startswith("#"):
                    value = base + value
                elif not value.startswith("urn:"):
                    path, _, frag = value.partition("#")
                    value = f"urn:eido:{Path(path).name}#{frag}"
            out[key] = _fix_refs(value, base)
        return out
    if isinstance(node, list):
        return [_fix_refs(v, base) for v in node]
    return node


@pytest.fixture(scope="module")
def eido_validator():
    if not SCHEMA_DIR.exists():
        pytest.fail(f"NENA EIDO schema not found at {SCHEMA_DIR}: set PORTAL_SHARED_DIR")
    resources = []
    for path in [
        SCHEMA_DIR / "openapi.yaml",
        *sorted((SCHEMA_DIR / "NIEMComponents").glob("*.yaml")),
    ]:
        uri = f"urn:eido:{path.name}"
        resources.append((uri, Resource(_fix_refs(_load_yaml(path), uri), specification=DRAFT4)))
    registry = Registry().with_resources(resources)
    root = {"$ref": "urn:eido:openapi.yaml#/components/schemas/EmergencyIncidentDataObjectType"}
    return Draft4Validator(root, registry=registry)


def _registry(name):
    with open(EIDO_DIR / "registries-extracted" / name) as f:
        return {row["value"] for row in csv.DictReader(f)}


def test_the_validator_accepts_nenas_sample_and_rejects_a_broken_one(eido_validator):
    sample = json.loads((EIDO_DIR / "Samples" / "Sample call transfer EIDO.json").read_text())
    assert list(eido_validator.iter_errors(sample)) == []
    del sample["agencyComponent"]
    assert list(eido_validator.iter_errors(sample))


def test_an_item_exports_a_valid_eido(client, dispatcher, eido_validator):
    from tests.factories import CategoryFactory

    report = report_submit_for_test(
        category=CategoryFactory(name="Theft", apco_code="LARCENY"),
        email="alex@example.org",
        latitude="37.774900",
        longitude="-122.419400",
    )
    ReportAttachment.objects.create(
        report=report,
        file=ContentFile(b"\x89PNG fake", name="fence.png"),
        content_type="image/png",
        size=9,
    )
    login_with_mfa(client, dispatcher)

    response = client.get(reverse("dispatch:item_eido", args=[report.queue_item.pk]))

    assert response.status_code == 200 and response["Content-Type"] == "application/json"
    document = response.json()
    errors = [f"{list(e.path)}: {e.message}" for e in eido_validator.iter_errors(document)]
    assert errors == []
    incident = document["incidentComponent"]
    assert incident["incidentTypeCommonRegistryText"] == "LARCENY"
    assert "LARCENY" in _registry("incident-type-common.csv")
    assert set(incident["incidentStatusCommonRegistryText"]) <= _registry(
        "incident-status-common.csv"
    )
    person = document["personComponent"][0]
    assert person["personIncidentRoleRegistryText"] == ["ReportingParty"]
    location = document["locationComponent"][0]
    assert location["locationTypeDescriptionRegistryText"] == "InitialIncident"
    callback = document["callbackComponent"][0]["callBackInformationUri"]
    assert callback == ["tel:+12025550100", "mailto:alex@example.org"]
    assert report.narrative in document["notesComponent"][0]["notesActionComments"]
    assert document["mediaComponent"][0]["contentType"] == "image/png"
    # Every reference points at a component in the document.
    ids = {c["$id"] for key, v in document.items() if key.endswith("Component")
           for c in (v if isinstance(v, list) else [v])}  # fmt: skip
    refs = re.findall(r'"\$ref": "([^"]+)"', json.dumps(document))
    assert set(refs) <= ids
    assert AuditEntry.objects.filter(action="report.export_eido", actor=dispatcher).exists()


def test_an_api_token_reads_eido_without_a_session(client, item):
    ApiToken.objects.create(name="CAD", key_hash=hashlib.sha256(b"s3cret-key").hexdigest())
    url = reverse("dispatch:item_eido", args=[item.pk])

    assert client.get(url, HTTP_AUTHORIZATION="Token wrong").status_code == 401
    response = client.get(url, HTTP_AUTHORIZATION="Token s3cret-key")

    assert response.status_code == 200
    assert AuditEntry.objects.filter(action="report.export_eido", actor_label="api-token").exists()
