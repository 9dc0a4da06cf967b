"""Is a map pin inside the agency's boundary? The boundary is GeoJSON in ReportingSettings."""

import functools
import json
import logging
from decimal import Decimal

from shapely.geometry import Point, shape
from shapely.geometry.base import BaseGeometry

logger = logging.getLogger(__name__)


def boundary_from_geojson(text: str) -> BaseGeometry | None:
    """The polygon, or None when none is configured or it cannot be read (then accept all)."""
    if not (text or "").strip():
        return None
    return _boundary(text)


# Parsed once per process and text (shapely geometries are immutable): the "where" step and the
# submit both check the pin.
@functools.lru_cache(maxsize=8)
def _boundary(text: str) -> BaseGeometry | None:
    try:
        data = json.loads(text)
        if data.get("type") == "FeatureCollection":
            data = data["features"][0]["geometry"]
        elif data.get("type") == "Feature":
            data = data["geometry"]
        geometry = shape(data)
    except (ValueError, KeyError, IndexError, TypeError, AttributeError):
        # A typo by staff must not stop residents reporting; the log tells staff to fix it.
        logger.warning("The agency boundary GeoJSON cannot be read; accepting every location.")
        return None
    return geometry if geometry.geom_type in ("Polygon", "MultiPolygon") else None


def point_outside(
    boundary: BaseGeometry | None, latitude: Decimal | None, longitude: Decimal | None
) -> bool:
    if boundary is None or latitude is None or longitude is None:
        return False
    # GeoJSON is (longitude, latitude); covers() keeps points on the line inside.
    return not boundary.covers(Point(float(longitude), float(latitude)))
