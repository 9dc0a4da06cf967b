"""What the map reads: streets as GeoJSON, the nearest address, the tile settings; and the
Leaflet we serve is npm's, unchanged."""

import filecmp
from pathlib import Path

import pytest

from reporting.places.views import NEAREST_RATE
from tests.reporting.helpers import post_step, screen, step_url

REPO = Path(__file__).resolve().parents[3]
VENDORED = REPO / "reporting" / "places" / "static" / "places" / "vendor" / "leaflet"
NPM = REPO / "node_modules" / "leaflet" / "dist"


def test_streets_come_as_geojson_in_two_queries_and_are_cacheable(
    client, example_city, django_assert_max_num_queries
):
    with django_assert_max_num_queries(2):
        response = client.get("/report/places/streets.geojson")
    assert response.status_code == 200
    assert "max-age=3600" in response["Cache-Control"]
    document = response.json()
    names = {f["properties"]["name"] for f in document["features"]}
    assert {"Oak Avenue", "3rd Street", "Calle Luna", "Harbor Road"} <= names
    assert all(f["geometry"]["type"] == "LineString" for f in document["features"])


def test_a_pin_gets_the_nearest_address(client, example_city):
    found = client.get("/report/places/nearest/?lat=34.0343&lon=-118.2735").json()
    assert found == {
        "address": "12 Oak Avenue",
        "city": "Example City",
        "label": "12 Oak Avenue, Example City",
    }
    assert client.get("/report/places/nearest/?lat=34.05&lon=-118.21").status_code == 404
    for bad in ("lat=x&lon=1", "lat=91&lon=0", "lat=NaN&lon=0", "lat=1"):
        assert client.get(f"/report/places/nearest/?{bad}").status_code == 400, bad


def test_the_nearest_address_lookup_is_rate_limited(client, example_city):
    from django.core.cache import cache

    cache.clear()
    limit = int(NEAREST_RATE.split("/")[0])
    for _ in range(limit):
        client.get("/report/places/nearest/?lat=34.0343&lon=-118.2735")
    assert client.get("/report/places/nearest/?lat=34.0343&lon=-118.2735").status_code == 429
    cache.clear()


def test_without_a_tile_server_the_map_draws_its_own_streets(client, site, vandalism):
    screen(client)
    post_step(client, "category")
    page = client.get(step_url("where")).content.decode()
    assert 'data-tile-url=""' in page
    assert 'id="place-map"' in page
    assert "hidden" in page.split('id="place-map"')[1].split(">")[0]


def test_a_configured_tile_server_is_used_with_its_attribution(client, site, vandalism, settings):
    settings.MAP_TILE_URL = "https://tiles.example.org/{z}/{x}/{y}.png"
    settings.MAP_TILE_ATTRIBUTION = "© Example County GIS"
    screen(client)
    post_step(client, "category")
    page = client.get(step_url("where")).content.decode()
    assert 'data-tile-url="https://tiles.example.org/{z}/{x}/{y}.png"' in page
    assert 'data-attribution="© Example County GIS"' in page


def test_the_csp_allows_only_the_configured_tile_origin():
    from portal.settings.base import _tile_origin

    assert _tile_origin("") == []
    assert _tile_origin("https://tiles.example.org/{z}/{x}/{y}.png") == [
        "https://tiles.example.org"
    ]
    assert _tile_origin("https://{s}.tile.example.org/{z}/{x}/{y}.png") == [
        "https://*.tile.example.org"
    ]


@pytest.mark.skipif(not NPM.exists(), reason="npm's leaflet is not installed: run `npm ci`")
def test_the_leaflet_we_serve_is_npms_own():
    for name in ("leaflet.js", "leaflet.css"):
        assert filecmp.cmp(VENDORED / name, NPM / name, shallow=False), name
    for image in (NPM / "images").iterdir():
        assert filecmp.cmp(VENDORED / "images" / image.name, image, shallow=False), image.name
