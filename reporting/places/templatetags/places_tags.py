from django import template
from django.conf import settings

register = template.Library()


@register.inclusion_tag("components/place_map.html", takes_context=True)
def place_map(context, *, mode: str = "pick", latitude=None, longitude=None, boundary: str = ""):
    """The map: 'pick' on the report's where step (a click or Enter drops a pin), 'view' for
    staff. Hidden until its script runs, so without JavaScript nothing of it shows."""
    return {
        "mode": mode,
        "latitude": latitude if latitude not in (None, "") else "",
        "longitude": longitude if longitude not in (None, "") else "",
        "boundary": boundary or "",
        "tile_url": settings.MAP_TILE_URL,
        "attribution": settings.MAP_TILE_ATTRIBUTION,
        "request": context.get("request"),
    }
