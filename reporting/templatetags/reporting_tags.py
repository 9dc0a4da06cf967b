from django import template
from django.conf import settings
from django.template.base import render_value_in_context
from django.template.context import Context
from django.urls import reverse
from django.utils.safestring import mark_safe

from reporting.selectors import status_token_for

register = template.Library()


@register.simple_tag
def status_link(report) -> str:
    """The absolute, signed link to a report's status page, for messages sent outside a request.

    reverse() follows the active language, so a Spanish receipt links to the Spanish page.
    """
    path = reverse("reporting:status", args=[status_token_for(report)])
    return settings.WAGTAILADMIN_BASE_URL.rstrip("/") + path


# {{ value }} as a template writes it: autoescaped, localized with the defaults.
_CONTEXT = Context(autoescape=True)


def _out(value) -> str:
    return render_value_in_context(value, _CONTEXT)


@register.simple_tag
def field_block(field) -> str:
    """One form field of the report pages, in its block: a checkbox beside its label, anything
    else as Django's field group (label or legend, help tied by aria-describedby, errors).

    Written in Python rather than included as a template for every field (a few dozen a
    report); tests/reporting/test_field_block.py holds it to the template it replaced.
    """
    errors = field.errors
    has_error = " has-error" if errors else ""
    if field.widget_type == "checkbox":
        help_text = field.help_text
        help_html = (
            f'\n      <p class="helptext" id="{_out(field.auto_id)}_helptext">'
            f"{_out(help_text)}</p>\n    "
            if help_text
            else ""
        )
        html = (
            f'\n  \n  <div class="field field--checkbox{has_error}">\n    {_out(errors)}\n'
            f'    <div class="checkbox">\n      {_out(field)}\n      {_out(field.label_tag())}\n'
            f"    </div>\n    {help_html}\n  </div>\n\n"
        )
    else:
        html = f'\n  <div class="field{has_error}">{_out(field.as_field_group())}</div>\n\n'
    return mark_safe(html)  # noqa: S308 - every value above is escaped or already safe
