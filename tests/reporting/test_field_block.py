"""{% field_block %} writes what the template it replaced (reporting/_field.html) wrote.

The report pages include a field block for every field; the template is kept here, word for
word, and every reporting form's fields are rendered both ways in each state (empty, mistaken,
right, with characters HTML must escape).
"""

from decimal import Decimal

import pytest
from django import forms as django_forms
from django.template import engines
from django.utils.datastructures import MultiValueDict

from reporting import forms
from reporting.places.geocoders import Place
from reporting.templatetags.reporting_tags import field_block

FIELD_TEMPLATE = (
    '{% if field.widget_type == "checkbox" %}\n'
    "  {# The box beside its label, as people expect a checkbox (not a full-width box under it)."
    " #}\n"
    '  <div class="field field--checkbox{% if field.errors %} has-error{% endif %}">\n'
    "    {{ field.errors }}\n"
    '    <div class="checkbox">\n'
    "      {{ field }}\n"
    "      {{ field.label_tag }}\n"
    "    </div>\n"
    "    {% if field.help_text %}\n"
    '      <p class="helptext" id="{{ field.auto_id }}_helptext">{{ field.help_text }}</p>\n'
    "    {% endif %}\n"
    "  </div>\n"
    "{% else %}\n"
    '  <div class="field{% if field.errors %} has-error{% endif %}">{{ field.as_field_group }}'
    "</div>\n"
    "{% endif %}\n"
)
NASTY = "<b>\"Tom\" & 'Jerry'</b>"


class _Geocoder:
    def suggest(self, text, *, city="", limit=5):
        return [Place("p1", "12 Oak St <north>", Decimal("37.1"), Decimal("-122.1"), 0.9)]


class _Boxes(django_forms.Form):
    plain = django_forms.BooleanField(label="Tick <me>", required=False)
    helped = django_forms.BooleanField(label="Agree", help_text=NASTY, required=True)


FORMS = [
    lambda data: forms.ScreeningForm(data=data),
    lambda data: forms.WhereForm(data=data, geocoder=_Geocoder()),
    lambda data: forms.WhenForm(data=data),
    lambda data: forms.WhoForm(data=data),
    lambda data: forms.PropertyForm(data=data),
    lambda data: forms.ContactForm(data=data),
    lambda data: forms.StatusLookupForm(data=data),
    lambda data: forms.StatusCodeForm(data=data),
    lambda data: forms.ReplyForm(data=data),
    lambda data: forms.SurveyForm(data=data),
    lambda data: _Boxes(data=data),
]
STATES = [
    None,
    {},
    {"address": "12 Oak", "address_unknown": "on", "helped": "on", "plain": "on"},
    {"address": NASTY, "landmark": NASTY, "danger": NASTY, "item1_value": NASTY, "code": "1"},
]


@pytest.mark.parametrize("make_form", FORMS)
@pytest.mark.parametrize("data", STATES)
def test_field_block_writes_what_the_template_wrote(db, make_form, data):
    template = engines["django"].from_string(FIELD_TEMPLATE)
    bound = MultiValueDict({k: [v] for k, v in data.items()}) if data is not None else None
    form = make_form(bound)
    form.is_bound and form.is_valid()
    for field in form:
        assert field_block(field) == template.render({"field": field}), field.name


def test_a_checkbox_keeps_its_help_text_tied_and_escaped():
    html = field_block(_Boxes(data={})["helped"])
    assert 'class="field field--checkbox has-error"' in html
    assert 'id="id_helped_helptext">&lt;b&gt;' in html
    assert 'aria-describedby="id_helped_helptext id_helped_error"' in html
