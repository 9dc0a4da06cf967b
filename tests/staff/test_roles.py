"""Roles are defined once (portal.staff.roles) and hold what each job needs."""

import pytest
from django.contrib.auth.models import Group

from portal.staff.roles import ADMIN, DISPATCHER, EDITOR, SUPERVISOR, roles_ensure

pytestmark = pytest.mark.django_db


def _perms(name):
    return {
        f"{app}.{codename}"
        for app, codename in Group.objects.get(name=name).permissions.values_list(
            "content_type__app_label", "codename"
        )
    }


def test_the_admin_role_edits_the_emergency_lists_addresses_and_api_keys():
    roles_ensure()
    admin = _perms(ADMIN)

    assert {
        "reporting.change_triagelist",
        "places.add_addresspoint",
        "open311.add_apiclient",
        "open311.change_apiclient",
        "voice.change_phonelinesettings",
    } <= admin


@pytest.mark.parametrize("role", [DISPATCHER, SUPERVISOR, EDITOR])
def test_other_roles_do_not(role):
    roles_ensure()

    assert not {p for p in _perms(role) if p.split(".")[0] in ("places", "open311", "voice")}
    assert "reporting.change_triagelist" not in _perms(role)
