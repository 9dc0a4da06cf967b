import json
from pathlib import Path

import pytest
from django.conf import settings
from jsonschema import Draft4Validator

from reporting.demo import load_reporting_demo
from reporting.open311.models import ApiClient
from tests.reporting.places.conftest import example_city  # noqa: F401 - a shared fixture


def _schema_dir() -> Path:
    return (
        Path(settings.PORTAL_SHARED_DIR)
        / "standards"
        / "open311-georeport-v2"
        / ("schema-validation")
    )


def _inline(node, folder: Path):
    """The schemas refer to each other by file name ("$ref": "request.json"); inline them."""
    if isinstance(node, dict):
        if set(node) >= {"$ref"} and str(node["$ref"]).endswith(".json"):
            return _inline(json.loads((folder / node["$ref"]).read_text()), folder)
        return {k: _inline(v, folder) for k, v in node.items()}
    if isinstance(node, list):
        return [_inline(v, folder) for v in node]
    return node


@pytest.fixture(scope="session")
def open311_schema():
    """open311_schema("services.json").validate(document) raises on any deviation."""
    folder = _schema_dir()

    def load(name: str) -> Draft4Validator:
        schema = _inline(json.loads((folder / name).read_text()), folder)
        return Draft4Validator(schema, format_checker=Draft4Validator.FORMAT_CHECKER)

    return load


@pytest.fixture
def demo(site, locales):
    load_reporting_demo()


@pytest.fixture
def api_key(db):
    client = ApiClient(name="City 311 app", rate_limit="100/h")
    key = client.new_key()
    client.save()
    return key
