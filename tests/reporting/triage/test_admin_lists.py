"""Editors change the lists in the Wagtail admin; the change takes effect without a release."""

import pytest
from django.urls import reverse

from reporting.models import TriageList
from reporting.triage.lists import check
from tests.dispatch_bridge.conftest import make_staff
from tests.support.staff import login_with_mfa

pytestmark = pytest.mark.django_db


@pytest.fixture
def list_editor(db):
    return make_staff("lists", "admin")


def test_the_shipped_lists_are_seeded_for_every_concept_in_both_languages(db):
    seeded = set(TriageList.objects.values_list("kind", "language"))
    assert {("weapon", "en"), ("weapon", "es"), ("negation", "es"), ("benign", "en")} <= seeded
    assert "pistola" in TriageList.objects.get(kind="weapon", language="es").phrases


def test_an_editors_change_takes_effect_on_the_next_check(
    client, site, list_editor, django_capture_on_commit_callbacks
):
    # No list names it yet (the learned second opinion may still hear it, as "learned").
    assert "fire" not in check("a wildfire is near the trail").concepts
    row = TriageList.objects.get(kind="fire", language="en")
    login_with_mfa(client, list_editor)
    edit_url = f"/admin/snippets/reporting/triagelist/edit/{row.pk}/"
    page = client.get(edit_url)
    assert page.status_code == 200

    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(
            edit_url,
            {"kind": "fire", "language": "en", "phrases": row.phrases + "\nwildfire"},
        )
    assert response.status_code == 302, response.content.decode()[:2000]
    assert check("a wildfire is near the trail").concepts == ["fire"]


def test_the_try_box_shows_which_concept_and_words_fired_and_what_was_set_aside(
    client, site, list_editor
):
    login_with_mfa(client, list_editor)
    page = client.post(
        reverse("triage_try"),
        {"text": "Nobody was hurt. Mi vecino tiene una pistola en la mano."},
    ).content.decode()
    assert "This would show “Call 9-1-1 now”" in page
    assert "A weapon present" in page
    assert "<mark>pistola</mark>" in page
    assert "negated" in page  # "Nobody was hurt" matched and was set aside

    calm = client.post(reverse("triage_try"), {"text": "The fire hydrant leaks"}).content.decode()
    assert "Nothing fires" in calm


def test_a_release_refreshes_untouched_lists_and_keeps_edited_ones(db, monkeypatch):
    from reporting.triage import shipped
    from reporting.triage.defaults import LISTS

    fire = TriageList.objects.get(kind="fire", language="en")
    weapon = TriageList.objects.get(kind="weapon", language="en")
    fire.phrases = "fire\nflames"  # as an earlier release shipped it
    fire.save()
    weapon.phrases = "gun\nmy own addition"  # an editor's copy
    weapon.save()
    TriageList.objects.filter(kind="remote").delete()  # a list this release adds
    monkeypatch.setattr(shipped, "SHIPPED", {shipped.fingerprint("fire\nflames")})

    shipped.refresh_untouched_lists(TriageList)

    fire.refresh_from_db()
    weapon.refresh_from_db()
    assert fire.phrases == shipped.as_seeded(LISTS["fire"]["en"])
    assert weapon.phrases == "gun\nmy own addition"
    assert TriageList.objects.filter(kind="remote").count() == 2


@pytest.mark.django_db(transaction=True)
def test_a_list_saved_by_another_process_reaches_this_one_on_its_next_check():
    import os
    import subprocess
    import sys
    from pathlib import Path

    from django.db import connection

    # Compiled here, as a worker has; no list names it yet (the learned model may hear it).
    assert "fire" not in check("a wildfire is near the trail").concepts
    db = connection.settings_dict
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "portal.settings.test",
        "DATABASE_URL": f"postgres://{db['USER']}@{db['HOST']}:{db['PORT']}/{db['NAME']}",
    }
    editor = (
        "import django; django.setup(); from reporting.models import TriageList; "
        "row = TriageList.objects.get(kind='fire', language='en'); "
        "row.phrases += '\\nwildfire'; row.save()"
    )
    subprocess.run(  # noqa: S603  (our own interpreter, a fixed script)
        [sys.executable, "-c", editor],
        env=env,
        cwd=Path(__file__).resolve().parents[3],
        check=True,
        timeout=120,
    )
    assert check("a wildfire is near the trail").concepts == ["fire"]
