from django.http import HttpResponse
from django.shortcuts import redirect
from django.templatetags.static import static
from django.urls import reverse
from django.views.decorators.cache import cache_control
from django.views.decorators.http import require_GET
from wagtail.contrib.sitemaps.views import sitemap

from cms.sitemaps import AllLanguagesSitemap

# Staff and account areas have nothing for search engines.
DISALLOWED = ["/admin/", "/django-admin/", "/accounts/", "/documents/"]


@require_GET
@cache_control(max_age=3600, public=True)
def robots_txt(request):
    lines = ["User-agent: *", *(f"Disallow: {path}" for path in DISALLOWED)]
    lines.append(f"Sitemap: {request.build_absolute_uri(reverse('sitemap'))}")
    return HttpResponse("\n".join(lines) + "\n", content_type="text/plain; charset=utf-8")


@require_GET
def favicon_ico(request):
    # Browsers and feed readers ask for /favicon.ico whatever the page's <link rel="icon">.
    return redirect(static("favicon.svg"), permanent=True)


@require_GET
def sitemap_xml(request):
    return sitemap(request, sitemaps={"pages": AllLanguagesSitemap})
