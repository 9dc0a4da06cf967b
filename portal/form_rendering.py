"""Django's form templates, rendered by Python functions that write the same characters.

Django renders every field through a chain of small templates (field, label, error list, the
widget, its attributes, and for radios one more per choice): on the report wizard that was a
sixth of the server's CPU per report, each of those templates costing a Context, an include and
variable lookups for a few dozen characters. `FastFormRenderer` writes the built-in templates
listed in `_WRITERS` directly, with the template language's own escaping and localization
(tests/portal/test_form_rendering.py compares it with the templates, field by field, for every
form that uses it); any other template, and anything unusual for those (a callable value, which
a template would call), still goes to the templates.
"""

from django.forms.renderers import DjangoTemplates
from django.template.base import render_value_in_context
from django.template.context import Context
from django.utils.html import conditional_escape
from django.utils.safestring import SafeData

# The context the templates would get: autoescaping on, localization and time zone defaults.
_CONTEXT = Context(autoescape=True)


class _Unusual(Exception):
    """A value the fast path does not handle exactly as the template would: use the template."""


def _out(value) -> str:
    """{{ value }}: localized, made a string and escaped unless safe, as the template does."""
    if callable(value):
        raise _Unusual
    return render_value_in_context(value, _CONTEXT)


def _stringformat(value) -> str:
    """{{ value|stringformat:'s' }}: "%s" formatting; a safe value stays safe (is_safe)."""
    if callable(value):
        raise _Unusual
    formatted = str(value) if isinstance(value, tuple) else value
    try:
        formatted = "%s" % formatted  # noqa: UP031 - the filter's own formatting
    except (ValueError, TypeError):
        formatted = ""
    if isinstance(value, SafeData):
        return formatted  # marked safe by the filter, so never escaped
    return conditional_escape(formatted)


def _attrs(attrs) -> str:
    """django/forms/widgets/attrs.html and django/forms/attrs.html."""
    if attrs is None:  # a label without "for" (a group of radios): the loop has nothing
        return ""
    if not isinstance(attrs, dict):
        raise _Unusual
    parts = []
    for name, value in attrs.items():
        if value is not False:
            parts.append(" " + _out(name))
            if value is not True:
                parts.append('="' + _stringformat(value) + '"')
    return "".join(parts)


def _input(widget) -> str:
    """django/forms/widgets/input.html."""
    value = widget["value"]
    if callable(value):
        raise _Unusual
    shown = ' value="' + _stringformat(value) + '"' if value != None else ""  # noqa: E711
    return (
        f'<input type="{_out(widget["type"])}" name="{_out(widget["name"])}"'
        f"{shown}{_attrs(widget['attrs'])}>\n"
    )


def _including_input(widget) -> str:
    """text.html, email.html, date.html and the others that only include input.html."""
    return _input(widget) + "\n"


def _input_option(widget) -> str:
    """django/forms/widgets/input_option.html."""
    html = _input(widget)
    if widget["wrap_label"]:
        option_id = widget["attrs"].get("id", "")
        label_for = f' for="{_out(option_id)}"' if option_id else ""
        return f"<label{label_for}>{html} {_out(widget['label'])}</label>\n"
    return html + "\n"


def _including_input_option(widget) -> str:
    """radio_option.html and checkbox_option.html."""
    return _input_option(widget) + "\n"


_OPTION_WRITERS = {
    "django/forms/widgets/radio_option.html": _including_input_option,
    "django/forms/widgets/checkbox_option.html": _including_input_option,
}


def _multiple_input(widget) -> str:
    """django/forms/widgets/multiple_input.html (radios and checkboxes)."""
    attrs = widget["attrs"]
    group_id, css_class = attrs.get("id", ""), attrs.get("class", "")
    parts = ["<div"]
    if group_id:
        parts.append(f' id="{_out(group_id)}"')
    if css_class:
        parts.append(f' class="{_out(css_class)}"')
    parts.append(">")
    for group, options, _index in widget["optgroups"]:
        if callable(group):
            raise _Unusual
        if group:
            parts.append(f"\n  <div><label>{_out(group)}</label>")
        for option in options:
            writer = _OPTION_WRITERS.get(option["template_name"])
            if writer is None:
                raise _Unusual
            parts.append("<div>\n    " + writer(option) + "</div>")
        if group:
            parts.append("\n  </div>")
    parts.append("\n</div>\n")
    return "".join(parts)


def _including_multiple_input(widget) -> str:
    """radio.html and checkbox_select.html."""
    return _multiple_input(widget) + "\n"


def _textarea(widget) -> str:
    """django/forms/widgets/textarea.html."""
    value = widget["value"]
    if callable(value):
        raise _Unusual
    shown = _out(value) if value else ""
    return (
        f'<textarea name="{_out(widget["name"])}"{_attrs(widget["attrs"])}>\n{shown}</textarea>\n'
    )


def _widget(writer):
    return lambda context: writer(context["widget"])


def _label(context) -> str:
    """django/forms/label.html."""
    if context["use_tag"]:
        tag = _out(context["tag"])
        return f"<{tag}{_attrs(context['attrs'])}>{_out(context['label'])}</{tag}>\n"
    return _out(context["label"]) + "\n"


def _error_list(context) -> str:
    """django/forms/errors/list/default.html (which includes ul.html)."""
    errors = context["errors"]
    if not errors:
        return ""
    field_id = errors.field_id
    if callable(field_id):
        raise _Unusual
    id_attr = f' id="{_out(field_id)}_error"' if field_id else ""
    items = "".join(f"<li>{_out(error)}</li>" for error in errors)
    return f'<ul class="{_out(context["error_class"])}"{id_attr}>{items}</ul>'


def _field(context) -> str:
    """django/forms/field.html: the label (or legend), help text, errors and widget."""
    field = context["field"]
    label = field.label
    if field.use_fieldset:
        describedby = field.aria_describedby
        described = f' aria-describedby="{_out(describedby)}"' if describedby else ""
        head = f"\n  <fieldset{described}>\n  " + (_out(field.legend_tag()) if label else "")
    else:
        head = "\n  " + (_out(field.label_tag()) if label else "")
    help_text = field.help_text
    if help_text:
        auto_id = field.auto_id
        id_attr = f' id="{_out(auto_id)}_helptext"' if auto_id else ""
        # |safe: help text is written as it is.
        help_html = f'<div class="helptext"{id_attr}>{str(help_text)}</div>'
    else:
        help_html = ""
    tail = "</fieldset>" if field.use_fieldset else ""
    return f"{head}\n\n{help_html}\n{_out(field.errors)}\n{_out(field)}{tail}\n"


_WRITERS = {
    "django/forms/field.html": _field,
    "django/forms/label.html": _label,
    "django/forms/errors/list/default.html": _error_list,
    "django/forms/errors/list/ul.html": _error_list,
    "django/forms/widgets/textarea.html": _widget(_textarea),
    "django/forms/widgets/input.html": _widget(_input),
    "django/forms/widgets/radio.html": _widget(_including_multiple_input),
    "django/forms/widgets/checkbox_select.html": _widget(_including_multiple_input),
    "django/forms/widgets/multiple_input.html": _widget(_multiple_input),
    "django/forms/widgets/radio_option.html": _widget(_including_input_option),
    "django/forms/widgets/checkbox_option.html": _widget(_including_input_option),
    "django/forms/widgets/input_option.html": _widget(_input_option),
    **{
        f"django/forms/widgets/{name}.html": _widget(_including_input)
        for name in [
            "checkbox",
            "color",
            "date",
            "datetime",
            "email",
            "file",
            "hidden",
            "number",
            "password",
            "search",
            "tel",
            "text",
            "time",
            "url",
        ]
    },
}


class FastFormRenderer(DjangoTemplates):
    """The default renderer (same templates, same lookups) with the common ones written in
    Python. Use one instance per process: its template engine is built once per instance."""

    def render(self, template_name, context, request=None):
        writer = _WRITERS.get(template_name)
        if writer is not None and request is None:
            try:
                # BaseRenderer.render strips the template's output the same way.
                return writer(context).strip()
            except _Unusual:
                pass
        return super().render(template_name, context, request=request)


renderer = FastFormRenderer()
