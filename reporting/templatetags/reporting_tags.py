from django import template
from django.conf import settings
from django.urls import reverse

from reporting.selectors import status_token_for

register = template.Library()


@register.simple_tag
def status_link(report) -> str:
    """The absolute, signed link to a report's status page, for messages sent outside a request.

    reverse() follows the active language, so a Spanish receipt links to the Spanish page.
    """
    path = reverse("reporting:status", args=[status_token_for(report)])
    return settings.WAGTAILADMIN_BASE_URL.rstrip("/") + path
