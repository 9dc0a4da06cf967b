from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from .models import Alert, Neighbourhood, Subscriber


class AlertViewSet(SnippetViewSet):
    model = Alert
    icon = "warning"
    menu_label = _("Alerts")
    list_display = ["headline_en", "status", "msg_type", "severity", "effective", "expires"]
    list_filter = ["status", "msg_type", "severity"]
    search_fields = ["headline_en", "headline_es", "event"]


class NeighbourhoodViewSet(SnippetViewSet):
    model = Neighbourhood
    icon = "site"
    menu_label = _("Neighborhoods")
    list_display = ["name", "name_es"]


class SubscriberViewSet(SnippetViewSet):
    model = Subscriber
    icon = "user"
    menu_label = _("Subscribers")
    list_display = ["__str__", "language", "staff_recipient", "created_at"]
    list_filter = ["language", "staff_recipient"]
    search_fields = ["phone", "email"]


class AlertsGroup(SnippetViewSetGroup):
    menu_label = _("Community alerts")
    menu_icon = "warning"
    menu_order = 250
    items = (AlertViewSet, NeighbourhoodViewSet, SubscriberViewSet)


register_snippet(AlertsGroup)


class CountsMenuItem(MenuItem):
    def is_shown(self, request):
        return request.user.has_perm("alerts.view_delivery")


@hooks.register("register_admin_menu_item")
def register_counts_menu_item():
    return CountsMenuItem(
        _("Alerts sent"), reverse("alerts_staff:counts"), icon_name="list-ul", order=260
    )
