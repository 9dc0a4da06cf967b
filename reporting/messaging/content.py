"""What reporter-facing texts say: agency facts, links, templates and the opt-out line.

Every text is a template under templates/reporting/messages/<kind>.sms.txt (and .email.txt),
rendered in the reporter's language. Agency facts come from the default site's AgencySettings,
never from a template literal.
"""

import time

import phonenumbers
from django.conf import settings
from django.core.cache import cache
from django.template import Context, TemplateDoesNotExist
from django.template.loader import get_template
from django.utils import translation
from django.utils.translation import gettext as _

from . import bridge
from .segments import sms_fit

FALLBACK_KIND = "status"
# The dispatcher's own words in a text (a note, a question, an explanation): fitted to the
# segment budget, the rest behind the status link. The first of these a context has is fitted.
FITTED_WORDS = ("note", "question", "explanation")
_SLOT = "\x00"


# The default site's AgencySettings, kept in the cache (like every page's copy, see
# cms.models.AgencySettings.for_site) and, for CMS_PAGE_CACHE_LOCAL_SECONDS, in the process
# (as cached pages are); dropped when any AgencySettings or Site is saved
# (reporting/receivers.py). 0 when there are none.
AGENCY_CACHE_KEY = "reporting:default-agency-settings"
_local_agency: dict = {"until": 0.0, "agency": None}


def _default_agency():
    from cms import page_cache
    from cms.models import AgencySettings

    if not page_cache.enabled():
        return (
            AgencySettings.objects.filter(site__is_default_site=True).first()
            or AgencySettings.objects.first()
        )
    now = time.monotonic()
    if now < _local_agency["until"]:
        return _local_agency["agency"]
    agency = cache.get(AGENCY_CACHE_KEY)
    if agency is None:
        agency = (
            AgencySettings.objects.filter(site__is_default_site=True).first()
            or AgencySettings.objects.first()
            or 0
        )
        cache.set(AGENCY_CACHE_KEY, agency, timeout=3600)
    agency = agency or None
    local_seconds = getattr(settings, "CMS_PAGE_CACHE_LOCAL_SECONDS", 0)
    _local_agency.update(until=now + local_seconds, agency=agency)
    return agency


def default_agency_forget() -> None:
    """Drop the cached default agency settings (this process's copy and the shared one)."""
    _local_agency.update(until=0.0, agency=None)
    cache.delete(AGENCY_CACHE_KEY)


def agency_facts(language: str | None = None) -> dict:
    """The agency's name (in `language`, or the active one) and numbers, from its settings."""
    agency = _default_agency()
    with translation.override(language or translation.get_language()):
        name = agency.name if agency else settings.WAGTAIL_SITE_NAME
    number = agency.non_emergency_number if agency else None
    return {
        "agency_name": name,
        "non_emergency_number": phone_display(number),
        "emergency_number": (agency.emergency_number if agency else "") or "911",
    }


def phone_display(number) -> str:
    if not number:
        return ""
    parsed = getattr(number, "_phonenumber_field", None) or number
    try:
        if isinstance(parsed, str):
            parsed = phonenumbers.parse(parsed, settings.PHONENUMBER_DEFAULT_REGION)
        return phonenumbers.format_number(parsed, phonenumbers.PhoneNumberFormat.NATIONAL)
    except phonenumbers.NumberParseException:
        return str(number)


def report_status_url(report) -> str:
    """The reporter's private, signed status link, in their language."""
    return bridge.status_link(report)


def message_context(report, extra: dict | None = None) -> dict:
    return {
        "report": report,
        "status": report.get_status_display() if report else "",
        "link": report_status_url(report) if report else "",
        **agency_facts(),
        **(extra or {}),
    }


def message_render(*, kind: str, channel: str, report, context: dict | None = None) -> str:
    """A kind's template for a channel ("sms" or "email"), in the report's language.

    A kind without its own template falls back to the generic status update, so a new event
    never goes out blank.
    """
    with translation.override(report.language):
        # Built in the reporter's language: the status words and the agency's name are translated.
        ctx = message_context(report, context)
        try:
            template = get_template(f"reporting/messages/{kind}.{channel}.txt")
        except TemplateDoesNotExist:
            template = get_template(f"reporting/messages/{FALLBACK_KIND}.{channel}.txt")
        # Texts and plain-text emails are not HTML: "O'Brien" must not arrive as "O&#x27;Brien".
        # Anything shown in a page is escaped where the page renders it.
        if channel == "sms":
            return _sms_fitted(template, ctx, report)
        return template.template.render(Context(ctx, autoescape=False)).strip()


def _sms_fitted(template, ctx: dict, report) -> str:
    """Render a text with the dispatcher's words cut to fit the segment budget (issue 16: the
    words go where the reporter reads, and the link carries the rest)."""
    key = next((k for k in FITTED_WORDS if str(ctx.get(k) or "").strip()), None)
    if key is None:
        return template.template.render(Context(ctx, autoescape=False)).strip()
    words = " ".join(str(ctx[key]).split())  # one line: a text has no room for paragraphs
    slotted = template.template.render(Context({**ctx, key: _SLOT}, autoescape=False)).strip()
    if slotted.count(_SLOT) != 1:
        return template.template.render(Context({**ctx, key: words}, autoescape=False)).strip()
    head, tail = slotted.split(_SLOT)
    link = ctx.get("link", "")
    more = "" if not link or link in tail else _("Read it all: %(link)s") % {"link": link}
    return sms_fit(head, words, tail, more=more, reserve="\n" + opt_out_line(report.language))


def opt_out_line(language: str) -> str:
    with translation.override(language or settings.LANGUAGE_CODE):
        return _("Reply STOP to opt out.")


def help_text(language: str) -> str:
    facts = agency_facts(language)
    with translation.override(language or settings.LANGUAGE_CODE):
        return _(
            "%(agency)s non-emergency reports. Non-emergency line: %(number)s. "
            "In an emergency call 9-1-1. Reply STOP to opt out."
        ) % {"agency": facts["agency_name"], "number": facts["non_emergency_number"]}


def unknown_sender_text() -> str:
    """Both languages: we don't know who wrote, so we can't know which they read."""
    parts = []
    for language in ("en", "es"):
        facts = agency_facts(language)
        with translation.override(language):
            parts.append(
                _(
                    "%(agency)s: we could not match this number to an open report. "
                    "Non-emergency line: %(number)s. In an emergency call 9-1-1."
                )
                % {"agency": facts["agency_name"], "number": facts["non_emergency_number"]}
            )
    return "\n".join(parts)


def opt_out_confirmation(language: str, *, opted_out: bool) -> str:
    facts = agency_facts(language)
    with translation.override(language or settings.LANGUAGE_CODE):
        if opted_out:
            text = _(
                "%(agency)s: you will get no more texts. Reply START to resume. "
                "In an emergency call 9-1-1."
            )
        else:
            text = _("%(agency)s: texts resumed. Reply STOP to opt out.")
        return text % {"agency": facts["agency_name"]}


def emergency_text(language: str) -> str:
    """The first answer to a text that reads like an emergency: sent in the webhook's reply, so
    no rate limit or quiet hours can hold it back."""
    with translation.override(language or settings.LANGUAGE_CODE):
        return _(
            "If this is an emergency, call or text 9-1-1 now. This number is not watched "
            "around the clock; we have marked your message urgent."
        )


def sms_note(report, words: str) -> tuple[str, bool]:
    """A dispatcher's hand-written words as one text within the segment budget: (text, cut).
    When cut, the text ends with the status link, where the whole note is shown."""
    link = report_status_url(report)
    with translation.override(report.language):
        more = _("Read it all: %(link)s") % {"link": link}
        reserve = "\n" + opt_out_line(report.language)
        text = sms_fit("", words.strip(), "", more=more, reserve=reserve)
    return text, text != words.strip()
