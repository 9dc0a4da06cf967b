"""What the map needs: the agency's streets as GeoJSON, and the address nearest to a pin."""

from decimal import Decimal, InvalidOperation

from django.contrib import messages
from django.core.cache import cache
from django.core.exceptions import PermissionDenied
from django.db.models import Count, Max
from django.http import JsonResponse
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.cache import cache_control
from django.views.decorators.http import require_GET
from django_ratelimit.core import is_ratelimited

from .forms import PlacesUploadForm
from .geocoders import get_geocoder
from .models import AddressPoint, Intersection, StreetSegment
from .services import PlacesLoadError, places_load_files

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


def upload(request):
    """The Wagtail admin's upload of the agency's address data (the same load as the command)."""
    if not request.user.has_perm("places.add_addresspoint"):
        raise PermissionDenied
    form = PlacesUploadForm(request.POST or None, request.FILES or None)
    if request.method == "POST" and form.is_valid():
        uploads = [form.cleaned_data[n] for n in ("addresses", "streets")]
        try:
            result = places_load_files(files=[(f.name, f.read()) for f in uploads if f])
        except PlacesLoadError as error:
            form.add_error(None, str(error))
        else:
            messages.success(
                request,
                _(
                    "Loaded %(addresses)d address points, %(streets)d streets and "
                    "%(intersections)d intersections; skipped %(skipped)d unreadable rows."
                )
                % result.__dict__,
            )
            return redirect("places_upload")
    context = {
        "form": form,
        "page_title": _("Addresses and streets"),
        "header_title": _("Addresses and streets"),
        "header_icon": "site",
        "counts": {
            "addresses": AddressPoint.objects.count(),
            "streets": StreetSegment.objects.count(),
            "intersections": Intersection.objects.count(),
        },
    }
    return render(request, "places/upload.html", context, status=400 if form.errors else 200)
