"""Where each role lands after signing in.

Named by URL name and permission only, so this app imports none of the apps it sends people to.
The first match wins: an admin (who may do both) starts at the console.
"""

from django.urls import reverse

HOMES = [
    # dispatchers, supervisors, admins: the console
    ("dispatch_bridge.work_queue", "dispatch:queue"),
    # community relations editors and approvers: the Wagtail admin
    ("wagtailadmin.access_admin", "wagtailadmin_home"),
    # anyone else who may read the message outbox
    ("messaging.view_message", "messaging:outbox"),
]


def staff_home_url(user) -> str:
    """The start page of the first area this person may open, or "" when there is none."""
    if not user.is_authenticated or not user.is_active:
        return ""
    for permission, url_name in HOMES:
        if user.has_perm(permission):
            return reverse(url_name)
    return ""
