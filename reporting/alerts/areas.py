"""Where an alert applies, as shapes: a point in a polygon, an address in a neighbourhood, an
alert's polygons for CAP. shapely does the geometry; GeoJSON is longitude first."""

from __future__ import annotations

import json
from collections.abc import Iterable

from django.utils import translation
from django.utils.translation import gettext as _
from shapely.errors import ShapelyError
from shapely.geometry import Point, Polygon, shape
from shapely.geometry.base import BaseGeometry
from shapely.ops import unary_union

from .models import Alert, Neighbourhood


def geometry_of(value) -> BaseGeometry | None:
    try:
        data = json.loads(value) if isinstance(value, str) else value
        if isinstance(data, dict) and data.get("type") == "Feature":
            data = data.get("geometry")
        if not data:
            return None
        return shape(data)
    except (ValueError, TypeError, KeyError, AttributeError, ShapelyError):
        return None


def point_in(geometry: BaseGeometry | None, *, latitude: float, longitude: float) -> bool:
    # covers(): a point on the boundary line counts as inside.
    return geometry is not None and geometry.covers(Point(float(longitude), float(latitude)))


def neighbourhood_at(*, latitude: float, longitude: float) -> Neighbourhood | None:
    """The neighbourhood a point lies in (the first by name if polygons overlap)."""
    for hood in Neighbourhood.objects.order_by("name"):
        if point_in(geometry_of(hood.geometry), latitude=latitude, longitude=longitude):
            return hood
    return None


def alert_neighbourhood_ids(alert: Alert) -> set[int]:
    """The neighbourhoods an alert reaches: those chosen, and those its drawn area touches."""
    ids = set(alert.neighbourhoods.values_list("pk", flat=True))
    drawn = geometry_of(alert.area_geojson) if alert.area_geojson else None
    if drawn is not None:
        for pk, geometry in Neighbourhood.objects.values_list("pk", "geometry"):
            hood = geometry_of(geometry)
            if hood is not None and hood.intersects(drawn):
                ids.add(pk)
    return ids


def _polygons(geometry: BaseGeometry | None) -> Iterable[Polygon]:
    if geometry is None or geometry.is_empty:
        return []
    if geometry.geom_type == "Polygon":
        return [geometry]
    return [g for g in getattr(geometry, "geoms", []) if g.geom_type == "Polygon"]


def cap_polygon(polygon: Polygon) -> str:
    """CAP's polygon: "lat,lon" pairs separated by spaces, closed (first pair = last pair)."""
    coords = list(polygon.exterior.coords)
    if coords[0] != coords[-1]:
        coords.append(coords[0])
    return " ".join(f"{lat:.6f},{lon:.6f}" for lon, lat, *_ in coords)


def alert_areas(alert: Alert, language: str) -> list[tuple[str, list[str]]]:
    """(areaDesc, [CAP polygons]) for each area of the alert."""
    areas = []
    hoods = list(Neighbourhood.objects.all()) if alert.whole_city else []
    if alert.whole_city:
        union = unary_union([g for g in (geometry_of(h.geometry) for h in hoods) if g is not None])
        with translation.override(language):
            name = str(_("Whole city"))
        areas.append((name, [cap_polygon(p) for p in _polygons(union)] if hoods else []))
    for hood in alert.neighbourhoods.all():
        areas.append(
            (hood.label(language), [cap_polygon(p) for p in _polygons(geometry_of(hood.geometry))])
        )
    if alert.area_geojson:
        polygons = [cap_polygon(p) for p in _polygons(geometry_of(alert.area_geojson))]
        with translation.override(language):
            name = alert.area_name or str(_("Area of the alert"))
        areas.append((name, polygons))
    return areas
