"""Rules for the staff areas (the dispatch console and both admins), in one place.

- MFA: a signed-in user without an authenticator is sent to enrol one before any staff area
  opens. Once enrolled, the staff areas open only for a session that passed the second factor
  (allauth records each step of a sign-in in the session); any other session (a password-only
  sign-in by some other route, a session from before enrolment elsewhere) is signed out and sent
  to allauth's login, which asks for the code and applies the failed-login lockout.
- The staff areas include the messaging outbox, also under a language prefix (/es/staff/...).
- Idle logout: a staff session that has seen no request of the person's own for
  STAFF_IDLE_TIMEOUT seconds is ended (that time is kept to LAST_SEEN_REFRESH_SECONDS). The
  console's background polling sends a header saying so and does not count as activity.
- The console is never cached, by the browser or anything in between.
"""

import time
from urllib.parse import urlencode

from allauth.account.authentication import get_authentication_records
from django.conf import settings
from django.contrib.auth import logout
from django.core.exceptions import PermissionDenied
from django.http import JsonResponse
from django.shortcuts import redirect
from django.urls import reverse
from django.utils import translation
from django.utils.cache import add_never_cache_headers, patch_cache_control

from portal.client_ip import client_ip

from .audit import audit_record
from .models import AuditEntry

# has_mfa is kept in the cache with the person's permissions; MFA_TYPES are the second
# factors that count (receivers import them from here).
from .permission_cache import MFA_TYPES, has_mfa  # noqa: F401

UNPREFIXED_AREAS = ("/dispatch/", "/admin/", "/django-admin/")
STAFF_PREFIXES = (*UNPREFIXED_AREAS, "/staff/")
# Who may open the two admins at all (the console and the outbox check their own permissions
# and answer 403 themselves). The login redirects are not the admins: allauth handles them.
AREA_ACCESS = [
    ("/admin/login/", None),
    ("/django-admin/login/", None),
    ("/admin/", lambda user: user.has_perm("wagtailadmin.access_admin")),
    ("/django-admin/", lambda user: user.is_active and user.is_staff),
]
LAST_SEEN = "staff_last_seen"
LAST_SEEN_REFRESH_SECONDS = 30
BACKGROUND_HEADER = "HTTP_X_BACKGROUND_POLL"


def session_passed_mfa(request, user) -> bool:
    """Whether this session's sign-in included a second factor (or enrolled the first one)."""
    records = get_authentication_records(request, user)
    return any(record.get("method") == "mfa" for record in records)


def path_without_language(path: str) -> str:
    """/es/staff/messages/ -> /staff/messages/, so a language prefix can't dodge the gate."""
    for code, _name in settings.LANGUAGES:
        prefix = f"/{code}/"
        if path.startswith(prefix):
            return path[len(prefix) - 1 :]
    return path


def is_staff_area(path: str) -> bool:
    return path_without_language(path).startswith(STAFF_PREFIXES)


def area_language(request) -> str:
    """The language for a staff page. The console and both admins sit outside i18n_patterns,
    where LocaleMiddleware always picks the default language; staff get theirs from the
    language cookie or their browser. Elsewhere the URL's prefix has already decided."""
    if request.path.startswith(UNPREFIXED_AREAS):
        return translation.get_language_from_request(request)
    return translation.get_language()


class StaffAreaMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if not request.path.startswith("/dispatch/"):
            return self._respond(request)
        # Only for this request: the thread's language is put back (a worker thread serves
        # others next).
        language = area_language(request)
        with translation.override(language):
            request.LANGUAGE_CODE = language
            return self._respond(request)

    def _respond(self, request):
        response = self._gate(request)
        if response is None:
            response = self.get_response(request)
        if request.path.startswith("/dispatch/"):
            add_never_cache_headers(response)
            patch_cache_control(response, no_store=True, private=True)
        return response

    def _gate(self, request):
        user = getattr(request, "user", None)
        if user is None or not user.is_authenticated:
            return None
        background = request.META.get(BACKGROUND_HEADER) == "1"
        now = time.time()
        last_seen = request.session.get(LAST_SEEN)
        if last_seen is not None and now - last_seen > settings.STAFF_IDLE_TIMEOUT:
            logout(request)
            if background:
                return JsonResponse({"signed_out": True}, status=401)
            query = urlencode({"next": request.get_full_path()})
            return redirect(f"{reverse('account_login')}?{query}")
        if not background and (last_seen is None or now - last_seen >= LAST_SEEN_REFRESH_SECONDS):
            # Refreshed at most this often: a session saved (database and cache) on every click
            # costs every staff request a write, for a time kept to the minute at best. The
            # idle logout may then come up to this much early, never late.
            request.session[LAST_SEEN] = now
        if not is_staff_area(request.path):
            return None
        if not has_mfa(user):
            if background:
                return JsonResponse({"mfa_required": True}, status=403)
            query = urlencode({"next": request.get_full_path()})
            return redirect(f"{reverse('mfa_activate_totp')}?{query}")
        if not session_passed_mfa(request, user):
            # Signed in with a password alone: start again through allauth, code and lockout.
            audit_record(
                actor=user,
                action="auth.mfa_missing",
                ip=client_ip(request),
                outcome=AuditEntry.Outcome.DENIED,
                detail={"path": request.path},
            )
            logout(request)
            if background:
                return JsonResponse({"signed_out": True}, status=401)
            query = urlencode({"next": request.get_full_path()})
            return redirect(f"{reverse('account_login')}?{query}")
        allowed = next(
            (rule for prefix, rule in AREA_ACCESS if request.path.startswith(prefix)), None
        )
        if allowed is not None and not allowed(user):
            # Both admins would send a signed-in person without access back to the login page,
            # which sends them back here: a loop. They get the 403 page and a way back instead.
            audit_record(
                actor=user,
                action="staff.denied",
                ip=client_ip(request),
                outcome=AuditEntry.Outcome.DENIED,
                detail={"path": request.path},
            )
            raise PermissionDenied
        return None
