from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.admin.widgets import Button
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import CreateView, SnippetViewSet, SnippetViewSetGroup

from . import domain
from .models import Alert, Neighbourhood, Subscriber

FOLLOW_UPS = (domain.MsgType.UPDATE, domain.MsgType.CANCEL)


_COPIED = (
    "status",
    "category",
    "event",
    "urgency",
    "severity",
    "certainty",
    "response_type",
    "headline_en",
    "headline_es",
    "description_en",
    "description_es",
    "instruction_en",
    "instruction_es",
    "expires",
    "whole_city",
    "area_geojson",
    "area_name",
    "for_everyone",
)


class AlertCreateView(CreateView):
    """?references=<pk>&msg_type=Update (or Cancel) starts from a copy of a published alert."""

    def get_initial_form_instance(self):
        pk = self.request.GET.get("references", "")
        original = Alert.objects.filter(pk=pk, live=True).first() if pk.isdigit() else None
        msg_type = self.request.GET.get("msg_type")
        if original is None or msg_type not in FOLLOW_UPS:
            return super().get_initial_form_instance()
        copy = Alert(
            **{
                field.name: getattr(original, field.name)
                for field in Alert._meta.concrete_fields
                if field.name in _COPIED
            },
            msg_type=msg_type,
            references=original,
        )
        copy.neighbourhoods = list(original.neighbourhoods.all())
        return copy


class AlertViewSet(SnippetViewSet):
    model = Alert
    add_view_class = AlertCreateView
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


@hooks.register("register_snippet_listing_buttons")
def alert_follow_up_buttons(snippet, user, next_url=None):
    if not isinstance(snippet, Alert) or not snippet.live or not user.has_perm("alerts.add_alert"):
        return []
    add = reverse("wagtailsnippets_alerts_alert:add")
    return [
        Button(_("Write an update"), f"{add}?references={snippet.pk}&msg_type=Update", priority=5),
        Button(
            _("Cancel this alert"), f"{add}?references={snippet.pk}&msg_type=Cancel", priority=6
        ),
    ]
