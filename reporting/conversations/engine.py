"""The questions of a report by text, and what each answer does: a state machine whose state is
a Conversation row (its step, its menus) and a ReportDraft (the answers, in the wizard's shape).

Steps, in order: the wizard's four screening questions (any YES ends with "call or text 9-1-1
now"), the category as a numbered menu, the category's own questions (Open311 attributes;
choices as numbers), what happened, where (the wizard's address check: suggestions from the
agency's places become a numbered menu), when, photos by MMS, a name, then a summary and
"send?". BACK, START OVER, HELP, ESPAÑOL/ENGLISH work at every step; STOP ends it. Every
reply fits two SMS segments (fitting.py).
"""

import datetime
from dataclasses import dataclass, field

from django import forms as django_forms
from django.utils import formats, timezone, translation
from django.utils.translation import gettext as _

from reporting import conf, forms, wizard
from reporting.messaging import content
from reporting.models import Category, QuestionDatatype
from reporting.places.geocoders import get_geocoder
from reporting.selectors import categories_for_language, category_for_draft

from . import words
from .dates import datetime_raw, when_raw
from .fitting import MENU_LINE, cut, drop, fit, fits, keep, pages, trim
from .models import Conversation

SCREENING = ("danger", "hurt", "suspect_present", "happening_now")
TAIL = ("what", "where", "when", "photos", "name", "review")
# The wizard step whose answers a conversation step writes, for "go back and fix this".
WIZARD_STEP_TO = {"category": "category", "what": "what", "where": "where", "when": "when"}
RESUME_AFTER = datetime.timedelta(minutes=30)
# How much of a category question's wording a numbered menu shows above its choices.
MENU_QUESTION = 90


@dataclass
class Outcome:
    """What a text did: the reply, and whether it may follow an emergency reply."""

    reply: str
    after_emergency: bool = False
    submit: bool = False
    changes: dict = field(default_factory=dict)


# --- Where the conversation is ------------------------------------------------------------


def category_of(conversation: Conversation) -> Category | None:
    draft = conversation.draft
    if draft is None:
        return None
    return category_for_draft(draft.step_data("category").get("category"), conversation.language)


def steps_of(conversation: Conversation, category: Category | None = None) -> list[str]:
    category = category or category_of(conversation)
    questions = [f"q:{q.code}" for q in category.questions.all()] if category else []
    return [f"screen:{name}" for name in SCREENING] + ["category", *questions, *TAIL]


def question_of(category: Category | None, step: str):
    if category is None or not step.startswith("q:"):
        return None
    code = step[2:]
    return next((q for q in category.questions.all() if q.code == code), None)


# --- Prompts --------------------------------------------------------------------------------


def _yes_no() -> str:
    return _("Reply YES or NO.")


def _screening_label(name: str) -> str:
    return str(forms.ScreeningForm.base_fields[name].label)


def intro() -> str:
    facts = content.agency_facts()
    return _("%(agency)s: report by text. In an emergency call 9-1-1.") % {
        "agency": facts["agency_name"]
    }


def language_offer() -> str:
    return _("Para español, responda ESPAÑOL.")


def _menu(conversation, header: str, lines: list[str], footer: str, *, key: str) -> str:
    """A numbered menu, paged to fit: "0 More" shows the next page, numbers stay the same."""
    lines = [line if len(line) <= MENU_LINE else line[: MENU_LINE - 3] + "..." for line in lines]
    more = _("0 More choices")
    split = pages(header, lines, footer, more)
    page = conversation.state.get(key, 0) % max(len(split), 1)
    shown = [lines[i] for i in split[page]] if split else []
    parts = [keep(header), *map(keep, shown)]
    if len(split) > 1:
        parts.append(keep(more))
    parts.append(drop(footer))
    return fit(*parts)


def _categories(conversation) -> list[Category]:
    return list(categories_for_language(conversation.language).order_by("sort_order", "name"))


def _choice_lines(question) -> list[str]:
    return [f"{n} {v['name']}" for n, v in enumerate(question.values, start=1)]


def _places(conversation) -> list[dict]:
    return conversation.state.get("places") or []


def prompt(conversation: Conversation, step: str, *, first: str = "") -> str:
    """The question for `step`, with `first` (an error, "Back.") before it."""
    lead = [trim(first)] if first else []
    if step.startswith("screen:"):
        return fit(*lead, keep(_screening_label(step[7:])), keep(_yes_no()))
    if step == "category":
        names = [f"{n} {c.name}" for n, c in enumerate(_categories(conversation), start=1)]
        header = " ".join(p.text for p in lead + [keep(_("What do you want to report?"))])
        return _menu(conversation, header, names, _("Reply with a number."), key="category_page")
    if step.startswith("q:"):
        return _question_prompt(conversation, step, lead)
    if step == "what":
        return fit(
            *lead,
            keep(_("What happened? In your own words, in one text.")),
            drop(_("Please leave out names of people you suspect unless you are sure.")),
        )
    if step == "where":
        if _places(conversation):
            header = " ".join(p.text for p in lead + [keep(_("Is it one of these places?"))])
            lines = [
                f"{n} {p['label']}"[:MENU_LINE] for n, p in enumerate(_places(conversation), 1)
            ]
            keep_typed = _("0 None of these: keep what I typed")
            # The likeliest places first: the less likely ones give way to the budget.
            while len(lines) > 1 and not fits("\n".join([header, *lines, keep_typed])):
                lines.pop()
            return fit(keep(header), *map(keep, lines), keep(keep_typed))
        return fit(
            *lead,
            keep(_("Where did it happen? Reply with a street address or cross streets.")),
            drop(_('For example: 12 Oak Street, or "Oak & 3rd".')),
        )
    if step == "when":
        return fit(
            *lead,
            keep(_("When did it happen? Reply with a date like 3/14 and a time if you know it.")),
            drop(_("Or reply TODAY or YESTERDAY.")),
        )
    if step == "photos":
        return fit(
            *lead,
            keep(_("Photos help. Send up to 5 as picture messages, then reply DONE.")),
            keep(_("No photos? Reply SKIP.")),
        )
    if step == "name":
        return fit(
            *lead,
            keep(_("What is your name?")),
            drop(_("We will text you about this report at this number.")),
        )
    if step == "review":
        return review_prompt(conversation, lead)
    return fit(*lead)


def _question_prompt(conversation, step, lead) -> str:
    question = question_of(category_of(conversation), step)
    if question is None:
        return fit(*lead)
    skip = [] if question.required else [keep(_("Reply SKIP to skip."))]
    description = question.description
    if question.is_list:
        # A menu needs room for its choices: a long question is cut (its wording is staff's).
        description = cut(description, MENU_QUESTION)
    if question.datatype == QuestionDatatype.SINGLEVALUELIST:
        header = " ".join(p.text for p in lead + [trim(description)])
        footer = _("Reply with a number.") + ("" if question.required else " " + skip[0].text)
        return _menu(conversation, header, _choice_lines(question), footer, key="choice_page")
    if question.datatype == QuestionDatatype.MULTIVALUELIST:
        header = " ".join(p.text for p in lead + [trim(description)])
        footer = _("Reply with one or more numbers, like 1,3.") + (
            "" if question.required else " " + skip[0].text
        )
        return _menu(conversation, header, _choice_lines(question), footer, key="choice_page")
    how = {
        QuestionDatatype.NUMBER: _("Reply with a number."),
        QuestionDatatype.DATETIME: _("Reply with a date like 3/14 and a time if you know it."),
    }.get(question.datatype, "")
    return fit(
        *lead,
        trim(description),
        *([keep(how)] if how else []),
        *([drop(question.datatype_description)] if question.datatype_description else []),
        *skip,
    )


def when_label(raw: dict) -> str:
    try:
        day = datetime.date.fromisoformat(raw.get("date_from", ""))
    except ValueError:
        return raw.get("date_from", "")
    text = formats.date_format(day, "SHORT_DATE_FORMAT")
    return f"{text} {raw['time_from']}" if raw.get("time_from") else text


def review_prompt(conversation, lead=()) -> str:
    draft = conversation.draft
    category = category_of(conversation)
    where = draft.step_data("where")
    place = where.get("address") or where.get("landmark") or ""
    photos = len(conversation.state.get("photos") or [])
    # The answers read back share what room the budget leaves; the heading and the photo count
    # go first when there is too little (a Spanish summary counts UCS-2's smaller segments).
    return fit(
        *lead,
        drop(_("Please check your report:")),
        trim(
            f"{category.name if category else ''}: {draft.step_data('what').get('narrative', '')}"
        ),
        trim(_("Where: %(place)s") % {"place": place}),
        keep(_("When: %(when)s") % {"when": when_label(draft.step_data("when"))}),
        drop(_("Photos: %(count)s") % {"count": photos}),
        trim(_("Name: %(name)s") % {"name": draft.step_data("contact").get("reporter_name", "")}),
        keep(_("Reply SEND to send it, or BACK to change it.")),
    )


def help_reply(conversation) -> str:
    return fit(
        keep(
            _(
                "Report by text: answer each question. BACK goes back, START OVER starts "
                "again, STOP ends. Emergency: call 9-1-1."
            )
        ),
        drop(prompt(conversation, conversation.step)),
    )


def resume_reply() -> str:
    return fit(keep(_("You have a report in progress. Reply CONTINUE to go on, or START OVER.")))


def screening_stop_reply() -> str:
    return fit(
        keep(_("Call or text 9-1-1 now.")),
        keep(_("This number cannot send help. When everyone is safe, text REPORT to start again.")),
    )


def after_emergency_reply() -> str:
    return _("Not an emergency? Reply CONTINUE.")


def too_many_reply() -> str:
    facts = content.agency_facts()
    return fit(
        keep(_("You have sent several reports in a short time. Please try again later.")),
        drop(_("Non-emergency line: %(number)s.") % {"number": facts["non_emergency_number"]}),
        keep(_("Reply SEND to try again.")),
    )


def sent_reply(report, link: str) -> str:
    return fit(
        keep(_("Sent. Your report number is %(reference)s.") % {"reference": report.reference}),
        keep(_("Follow it here: %(link)s") % {"link": link}),
    )


# --- Answers ----------------------------------------------------------------------------------


class Invalid(Exception):
    """An answer that doesn't fit: the message says what would."""


def _field_error(exc: django_forms.ValidationError) -> str:
    return " ".join(str(m) for m in exc.messages)


def _choose(text: str, options: int, *, many: bool = False) -> list[int]:
    numbers = words.numbers_in(text)
    if (
        not numbers
        or any(not 1 <= n <= options for n in numbers)
        or (len(numbers) > 1 and not many)
    ):
        raise Invalid(
            _("Please reply with one or more of the numbers.")
            if many
            else _("Please reply with one of the numbers.")
        )
    return list(dict.fromkeys(numbers))


def _today_now():
    now = timezone.localtime()
    return now.date(), now.time()


def answer_question(conversation, question, text: str) -> object:
    """The raw value the wizard's field stores for this answer; raises Invalid."""
    if words.is_word(text, words.SKIP) and not question.required:
        return [] if question.datatype == QuestionDatatype.MULTIVALUELIST else ""
    values = question.values
    if question.datatype == QuestionDatatype.SINGLEVALUELIST:
        return values[_choose(text, len(values))[0] - 1]["key"]
    if question.datatype == QuestionDatatype.MULTIVALUELIST:
        return [values[n - 1]["key"] for n in _choose(text, len(values), many=True)]
    raw = text.strip()
    if question.datatype == QuestionDatatype.DATETIME:
        raw = datetime_raw(text, conversation.language, *_today_now())
        if raw is None:
            raise Invalid(_("Please reply with a date like 3/14 and a time if you know it."))
    try:
        forms.question_field(question).clean(raw)
    except django_forms.ValidationError as exc:
        raise Invalid(_field_error(exc)) from exc
    return raw


def answer_narrative(text: str) -> str:
    try:
        return forms.WhatForm.base_fields["narrative"].clean(text.strip())
    except django_forms.ValidationError as exc:
        raise Invalid(_field_error(exc)) from exc


def where_form(raw: dict):
    return forms.WhereForm(data=wizard.as_data(raw), geocoder=get_geocoder())


def answer_where(conversation, text: str) -> tuple[dict, list[dict]]:
    """(the where-step's raw answer, []) when taken, or (it, the suggestions) to choose from."""
    raw = {"address": text.strip()[:200], "city": "", "landmark": "", "place": ""}
    form = where_form(raw)
    raw["place_for"] = form.typed_text
    if form.show_places:
        return raw, [{"key": p.key, "label": p.label} for p in form.suggestions]
    if not where_form(raw).is_valid():
        raise Invalid(_("Please give a street address or cross streets."))
    return raw, []


def outside_area(raw: dict) -> str:
    """The agency's referral text when the answer's place lies outside its boundary, else ""
    (the wizard's own check: reporting.jurisdiction with the default site's settings)."""
    from wagtail.models import Site

    from reporting.jurisdiction import boundary_from_geojson, point_outside
    from reporting.models import ReportingSettings

    form = where_form(raw)
    site = Site.objects.filter(is_default_site=True).first()
    if site is None or not form.is_valid():
        return ""
    settings = ReportingSettings.for_site(site)
    boundary = boundary_from_geojson(settings.boundary_geojson)
    if not point_outside(boundary, form.cleaned_data["latitude"], form.cleaned_data["longitude"]):
        return ""
    referral = settings.outside_referral_for(translation.get_language())
    return fit(keep(_("That place is outside our area.")), trim(referral), segments=1)


def answer_place(conversation, text: str) -> dict:
    places = _places(conversation)
    numbers = words.numbers_in(text)
    if numbers == [0]:
        key = forms.WhereForm.KEEP_TYPED
    else:
        key = places[_choose(text, len(places))[0] - 1]["key"]
    raw = {**conversation.state.get("where_typed", {}), "place": key}
    return raw


def answer_when(conversation, text: str) -> dict:
    raw = when_raw(text, conversation.language, *_today_now())
    if raw is None:
        raise Invalid(_("Please reply with a date like 3/14 and a time if you know it."))
    form = forms.WhenForm(data=raw)
    if not form.is_valid():
        errors = [str(e) for errs in form.errors.values() for e in errs]
        raise Invalid(" ".join(errors))
    return raw


def answer_name(text: str) -> str:
    try:
        return forms.ContactForm.base_fields["reporter_name"].clean(text.strip())
    except django_forms.ValidationError as exc:
        raise Invalid(_field_error(exc)) from exc


def photo_count(conversation) -> int:
    return sum(p["count"] for p in conversation.state.get("photos") or [])


def image_media(media: list[dict], room: int) -> list[dict]:
    from django.conf import settings

    pictures = [
        m
        for m in media
        if (m.get("content_type") or "").split(";")[0].strip() in settings.MESSAGING_MEDIA_TYPES
    ]
    return pictures[: max(room, 0)]


def max_photos() -> int:
    return conf.MAX_PHOTOS


def translated(conversation):
    return translation.override(conversation.language)
