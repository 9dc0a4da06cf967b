"""Typed addresses, English and Spanish, with typos, matched to the demo city's address points."""

import pytest

from reporting.places.geocoders import LocalGeocoder
from reporting.places.parsing import parse_address

# (what a resident types, the address it must find first)
ADDRESSES = [
    # English, as written on an envelope
    ("12 Oak Avenue", "12 Oak Avenue, Example City"),
    ("12 Oak Ave", "12 Oak Avenue, Example City"),
    ("12 oak ave.", "12 Oak Avenue, Example City"),
    ("12 OAK AV", "12 Oak Avenue, Example City"),
    ("12 Oak Avenue, Example City", "12 Oak Avenue, Example City"),
    ("12 Oak Ave, Example City, CA 90099", "12 Oak Avenue, Example City"),
    ("14 Elm Street", "14 Elm Street, Example City"),
    ("14 Elm St", "14 Elm Street, Example City"),
    ("14 Elm", "14 Elm Street, Example City"),
    ("200 Main Street", "200 Main Street, Example City"),
    ("200 Main St.", "200 Main Street, Example City"),
    ("325 Lincoln Blvd", "325 Lincoln Boulevard, Example City"),
    ("325 Lincoln Boulevard", "325 Lincoln Boulevard, Example City"),
    ("431 Willow Ln", "431 Willow Lane, Example City"),
    ("520 3rd Street", "520 3rd Street, Example City"),
    ("520 Third Street", "520 3rd Street, Example City"),
    ("520 3rd St", "520 3rd Street, Example City"),
    # Units are kept in what the resident sees
    ("12 Oak Ave Apt 4", "12 Oak Avenue Apt 4, Example City"),
    ("12 Oak Ave #4", "12 Oak Avenue # 4, Example City"),
    ("14 Elm Street Unit B", "14 Elm Street Unit b, Example City"),
    # Typos
    ("12 Oka Avenue", "12 Oak Avenue, Example City"),
    ("12 Oak Avenu", "12 Oak Avenue, Example City"),
    ("14 Elm Stret", "14 Elm Street, Example City"),
    ("412 Mapel Ave", "412 Maple Avenue, Example City"),
    ("412 Maple Avnue", "412 Maple Avenue, Example City"),
    ("725 Walnutt Street", "725 Walnut Street, Example City"),
    ("625 Ceder St", "625 Cedar Street, Example City"),
    ("231 Centrl Avenue", "231 Central Avenue, Example City"),
    ("312 Lincon Blvd", "312 Lincoln Boulevard, Example City"),
    ("131 Pien Street", "131 Pine Street, Example City"),
    # Spanish
    ("Avenida Oak 12", "12 Oak Avenue, Example City"),
    ("Avenida Central 231", "231 Central Avenue, Example City"),
    ("231 Avenida Central", "231 Central Avenue, Example City"),
    ("Av. Central #231", "231 Central Avenue, Example City"),
    ("Avenida Central número 231", "231 Central Avenue, Example City"),
    ("Calle Elm 14", "14 Elm Street, Example City"),
    ("Calle Elm 14 depto 3", "14 Elm Street Depto 3, Example City"),
    ("Calle Tercera 520", "520 3rd Street, Example City"),
    ("Calle 3 #520", "520 3rd Street, Example City"),
    ("Calle Luna 147", "147 Calle Luna, Example City"),
    ("147 Calle Luna", "147 Calle Luna, Example City"),
    ("Bulevar Lincoln 325", "325 Lincoln Boulevard, Example City"),
    ("Calle Main 200", "200 Main Street, Example City"),
    ("Avenida Maple 412, Example City", "412 Maple Avenue, Example City"),
    ("Calle Girasol 625", None),
    ("625 Sunflower Street", None),
]

CROSSINGS = [
    ("Oak & 3rd", "Oak Avenue & 3rd Street, Example City"),
    ("Oak and 3rd", "Oak Avenue & 3rd Street, Example City"),
    ("Oak Ave & 3rd St", "Oak Avenue & 3rd Street, Example City"),
    ("3rd & Oak", "3rd Street & Oak Avenue, Example City"),
    ("Oak/3rd", "Oak Avenue & 3rd Street, Example City"),
    ("corner of Oak and Third", "Oak Avenue & 3rd Street, Example City"),
    ("Oak Ave y Calle 3", "Oak Avenue & 3rd Street, Example City"),
    ("Avenida Oak y Calle Tercera", "Oak Avenue & 3rd Street, Example City"),
    ("esquina de Elm y 5ta", "Elm Street & 5th Street, Example City"),
    ("Main St at 1st St", "Main Street & 1st Street, Example City"),
    ("Calle Main esquina con Calle 8", "Main Street & 8th Street, Example City"),
    ("Lincon & 2nd", "Lincoln Boulevard & 2nd Street, Example City"),
]


@pytest.mark.parametrize(("typed", "expected"), ADDRESSES)
def test_a_typed_address_finds_the_agencys_point(example_city, typed, expected):
    places = LocalGeocoder().suggest(typed)
    if expected is None:
        # A street the city does not have: nothing is suggested rather than something wrong.
        assert places == []
        return
    assert places, f"nothing found for {typed!r}"
    assert places[0].label == expected, [p.label for p in places]


@pytest.mark.parametrize(("typed", "expected"), CROSSINGS)
def test_cross_streets_find_the_intersection(example_city, typed, expected):
    places = LocalGeocoder().suggest(typed)
    assert places, f"nothing found for {typed!r}"
    assert places[0].label == expected, [p.label for p in places]


def test_an_exact_address_is_exact_and_a_typo_is_not(example_city):
    geocoder = LocalGeocoder()
    assert geocoder.suggest("12 Oak Avenue")[0].exact
    assert geocoder.suggest("12 Oak Ave")[0].exact
    assert not geocoder.suggest("12 Oka Avenue")[0].exact
    # Same number and name on another type of street would be a guess: not exact.
    assert not geocoder.suggest("12 Oak Street")[0].exact


def test_a_wrong_house_number_suggests_the_nearest_ones_on_that_street(example_city):
    places = LocalGeocoder().suggest("13 Oak Avenue")
    labels = [p.label for p in places]
    assert labels[:2] == ["12 Oak Avenue, Example City", "14 Oak Avenue, Example City"]
    assert not any(p.exact for p in places)


def test_the_next_towns_addresses_are_found_with_their_town(example_city):
    place = LocalGeocoder().suggest("15 Harbor Road")[0]
    assert place.label == "15 Harbor Road, Westfield"
    assert place.longitude < -118.30  # outside the demo boundary


def test_nothing_usable_gives_no_suggestion(example_city):
    geocoder = LocalGeocoder()
    for typed in ("", "   ", "behind the library", "Oak Avenue", "99999 Nowhere Street"):
        assert geocoder.suggest(typed) == [], typed


def test_without_address_data_nothing_is_suggested(db):
    assert LocalGeocoder().suggest("12 Oak Avenue") == []
    assert not LocalGeocoder().has_data()


def test_a_pin_finds_the_nearest_address_within_reach(example_city):
    geocoder = LocalGeocoder()
    exact = geocoder.suggest("12 Oak Avenue")[0]
    near = geocoder.nearest(exact.latitude, exact.longitude)
    assert near.address == "12 Oak Avenue"
    assert near.city == "Example City"
    # In the middle of nowhere (far east of the city): no address.
    assert geocoder.nearest(34.05, -118.21) is None


def test_parsing_keeps_the_parts_apart():
    parsed = parse_address("Avenida Central #45 depto 3, Example City")
    assert parsed.number == "45"
    assert parsed.street.key == "central ave"
    assert parsed.unit == "depto 3"
    assert parsed.city == "example city"
    crossing = parse_address("Oak Ave y Calle 3")
    assert crossing.is_intersection
    assert (crossing.street.key, crossing.cross.key) == ("oak ave", "3 st")
