"""Open311 GeoReport v2 at /open311/v2/: thin views over the selectors and the submit service.

Every answer is JSON or XML as the path's extension says; errors use the spec's error list.
"""

import datetime
import json
import re

from django.http import HttpResponse, JsonResponse
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.dateparse import parse_date, parse_datetime
from django.utils.translation import gettext as _
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_http_methods
from django_ratelimit.core import is_ratelimited

from cms.models import AgencySettings

from ..jurisdiction import boundary_from_geojson
from ..models import ReportingSettings
from ..places.geocoders import get_geocoder
from . import documents, selectors
from .services import Open311Refused, Rules, open311_request_submit

CONTENT_TYPES = {"json": "application/json; charset=utf-8", "xml": "text/xml; charset=utf-8"}
ATTRIBUTE = re.compile(r"^attribute\[([^\]]+)\](\[\])?$")
# Public reads are cheap but not free: one address may not page through everything at speed.
READ_RATE = "120/m"


def _language(request) -> str:
    wanted = (request.GET.get("locale") or request.POST.get("locale") or "en")[:2].lower()
    return wanted if wanted in ("en", "es") else "en"


def _render(fmt: str, root: str, document, status: int = 200) -> HttpResponse:
    if fmt == "xml":
        body = documents.as_xml(root, document)
    else:
        body = json.dumps(document, ensure_ascii=False)
    response = HttpResponse(body, status=status, content_type=CONTENT_TYPES[fmt])
    response["Access-Control-Allow-Origin"] = "*"
    return response


def _errors(fmt: str, errors: list[tuple[int, str]], status: int | None = None) -> HttpResponse:
    document = [documents.error(code, description) for code, description in errors]
    return _render(fmt, "errors", document, status=status or errors[0][0])


def _too_many_reads(request) -> bool:
    return is_ratelimited(request, group="open311.read", key="ip", rate=READ_RATE, increment=True)


def _agency(request) -> str:
    return AgencySettings.for_request(request).name


def discovery(request, fmt):
    base = request.build_absolute_uri(reverse("open311:root"))
    document = {
        "changeset": "2026-12-02T00:00:00Z",
        "contact": _agency(request),
        "key_service": _("Ask the police department's community-relations office for a key."),
        "endpoints": [
            {
                "specification": documents.SPEC_URL,
                "url": base.rstrip("/"),
                "changeset": "2026-12-02T00:00:00Z",
                "type": "production",
                "formats": ["application/json", "text/xml"],
            }
        ],
    }
    return _render(fmt, "discovery", document)


def services(request, fmt):
    if _too_many_reads(request):
        return _errors(fmt, [(429, _("Too many requests. Please slow down."))])
    language = _language(request)
    with translation.override(language):
        document = [documents.service(c) for c in selectors.services_for(language)]
    return _render(fmt, "services", document)


def service_definition(request, code, fmt):
    if _too_many_reads(request):
        return _errors(fmt, [(429, _("Too many requests. Please slow down."))])
    language = _language(request)
    with translation.override(language):
        category = selectors.service_for(code, language)
        if category is None:
            return _errors(fmt, [(404, _("There is no service with this service_code."))])
        document = documents.service_definition(category)
    return _render(fmt, "service_definition", document)


def _list_param(request, name: str) -> list[str]:
    return [v.strip() for v in request.GET.get(name, "").split(",") if v.strip()]


def _when(value: str, *, end: bool = False) -> datetime.datetime | None:
    """A w3c date-time (or a plain date) from the query string; ValueError when unreadable."""
    if not value:
        return None
    # A '+' in a query string arrives as a space ("...T00:00:00 05:00").
    moment = parse_datetime(value.replace(" ", "+"))
    if moment is None:
        day = parse_date(value)
        if day is None:
            raise ValueError(value)
        moment = datetime.datetime.combine(day, datetime.time.max if end else datetime.time.min)
    if timezone.is_naive(moment):
        moment = timezone.make_aware(moment)
    return moment


def _requests_document(request, reports, language):
    names = selectors.service_names_for(language)
    agency = _agency(request)
    return [
        documents.service_request(
            report,
            service_name=names.get(report.category.translation_key, report.category.name),
            agency=agency,
        )
        for report in reports
    ]


@csrf_exempt  # a machine API authenticated by its api_key, not a browser form
@require_http_methods(["GET", "POST"])
def requests(request, fmt):
    if request.method == "POST":
        return _post_request(request, fmt)
    if _too_many_reads(request):
        return _errors(fmt, [(429, _("Too many requests. Please slow down."))])
    statuses = _list_param(request, "status")
    if any(s not in ("open", "closed") for s in statuses):
        return _errors(fmt, [(400, _("status must be open or closed."))])
    try:
        start = _when(request.GET.get("start_date", ""))
        end = _when(request.GET.get("end_date", ""), end=True)
    except (ValueError, OverflowError):
        return _errors(
            fmt, [(400, _("start_date and end_date must be dates like 2026-03-14T00:00:00Z."))]
        )
    language = _language(request)
    reports = selectors.requests_matching(
        ids=_list_param(request, "service_request_id"),
        service_codes=_list_param(request, "service_code"),
        statuses=statuses,
        start=start,
        end=end,
    )
    with translation.override(language):
        document = _requests_document(request, reports, language)
    return _render(fmt, "service_requests", document)


def request_detail(request, reference, fmt):
    if _too_many_reads(request):
        return _errors(fmt, [(429, _("Too many requests. Please slow down."))])
    language = _language(request)
    report = selectors.request_by_id(reference)
    with translation.override(language):
        if report is None:
            return _errors(fmt, [(404, _("There is no public request with this id."))])
        document = _requests_document(request, [report], language)
    return _render(fmt, "service_requests", document)


def token(request, token, fmt):
    if _too_many_reads(request):
        return _errors(fmt, [(429, _("Too many requests. Please slow down."))])
    found = selectors.request_for_token(token)
    if found is None:
        return _errors(fmt, [(404, _("There is no request with this token."))])
    document = [{"service_request_id": found.report.reference, "token": found.token}]
    return _render(fmt, "service_requests", document)


def _post_params(request) -> tuple[dict, dict]:
    """Form fields and attribute[code] answers. A JSON body is accepted too, where numbers may
    stand for strings (the spec's own examples do that)."""
    if request.content_type == "application/json":
        try:
            body = json.loads(request.body or b"{}")
        except ValueError:
            body = None
        if not isinstance(body, dict):
            raise Open311Refused([(400, _("The request body is not a JSON object."))])
        attributes = body.pop("attribute", None) or {}
        params = {k: "" if v is None else str(v) for k, v in body.items()}
        if not isinstance(attributes, dict):
            attributes = {}
        answers = {
            str(k): [str(x) for x in v] if isinstance(v, list) else str(v)
            for k, v in attributes.items()
        }
        return params, answers
    params, answers = {}, {}
    for key in request.POST:
        match = ATTRIBUTE.match(key)
        if match:
            values = request.POST.getlist(key)
            answers[match.group(1)] = values if match.group(2) else values[-1]
        else:
            params[key] = request.POST.get(key, "")
    return params, answers


def _post_request(request, fmt):
    try:
        params, attributes = _post_params(request)
    except Open311Refused as refused:
        return _errors(fmt, refused.errors)
    client = selectors.client_for_key(params.get("api_key", ""))
    if client is None:
        return _errors(fmt, [(403, _("A valid api_key is required to file a request."))])
    if is_ratelimited(
        request,
        group="open311.post",
        key=lambda _group, _request: str(client.pk),
        rate=client.rate_limit,
        increment=True,
    ):
        return _errors(fmt, [(429, _("This api_key has filed too many requests. Try later."))])
    language = params.get("locale", "en")[:2].lower()
    language = language if language in ("en", "es") else "en"
    with translation.override(language):
        category = selectors.service_for(params.get("service_code", ""), language)
        if category is None:
            return _errors(fmt, [(404, _("There is no service with this service_code."))])
        settings = ReportingSettings.for_request(request)
        rules = Rules(
            boundary=boundary_from_geojson(settings.boundary_geojson),
            referral=settings.outside_referral_for(language),
            geocoder=get_geocoder(),
        )
        try:
            filed = open311_request_submit(
                client=client,
                category=category,
                params=params,
                attributes=attributes,
                language=language,
                rules=rules,
            )
        except Open311Refused as refused:
            return _errors(fmt, refused.errors, status=400)
    document = [
        {
            "service_request_id": filed.report.reference,
            "token": filed.token,
            "service_notice": None,
            "account_id": None,
        }
    ]
    return _render(fmt, "service_requests", document)


def root(request):
    return JsonResponse({"discovery": reverse("open311:discovery", args=["json"])})
