from django import template
from django.template.defaultfilters import floatformat
from django.utils import timezone
from django.utils.formats import number_format
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext

from dispatch_bridge import statistics

register = template.Library()

ACTION_LABELS = {
    "claim": _("Claim"),
    "release": _("Release"),
    "request_info": _("Ask for more information"),
    "resume": _("Resume review"),
    "approve": _("Approve and issue a case number"),
    "refer": _("Refer to another agency"),
    "reject": _("Reject with a reason"),
    "duplicate": _("Mark as duplicate"),
    "escalate": _("Escalate: possible emergency"),
    "close": _("Close"),
    "reopen": _("Reopen"),
}
# One key per common action; the console's script presses (or focuses) the matching control.
ACTION_KEYS = {
    "claim": "c",
    "release": "u",
    "request_info": "i",
    "approve": "a",
    "refer": "f",
    "reject": "r",
    "duplicate": "d",
    "escalate": "e",
    "close": "x",
}


@register.filter
def action_label(action):
    return ACTION_LABELS.get(action, action)


@register.filter
def action_key(action):
    return ACTION_KEYS.get(action, "")


@register.filter
def category_name(category, names):
    """The category in the console's language (`names`: the queue filter form's)."""
    return names.get(str(category.translation_key), category.name) if names else category.name


@register.filter
def age(since, now=None):
    """'3 h 05 min' style, as a pending-call timer shows it."""
    minutes = int(((now or timezone.now()) - since).total_seconds() // 60)
    if minutes < 60:
        return ngettext("%(m)d min", "%(m)d min", minutes) % {"m": minutes}
    hours, rest = divmod(minutes, 60)
    return _("%(h)d h %(m)02d min") % {"h": hours, "m": rest}


@register.filter
def stat_cell(value, kind):
    """A statistics table's cell as shown: durations in words, percentages with one decimal."""
    if value is None:
        return "–"
    if kind == statistics.DURATION:
        return statistics.duration_text(value)
    if kind == statistics.SCORE:
        return floatformat(value, 1)
    if kind == statistics.PERCENT:
        return f"{floatformat(value, 1)} %"
    if kind == statistics.COUNT:
        return number_format(value, force_grouping=True)
    return value
