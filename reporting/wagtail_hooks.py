from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from . import admin_views
from .models import Category, TriageList


class CategoryViewSet(SnippetViewSet):
    model = Category
    icon = "list-ul"
    menu_label = _("Report categories")
    menu_order = 300
    add_to_admin_menu = True
    list_display = ["name", "apco_code", "default_priority", "sensitive", "active", "locale"]
    list_filter = ["active", "sensitive", "locale"]
    search_fields = ["name", "description"]


class TriageListViewSet(SnippetViewSet):
    model = TriageList
    icon = "warning"
    menu_label = _("Emergency check lists")
    menu_order = 310
    add_to_admin_menu = True
    list_display = ["__str__", "updated_at"]
    list_filter = ["language", "kind"]
    search_fields = ["phrases"]


register_snippet(CategoryViewSet)
register_snippet(TriageListViewSet)


@hooks.register("register_admin_urls")
def _triage_admin_urls():
    return [
        path("emergency-check/try/", admin_views.try_sentence, name="triage_try"),
        path("emergency-check/marked/", admin_views.marked_not_emergency, name="triage_marked"),
    ]


class _EditorsMenuItem(MenuItem):
    def is_shown(self, request):
        return request.user.has_perm(admin_views.PERMISSION)


@hooks.register("register_admin_menu_item")
def _triage_try_menu_item():
    return _EditorsMenuItem(
        _("Try the emergency check"), reverse("triage_try"), icon_name="search", order=311
    )


@hooks.register("register_admin_menu_item")
def _triage_marked_menu_item():
    return _EditorsMenuItem(
        _("Marked not an emergency"), reverse("triage_marked"), icon_name="tick", order=312
    )
