"""Loading address data: the command, the Wagtail admin upload, CSV and GeoJSON, bad files."""

import json

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management import CommandError, call_command

from reporting.places.geocoders import LocalGeocoder
from reporting.places.models import AddressPoint, Intersection, StreetSegment
from tests.factories import StaffFactory
from tests.support.staff import login_with_mfa, make_staff

pytestmark = pytest.mark.django_db

UPLOAD = "/admin/places/upload/"
POINTS_CSV = (
    "address_id,number,street,unit,city,zipcode,latitude,longitude\n"
    "A-1,10,Birch Road,,Smallville,90001,34.0101,-118.2101\n"
    "A-2,12,Birch Road,Unit 2,Smallville,90001,34.0102,-118.2102\n"
    "A-3,,Birch Road,,Smallville,90001,34.0103,-118.2103\n"  # no number: skipped
    "A-4,14,Birch Road,,Smallville,90001,not-a-number,-118.2104\n"  # skipped
)
STREETS_CSV = (
    "name,city,wkt\n"
    'Birch Road,Smallville,"LINESTRING (-118.22 34.01, -118.20 34.01)"\n'
    'Cole Street,Smallville,"LINESTRING (-118.21 34.00, -118.21 34.02)"\n'
)
OSM_GEOJSON = {
    "type": "FeatureCollection",
    "features": [
        {
            "type": "Feature",
            "properties": {"addr:housenumber": "5", "addr:street": "Elm Court", "addr:city": "X"},
            "geometry": {"type": "Point", "coordinates": [-118.3, 34.1]},
        },
        {"type": "Feature", "properties": {}, "geometry": None},
    ],
}


def test_the_command_loads_csv_points_and_streets_and_finds_the_crossing(tmp_path, capsys):
    points, streets = tmp_path / "points.csv", tmp_path / "streets.csv"
    points.write_text(POINTS_CSV)
    streets.write_text(STREETS_CSV)
    call_command("places_load", str(points), str(streets))
    out = capsys.readouterr().out
    assert "Loaded 2 address points, 2 streets and 1 intersections; skipped 2" in out
    crossing = Intersection.objects.get()
    assert (float(crossing.latitude), float(crossing.longitude)) == (34.01, -118.21)
    assert LocalGeocoder().suggest("Birch Rd & Cole St")[0].label == (
        "Birch Road & Cole Street, Smallville"
    )
    assert AddressPoint.objects.get(number="12").unit == "Unit 2"


def test_osm_style_geojson_names_are_understood(tmp_path):
    path = tmp_path / "osm.geojson"
    path.write_text(json.dumps(OSM_GEOJSON))
    call_command("places_load", str(path))
    point = AddressPoint.objects.get()
    assert (point.number, point.street, point.street_key, point.city) == (
        "5",
        "Elm Court",
        "elm ct",
        "X",
    )


def test_a_bad_file_changes_nothing(tmp_path, example_city):
    before = AddressPoint.objects.count()
    bad = tmp_path / "bad.geojson"
    bad.write_text("{not json")
    with pytest.raises(CommandError, match="bad.geojson: The file is not valid GeoJSON"):
        call_command("places_load", str(bad))
    empty = tmp_path / "empty.csv"
    empty.write_text("name,city,wkt\n")
    with pytest.raises(CommandError, match="no address points"):
        call_command("places_load", str(empty))
    assert AddressPoint.objects.count() == before
    assert StreetSegment.objects.exists()


def test_an_admin_uploads_the_data_in_the_wagtail_admin(client, example_city):
    login_with_mfa(client, StaffFactory(username="root", is_superuser=True))
    page = client.get(UPLOAD)
    assert page.status_code == 200
    assert "835 address points" in page.content.decode()
    response = client.post(
        UPLOAD,
        {
            "addresses": SimpleUploadedFile("points.csv", POINTS_CSV.encode()),
            "streets": SimpleUploadedFile("streets.csv", STREETS_CSV.encode()),
        },
        follow=True,
    )
    assert "Loaded 2 address points, 2 streets and 1 intersections" in response.content.decode()
    assert AddressPoint.objects.count() == 2


def test_a_bad_upload_says_why_and_keeps_the_data(client, example_city):
    login_with_mfa(client, StaffFactory(username="root", is_superuser=True))
    response = client.post(
        UPLOAD, {"addresses": SimpleUploadedFile("points.geojson", b"\xff\xfe garbage")}
    )
    assert response.status_code == 400
    assert "The file must be UTF-8 text." in response.content.decode()
    assert AddressPoint.objects.count() == 835


def test_staff_without_the_permission_cannot_upload(client, example_city):
    # Editors use the Wagtail admin but the address data is the admin role's.
    login_with_mfa(client, make_staff("editor", "Community relations editor"))
    # Wagtail answers a refused admin page with a redirect to the dashboard and a message.
    refused = client.get(UPLOAD)
    assert (refused.status_code, refused.url) == (302, "/admin/")
    response = client.post(UPLOAD, {"addresses": SimpleUploadedFile("p.csv", POINTS_CSV.encode())})
    assert (response.status_code, response.url) == (302, "/admin/")
    assert AddressPoint.objects.count() == 835
