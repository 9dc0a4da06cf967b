import pytest

from reporting.places.demo import DEMO_FILE
from reporting.places.services import places_load_file


@pytest.fixture
def example_city(db):
    """The demo's fictional Example City (and Westfield next door), loaded as an agency would."""
    return places_load_file(name=DEMO_FILE.name, content=DEMO_FILE.read_bytes())
