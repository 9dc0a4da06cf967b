"""The console speaks the staff member's language: categories, question labels and choices, and
reads as a person would write it (addresses, actions only when they can be taken). Issue 18."""

import pytest
from django.urls import reverse

from dispatch_bridge import domain, services
from reporting.models import CategoryQuestion
from tests.factories import CategoryFactory, _locale, report_submit_for_test
from tests.support.staff import login_with_mfa

pytestmark = pytest.mark.django_db


@pytest.fixture
def noise():
    """A category in English and Spanish (one translation key) with a choice question."""
    english = CategoryFactory(name="Noise", slug="noise")
    spanish = CategoryFactory(
        name="Ruido", slug="noise", locale=_locale("es"), translation_key=english.translation_key
    )
    for category, question, choices in (
        (english, "What makes the noise?", "music|Music or a party\nother|Something else"),
        (spanish, "¿Qué hace el ruido?", "music|Música o una fiesta\nother|Otra cosa"),
    ):
        CategoryQuestion.objects.create(
            category=category,
            code="source",
            datatype="singlevaluelist",
            description=question,
            choices=choices,
        )
    CategoryQuestion.objects.create(
        category=english, code="plate", datatype="string", description="License plate"
    )
    CategoryQuestion.objects.create(
        category=spanish, code="plate", datatype="string", description="Placa"
    )
    return english, spanish


@pytest.fixture
def spanish_report(noise):
    return report_submit_for_test(
        category=noise[1],
        language="es",
        narrative="Música muy alta todas las noches.",
        answers={"source": "music", "plate": "ABC 123"},
        address="14 Elm Street",
        city="Example City",
        people=[{"role": "suspect", "description": "El vecino del 2B"}],
        property_items=[{"description": "Bicicleta", "value": "", "serial": ""}],
    )


def test_a_spanish_report_reads_in_english_for_an_english_speaking_dispatcher(
    client, dispatcher, spanish_report
):
    login_with_mfa(client, dispatcher)
    item = spanish_report.queue_item

    rows = client.get(reverse("dispatch:queue_rows")).json()["rows"]
    assert "<td>Noise</td>" in rows and "Ruido" not in rows
    html = client.get(reverse("dispatch:item", args=[item.pk])).content.decode()

    assert f"{spanish_report.reference}: Noise" in html
    # Question labels and chosen answers by their label, never the stored codes.
    assert "<dt>What makes the noise?</dt>" in html
    assert "<dd>Music or a party</dd>" in html
    assert "<dt>License plate</dt>" in html
    assert '<dd lang="es">ABC 123</dd>' in html
    assert "<dt>source</dt>" not in html and ">music<" not in html and "<dt>plate</dt>" not in html
    # People and property as sentences, not "role: suspect; description: ..." or "value: ;".
    assert "<dt>Who did it</dt>" in html and "El vecino del 2B" in html
    assert "<li>Bicicleta</li>" in html
    assert "role:" not in html and "value:" not in html and "description:" not in html
    # An address as people write it: no space before the comma.
    assert "14 Elm Street, Example City" in html
    assert " ," not in html.split('id="report-title"')[1].split("</dl>")[0]


def test_the_same_report_reads_in_spanish_for_a_spanish_speaking_dispatcher(
    client, dispatcher, noise
):
    report = report_submit_for_test(category=noise[0], answers={"source": "other"})
    login_with_mfa(client, dispatcher)

    rows = client.get(reverse("dispatch:queue_rows"), HTTP_ACCEPT_LANGUAGE="es").json()["rows"]
    assert "<td>Ruido</td>" in rows
    html = client.get(
        reverse("dispatch:item", args=[report.queue_item.pk]), HTTP_ACCEPT_LANGUAGE="es"
    ).content.decode()
    assert "<dt>¿Qué hace el ruido?</dt>" in html and "<dd>Otra cosa</dd>" in html


def test_the_queue_filter_names_categories_in_the_console_language(client, dispatcher, noise):
    login_with_mfa(client, dispatcher)
    english = client.get("/dispatch/").content.decode()
    spanish = client.get("/dispatch/", HTTP_ACCEPT_LANGUAGE="es").content.decode()
    key = str(noise[0].translation_key)
    assert f'<option value="{key}">Noise</option>' in english
    assert f'<option value="{key}">Ruido</option>' in spanish


def test_claim_is_offered_only_while_nobody_holds_the_item(client, dispatcher, dispatcher2, item):
    login_with_mfa(client, dispatcher)
    url = reverse("dispatch:item", args=[item.pk])
    claim_form = 'class="action action--claim"'
    assert claim_form in client.get(url).content.decode()

    services.queue_item_claim(item_id=item.pk, actor=dispatcher)
    mine = client.get(url).content.decode()
    assert claim_form not in mine
    assert 'class="action action--release"' in mine

    login_with_mfa(client, dispatcher2)
    assert claim_form not in client.get(url).content.decode()


def test_the_domain_refuses_claiming_a_claimed_item():
    with pytest.raises(domain.IllegalMove):
        domain.move(domain.Action.CLAIM, domain.Status.IN_REVIEW, claimed=True)
    assert domain.Action.CLAIM not in domain.allowed_actions(domain.Status.SUBMITTED, claimed=True)
    assert domain.Action.CLAIM in domain.allowed_actions(domain.Status.SUBMITTED)
