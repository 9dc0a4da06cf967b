"""The report wizard's steps: which form each uses and how a whole draft is validated.

Answers are stored per step exactly as typed (strings and lists), so a form can always be
re-shown with what the reporter entered, valid or not.
"""

from dataclasses import dataclass

from django.utils.datastructures import MultiValueDict
from django.utils.translation import gettext_lazy as _

from . import forms
from .models import ReportDraft
from .places.geocoders import get_geocoder
from .selectors import categories_for_language, category_for_draft


@dataclass(frozen=True)
class Step:
    slug: str
    title: str
    form_class: type


STEPS = [
    Step("category", _("What to report"), forms.CategoryForm),
    Step("what", _("What happened"), forms.WhatForm),
    Step("where", _("Where"), forms.WhereForm),
    Step("when", _("When"), forms.WhenForm),
    Step("who", _("Who was involved"), forms.WhoForm),
    Step("property", _("Property"), forms.PropertyForm),
    Step("photos", _("Photos"), forms.PhotosForm),
    Step("contact", _("How to reach you"), forms.ContactForm),
    Step("review", _("Check and send"), forms.forms.Form),
]
STEP_SLUGS = [step.slug for step in STEPS]
# Steps whose answers are stored in the draft (photos are files, review has no fields).
DATA_STEPS = ["category", "what", "where", "when", "who", "property", "contact"]


def step_by_slug(slug: str) -> Step | None:
    return next((step for step in STEPS if step.slug == slug), None)


def step_number(slug: str) -> int:
    return STEP_SLUGS.index(slug) + 1


def neighbour(slug: str, offset: int) -> str | None:
    index = STEP_SLUGS.index(slug) + offset
    return STEP_SLUGS[index] if 0 <= index < len(STEP_SLUGS) else None


def raw_from_post(post, form) -> dict:
    """What was typed for this form's fields, as JSON (lists for multi-value fields)."""
    raw = {}
    for name, field in form.fields.items():
        if name == "website":
            raw[name] = post.get(name, "")
        elif name == "place":
            # The words the suggestions were shown for travel with the choice.
            raw["place"] = post.get("place", "")
            raw["place_for"] = post.get("place_for", "")
        elif isinstance(field.widget, forms.forms.CheckboxSelectMultiple | forms.MultipleFileInput):
            raw[name] = post.getlist(name)
        elif name in post:
            raw[name] = post.get(name)
    return raw


# Everything else a resident types is checked for emergency language: the narrative, answers to
# the category's questions, the landmark, descriptions of people and property, the best time to
# call. Names, contact details, street names and serial numbers are not prose.
_NOT_PROSE = {
    "website", "phone", "email", "reporter_name", "address", "city", "place", "place_for",
    "latitude", "longitude", "category", "language", "callback_channel", "occurred_from",
    "occurred_to", "remove",
}  # fmt: skip


def free_text(draft: ReportDraft, steps=None) -> dict[str, str]:
    """{"step.field": text} for every free-text answer in the draft (or in the given steps)."""
    found = {}
    for slug in steps or DATA_STEPS:
        for name, value in draft.step_data(slug).items():
            if name in _NOT_PROSE or name.endswith("_serial") or not isinstance(value, str):
                continue
            if value.strip():
                found[f"{slug}.{name}"] = value
    return found


def as_data(raw: dict) -> MultiValueDict:
    return MultiValueDict({k: v if isinstance(v, list) else [v] for k, v in raw.items()})


def form_kwargs(step: str, draft: ReportDraft, language: str, category=None) -> dict:
    if step == "category":
        return {"categories": categories_for_language(language)}
    if step == "what":
        if category is None:
            category = category_for_draft(draft.step_data("category").get("category"), language)
        return {"questions": category.questions.all() if category else ()}
    if step == "photos":
        return {"existing": draft.photos.all()}
    if step == "where":
        return {"geocoder": get_geocoder()}
    return {}


def build_form(
    step: str,
    draft: ReportDraft,
    language: str,
    *,
    data=None,
    files=None,
    category=None,
    checking=False,
):
    """The step's form; `category`, when the caller already holds the draft's checked category,
    spares the "what" step looking it up again; `checking`: the review's check of the stored
    answers (the "where" step then geocodes only what it must)."""
    form_class = step_by_slug(step).form_class
    kwargs = form_kwargs(step, draft, language, category)
    if checking and step == "where":
        kwargs["checking"] = True
    if data is not None:
        return form_class(data=data, files=files, **kwargs)
    initial = draft.step_data(step)
    if step == "contact":
        initial.setdefault("language", language)
    return form_class(initial=initial, **kwargs)


@dataclass
class DraftCheck:
    """A whole draft validated: the first step to fix, or everything report_submit needs."""

    first_invalid: str | None
    forms: dict

    @property
    def valid(self) -> bool:
        return self.first_invalid is None


def draft_check(draft: ReportDraft, language: str) -> DraftCheck:
    checked = {}
    for slug in DATA_STEPS:
        category = checked["category"].cleaned_data["category"] if "category" in checked else None
        form = build_form(
            slug,
            draft,
            language,
            data=as_data(draft.step_data(slug)),
            category=category,
            checking=True,
        )
        if not form.is_valid():
            return DraftCheck(first_invalid=slug, forms=checked)
        checked[slug] = form
    return DraftCheck(first_invalid=None, forms=checked)


def report_fields(check: DraftCheck) -> dict:
    """Keyword arguments for reporting.services.report_submit from a valid draft."""
    f = check.forms
    where, when, contact = f["where"].cleaned_data, f["when"].cleaned_data, f["contact"]
    return {
        "category": f["category"].cleaned_data["category"],
        "narrative": f["what"].cleaned_data["narrative"],
        "answers": f["what"].answers(),
        "address": where.get("address") or "",
        "city": where.get("city") or "",
        "landmark": where.get("landmark") or "",
        "latitude": where.get("latitude"),
        "longitude": where.get("longitude"),
        "occurred_from": when.get("occurred_from"),
        "occurred_to": when.get("occurred_to"),
        "people": f["who"].people(),
        "property_items": f["property"].items(),
        "reporter_name": contact.cleaned_data["reporter_name"],
        "phone": contact.cleaned_data.get("phone") or "",
        "email": contact.cleaned_data.get("email") or "",
        "callback_channel": contact.cleaned_data["callback_channel"],
        "language": contact.cleaned_data["language"],
        "best_time": contact.cleaned_data.get("best_time") or "",
    }


def review_summary(check: DraftCheck, photos) -> list[dict]:
    """What the review screen shows: each step's answers as (label, value) rows, in order."""
    from django.conf import settings
    from django.utils import formats, timezone
    from django.utils.translation import gettext as _

    from .models.reports import CallbackChannel

    f = check.forms
    fields = report_fields(check)

    def when(value):
        return formats.date_format(timezone.localtime(value), "DATETIME_FORMAT") if value else ""

    what_rows = [(_("What happened?"), fields["narrative"])]
    for question in f["what"].questions:
        answer = fields["answers"].get(question.code)
        if answer:
            names = {v["key"]: v["name"] for v in question.values}
            if isinstance(answer, list):
                answer = ", ".join(names.get(a, a) for a in answer)
            else:
                answer = names.get(answer, answer)
            what_rows.append((question.description, answer))
    roles = {
        "victim": _("Who was affected? (if not you)"),
        "suspect": _("Anything about who did it"),
        "witnesses": _("Anyone who saw it"),
    }
    items = [
        " - ".join(
            p
            for p in (
                i["description"],
                f"${i['value']}" if i["value"] else "",
                _("serial %(serial)s") % {"serial": i["serial"]} if i["serial"] else "",
            )
            if p
        )
        for i in fields["property_items"]
    ]
    languages = dict(settings.LANGUAGES)
    sections = [
        ("category", [(_("What do you want to report?"), fields["category"].name)]),
        ("what", what_rows),
        (
            "where",
            [
                (_("Street address"), fields["address"]),
                (_("City"), fields["city"]),
                (_("Describe the place"), fields["landmark"]),
                (
                    _("Map pin"),
                    f"{fields['latitude']}, {fields['longitude']}"
                    if fields["latitude"] is not None
                    else "",
                ),
            ],
        ),
        (
            "when",
            [
                (_("From"), when(fields["occurred_from"])),
                (_("Until"), when(fields["occurred_to"])),
            ],
        ),
        ("who", [(roles[p["role"]], p["description"]) for p in fields["people"]]),
        ("property", [(_("Item %(n)s") % {"n": n}, i) for n, i in enumerate(items, start=1)]),
        (
            "photos",
            [(_("Photo %(n)s") % {"n": n}, p.original_name) for n, p in enumerate(photos, 1)],
        ),
        (
            "contact",
            [
                (_("Your name"), fields["reporter_name"]),
                (_("Phone number"), fields["phone"].as_national if fields["phone"] else ""),
                (_("Email"), fields["email"]),
                (
                    _("How should we contact you?"),
                    CallbackChannel(fields["callback_channel"]).label,
                ),
                (_("Language for our messages"), languages.get(fields["language"], "")),
                (_("Best time to reach you"), fields["best_time"]),
            ],
        ),
    ]
    return [
        {"step": step_by_slug(slug), "rows": [(label, value) for label, value in rows if value]}
        for slug, rows in sections
    ]
