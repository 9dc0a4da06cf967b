from django import template
from django.utils import translation
from django.utils.translation import get_language
from django.utils.translation import gettext as _

from cms import page_cache

from .. import selectors

register = template.Library()


def _lang(language: str | None = None) -> str:
    return "es" if (language or get_language() or "en").startswith("es") else "en"


@register.simple_tag
def alert_text(alert, field: str, language: str | None = None) -> str:
    return alert.text(field, _lang(language))


@register.simple_tag
def alert_where(alert, language: str | None = None) -> str:
    language = _lang(language)
    names = [hood.label(language) for hood in alert.neighbourhoods.all()]
    if alert.area_name:
        names.append(alert.area_name)
    if alert.whole_city:
        with translation.override(language):
            names.insert(0, str(_("Whole city")))
    return ", ".join(names)


@register.inclusion_tag("components/community_alerts.html", takes_context=True)
def community_alerts(context, everyone_only: bool = False) -> dict:
    """The banner: current Actual alerts. Kids' pages show only those marked for everyone."""
    request = context.get("request")
    banner = selectors.banner()
    alerts = banner.active
    if everyone_only:
        alerts = [a for a in alerts if a.for_everyone]
    if request is not None:
        page_cache.note_content_change_at(request, banner.next_change)
    return {"alerts": alerts, "lang": _lang()}
