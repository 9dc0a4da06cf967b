from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.shortcuts import redirect, render
from django.utils import translation

from .landing import staff_home_url
from .middleware import area_language


@login_required
def staff_home(request):
    """/staff/: sends a signed-in person to their role's start page."""
    url = staff_home_url(request.user)
    if not url:
        # Signed in, but no staff area is theirs: the 403 page says so and offers a way out.
        raise PermissionDenied
    return redirect(url)


def permission_denied(request, exception=None):
    """Every 403: translated, in the site's frame, with a way back (never a redirect to the
    login page, which would send a signed-in person straight back here)."""
    home = staff_home_url(request.user) if hasattr(request, "user") else ""
    with translation.override(area_language(request)):
        return render(request, "403.html", {"staff_home": home}, status=403)
