"""The wizard's 'where' step with the agency's address data, as a browser without JS sends it."""

import json
from decimal import Decimal

import pytest

from reporting.demo import DEMO_BOUNDARY, DEMO_REFERRAL, DEMO_REFERRAL_ES
from reporting.models import Report, ReportingSettings
from reporting.places.geocoders import Place
from tests.reporting.helpers import fill_all, post_step, reverse, screen, step_url, submit


@pytest.fixture
def demo_boundary(site):
    ReportingSettings.objects.update_or_create(
        site=site,
        defaults={
            "boundary_geojson": json.dumps(DEMO_BOUNDARY),
            "outside_referral": DEMO_REFERRAL,
            "outside_referral_es": DEMO_REFERRAL_ES,
        },
    )


@pytest.fixture
def at_where(client, site, vandalism, example_city, demo_boundary):
    screen(client)
    post_step(client, "category")
    post_step(client, "what")
    return client


def _draft_where(client):
    return client.get(step_url("where")).context["form"]


def test_an_exact_address_is_taken_and_pins_the_report(at_where, media_root):
    response = post_step(at_where, "where", {"address": "12 Oak Ave", "city": "Example City"})
    assert response.url == step_url("when")

    fill_all(at_where, {"where": {"address": "12 Oak Ave", "city": ""}})
    assert submit(at_where).status_code == 302
    report = Report.objects.get()
    assert report.address == "12 Oak Avenue"
    assert report.city == "Example City"
    assert (float(report.latitude), float(report.longitude)) == pytest.approx((34.0343, -118.2735))


def test_a_misspelt_address_offers_the_places_it_may_be(at_where):
    response = post_step(at_where, "where", {"address": "12 Oka Avenu", "city": ""})

    assert response.status_code == 400
    page = response.content.decode()
    assert "Is it one of these places?" in page
    assert "12 Oak Avenue, Example City" in page
    assert "None of these: keep what I typed" in page
    # What was typed stays in the box.
    assert 'value="12 Oka Avenu"' in page
    form = response.context["form"]
    choice = next(
        key for key, label in form.fields["place"].widget.choices if label.startswith("12 Oak")
    )

    chosen = post_step(
        at_where,
        "where",
        {"address": "12 Oka Avenu", "city": "", "place": choice, "place_for": "12 Oka Avenu|"},
    )
    assert chosen.url == step_url("when")
    assert at_where.get(step_url("when")).status_code == 200


def test_keeping_what_was_typed_goes_on_without_a_point(at_where, media_root):
    typed = {"address": "12 Oka Avenu", "city": "", "place": "typed", "place_for": "12 Oka Avenu|"}
    assert post_step(at_where, "where", typed).url == step_url("when")
    fill_all(at_where, {"where": {**typed, "landmark": "Behind the blue fence"}})
    submit(at_where)
    report = Report.objects.get()
    assert report.address == "12 Oka Avenu"
    assert report.latitude is None


def test_a_choice_made_for_other_words_does_not_count(at_where):
    first = post_step(at_where, "where", {"address": "12 Oka Avenu"})
    choice = first.context["form"].fields["place"].widget.choices[0][0]
    # The resident chose, then changed the address before continuing.
    changed = post_step(
        at_where,
        "where",
        {"address": "14 Elmm Street", "place": choice, "place_for": "12 Oka Avenu|"},
    )
    assert changed.status_code == 400
    page = changed.content.decode()
    assert "14 Elm Street, Example City" in page
    assert "Please choose the place from the list, or keep what you typed." in page
    assert "not one of the available choices" not in page

    # Back on the step later, a new address with the old choice still ticked: the new words win.
    at_where.get(step_url("where"))
    moved = post_step(
        at_where, "where", {"address": "14 Elm St", "place": choice, "place_for": "12 Oka Avenu|"}
    )
    assert moved.url == step_url("when")


def test_a_forged_choice_is_refused_with_a_message(at_where):
    response = post_step(
        at_where,
        "where",
        {"address": "12 Oka Avenu", "place": "a:999999", "place_for": "12 Oka Avenu|"},
    )
    assert response.status_code == 400
    assert "Please choose the place from the list, or keep what you typed." in (
        response.content.decode()
    )


def test_a_typed_address_in_the_next_town_shows_the_referral_at_once(at_where):
    response = post_step(at_where, "where", {"address": "15 Harbor Road", "city": "Westfield"})
    assert response.url == reverse("reporting:outside")
    page = at_where.get(response.url).content.decode()
    assert "Example County Sheriff" in page
    assert "This place is outside our area" in page


def test_cross_streets_are_a_place_too(at_where, media_root):
    assert post_step(at_where, "where", {"address": "Oak & 3rd"}).url == step_url("when")
    fill_all(at_where, {"where": {"address": "Oak Ave y Calle 3", "city": ""}})
    submit(at_where)
    report = Report.objects.get()
    assert report.address == "Oak Avenue & 3rd Street"
    assert report.latitude is not None


def test_the_suggestions_speak_spanish_on_the_spanish_pages(client, site, vandalism, example_city):
    screen(client, prefix="/es")
    post_step(client, "category", prefix="/es")
    response = post_step(client, "where", {"address": "Avenida Oka 12", "city": ""}, prefix="/es")
    page = response.content.decode()
    assert response.status_code == 400
    assert "¿Es uno de estos lugares?" in page
    assert "12 Oak Avenue, Example City" in page


def test_without_address_data_the_step_is_as_before(client, site, vandalism):
    screen(client)
    post_step(client, "category")
    assert post_step(client, "where", {"address": "12 Oka Avenu"}).url == step_url("when")


class CountyGeocoder:
    """An agency's own service, plugged in by the PLACES_GEOCODER setting (a stand-in here)."""

    def has_data(self) -> bool:
        return True

    def suggest(self, text, *, city="", limit=5):
        return [
            Place(
                key="county:1",
                label="1 County Plaza, Example City",
                latitude=Decimal("34.05"),
                longitude=Decimal("-118.25"),
                score=100,
                exact=True,
                address="1 County Plaza",
                city="Example City",
            )
        ]

    def nearest(self, latitude, longitude):
        return None


class DownGeocoder(CountyGeocoder):
    def suggest(self, text, *, city="", limit=5):
        raise ConnectionError("the county's geocoder is down")


def test_an_agency_can_plug_in_its_own_geocoder(client, site, vandalism, settings, media_root):
    settings.PLACES_GEOCODER = "tests.reporting.places.test_where_step.CountyGeocoder"
    screen(client)
    fill_all(client, {"where": {"address": "1 county plz", "city": ""}})
    submit(client)
    report = Report.objects.get()
    assert report.address == "1 County Plaza"
    assert float(report.latitude) == 34.05


def test_a_geocoder_that_is_down_never_stops_a_report(client, site, vandalism, settings, caplog):
    settings.PLACES_GEOCODER = "tests.reporting.places.test_where_step.DownGeocoder"
    screen(client)
    post_step(client, "category")
    assert post_step(client, "where", {"address": "1 county plz"}).url == step_url("when")
    assert "The geocoder failed" in caplog.text


def test_the_suggestions_cost_a_bounded_number_of_queries(at_where, django_assert_max_num_queries):
    with django_assert_max_num_queries(12):
        response = post_step(at_where, "where", {"address": "12 Oka Avenu"})
    assert response.status_code == 400


def _address_queries(client, url, data=None):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    with CaptureQueriesContext(connection) as queries:
        response = client.get(url) if data is None else client.post(url, data)
    assert response.status_code in (200, 302)
    return [q["sql"] for q in queries if "places_addresspoint" in q["sql"]]


def test_the_review_geocodes_only_a_place_still_to_resolve(at_where, media_root):
    typed = {"address": "12 Oka Avenu", "city": "", "place": "typed", "place_for": "12 Oka Avenu|"}
    fill_all(at_where, {"where": {**typed, "landmark": "Behind the blue fence"}})
    assert _address_queries(at_where, step_url("review")) == []

    # A place chosen from the suggestions is looked up again to pin the report.
    first = post_step(at_where, "where", {"address": "12 Oka Avenu", "city": ""})
    choice = next(
        key
        for key, label in first.context["form"].fields["place"].widget.choices
        if label.startswith("12 Oak")
    )
    chosen = {"address": "12 Oka Avenu", "city": "", "place": choice, "place_for": "12 Oka Avenu|"}
    assert post_step(at_where, "where", chosen).url == step_url("when")
    assert _address_queries(at_where, step_url("review"))
    submit(at_where)
    report = Report.objects.get()
    assert report.address.startswith("12 Oak")
    assert report.latitude is not None
