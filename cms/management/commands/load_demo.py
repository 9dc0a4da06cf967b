"""Demo content for `make demo`: a fictional department, its home page and staff logins.

Safe to run again: it updates what it created instead of duplicating it.
"""

import io
import logging
import textwrap
from contextlib import contextmanager

from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.management.base import BaseCommand
from django.db import transaction
from django.test.utils import override_settings
from django.utils.module_loading import import_string
from wagtail.models import Locale, Page, Site

from cms.demo import load_site_content
from cms.editorial import APPROVER_GROUP, EDITOR_GROUP, editorial_setup
from cms.models import AgencySettings, HomePage

DEMO_PASSWORD = "demo-password-2026"  # noqa: S105 - printed for the demo on purpose
# (username, email, superuser?, groups). Later features add their roles here.
DEMO_STAFF = [
    ("admin", "admin@example.org", True, []),
    ("dispatcher", "dispatcher@example.org", False, ["dispatcher"]),
    ("supervisor", "supervisor@example.org", False, ["supervisor"]),
    ("editor", "editor@example.org", False, [EDITOR_GROUP]),
    ("approver", "approver@example.org", False, [APPROVER_GROUP]),
]
# Wagtail's admin needs only its access_admin permission; is_staff would also open Django's
# admin, which these content-only roles must not see.
CONTENT_ONLY_GROUPS = {EDITOR_GROUP, APPROVER_GROUP}
AGENCY = {
    "agency_name": "Example City Police Department",
    "emergency_number": "911",
    # 555-01xx numbers are reserved for fiction.
    "non_emergency_number": "+12025550142",
    "tty_number": "+12025550143",
    "text_to_911_available": True,
    "language_line_number": "+12025550144",
    "address": "100 Main Street\nExample City, CA 90000",
    "agency_name_es": "Departamento de Policía de Example City",
    "text_to_911_wording": "Call if you can, text if you can't.",
    "text_to_911_wording_es": "Llame si puede, envíe un texto si no puede.",
    "fire_medical_transfer_note": "For fire or medical help, we pass your call to the Example "
    "County Fire Department. Stay on the line while we connect you.",
    "fire_medical_transfer_note_es": "Si necesita a los bomberos o ayuda médica, pasamos su "
    "llamada al Departamento de Bomberos del Condado de Example. No cuelgue mientras lo "
    "conectamos.",
}


ROLES = {
    "admin": "superuser: every staff area and both admins",
    "dispatcher": "dispatcher: triages the queue at /dispatch/",
    "supervisor": "supervisor: the queue, SLA alerts, reports",
    "editor": "content editor: Wagtail, publishes through review",
    "approver": "content approver: reviews and publishes in Wagtail",
}


@contextmanager
def _quiet_logging():
    """Wagtail and django-tasks log an INFO line per page and per index update: ~1,400 lines
    that would bury the logins. Warnings and errors still show."""
    previous = logging.root.manager.disable
    logging.disable(logging.INFO)
    try:
        yield
    finally:
        logging.disable(previous)


class Command(BaseCommand):
    help = "Load demo content and demo staff accounts (idempotent)."

    def handle(self, *args, **options):
        notes: list[str] = []
        # The sample reports' receipt emails would print in full on the demo's console backend.
        quiet_mail = override_settings(EMAIL_BACKEND="django.core.mail.backends.dummy.EmailBackend")
        with _quiet_logging(), quiet_mail, transaction.atomic():
            self._stage("Pages, FAQs, alerts and contacts")
            for code, _name in settings.LANGUAGES:
                Locale.objects.get_or_create(language_code=code)
            home = self._home_page()
            site, _ = Site.objects.update_or_create(
                is_default_site=True,
                defaults={
                    # The demo's own address (make demo HOST= PORT=), so canonical links,
                    # hreflang and sitemap.xml point where the demo is served.
                    "hostname": getattr(settings, "DEMO_PUBLIC_HOST", "localhost"),
                    "port": getattr(settings, "DEMO_PORT", 80),
                    "root_page": home,
                    "site_name": AGENCY["agency_name"],
                },
            )
            AgencySettings.objects.update_or_create(site=site, defaults=AGENCY)
            editorial_setup()
            load_site_content(home)
            self._staff()
            # Each feature adds its own demo content. They are named in settings.DEMO_LOADERS so
            # that cms, at the bottom of the dependency order, imports none of the apps above it.
            # What a loader writes to stdout goes into the closing summary.
            for path in settings.DEMO_LOADERS:
                self._stage(LOADER_STAGES.get(path, path))
                written = io.StringIO()
                import_string(path)(stdout=written, home=home)
                notes += [line.rstrip() for line in written.getvalue().splitlines() if line.strip()]
        self.stdout.write(self.style.SUCCESS("Demo content loaded."))
        self.stdout.write(summary_box(notes))

    def _stage(self, what: str) -> None:
        self.stdout.write(f"  {what}...")

    def _home_page(self) -> HomePage:
        home = HomePage.objects.filter(locale__language_code="en").first()
        if home:
            return home
        root = Page.get_first_root_node() or Page.add_root(
            instance=Page(title="Root", slug="root", locale=Locale.get_default())
        )
        # Wagtail's migration leaves a placeholder "Welcome" page; the demo home replaces it.
        for child in root.get_children():
            if not isinstance(child.specific, HomePage):
                child.delete()
        home = HomePage(
            title="Example City Police Department",
            slug="home",
            intro="<p>Learn when to call 9-1-1, and report non-emergencies online.</p>",
            locale=Locale.objects.get(language_code="en"),
        )
        root.add_child(instance=home)
        home.save_revision().publish()
        return home

    def _staff(self) -> None:
        user_model = get_user_model()
        for username, email, superuser, groups in DEMO_STAFF:
            user, _ = user_model.objects.get_or_create(username=username, defaults={"email": email})
            user.email = email
            user.is_staff = superuser or not set(groups) <= CONTENT_ONLY_GROUPS
            user.is_superuser = superuser
            user.set_password(DEMO_PASSWORD)
            user.save()
            user.groups.set([Group.objects.get_or_create(name=g)[0] for g in groups])


LOADER_STAGES = {
    "cms.kids.demo.load_kids_demo": "9-1-1 for Kids, in English and Spanish",
    "reporting.demo.load_reporting_demo": "Report categories and sample reports",
    "reporting.places.demo.load_places_demo": "Address points for matching typed addresses",
    "dispatch_bridge.demo.load_dispatch_demo": "Staff roles, sign-in codes and a late item",
    "reporting.voice.demo.load_phone_line_demo": "The phone line's desk number",
    "reporting.alerts.demo.load_alerts_demo": "Community alerts, neighborhoods and a subscriber",
}
# Notes from the loaders are wrapped to this width, so the box fits an ordinary terminal.
BOX_NOTE_WIDTH = 92


def summary_box(notes: list[str]) -> str:
    """What to open and how to sign in, framed so it stands out at the end of the output."""
    base = settings.WAGTAILADMIN_BASE_URL.rstrip("/")
    lines = [
        f"{AGENCY['agency_name']}: the demo is ready.",
        "",
        f"  Public site        {base}/   (Spanish: {base}/es/)",
        f"  Report online      {base}/report/",
        f"  Dispatch console   {base}/dispatch/",
        f"  Wagtail admin      {base}/admin/",
        f"  Phone simulator    {base}/demo/phone/   (texts, MMS and call-backs)",
        "",
        f"  Staff logins (password: {DEMO_PASSWORD})",
    ]
    width = max(len(email) for _u, email, _s, _g in DEMO_STAFF)
    lines += [
        f"    {email:<{width}}  {ROLES.get(username, username)}"
        for username, email, _s, _g in DEMO_STAFF
    ]
    if notes:
        lines.append("")
        for note in notes:
            indent = note[: len(note) - len(note.lstrip())]
            lines += textwrap.wrap(
                note, BOX_NOTE_WIDTH, initial_indent="", subsequent_indent=indent + "  "
            ) or [""]
    inner = max(len(line) for line in lines) + 2
    return "\n".join(
        ["+" + "-" * inner + "+"]
        + [f"| {line:<{inner - 2}} |" for line in lines]
        + ["+" + "-" * inner + "+"]
    )
