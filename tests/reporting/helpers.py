"""Driving the report wizard through plain HTML forms, as a browser without JavaScript does."""

from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse as django_reverse
from django.utils import translation


def reverse(name, args=None):
    # A request to /es/ leaves Spanish active in the test thread; prefixes are added explicitly.
    with translation.override("en"):
        return django_reverse(name, args=args)


NO_TO_ALL = {"danger": "no", "hurt": "no", "suspect_present": "no", "happening_now": "no"}

STEP_DATA = {
    "category": {"category": "vandalism"},
    "what": {"narrative": "Someone sprayed paint on my garage door overnight."},
    "where": {"address": "12 Oak Street", "city": "Example City"},
    "when": {"date_from": "2026-01-10", "time_from": "22:00", "date_to": "2026-01-11"},
    "who": {"suspect": "Two teenagers on bikes"},
    "property": {"item1_description": "Garage door", "item1_value": "300"},
    "photos": {},
    "contact": {
        "reporter_name": "Alex Resident",
        "phone": "(202) 555-0123",
        "email": "",
        "callback_channel": "sms",
        "language": "en",
        "best_time": "evenings",
        "website": "",
    },
}


def step_url(slug, prefix=""):
    return prefix + reverse("reporting:step", args=[slug])


def screen(client, answers=None, prefix=""):
    return client.post(prefix + reverse("reporting:start"), answers or NO_TO_ALL)


def post_step(client, slug, data=None, prefix="", **extra):
    payload = {**STEP_DATA.get(slug, {}), **(data or {}), **extra}
    payload.setdefault("nav", "next")
    return client.post(step_url(slug, prefix), payload)


def fill_all(client, overrides=None, prefix=""):
    """Screening plus every step up to the review; returns the last response."""
    overrides = overrides or {}
    assert screen(client, prefix=prefix).status_code == 302
    response = None
    for slug in STEP_DATA:
        response = post_step(client, slug, overrides.get(slug), prefix=prefix)
        assert response.status_code == 302, (slug, response.content.decode()[:3000])
    return response


def submit(client, prefix=""):
    return client.post(step_url("review", prefix), {"nav": "send"})


def report_query_counts(client) -> dict:
    """One whole report through the wizard; the most queries any request of each kind made,
    keyed by (method, "start" | "step" | "review" | "received")."""
    counts = {}

    def request(kind, method, path, data=None):
        with CaptureQueriesContext(connection) as queries:
            response = client.get(path) if method == "GET" else client.post(path, data)
        assert response.status_code in (200, 302), (path, response.status_code)
        counts[(method, kind)] = max(counts.get((method, kind), 0), len(queries))
        return response

    request("start", "GET", reverse("reporting:start"))
    request("start", "POST", reverse("reporting:start"), NO_TO_ALL)
    for slug, data in STEP_DATA.items():
        request("step", "GET", step_url(slug))
        request("step", "POST", step_url(slug), {**data, "nav": "next"})
    request("review", "GET", step_url("review"))
    done = request("review", "POST", step_url("review"), {"nav": "send"})
    request("received", "GET", done.url)
    return counts
