"""What the non-emergency line says, in the caller's language (English or Spanish).

Every sentence is a translated string; agency facts (name, address) come from the site's
AgencySettings and the desk's from PhoneLineSettings, never from here. Numbers and web
addresses are written out the way a voice should read them.
"""

from datetime import time
from urllib.parse import urlsplit

from django.conf import settings
from django.urls import reverse
from django.utils import formats, translation
from django.utils.translation import gettext as _

from reporting.messaging.content import agency_facts
from reporting.messaging.segments import sms_within_budget
from reporting.services import REFERENCE_PREFIX

# Words the speech recogniser is told to expect in each menu (Gather "hints").
MENU_HINTS = {
    "en": "text, link, desk, person, status, hours, address, repeat, Spanish",
    "es": "texto, mensaje, enlace, oficina, persona, estado, horario, dirección, repetir, inglés",
}


def spanish_offer() -> str:
    """Said first on every call, in Spanish whatever the line's default."""
    with translation.override("es"):
        return _("For Spanish, press 2.")


def emergency_warning() -> str:
    return _("If this is an emergency, hang up and dial 9-1-1.")


def welcome() -> str:
    return _("You have reached the non-emergency line of %(agency)s.") % {
        "agency": agency_facts()["agency_name"]
    }


def main_menu() -> str:
    return " ".join(
        [
            _('To get a text message with a link to report online, press 1 or say "text".'),
            _('To speak with the non-emergency desk, press 2 or say "desk".'),
            _('To hear the status of a report, press 3 or say "status".'),
            _('To hear our hours and address, press 4 or say "hours".'),
            _("To hear these choices again, press 9."),
        ]
    )


def not_a_choice() -> str:
    return _("Sorry, that is not one of the choices.")


def did_not_hear() -> str:
    return _("Sorry, we did not hear a choice.")


def goodbye() -> str:
    return " ".join(
        [
            _("Thank you for calling. If this is an emergency, hang up and dial 9-1-1."),
            _("Goodbye."),
        ]
    )


def no_choice_goodbye() -> str:
    return " ".join([_("We did not hear a choice."), goodbye()])


def menu_again() -> str:
    return _("To hear the menu again, press 9. Or you can hang up now.")


# --- 1: a text with a link -------------------------------------------------------------------


def text_hold() -> str:
    return _("We are sending a text message to this phone now. Please hold.")


def text_sent() -> str:
    return " ".join(
        [
            _("We sent a text message to this phone with a link to report online."),
            _("You can also reply REPORT to that text to report by text message."),
        ]
    )


def text_on_its_way() -> str:
    return _(
        "Your text message is on its way and may take a few minutes. It has a link to "
        "report online."
    )


def text_body(*, link: str) -> str:
    """The text itself: the link, the text conversation's keyword, 9-1-1 and how to stop; the
    short form when a long agency name (an accent makes Spanish UCS-2) would pass the segment
    budget."""
    facts = {"agency": agency_facts()["agency_name"], "link": link, "keyword": _("REPORT")}
    # The link is always followed by a space: a phone's linkifier may take a "," or "." in.
    full = _(
        "%(agency)s: report a non-emergency online at %(link)s or reply %(keyword)s to report "
        "by text. Emergency? Call 9-1-1. Reply STOP to opt out."
    )
    short = _(
        "%(agency)s: report online at %(link)s and call 9-1-1 in an emergency. Reply STOP to "
        "opt out."
    )
    for text in (full % facts, short % facts):
        if sms_within_budget(text):
            return text
    return short % facts


def text_limit() -> str:
    return _("We have already sent this phone the link today.")


def cannot_text() -> str:
    return _("We cannot send a text message to the phone you are calling from.")


def web_address_twice(address: str) -> str:
    """The web address read slowly, then once more (the caller may be writing it down)."""
    return " ".join(
        [
            _("To report online, go to: %(address)s.") % {"address": address},
            _("Again, the address is: %(address)s.") % {"address": address},
        ]
    )


def desk_offer() -> str:
    return " ".join(
        [
            _("To speak with the non-emergency desk, press 2."),
            _("To hear the menu again, press 9."),
        ]
    )


# --- 2: the desk -----------------------------------------------------------------------------


def desk_connecting() -> str:
    return _("Connecting you to the non-emergency desk. Please hold.")


def desk_closed() -> str:
    return _("The non-emergency desk is closed now.")


def desk_unavailable() -> str:
    return _("No one at the non-emergency desk could answer right now.")


def desk_none() -> str:
    return _("This line cannot connect you to a person.")


def after_desk_offer() -> str:
    return " ".join(
        [
            _("To get a text message with a link to report online, press 1."),
            _("To hear the menu again, press 9."),
        ]
    )


def desk_hours(*, days: str, opens: time | None, closes: time | None) -> str:
    if opens is None or closes is None:
        return _("The non-emergency desk answers 24 hours a day, every day.")
    if days == "weekdays":
        text = _("The non-emergency desk answers Monday to Friday, from %(opens)s to %(closes)s.")
    else:
        text = _("The non-emergency desk answers every day, from %(opens)s to %(closes)s.")
    return text % {
        "opens": formats.time_format(opens, "TIME_FORMAT"),
        "closes": formats.time_format(closes, "TIME_FORMAT"),
    }


# --- 3: status of a report -------------------------------------------------------------------


def status_ask(*, year: int) -> str:
    example = f"{year}004217"
    return _(
        "Please enter the numbers of your report's reference, then press the pound key. "
        "For example, for reference %(reference)s, enter %(digits)s."
    ) % {"reference": spell_out(f"{REFERENCE_PREFIX}-{year}-004217"), "digits": " ".join(example)}


def status_not_found() -> str:
    # One answer for "no such report" and "not this caller's report": it reveals nothing.
    return _(
        "We could not find a report with that reference for the phone you are calling from. "
        "Please call from the phone number you gave with the report, or check the status "
        "online."
    )


def status_too_many() -> str:
    return _("You can check the status of a report online, or speak with the desk.")


def status_read(*, reference: str, status: str, meaning: str, case_number: str, referred_to: str):
    parts = [
        _("Report %(reference)s.") % {"reference": spoken_reference(reference)},
        _("Status now: %(status)s.") % {"status": status},
        meaning,
    ]
    if case_number:
        parts.append(_("Case number: %(number)s.") % {"number": spell_out(case_number)})
    if referred_to:
        parts.append(_("Referred to: %(agency)s.") % {"agency": referred_to})
    return " ".join(p for p in parts if p)


def question_waiting() -> str:
    return _(
        "We asked you a question about this report. Please answer it on the status page or "
        "by replying to our text."
    )


# The status page's own sentences (templates/reporting/status.html), so the caller hears what
# the page shows; the two that point at the page's other parts are said for a listener.
def status_meaning(status: str) -> str:
    return {
        "submitted": _("We received your report."),
        "in_review": _("A member of staff is reading your report."),
        "needs_info": _("We asked you a question."),
        "approved": _("Your report was accepted as a police report."),
        "referred": _("Another agency or service handles this report."),
        "rejected": _("We could not accept this report online. The status page explains why."),
        "escalated": _("An officer or dispatcher is handling this now."),
        "closed": _("This report is closed."),
    }.get(status, "")


# --- 4: hours and address --------------------------------------------------------------------


def report_online(address: str) -> str:
    return _("To report online, go to: %(address)s.") % {"address": address}


def address_line(address: str) -> str:
    return _("Our address is: %(address)s.") % {"address": address}


# --- Reading things out ----------------------------------------------------------------------


def spell_out(text: str) -> str:
    """Letters and digits one by one ("NE-2026-004217" -> "N E, 2 0 2 6, 0 0 4 2 1 7")."""
    groups = [" ".join(part) for part in text.replace("/", "-").split("-") if part]
    return ", ".join(groups)


def spoken_reference(reference: str) -> str:
    return spell_out(reference)


def report_online_url(language: str) -> str:
    """The absolute address of the online report form, in the caller's language."""
    with translation.override(language):
        path = reverse("reporting:start")
    return settings.WAGTAILADMIN_BASE_URL.rstrip("/") + path


def spoken_web_address(url: str) -> str:
    """A web address as a voice reads it slowly: "police dot example dot org, slash report".

    The scheme is left out (nobody types it), and each part is its own phrase, so any voice
    pauses between them; this needs no SSML, which only some of Twilio's voices honor.
    """
    parts = urlsplit(url)
    dot, slash, colon = _("dot"), _("slash"), _("colon")
    host = f" {dot} ".join((parts.hostname or "").split("."))
    if parts.port:
        host += f", {colon} {parts.port}"
    path = [p for p in parts.path.split("/") if p]
    return ", ".join([host, *(f"{slash} {p}" for p in path)])
