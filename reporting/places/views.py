"""What the map needs: the agency's streets as GeoJSON, and the address nearest to a pin."""

from decimal import Decimal, InvalidOperation

from django.core.cache import cache
from django.db.models import Count, Max
from django.http import JsonResponse
from django.views.decorators.cache import cache_control
from django.views.decorators.http import require_GET
from django_ratelimit.core import is_ratelimited

from .geocoders import get_geocoder
from .models import StreetSegment

NEAREST_RATE = "60/m"


def _streets_version() -> str:
    stats = StreetSegment.objects.aggregate(count=Count("pk"), last=Max("pk"))
    return f"{stats['count']}-{stats['last']}"


@require_GET
@cache_control(public=True, max_age=3600)
def streets(request):
    """Every street centreline; the map draws these itself when no tile server is configured."""
    key = f"places:streets:{_streets_version()}"
    document = cache.get(key)
    if document is None:
        document = {
            "type": "FeatureCollection",
            "features": [
                {
                    "type": "Feature",
                    "properties": {"name": name, "city": city},
                    "geometry": geometry,
                }
                for name, city, geometry in StreetSegment.objects.values_list(
                    "name", "city", "geometry"
                )
            ],
        }
        cache.set(key, document, 24 * 3600)
    return JsonResponse(document)


def _coordinate(value: str, limit: int) -> Decimal | None:
    try:
        number = Decimal(value)
    except (InvalidOperation, TypeError, ValueError):
        return None
    return number if number.is_finite() and -limit <= number <= limit else None


@require_GET
def nearest(request):
    """The address point nearest to a pin (within about 150 m), to fill the address field."""
    if is_ratelimited(request, group="places.nearest", key="ip", rate=NEAREST_RATE, increment=True):
        return JsonResponse({}, status=429)
    lat = _coordinate(request.GET.get("lat", ""), 90)
    lon = _coordinate(request.GET.get("lon", ""), 180)
    if lat is None or lon is None:
        return JsonResponse({}, status=400)
    place = get_geocoder().nearest(lat, lon)
    if place is None:
        return JsonResponse({}, status=404)
    return JsonResponse({"address": place.address, "city": place.city, "label": place.label})
