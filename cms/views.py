from django.http import HttpResponse, HttpResponseRedirect
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.templatetags.static import static
from django.urls import reverse
from django.utils.translation import get_language
from django.views.decorators.cache import cache_control
from django.views.decorators.http import require_GET
from wagtail.contrib.sitemaps.views import sitemap

from cms.forms import PresentationRequestForm
from cms.services import presentation_request_submit
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


def request_page(page, request):
    """The presentation-and-tour request page (cms.models.RequestPage), GET and POST.

    Here rather than in the page's serve(): the form and the service import the models, and a
    model importing them back would be an import circle.
    """
    if request.method == "POST":
        form = PresentationRequestForm(request.POST)
        if form.is_valid():
            presentation_request_submit(**form.cleaned_data, language=get_language())
            return HttpResponseRedirect(page.get_url(request) + "?sent=1")
    else:
        form = PresentationRequestForm()
    context = page.get_context(request)
    context["form"] = form
    context["sent"] = request.method == "GET" and request.GET.get("sent") == "1"
    status = 400 if form.is_bound else 200
    return TemplateResponse(request, page.get_template(request), context, status=status)
