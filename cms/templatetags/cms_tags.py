import functools
import json

from django import template
from django.conf import settings
from django.core.signals import setting_changed
from django.dispatch import receiver
from django.urls import NoReverseMatch, get_urlconf, reverse, translate_url
from django.utils.html import _json_script_escapes, format_html
from django.utils.safestring import mark_safe
from django.utils.translation import get_language, get_language_info

from cms import page_cache, selectors

register = template.Library()

REPORT_FALLBACK_URL = "/report/"


@register.simple_tag
def report_url() -> str:
    """Where 'Report a non-emergency online' goes: the reporting app's start, once it exists."""
    try:
        return reverse("reporting:start")
    except NoReverseMatch:
        return REPORT_FALLBACK_URL


def _links(context):
    """Language versions and menu of the page on screen, fetched once per request."""
    request = context.get("request")
    page = context.get("page")
    if page is None or not getattr(page, "translation_key", None):
        return None
    cached = getattr(request, "_cms_links", None) if request is not None else None
    if cached is None or cached[0] != page.pk:
        cached = (page.pk, selectors.page_links(page=page, request=request))
        if request is not None:
            request._cms_links = cached
    return cached[1]


@functools.lru_cache(maxsize=2048)
def _translated_url(path: str, code: str, _active: str, _urlconf) -> str:
    """translate_url() (a resolve and a reverse) once per process for each address, language
    and URL configuration: the report wizard's pages ask for every language on every request."""
    return translate_url(path, code)


@receiver(setting_changed)
def _urls_changed(*, setting, **kwargs):
    # Tests that change the URLs or the languages get addresses worked out afresh.
    if setting in ("ROOT_URLCONF", "LANGUAGE_CODE", "LANGUAGES"):
        _translated_url.cache_clear()


def _translations(context) -> list[dict]:
    """Every language version of what is on screen, as links."""
    request = context.get("request")
    links = _links(context)
    current = get_language()
    if links is not None:
        links = [dict(link) for link in links.translations]
    else:
        links = []
        if request is not None:
            for code, _name in settings.LANGUAGES:
                url = _translated_url(request.path, code, current, get_urlconf())
                links.append(
                    {"code": code, "url": url, "full_url": request.build_absolute_uri(url)}
                )
    for link in links:
        info = get_language_info(link["code"])
        link["name"] = info["name_local"]
        link["current"] = link["code"] == current
    return links


@register.simple_tag(takes_context=True)
def page_translations(context) -> list[dict]:
    """The language links; the base template asks twice (head and header), built once."""
    request = context.get("request")
    page = context.get("page")
    key = (getattr(page, "pk", None), get_language())
    cached = getattr(request, "_cms_translations", None) if request is not None else None
    if cached is None or cached[0] != key:
        cached = (key, _translations(context))
        if request is not None:
            request._cms_translations = cached
    return cached[1]


@register.simple_tag(takes_context=True)
def menu_pages(context) -> list:
    links = _links(context)
    if links is not None:
        return links.menu
    # Views that are not Wagtail pages (the report wizard, sign-in) keep the same navigation:
    # the home page's menu in the current language, cached until the next publish.
    request = context.get("request")
    return selectors.menu_for_language(request=request, language_code=get_language())


@register.simple_tag(takes_context=True)
def active_alerts(context, audience: str = "") -> list:
    """The alerts to show; `audience="kids"`: only those for everyone, children too."""
    request = context.get("request")
    alerts = selectors.alerts_for(language_code=get_language())
    if request is not None:
        page_cache.note_content_change_at(request, alerts.next_change)
    if audience == "kids":
        return [alert for alert in alerts.active if alert.for_everyone]
    return alerts.active


class SharedFragmentNode(template.Node):
    def __init__(self, nodelist, name, vary):
        self.nodelist = nodelist
        self.name = name
        self.vary = vary

    def render(self, context):
        request = context.get("request")
        site = getattr(request, "_wagtail_site", None)
        vary = tuple(value.resolve(context) for value in self.vary)
        key = ("fragment", self.name, getattr(site, "pk", None), get_language(), *vary)
        return mark_safe(  # noqa: S308 - HTML this template rendered
            page_cache.fragment(key, lambda: self.nodelist.render(context), request)
        )


@register.tag
def shared(parser, token):
    """{% shared "name" [value ...] %}...{% endshared %}: a piece that depends only on the site,
    the language, published content and the values named (e.g. the page's id), rendered once
    per process and purge (cms.page_cache.fragment)."""
    bits = token.split_contents()
    if len(bits) < 2 or bits[1][0] not in "\"'" or bits[1][0] != bits[1][-1]:
        raise template.TemplateSyntaxError("{% shared %} takes a quoted name first")
    nodelist = parser.parse(("endshared",))
    parser.delete_first_token()
    return SharedFragmentNode(nodelist, bits[1][1:-1], [parser.compile_filter(b) for b in bits[2:]])


@register.filter
def email_parts(address) -> str:
    """An email address that may break before its "@" on a narrow screen, never mid-word."""
    local, at, domain = str(address).partition("@")
    if not at:
        return address
    return format_html("{}<wbr>@{}", local, domain)


@register.simple_tag
def jsonld(data) -> str:
    """A JSON-LD block. JSON-LD is data, not script, so the CSP does not need to allow it."""
    payload = json.dumps(data, ensure_ascii=False).translate(_json_script_escapes)
    return mark_safe(f'<script type="application/ld+json">{payload}</script>')  # noqa: S308


@register.simple_tag(takes_context=True)
def faq_listing(context) -> dict:
    """The FAQ page's questions: search results for ?q=, else every category's questions.

    Read by the template rather than by FAQIndexPage.get_context so that page models import no
    selectors (no import circle); computed once per request though the page asks twice.
    """
    request, page = context["request"], context["page"]
    cached = getattr(request, "_cms_faq_listing", None)
    if cached is not None and cached[0] == page.pk:
        return cached[1]
    query = request.GET.get("q", "").strip()[:200]
    listing = {"query": query}
    if query:
        listing["results"] = faqs = selectors.faqs_search(locale_id=page.locale_id, query=query)
    else:
        listing["categories"] = selectors.faqs_for(locale_id=page.locale_id)
        faqs = [faq for _category, items in listing["categories"] for faq in items]
    listing["jsonld"] = selectors.faq_jsonld(faqs)
    request._cms_faq_listing = (page.pk, listing)
    return listing


@register.simple_tag(takes_context=True)
def contact_units(context) -> list:
    return selectors.contact_units_for(locale_id=context["page"].locale_id)
