from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.contrib import admin
from django.urls import include, path
from django.views.generic import RedirectView
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.documents import urls as wagtaildocs_urls

from cms.views import favicon_ico, robots_txt, sitemap_xml

from .health import healthz
from .staff.views import staff_home

# Every 403: translated, with a way back (see portal.staff.views).
handler403 = "portal.staff.views.permission_denied"

urlpatterns = [
    path("healthz", healthz, name="healthz"),
    path("twilio/line/", include("reporting.voice.urls")),
    path("twilio/", include("reporting.messaging.urls")),
    path("open311/v2/", include("reporting.open311.urls")),
    # Both admins sign in through allauth only: their own login forms take a password alone
    # and skip allauth's MFA and lockout. ?next= is kept.
    path("admin/login/", RedirectView.as_view(pattern_name="account_login", query_string=True)),
    path(
        "django-admin/login/",
        RedirectView.as_view(pattern_name="account_login", query_string=True),
    ),
    path("admin/", include(wagtailadmin_urls)),
    path("django-admin/", admin.site.urls),
    path("documents/", include(wagtaildocs_urls)),
    path("i18n/", include("django.conf.urls.i18n")),
    path("dispatch/", include("dispatch_bridge.urls")),
    path("robots.txt", robots_txt, name="robots_txt"),
    path("favicon.ico", favicon_ico, name="favicon"),
    path("sitemap.xml", sitemap_xml, name="sitemap"),
]

if settings.DEBUG:
    from django.urls import re_path

    from .guard.media import media_serve

    # The runserver serves MEDIA_ROOT (CMS uploads) for the demo; reporters' photos are only
    # reachable through the console's audited view, in dev too.
    urlpatterns += [re_path(rf"^{settings.MEDIA_URL.lstrip('/')}(?P<path>.*)$", media_serve)]

# English pages live at /, Spanish at /es/. Wagtail's catch-all must stay last.
urlpatterns += i18n_patterns(
    path("accounts/", include("allauth.urls")),
    path("report/phone/", include("reporting.voice.public_urls")),
    path("report/", include("reporting.urls")),
    path("staff/", staff_home, name="staff_home"),
    path("how-we-are-doing/", include("dispatch_bridge.public_urls")),
    path("staff/messages/", include("reporting.messaging.staff_urls")),
    path("staff/alerts/", include("reporting.alerts.staff_urls")),
    path("alerts/", include("reporting.alerts.urls")),
    # The demo's phone simulator; it answers 404 unless DEBUG and the console backend are on.
    path("demo/phone/", include("portal.demo.urls")),
    path("", include(wagtail_urls)),
    prefix_default_language=False,
)
