from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.panels import FieldPanel
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from cms import views
from cms.models import FAQ, AlertBanner, ContactUnit, FAQCategory, PresentationRequest, RequestPage


class FAQViewSet(SnippetViewSet):
    model = FAQ
    icon = "help"
    list_display = ["question", "category", "locale", "live"]
    list_filter = ["category", "locale", "live"]
    search_fields = ["question"]


class FAQCategoryViewSet(SnippetViewSet):
    model = FAQCategory
    icon = "folder-open-inverse"
    list_display = ["name", "sort_order", "locale"]


class ContactUnitViewSet(SnippetViewSet):
    model = ContactUnit
    icon = "group"
    list_display = ["name", "phone", "hours", "locale", "live"]


class AlertBannerViewSet(SnippetViewSet):
    model = AlertBanner
    icon = "warning"
    list_display = ["title", "severity", "starts_at", "ends_at", "locale", "live"]
    list_filter = ["severity", "locale", "live"]


class PublicSiteGroup(SnippetViewSetGroup):
    menu_label = _("Public site")
    menu_icon = "site"
    menu_order = 200
    items = (FAQViewSet, FAQCategoryViewSet, ContactUnitViewSet, AlertBannerViewSet)


class PresentationRequestViewSet(SnippetViewSet):
    """Requests arrive from the public form; staff read them and record the outcome."""

    model = PresentationRequest
    icon = "calendar"
    menu_label = _("Presentation and tour requests")
    add_to_admin_menu = True
    menu_order = 210
    list_display = [
        "organisation",
        "kind",
        "age_group",
        "head_count",
        "preferred_date",
        "status",
        "created_at",
    ]
    list_filter = ["kind", "status", "age_group"]
    search_fields = ["organisation", "contact_name", "contact_email"]
    search_backend_name = None  # plain ORM search; requests are not in the site search index
    inspect_view_enabled = True
    panels = [FieldPanel("status"), FieldPanel("notes", read_only=True)]


register_snippet(PublicSiteGroup)
register_snippet(PresentationRequestViewSet)


# Inside Wagtail's own on_serve_page wrappers (order 0), where page privacy is checked, so a
# private request page still asks for its password or login first.
@hooks.register("on_serve_page", order=100)
def serve_request_page(callback):
    def inner(page, request, serve_args, serve_kwargs):
        if isinstance(page, RequestPage):
            return views.request_page(page, request)
        return callback(page, request, serve_args, serve_kwargs)

    return inner
