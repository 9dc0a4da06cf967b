"""Loading the agency's address points and street centrelines (GeoJSON or CSV)."""

import csv
import io
import json
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from itertools import combinations

from django.db import transaction
from django.utils.translation import gettext as _
from shapely import wkt
from shapely.errors import ShapelyError
from shapely.geometry import mapping, shape
from shapely.ops import unary_union

from .models import AddressPoint, Intersection, StreetSegment
from .parsing import street_key

# Column or property names accepted for each field, first match wins. Common exports (NENA
# address points, OpenStreetMap "addr:*" tags, plain spreadsheets) work without renaming.
NUMBER_NAMES = ("number", "house_number", "housenumber", "addr:housenumber", "add_number")
STREET_NAMES = ("street", "street_name", "streetname", "addr:street", "fullname", "name")
UNIT_NAMES = ("unit", "addr:unit", "unit_number")
CITY_NAMES = ("city", "addr:city", "municipality", "place")
ZIP_NAMES = ("zipcode", "zip", "postcode", "addr:postcode", "post_code")
ID_NAMES = ("address_id", "id", "addressid", "site_nguid")
LAT_NAMES = ("latitude", "lat", "y")
LON_NAMES = ("longitude", "lon", "lng", "long", "x")
SIX = Decimal("0.000001")


class PlacesLoadError(ValueError):
    """The file can't be loaded; the message says why, in words staff can act on."""


@dataclass
class LoadResult:
    addresses: int
    streets: int
    intersections: int
    skipped: int


def _pick(row: dict, names: tuple) -> str:
    lowered = {str(k).strip().lower(): v for k, v in row.items()}
    for name in names:
        value = lowered.get(name)
        if value not in (None, ""):
            return str(value).strip()
    return ""


def _coordinate(value, low: int, high: int) -> Decimal | None:
    try:
        number = Decimal(str(value)).quantize(SIX)
    except (InvalidOperation, ValueError, TypeError):
        return None
    return number if low <= number <= high else None


def _point(row: dict, latitude, longitude) -> AddressPoint | None:
    number, street = _pick(row, NUMBER_NAMES), _pick(row, STREET_NAMES)
    lat, lon = _coordinate(latitude, -90, 90), _coordinate(longitude, -180, 180)
    if not number or not street or lat is None or lon is None:
        return None
    return AddressPoint(
        address_id=_pick(row, ID_NAMES)[:100],
        number=number[:20],
        street=street[:200],
        street_key=street_key(street),
        unit=_pick(row, UNIT_NAMES)[:50],
        city=_pick(row, CITY_NAMES)[:100],
        zipcode=_pick(row, ZIP_NAMES)[:10],
        latitude=lat,
        longitude=lon,
    )


def _street(row: dict, geometry) -> StreetSegment | None:
    name = _pick(row, STREET_NAMES)
    if not name or geometry is None or geometry.is_empty:
        return None
    if geometry.geom_type not in ("LineString", "MultiLineString"):
        return None
    return StreetSegment(
        name=name[:200],
        street_key=street_key(name),
        city=_pick(row, CITY_NAMES)[:100],
        geometry=mapping(geometry),
    )


def read_geojson(text: str) -> tuple[list, list, int]:
    """Points become address points, lines become streets; anything else is skipped."""
    try:
        data = json.loads(text)
    except ValueError as error:
        message = _("The file is not valid GeoJSON: %(error)s") % {"error": error}
        raise PlacesLoadError(message) from error
    features = data.get("features") if isinstance(data, dict) else None
    if not isinstance(features, list):
        raise PlacesLoadError(_("The GeoJSON file has no FeatureCollection of features."))
    points, streets, skipped = [], [], 0
    for feature in features:
        try:
            geometry = shape(feature["geometry"])
            properties = feature.get("properties") or {}
        except (KeyError, TypeError, AttributeError, ValueError, ShapelyError):
            skipped += 1
            continue
        if geometry.geom_type == "Point":
            row = _point(properties, geometry.y, geometry.x)
            target = points
        else:
            row = _street(properties, geometry)
            target = streets
        if row is None:
            skipped += 1
        else:
            target.append(row)
    return points, streets, skipped


def read_csv(text: str) -> tuple[list, list, int]:
    """Rows with latitude/longitude are address points; rows with a `wkt` line are streets."""
    reader = csv.DictReader(io.StringIO(text.lstrip("\ufeff")))
    if not reader.fieldnames:
        raise PlacesLoadError(_("The CSV file has no header row."))
    points, streets, skipped = [], [], 0
    for row in reader:
        line = _pick(row, ("wkt", "geometry"))
        if line:
            try:
                item = _street(row, wkt.loads(line))
            except (ShapelyError, ValueError):
                item = None
            target = streets
        else:
            item = _point(row, _pick(row, LAT_NAMES), _pick(row, LON_NAMES))
            target = points
        if item is None:
            skipped += 1
        else:
            target.append(item)
    return points, streets, skipped


def read_file(name: str, content: bytes) -> tuple[list, list, int]:
    try:
        text = content.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise PlacesLoadError(_("The file must be UTF-8 text.")) from error
    if name.lower().endswith(".csv"):
        return read_csv(text)
    return read_geojson(text)


def _crossings(streets: list[StreetSegment]) -> list[Intersection]:
    by_key: dict[str, list] = {}
    names: dict[str, tuple[str, str]] = {}
    for street in streets:
        by_key.setdefault(street.street_key, []).append(shape(street.geometry))
        names.setdefault(street.street_key, (street.name, street.city))
    merged = {key: unary_union(lines) for key, lines in by_key.items()}
    found = []
    for key_a, key_b in combinations(sorted(merged), 2):
        meeting = merged[key_a].intersection(merged[key_b])
        if meeting.is_empty:
            continue
        spots = getattr(meeting, "geoms", [meeting])
        for spot in spots:
            if spot.geom_type != "Point":
                continue
            found.append(
                Intersection(
                    street_a=names[key_a][0],
                    street_b=names[key_b][0],
                    key_a=key_a,
                    key_b=key_b,
                    city=names[key_a][1] or names[key_b][1],
                    latitude=Decimal(str(spot.y)).quantize(SIX),
                    longitude=Decimal(str(spot.x)).quantize(SIX),
                )
            )
    return found


@transaction.atomic
def places_load(*, points: list, streets: list, skipped: int = 0) -> LoadResult:
    """Replace the agency's address data with these rows, all at once or not at all."""
    if not points:
        raise PlacesLoadError(_("The file holds no address points we can read."))
    crossings = _crossings(streets)
    AddressPoint.objects.all().delete()
    StreetSegment.objects.all().delete()
    Intersection.objects.all().delete()
    AddressPoint.objects.bulk_create(points, batch_size=1000)
    StreetSegment.objects.bulk_create(streets, batch_size=1000)
    Intersection.objects.bulk_create(crossings, batch_size=1000)
    return LoadResult(
        addresses=len(points), streets=len(streets), intersections=len(crossings), skipped=skipped
    )


def places_load_files(*, files: list[tuple[str, bytes]]) -> LoadResult:
    """Load (name, content) files together: points and streets may come in separate files.
    Raises PlacesLoadError naming the file that can't be read; nothing changes then."""
    points, streets, skipped = [], [], 0
    for name, content in files:
        try:
            more_points, more_streets, more_skipped = read_file(name, content)
        except PlacesLoadError as error:
            raise PlacesLoadError(f"{name}: {error}") from error
        points += more_points
        streets += more_streets
        skipped += more_skipped
    return places_load(points=points, streets=streets, skipped=skipped)


def places_load_file(*, name: str, content: bytes) -> LoadResult:
    return places_load_files(files=[(name, content)])
