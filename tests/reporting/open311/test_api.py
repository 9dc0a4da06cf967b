"""Open311 GeoReport v2 at /open311/v2/, checked against the Open311 JSON Schemas."""

import json

import pytest
from defusedxml import ElementTree
from django.core.cache import cache

from dispatch_bridge.models import QueueItem
from reporting.demo import DEMO_BOUNDARY, DEMO_REFERRAL
from reporting.models import Category, Report, ReportingSettings
from reporting.open311.models import ApiClient
from reporting.services import report_submit

pytestmark = pytest.mark.django_db

BASE = "/open311/v2/"
ERRORS_SCHEMA = {
    "type": "array",
    "minItems": 1,
    "items": {
        "type": "object",
        "required": ["code", "description"],
        "properties": {"code": {"type": "integer"}, "description": {"type": "string"}},
    },
}
NO_TO_ALL = {
    f"attribute[{c}]": "no" for c in ("danger", "hurt", "suspect_present", "happening_now")
}


@pytest.fixture(autouse=True)
def _fresh_rate_limits():
    cache.clear()
    yield
    cache.clear()


@pytest.fixture
def boundary(site):
    ReportingSettings.objects.update_or_create(
        site=site,
        defaults={"boundary_geojson": json.dumps(DEMO_BOUNDARY), "outside_referral": DEMO_REFERRAL},
    )


def _errors_ok(response, code):
    from jsonschema import validate

    assert response.status_code == code, response.content
    document = response.json()
    validate(document, ERRORS_SCHEMA)
    assert document[0]["code"] == code
    return " ".join(e["description"] for e in document)


def _xml_as_data(element):
    """XML back to JSON-like data, so it can be compared with the JSON answer."""
    children = list(element)
    if not children:
        return element.text or None
    tags = {child.tag for child in children}
    if len(children) > 1 and len(tags) == 1 and element.tag not in ("request", "service"):
        return [_xml_as_data(c) for c in children]
    if element.tag in (
        "services",
        "service_requests",
        "attributes",
        "values",
        "formats",
        "endpoints",
        "errors",
    ):
        return [_xml_as_data(c) for c in children]
    return {child.tag: _xml_as_data(child) for child in children}


def _as_strings(value):
    if isinstance(value, list):
        return [_as_strings(v) for v in value]
    if isinstance(value, dict):
        return {k: _as_strings(v) for k, v in value.items()}
    if value is None or value == []:
        return None
    if isinstance(value, bool):
        return "true" if value else "false"
    return str(value)


def _mirrors(client, path):
    as_json = client.get(f"{BASE}{path}.json").json()
    response = client.get(f"{BASE}{path}.xml")
    assert response["Content-Type"].startswith("text/xml")
    root = ElementTree.fromstring(response.content)
    assert _as_strings(_xml_as_data(root)) == _as_strings(as_json)
    return root


# --- Services ------------------------------------------------------------------------------


def test_the_service_list_follows_the_schema_in_both_languages(client, demo, open311_schema):
    english = client.get(BASE + "services.json")
    assert english.status_code == 200
    open311_schema("services.json").validate(english.json())
    codes = [s["service_code"] for s in english.json()]
    assert "vandalism" in codes
    names = {s["service_code"]: s["service_name"] for s in english.json()}
    assert names["vandalism"] == "Vandalism"

    spanish = client.get(BASE + "services.json?locale=es").json()
    open311_schema("services.json").validate(spanish)
    assert {s["service_code"]: s["service_name"] for s in spanish}["vandalism"] == "Vandalismo"


def test_the_service_list_in_xml_mirrors_the_json(client, demo):
    root = _mirrors(client, "services")
    assert root.tag == "services"
    assert root.find("service/service_code").text


def test_a_service_definition_puts_the_screening_questions_first(client, demo, open311_schema):
    response = client.get(BASE + "services/vandalism.json")
    document = response.json()
    open311_schema("service-definition.json").validate(document)
    attributes = document["attributes"]
    assert [a["code"] for a in attributes[:4]] == [
        "danger",
        "hurt",
        "suspect_present",
        "happening_now",
    ]
    assert all(a["required"] and a["datatype"] == "singlevaluelist" for a in attributes[:4])
    assert [a["order"] for a in attributes] == list(range(1, len(attributes) + 1))
    # The category's own questions follow.
    assert "graffiti" in [a["code"] for a in attributes[4:]]
    spanish = client.get(BASE + "services/vandalism.json?locale=es").json()
    assert spanish["attributes"][0]["description"] == "¿Hay alguien en peligro ahora mismo?"
    _mirrors(client, "services/vandalism")


def test_an_unknown_service_is_a_404_in_the_error_format(client, demo):
    _errors_ok(client.get(BASE + "services/no-such-thing.json"), 404)
    response = client.get(BASE + "services/no-such-thing.xml")
    assert response.status_code == 404
    root = ElementTree.fromstring(response.content)
    assert root.tag == "errors"
    assert root.find("error/code").text == "404"


def test_discovery_names_the_endpoint_and_formats(client, site):
    document = client.get(BASE + "discovery.json").json()
    endpoint = document["endpoints"][0]
    assert endpoint["specification"] == "http://wiki.open311.org/GeoReport_v2"
    assert endpoint["url"].endswith("/open311/v2")
    assert set(endpoint["formats"]) == {"application/json", "text/xml"}
    _mirrors(client, "discovery")


# --- Filing requests -----------------------------------------------------------------------


def _post(client, data, fmt="json"):
    return client.post(f"{BASE}requests.{fmt}", data)


def _vandalism(api_key, **extra):
    return {
        "api_key": api_key,
        "service_code": "vandalism",
        "description": "Someone painted graffiti on the library wall overnight.",
        "address_string": "12 Oak Ave",
        "first_name": "Pat",
        "last_name": "Resident",
        "phone": "(202) 555-0142",
        "attribute[graffiti]": "yes",
        **NO_TO_ALL,
        **extra,
    }


def test_a_request_needs_a_valid_api_key(client, demo):
    assert "api_key" in _errors_ok(_post(client, {"service_code": "vandalism"}), 403)
    assert "api_key" in _errors_ok(_post(client, {"api_key": "wrong", "service_code": "x"}), 403)
    assert not Report.objects.filter(reporter_name="Pat Resident").exists()


def test_a_revoked_key_stops_working(client, demo, api_key):
    ApiClient.objects.update(active=False)
    _errors_ok(_post(client, _vandalism(api_key)), 403)


def test_a_request_is_filed_and_queued_in_one_go(client, demo, example_city, api_key, boundary):
    response = _post(client, _vandalism(api_key))
    assert response.status_code == 200, response.content
    answer = response.json()[0]
    assert answer["service_request_id"].startswith("NE-")
    assert answer["token"]
    report = Report.objects.get(reference=answer["service_request_id"])
    assert report.reporter_name == "Pat Resident"
    assert report.answers == {"graffiti": "yes"}
    # The typed address matched the agency's point exactly: it carries the point.
    assert report.address == "12 Oak Avenue"
    assert report.latitude is not None
    assert QueueItem.objects.filter(report=report).exists()
    assert report.open311.client.name == "City 311 app"

    by_token = client.get(f"{BASE}tokens/{answer['token']}.json").json()
    assert by_token == [{"service_request_id": report.reference, "token": answer["token"]}]


def test_a_request_in_xml_answers_in_xml(client, demo, api_key):
    response = _post(client, _vandalism(api_key, lat="34.05", long="-118.25"), fmt="xml")
    assert response.status_code == 200
    root = ElementTree.fromstring(response.content)
    assert root.tag == "service_requests"
    assert root.find("request/service_request_id").text.startswith("NE-")


def test_a_json_body_may_use_numbers_for_strings(client, demo, api_key):
    body = {
        "api_key": api_key,
        "service_code": "vandalism",
        "lat": 34.05,
        "long": -118.25,
        "description": "Someone broke the glass of the bus shelter on our street.",
        "email": "pat@example.org",
        "first_name": "Pat",
        "attribute": {"danger": "no", "hurt": "no", "suspect_present": "no", "happening_now": "no"},
    }
    response = client.post(
        BASE + "requests.json", json.dumps(body), content_type="application/json"
    )
    assert response.status_code == 200, response.content
    report = Report.objects.get(reference=response.json()[0]["service_request_id"])
    assert float(report.latitude) == 34.05
    assert report.callback_channel == "email"
    assert report.channel == "api"  # statistics count reports by the way they came


@pytest.mark.parametrize("question", ["danger", "hurt", "suspect_present", "happening_now"])
def test_an_emergency_answer_is_refused_with_call_911(client, demo, api_key, question):
    before = Report.objects.count()
    text = _errors_ok(_post(client, _vandalism(api_key, **{f"attribute[{question}]": "yes"})), 400)
    assert "Call 9-1-1 now" in text
    assert Report.objects.count() == before


def test_emergency_words_in_the_description_are_refused(client, demo, api_key):
    before = Report.objects.count()
    data = _vandalism(api_key, description="A man with a gun is breaking car windows.")
    assert "Call 9-1-1 now" in _errors_ok(_post(client, data), 400)
    spanish = _vandalism(
        api_key, locale="es", description="Hay un hombre con una pistola rompiendo vidrios."
    )
    assert "9-1-1" in _errors_ok(_post(client, spanish), 400)
    assert Report.objects.count() == before


def test_negated_and_harmless_words_in_the_description_are_filed(
    client, demo, example_city, api_key, boundary
):
    # The emergency check reads sense, not words: "nobody was hurt", "fire hydrant" pass.
    data = _vandalism(
        api_key, description="Nobody was hurt, but someone knocked over the fire hydrant."
    )
    response = _post(client, data)
    assert response.status_code == 200, response.content


def test_missing_screening_answers_and_fields_are_listed(client, demo, api_key):
    data = {"api_key": api_key, "service_code": "vandalism", "description": "short"}
    text = _errors_ok(_post(client, data), 400)
    assert "attribute[danger]" in text
    assert "description" in text
    assert "A location is required" in text


def test_an_address_outside_the_boundary_is_referred(client, demo, example_city, api_key, boundary):
    before = Report.objects.count()
    text = _errors_ok(_post(client, _vandalism(api_key, address_string="15 Harbor Road")), 400)
    assert "outside our area" in text
    assert "Example County Sheriff" in text
    assert Report.objects.count() == before


def test_each_key_is_rate_limited(client, demo, api_key):
    ApiClient.objects.update(rate_limit="2/h")
    data = _vandalism(api_key, lat="34.05", long="-118.25")
    assert _post(client, data).status_code == 200
    assert _post(client, data).status_code == 200
    _errors_ok(_post(client, data), 429)


# --- Reading requests: no personal data -----------------------------------------------------


@pytest.fixture
def filed(demo, locales):
    vandalism = Category.objects.get(slug="vandalism", locale=locales["en"])
    public = report_submit(
        category=vandalism,
        reporter_name="Quinn Privateperson",
        language="en",
        narrative="My neighbour Bob Smith at 1234 Oak Avenue saw it happen.",
        phone="+12025550199",
        email="quinn@example.org",
        address="1234 Oak Avenue Apt 5",
        city="Example City",
        latitude="34.038312",
        longitude="-118.262987",
    )
    identity = Category.objects.get(slug="identity-theft", locale=locales["en"])
    secret = report_submit(
        category=identity,
        reporter_name="Riley Hidden",
        language="en",
        narrative="Someone opened a credit card in my name.",
        email="riley@example.org",
        address="14 Elm Street",
    )
    return public, secret


def test_the_request_list_follows_the_schema_and_leaks_nothing(client, filed, open311_schema):
    public, secret = filed
    response = client.get(BASE + "requests.json")
    document = response.json()
    open311_schema("requests.json").validate(document)
    text = response.content.decode()
    for private in (
        "Quinn",
        "Privateperson",
        "555-0199",
        "5550199",
        "quinn@example.org",
        "Bob Smith",
        "1234",
        "Apt 5",
        "Riley",
        "credit card",
        "Jordan Example",  # a demo reporter
        "spray painted",  # a demo narrative
    ):
        assert private not in text, private
    ids = [r["service_request_id"] for r in document]
    assert public.reference in ids
    assert secret.reference not in ids  # identity theft is a sensitive category
    row = next(r for r in document if r["service_request_id"] == public.reference)
    assert row["address"] == "1200 block of Oak Avenue"
    assert row["description"] is None
    assert (row["lat"], row["long"]) == (34.038, -118.263)
    assert row["status"] == "open"


def test_a_sensitive_request_is_not_found_by_its_id_either(client, filed):
    public, secret = filed
    assert client.get(f"{BASE}requests/{public.reference}.json").status_code == 200
    _errors_ok(client.get(f"{BASE}requests/{secret.reference}.json"), 404)
    listed = client.get(
        f"{BASE}requests.json?service_request_id={public.reference},{secret.reference}"
    ).json()
    assert [r["service_request_id"] for r in listed] == [public.reference]


def test_status_and_notes_come_from_the_dispatchers_public_outcome(client, filed, open311_schema):
    public, _secret = filed
    Report.objects.filter(pk=public.pk).update(
        status="approved", outcome_note="Thank you. An officer took the report: case 26-1234."
    )
    document = client.get(f"{BASE}requests/{public.reference}.json").json()
    open311_schema("requests.json").validate(document)
    assert document[0]["status"] == "closed"
    assert document[0]["status_notes"] == "Thank you. An officer took the report: case 26-1234."
    closed = client.get(BASE + "requests.json?status=closed").json()
    assert [r["service_request_id"] for r in closed] == [public.reference]


def test_the_request_list_filters(client, filed):
    public, _secret = filed
    by_code = client.get(BASE + "requests.json?service_code=vandalism").json()
    assert {r["service_code"] for r in by_code} == {"vandalism"}
    assert public.reference in [r["service_request_id"] for r in by_code]
    old = client.get(BASE + "requests.json?end_date=2000-01-01T00:00:00Z").json()
    assert old == []
    recent = client.get(BASE + "requests.json?start_date=2000-01-01").json()
    assert public.reference in [r["service_request_id"] for r in recent]
    _errors_ok(client.get(BASE + "requests.json?start_date=yesterday"), 400)
    _errors_ok(client.get(BASE + "requests.json?status=pending"), 400)


def test_the_request_list_in_xml_mirrors_the_json(client, filed):
    root = _mirrors(client, "requests")
    assert root.tag == "service_requests"
    assert "Quinn" not in ElementTree.tostring(root, encoding="unicode")


def test_the_request_list_costs_a_fixed_number_of_queries(
    client, filed, django_assert_max_num_queries
):
    client.get(BASE + "requests.json")  # warm the site-settings lookups
    with django_assert_max_num_queries(8):
        response = client.get(BASE + "requests.json")
    assert len(response.json()) >= 4


def test_an_unknown_token_is_a_404(client, db):
    _errors_ok(client.get(BASE + "tokens/nope.json"), 404)
