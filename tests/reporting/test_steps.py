"""Each step's validation, the emergency hard stops and the jurisdiction check."""

import json

import pytest

from reporting.models import Report, ReportingSettings, TriageList
from reporting.triage.lists import lists_changed
from tests.factories import CategoryFactory
from tests.reporting.helpers import fill_all, post_step, reverse, screen, step_url, submit

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    ("slug", "data", "message"),
    [
        ("category", {"category": ""}, "Please choose what you want to report."),
        ("category", {"category": "no-such-thing"}, "Please choose one of the listed kinds"),
        ("what", {"narrative": ""}, "Please tell us what happened."),
        ("what", {"narrative": "short"}, "Please tell us a little more"),
        ("what", {"narrative": "x" * 5001}, "Ensure this value has at most 5000 characters"),
        ("where", {"address": "", "landmark": ""}, "Please give the address, or check"),
        (
            "where",
            {"address": "", "address_unknown": "on", "landmark": ""},
            "Please describe the place",
        ),
        ("where", {"latitude": "37.1", "longitude": ""}, "Please give both latitude and longitude"),
        ("where", {"latitude": "137.1", "longitude": "1"}, "less than or equal to 90"),
        ("when", {"date_from": ""}, "Please give the date it happened"),
        ("when", {"date_from": "yesterday"}, "Please enter a date like 2026-03-14."),
        ("when", {"date_from": "2999-01-01", "date_to": ""}, "That date is in the future."),
        (
            "when",
            {"date_from": "2026-01-10", "date_to": "2026-01-01"},
            "The latest date must be after the first one.",
        ),
        ("when", {"time_from": "25:99"}, "Please enter a time like 14:30."),
        # The calendar's ends overflow when stored in UTC; they must be refused, never a 500.
        (
            "when",
            {"date_from": "2026-01-01", "date_to": "9999-12-31"},
            "That date is in the future.",
        ),
        ("when", {"date_from": "0001-01-01"}, "Please enter a date after 1900."),
        ("who", {"suspect": "y" * 2001}, "at most 2000 characters"),
        (
            "property",
            {"item1_description": "", "item1_value": "20"},
            "Please say what the item is.",
        ),
        ("property", {"item1_value": "-3"}, "greater than or equal to 0"),
        # Typed as people write money; kept as typed, with a message that says what to write.
        ("property", {"item1_value": "$1,2o0"}, "Please enter an amount in dollars"),
        ("contact", {"reporter_name": ""}, "Please tell us your name."),
        ("contact", {"phone": "12"}, "Please enter a phone number we can call or text."),
        ("contact", {"email": "not-an-email", "phone": ""}, "Please enter an email address"),
        (
            "contact",
            {"phone": "", "email": "", "callback_channel": "none"},
            "Please give a phone number or an email address.",
        ),
        (
            "contact",
            {"phone": "", "email": "a@example.org", "callback_channel": "sms"},
            "Please give a phone number so we can reach you that way.",
        ),
        (
            "contact",
            {"email": "", "callback_channel": "email"},
            "Please give an email address so we can reach you that way.",
        ),
    ],
)
def test_each_step_names_what_to_fix_and_keeps_the_answers(
    client, site, vandalism, slug, data, message
):
    screen(client)
    post_step(client, "category")
    response = post_step(client, slug, data)

    page = response.content.decode()
    assert response.status_code == 400
    assert message in page
    assert 'class="error-summary"' in page
    assert 'aria-invalid="true"' in page
    for name, value in data.items():
        if (
            value
            and len(value) < 100
            and name not in ("category", "callback_channel", "address_unknown")
        ):
            assert f'value="{value}"' in page or f"{value}</textarea>" in page


def test_email_only_is_enough(client, site, vandalism):
    fill_all(
        client,
        {"contact": {"phone": "", "email": "alex@example.org", "callback_channel": "email"}},
    )
    submit(client)
    report = Report.objects.get()
    assert report.email == "alex@example.org" and not report.phone


def test_category_questions_render_validate_and_are_stored_as_answers(client, site, locales):
    collision = CategoryFactory(name="Non-injury collision", slug="collision", apco_code="MVA")
    collision.questions.create(
        code="other_insurer", description="Other driver's insurance company", required=True
    )
    collision.questions.create(
        code="drivable",
        description="Can your vehicle be driven?",
        datatype="singlevaluelist",
        choices="yes|Yes\nno|No",
        required=True,
    )
    collision.questions.create(
        code="damage",
        description="Where is the damage?",
        datatype="multivaluelist",
        choices="front|Front\nrear|Rear\nside|Side",
    )
    collision.save()  # modelcluster keeps child rows in memory until the parent is saved
    screen(client)
    post_step(client, "category", {"category": "collision"})

    missing = post_step(client, "what", {"q_other_insurer": ""})
    assert missing.status_code == 400
    assert "Other driver&#x27;s insurance company" in missing.content.decode()

    fill_all(
        client,
        {
            "category": {"category": "collision"},
            "what": {
                "q_other_insurer": "Acme Mutual",
                "q_drivable": "no",
                "q_damage": ["front", "side"],
            },
        },
    )
    submit(client)
    assert Report.objects.get().answers == {
        "other_insurer": "Acme Mutual",
        "drivable": "no",
        "damage": ["front", "side"],
    }


def test_questions_are_served_in_the_shape_of_an_open311_service_definition(locales):
    category = CategoryFactory(name="Noise", slug="noise", apco_code="NOISE")
    category.questions.create(
        code="source",
        description="What is making the noise?",
        datatype="singlevaluelist",
        choices="music|Music\nparty|Party",
        required=True,
    )
    definition = category.as_open311()
    assert definition == {
        "service_code": "noise",
        "attributes": [
            {
                "variable": True,
                "code": "source",
                "datatype": "singlevaluelist",
                "required": True,
                "datatype_description": None,
                "order": 1,
                "description": "What is making the noise?",
                "values": [{"key": "music", "name": "Music"}, {"key": "party", "name": "Party"}],
            }
        ],
    }


# --- Emergency language ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("prefix", "narrative"),
    [
        ("", "My neighbour is BLEEDING on the porch after the car hit the fence"),
        ("/es", "Mi vecino esta sangrando y el carro choco contra la cerca"),
        ("/es", "Hay un hombre APUNALADO afuera de la tienda"),
        ("", "Alguien tiene una pistola en el estacionamiento"),
    ],
)
def test_emergency_words_in_either_language_bring_back_call_911(
    client, site, vandalism, prefix, narrative
):
    screen(client, prefix=prefix)
    post_step(client, "category", prefix=prefix)
    response = post_step(client, "what", {"narrative": narrative}, prefix=prefix)

    assert response.status_code == 302
    assert response.url.startswith(prefix + reverse("reporting:emergency_check"))
    page = client.get(response.url).content.decode()
    assert 'href="tel:911"' in page


def test_words_inside_other_words_do_not_count(client, site, vandalism):
    screen(client)
    post_step(client, "category")
    response = post_step(
        client,
        "what",
        {"narrative": "Someone shouted at the gunnels of my boat; a firefly sat on my shotglass"},
    )
    assert response.url == step_url("where")


def test_a_reporter_who_continues_after_the_warning_files_a_possible_emergency(
    client, site, vandalism
):
    fill_all(client)
    post_step(client, "what", {"narrative": "My neighbor is bleeding on the stairs."})
    response = client.post(reverse("reporting:emergency_check"), {"next": "where"})
    assert response.url == step_url("where")

    submit(client)
    assert Report.objects.get().possible_emergency is True


def test_emergency_words_added_later_stop_the_submit_until_acknowledged(client, site, vandalism):
    fill_all(client, {"what": {"narrative": "Somebody is still inside my garage right now"}})
    # fill_all posts "what" and follows on; the redirect to the check was ignored by it.
    response = submit(client)
    assert response.url == reverse("reporting:emergency_check") + "?next=review"
    assert not Report.objects.exists()


def test_staff_can_edit_the_phrase_lists(client, site, vandalism):
    TriageList.objects.filter(kind="help_now", language="en").update(phrases="purple elephant")
    TriageList.objects.filter(kind="weapon", language="en").update(phrases="")
    lists_changed()  # what saving a list in the admin does
    screen(client)
    post_step(client, "category")
    response = post_step(client, "what", {"narrative": "I saw a purple elephant on Oak Street"})
    assert response.url.startswith(reverse("reporting:emergency_check"))
    response = post_step(
        client, "what", {"narrative": "Someone has a knife, no longer on the list"}
    )
    assert response.url == step_url("where")


# --- Jurisdiction ---------------------------------------------------------------------------

SQUARE = {
    "type": "Polygon",
    "coordinates": [
        [[-120.0, 35.0], [-119.0, 35.0], [-119.0, 36.0], [-120.0, 36.0], [-120.0, 35.0]]
    ],
}


def test_a_pin_outside_the_boundary_leads_to_the_referral_page(client, site, vandalism):
    ReportingSettings.objects.update_or_create(
        site=site,
        defaults={
            "boundary_geojson": json.dumps(SQUARE),
            "outside_referral": "Call the Example County Sheriff at (202) 555-0177.",
        },
    )
    screen(client)
    post_step(client, "category")
    inside = post_step(client, "where", {"latitude": "35.5", "longitude": "-119.5"})
    assert inside.url == step_url("when")

    outside = post_step(client, "where", {"latitude": "40.0", "longitude": "-119.5"})
    assert outside.url == reverse("reporting:outside")
    page = client.get(outside.url).content.decode()
    assert "Example County Sheriff at (202) 555-0177" in page


def test_the_referral_is_in_spanish_on_the_spanish_page(client, site, vandalism):
    ReportingSettings.objects.update_or_create(
        site=site,
        defaults={
            "outside_referral": "Call the Example County Sheriff.",
            "outside_referral_es": "Llame al Sheriff del Condado de Example.",
        },
    )

    screen(client, prefix="/es")  # the page belongs to a report in progress

    page = client.get("/es" + reverse("reporting:outside")).content.decode()

    assert "Llame al Sheriff del Condado de Example." in page
    assert "Call the Example County Sheriff." not in page


def test_without_a_pin_or_a_boundary_every_place_is_accepted(client, site, vandalism):
    screen(client)
    post_step(client, "category")
    assert post_step(client, "where", {"latitude": "40.0", "longitude": "-119.5"}).url == step_url(
        "when"
    )
    ReportingSettings.objects.update_or_create(
        site=site, defaults={"boundary_geojson": json.dumps(SQUARE)}
    )
    assert post_step(client, "where").url == step_url("when")


@pytest.mark.parametrize(
    ("value", "message"),
    [("9999-12-31T23:59", "That date is in the future."), ("0001-01-01T00:00", "after 1900")],
)
def test_a_date_and_time_question_refuses_dates_outside_living_memory(value, message):
    from django.core.exceptions import ValidationError

    from reporting.forms import question_field
    from reporting.models import CategoryQuestion, QuestionDatatype

    field = question_field(
        CategoryQuestion(code="seen", datatype=QuestionDatatype.DATETIME, description="When?")
    )

    with pytest.raises(ValidationError, match=message):
        field.clean(value)


def test_the_error_summary_takes_focus_and_its_links_reach_the_choices(client, site, vandalism):
    response = client.post(reverse("reporting:start"), {"danger": "no"})

    page = response.content.decode()
    assert "<title>Error:" in page  # announced by the page title too
    assert 'id="error-summary" autofocus' in page
    # A group of radios has no element with the field's own id: the link goes to the first one.
    assert 'href="#id_hurt_0"' in page and 'id="id_hurt_0"' in page


def test_each_category_radio_is_described_by_its_rules(client, site, vandalism):
    vandalism.description = "Damage to property, such as graffiti."
    vandalism.save()
    screen(client)

    page = client.get(step_url("category")).content.decode()

    assert 'aria-describedby="id_category_0_help"' in page
    assert 'id="id_category_0_help"' in page


def test_amounts_are_read_as_people_type_them(client, site, vandalism):
    screen(client)
    post_step(client, "category")
    response = post_step(
        client, "property", {"item1_description": "Bike", "item1_value": "$1,200.50"}
    )

    assert response.status_code == 302
    page = client.get(step_url("property")).content.decode()
    assert 'inputmode="decimal"' in page and 'type="number"' not in page
