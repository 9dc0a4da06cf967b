"""portal.form_rendering writes exactly what Django's form templates write.

Every form that uses the fast renderer is rendered field by field (the field group, the widget,
label, legend, errors and each choice) in each state a resident meets (empty, typed with
mistakes, typed right, and with characters HTML must escape), once by the fast renderer and once
by Django's own, and the two must be equal character for character.
"""

from decimal import Decimal
from types import SimpleNamespace

import pytest
from django import forms as django_forms
from django.forms.renderers import DjangoTemplates
from django.utils.datastructures import MultiValueDict
from django.utils.functional import lazy
from django.utils.safestring import mark_safe
from django.utils.translation import override

from portal.form_rendering import FastFormRenderer
from reporting import forms
from reporting.models import CategoryQuestion, QuestionDatatype
from reporting.places.geocoders import Place
from tests.factories import CategoryFactory


class RecordingRenderer(FastFormRenderer):
    """Notes each template the fast renderer leaves to the template engine."""

    templated: list

    def get_template(self, template_name):
        self.templated.append(template_name)
        return super().get_template(template_name)


FAST = RecordingRenderer()
TEMPLATES = DjangoTemplates()
# Templates written by no Python function: the photos field (one page) and multiple choices as
# hidden inputs (no page).
TEMPLATED = {
    "django/forms/widgets/clearable_file_input.html",
    "django/forms/widgets/multiple_hidden.html",
}
NASTY = "<b>\"Tom\" & 'Jerry'</b>"


def _renderings(form) -> dict:
    """Everything a template may ask of a form's fields, by name."""
    out = {"non_field_errors": str(form.non_field_errors())}
    for bf in form:
        out[f"{bf.name} group"] = str(bf.as_field_group())
        out[f"{bf.name} widget"] = str(bf)
        out[f"{bf.name} label"] = str(bf.label_tag())
        out[f"{bf.name} legend"] = str(bf.legend_tag())
        out[f"{bf.name} errors"] = str(bf.errors)
        out[f"{bf.name} hidden"] = str(bf.as_hidden())
        for n, sub in enumerate(bf.subwidgets):
            out[f"{bf.name} choice {n}"] = str(sub.tag())
            out[f"{bf.name} choice {n} str"] = str(sub)
    return out


def assert_same(make_form, templated=TEMPLATED):
    FAST.templated = []
    fast, slow = make_form(FAST), make_form(TEMPLATES)
    fast.is_bound and fast.is_valid()
    slow.is_bound and slow.is_valid()
    fast_out, slow_out = _renderings(fast), _renderings(slow)
    assert fast_out.keys() == slow_out.keys()
    for key in slow_out:
        assert fast_out[key] == slow_out[key], key
    # The comparison means something only if the Python functions wrote it.
    assert set(FAST.templated) <= templated
    return slow_out


def _question(code, datatype, **kw):
    return CategoryQuestion(
        code=code,
        datatype=datatype,
        description=kw.pop("description", f"Question {code}?"),
        datatype_description=kw.pop("hint", ""),
        required=kw.pop("required", False),
        choices=kw.pop("choices", ""),
    )


QUESTIONS = [
    _question("s", QuestionDatatype.STRING, required=True, hint=NASTY),
    _question("t", QuestionDatatype.TEXT),
    _question("n", QuestionDatatype.NUMBER, required=True),
    _question("d", QuestionDatatype.DATETIME),
    _question("one", QuestionDatatype.SINGLEVALUELIST, required=True, choices="a|A & a\nb|<B>"),
    _question("any", QuestionDatatype.MULTIVALUELIST, choices="x|X\ny|Y\nz"),
]


class _Geocoder:
    def suggest(self, text, *, city="", limit=5):
        return [
            Place("p1", "12 Oak St <north>", Decimal("37.1"), Decimal("-122.1"), 0.9),
            Place("p2", "12 Oak Ave", Decimal("37.2"), Decimal("-122.2"), 0.8),
        ]


def _data(raw: dict):
    return MultiValueDict({k: v if isinstance(v, list) else [v] for k, v in raw.items()})


STATES = {
    "empty": None,
    "nasty": lambda names: dict.fromkeys(names, NASTY),
    "blank": lambda names: dict.fromkeys(names, ""),
}


@pytest.fixture
def categories(db, locales):
    CategoryFactory(name="Vandalism", slug="vandalism")
    CategoryFactory(name="Graffiti & <tags>", slug="graffiti")
    from reporting.models import Category

    return Category.objects.filter(locale__language_code="en").order_by("pk")


SIMPLE_FORMS = [
    forms.ScreeningForm,
    forms.WhenForm,
    forms.WhoForm,
    forms.PropertyForm,
    forms.ContactForm,
    forms.StatusLookupForm,
    forms.StatusCodeForm,
    forms.ReplyForm,
    forms.SurveyForm,
]


@pytest.mark.parametrize("form_class", SIMPLE_FORMS, ids=lambda c: c.__name__)
@pytest.mark.parametrize("state", ["empty", "nasty", "blank"])
@pytest.mark.parametrize("language", ["en", "es"])
def test_simple_forms_render_as_the_templates_do(form_class, state, language):
    names = list(form_class.base_fields) + [f"item{n}_value" for n in (1, 2, 3)]
    data = STATES[state](names) if STATES[state] else None
    with override(language):
        assert_same(lambda r: form_class(data=data, renderer=r))


@pytest.mark.parametrize(
    "data",
    [
        {"danger": "yes", "hurt": "no", "suspect_present": "no", "happening_now": "no"},
        {"date_from": "2026-01-10", "time_from": "22:00", "date_to": "2026-01-11"},
        {"item1_description": "Bike", "item1_value": "$1,200", "item2_serial": "S/N 1"},
        {
            "reporter_name": "Ana",
            "phone": "(202) 555-0101",
            "email": "ana@example.org",
            "callback_channel": "email",
            "language": "es",
            "best_time": "evenings",
            "website": "",
        },
        {"score": "4", "comment": "Thanks & bye"},
        {"code": "12 34 56"},
    ],
)
def test_valid_answers_render_as_the_templates_do(data):
    for form_class in SIMPLE_FORMS:
        assert_same(lambda r, form_class=form_class: form_class(data=_data(data), renderer=r))


@pytest.mark.parametrize("state", ["empty", "chosen", "unknown", "nasty"])
def test_category_choices_render_as_the_templates_do(categories, state):
    data = {"chosen": {"category": "graffiti"}, "unknown": {"category": "x"}}.get(state)
    if state == "nasty":
        data = {"category": NASTY}
    out = assert_same(lambda r: forms.CategoryForm(data=data, categories=categories, renderer=r))
    assert "Graffiti &amp; &lt;tags&gt;" in out["category widget"]


@pytest.mark.parametrize(
    "data",
    [
        None,
        {"narrative": "short", "q_n": "abc", "q_one": "zz", "q_any": ["x", "q"], "q_d": "x"},
        {
            "narrative": NASTY * 3,
            "q_s": NASTY,
            "q_t": NASTY,
            "q_n": "1,200",
            "q_d": "2026-01-10T10:30",
            "q_one": "b",
            "q_any": ["x", "z"],
        },
    ],
)
def test_category_questions_render_as_the_templates_do(data):
    initial = {"q_any": ["y"], "q_one": "a", "narrative": NASTY}
    assert_same(
        lambda r: forms.WhatForm(
            data=_data(data) if data else None,
            initial=None if data else initial,
            questions=QUESTIONS,
            renderer=r,
        )
    )


@pytest.mark.parametrize(
    "data",
    [
        None,
        {"address": "12 Oak", "city": "X", "place": "p9", "latitude": "91", "longitude": ""},
        {"address": "12 Oak", "city": NASTY, "place": "p2", "place_for": "12 Oak|"},
        {"address": "", "address_unknown": "on", "landmark": NASTY},
        {"address": "12 Oak", "latitude": "37.5", "longitude": "-122.25"},
    ],
)
def test_the_place_step_renders_as_the_templates_do(db, data):
    assert_same(
        lambda r: forms.WhereForm(
            data=_data(data) if data else None,
            initial={"address": "12 Oak", "city": NASTY} if data is None else None,
            geocoder=_Geocoder(),
            renderer=r,
        )
    )


def test_the_photos_step_renders_as_the_templates_do():
    existing = [
        SimpleNamespace(pk=1, original_name=NASTY),
        SimpleNamespace(pk=2, original_name="b"),
    ]
    for data in (None, {"remove": ["1", "7"]}):
        assert_same(
            lambda r, data=data: forms.PhotosForm(
                data=_data(data) if data else None, existing=existing, renderer=r
            )
        )


def test_unusual_attributes_and_values_render_as_the_templates_do():
    """What no reporting form has today but a widget may: booleans, numbers, safe and lazy
    strings, None, grouped choices, and a callable (which only the template engine calls)."""
    lazy_text = lazy(lambda: "lazy <text>", str)()

    class Odd(django_forms.Form):
        a = django_forms.CharField(
            label=mark_safe("<em>Safe</em> label"),
            help_text=lazy_text,
            widget=django_forms.TextInput(
                attrs={
                    "data-on": True,
                    "data-off": False,
                    "data-n": 3,
                    "data-d": Decimal("1.50"),
                    "data-safe": mark_safe("<i>"),
                    "data-lazy": lazy_text,
                    "data-none": None,
                    "class": 'a"b',
                }
            ),
        )
        b = django_forms.ChoiceField(
            label=lazy_text,
            choices=[("Group <1>", [("1", "One"), ("2", mark_safe("<b>Two</b>"))]), ("3", "3")],
            widget=django_forms.RadioSelect(attrs={"class": "radios"}),
            required=False,
        )
        c = django_forms.MultipleChoiceField(
            choices=[(1, 1), (2, "two")], widget=django_forms.CheckboxSelectMultiple
        )
        d = django_forms.BooleanField(label="Tick", required=False)
        e = django_forms.IntegerField(
            widget=django_forms.NumberInput(attrs={"data-f": lambda: "x"})
        )
        f = django_forms.CharField(widget=django_forms.Textarea, initial=NASTY, disabled=True)
        g = django_forms.CharField(widget=django_forms.HiddenInput, label="")
        h = django_forms.CharField(widget=django_forms.PasswordInput, label_suffix=":")

    for data in (None, {"a": mark_safe("<u>"), "b": "2", "c": ["1", "2"], "d": "on", "e": "x"}):
        assert_same(
            lambda r, data=data: Odd(data=_data(data) if data else None, renderer=r),
            templated={*TEMPLATED, "django/forms/widgets/number.html"},
        )
    # The callable attribute went to the templates, which call it.
    assert "django/forms/widgets/number.html" in FAST.templated
    assert 'data-f="x"' in str(Odd(renderer=FAST)["e"])


def test_reporting_forms_use_the_fast_renderer():
    for form_class in [
        *SIMPLE_FORMS,
        forms.CategoryForm,
        forms.WhatForm,
        forms.WhereForm,
        forms.PhotosForm,
    ]:
        assert isinstance(form_class.default_renderer, FastFormRenderer), form_class
