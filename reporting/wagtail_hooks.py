from django.utils.translation import gettext_lazy as _
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from .models import Category


class CategoryViewSet(SnippetViewSet):
    model = Category
    icon = "list-ul"
    menu_label = _("Report categories")
    menu_order = 300
    add_to_admin_menu = True
    list_display = ["name", "apco_code", "default_priority", "sensitive", "active", "locale"]
    list_filter = ["active", "sensitive", "locale"]
    search_fields = ["name", "description"]


register_snippet(CategoryViewSet)
