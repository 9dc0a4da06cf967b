"""Filing a request through Open311: the same checks and the same submit as the wizard."""

from dataclasses import dataclass
from decimal import Decimal

from django.db import transaction
from django.utils.datastructures import MultiValueDict
from django.utils.translation import gettext as _

from ..forms import ContactForm, ScreeningForm, WhatForm, WhereForm
from ..jurisdiction import point_outside
from ..models import ReportChannel
from ..places.models import AddressPoint
from ..services import report_submit
from ..triage.lists import check_fields
from .documents import SCREENING_CODES
from .models import ApiClient, ApiRequest


class Open311Refused(Exception):
    """The request can't be filed; `errors` are (HTTP code, description) pairs to return."""

    def __init__(self, errors: list[tuple[int, str]]):
        super().__init__(errors)
        self.errors = errors


class Open311Emergency(Open311Refused):
    """The answers or the description say this is happening now: call 9-1-1 instead."""


@dataclass(frozen=True)
class Rules:
    """What the agency has configured: boundary, referral, geocoder (the emergency check reads
    its own lists)."""

    boundary: object
    referral: str
    geocoder: object


def _form_errors(form, names: dict | None = None) -> list[tuple[int, str]]:
    errors = []
    for field, messages in form.errors.items():
        label = (names or {}).get(field, field)
        for message in messages:
            errors.append((400, f"{label}: {message}" if field != "__all__" else str(message)))
    return errors


def _location(params: dict, rules: Rules) -> dict:
    lat, lon = params.get("lat", ""), params.get("long", "")
    address = (params.get("address_string") or "").strip()
    address_id = (params.get("address_id") or "").strip()
    city = ""
    if address_id and not (lat or lon):
        point = AddressPoint.objects.filter(address_id=address_id).first()
        if point is None:
            raise Open311Refused([(400, _("address_id: we have no address with this id."))])
        lat, lon = str(point.latitude), str(point.longitude)
        address, city = address or f"{point.number} {point.street}", point.city
    if not (lat or lon or address):
        raise Open311Refused(
            [(400, _("A location is required: lat and long, address_string or address_id."))]
        )
    # A point alone is a place too over the API (the wizard asks people for words as well).
    form = WhereForm(
        data={
            "address": address,
            "city": city,
            "latitude": lat,
            "longitude": lon,
            "landmark": "" if address else "-",
        }
    )
    if not form.is_valid():
        raise Open311Refused(_form_errors(form, {"latitude": "lat", "longitude": "long"}))
    where = form.cleaned_data
    latitude, longitude = where.get("latitude"), where.get("longitude")
    if address and latitude is None:
        # Only an address that matches one of ours exactly gets its point; a guess is not made
        # on someone's behalf when nobody can confirm it.
        exact = [p for p in rules.geocoder.suggest(address, city=city) if p.exact]
        if len(exact) == 1:
            address, city = exact[0].address, exact[0].city
            latitude, longitude = exact[0].latitude, exact[0].longitude
    if point_outside(rules.boundary, latitude, longitude):
        message = _("This place is outside our area, so another agency handles reports there.")
        if rules.referral:
            message = f"{message} {rules.referral}"
        raise Open311Refused([(400, message)])
    return {
        "address": address[:200],
        "city": city[:100],
        "landmark": "",
        "latitude": Decimal(latitude) if latitude is not None else None,
        "longitude": Decimal(longitude) if longitude is not None else None,
    }


def _call_911() -> Open311Emergency:
    return Open311Emergency(
        [
            (
                400,
                _(
                    "This may be an emergency. Call 9-1-1 now. Emergencies can't be reported "
                    "online or through this service."
                ),
            )
        ]
    )


def open311_request_submit(
    *, client: ApiClient, category, params: dict, attributes: dict, language: str, rules: Rules
) -> ApiRequest:
    """Check a request as the wizard checks a report, then file it: the report, its queue item
    (through report_submit's signal) and the API record commit together or not at all."""
    screening = ScreeningForm(data={code: attributes.get(code, "") for code in SCREENING_CODES})
    if screening.is_valid() and screening.any_yes():
        raise _call_911()
    errors = _form_errors(screening, {c: f"attribute[{c}]" for c in SCREENING_CODES})

    questions = list(category.questions.all())
    what_data = {"narrative": params.get("description", "")}
    for question in questions:
        value = attributes.get(question.code, "")
        what_data[f"q_{question.code}"] = value
    what = WhatForm(data=_multi(what_data), questions=questions)
    names = {f"q_{q.code}": f"attribute[{q.code}]" for q in questions}
    names["narrative"] = "description"
    if not what.is_valid():
        errors += _form_errors(what, names)
    elif check_fields(
        {name: value for name, value in what.cleaned_data.items() if isinstance(value, str)},
        language_hint=language,
    ):
        raise _call_911()

    names = ((params.get("first_name") or "").strip(), (params.get("last_name") or "").strip())
    name = " ".join(p for p in names if p)
    contact = ContactForm(
        data={
            "reporter_name": name,
            "phone": params.get("phone", ""),
            "email": params.get("email", ""),
            "callback_channel": "sms" if params.get("phone") else "email",
            "language": language,
        }
    )
    if not contact.is_valid():
        errors += _form_errors(contact, {"reporter_name": "first_name/last_name"})
    location = None
    try:
        location = _location(params, rules)
    except Open311Refused as refused:
        errors += refused.errors
    if errors:
        raise Open311Refused(errors)

    with transaction.atomic():
        report = report_submit(
            category=category,
            reporter_name=contact.cleaned_data["reporter_name"],
            language=language,
            narrative=what.cleaned_data["narrative"],
            answers=what.answers(),
            phone=contact.cleaned_data.get("phone") or "",
            email=contact.cleaned_data.get("email") or "",
            callback_channel=contact.cleaned_data["callback_channel"],
            channel=ReportChannel.API,
            **location,
        )
        return ApiRequest.objects.create(report=report, client=client)


def _multi(data: dict) -> MultiValueDict:
    return MultiValueDict({k: v if isinstance(v, list) else [v] for k, v in data.items()})
