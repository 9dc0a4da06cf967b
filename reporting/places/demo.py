"""Demo address data: a fictional Example City inside the demo boundary, and the next town
(Westfield, outside it) so that the 'outside our area' referral can be tried from a typed
address. Called by `manage.py load_demo`."""

from pathlib import Path

from .models import AddressPoint
from .services import places_load_file

DEMO_FILE = Path(__file__).resolve().parent / "data" / "example_city.geojson"


def load_places_demo(**kwargs) -> None:
    # An agency that loaded its own data keeps it: the demo only fills an empty table.
    if AddressPoint.objects.exists():
        return
    places_load_file(name=DEMO_FILE.name, content=DEMO_FILE.read_bytes())
