"""The link in a call's text: the online report form, marked as coming from the phone line."""

from django.conf import settings
from django.shortcuts import redirect
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_GET

from reporting import conf
from reporting import selectors as reporting_selectors

from . import selectors, services


@never_cache
@require_GET
def link(request, token: str):
    """Start (or mark) the visitor's draft as a report by phone, then the form's first page.

    An unknown or old token still reaches the form: only the count is lost, never the report.
    """
    response = redirect("reporting:start")
    call = selectors.call_for_link(token)
    if call is None:
        return response
    draft = reporting_selectors.draft_for_token(request.COOKIES.get(conf.DRAFT_COOKIE))
    draft = services.call_link_open(call=call, draft=draft)
    # The wizard's own draft cookie, set as reporting.views sets it.
    response.set_cookie(
        conf.DRAFT_COOKIE,
        draft.token,
        max_age=conf.DRAFT_COOKIE_AGE,
        httponly=True,
        samesite="Lax",
        secure=settings.SESSION_COOKIE_SECURE,
    )
    return response
