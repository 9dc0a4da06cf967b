from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem

from . import views


@hooks.register("register_admin_urls")
def register_places_urls():
    return [path("places/upload/", views.upload, name="places_upload")]


class PlacesMenuItem(MenuItem):
    def is_shown(self, request):
        return request.user.has_perm("places.add_addresspoint")


@hooks.register("register_settings_menu_item")
def register_places_menu_item():
    return PlacesMenuItem(
        _("Addresses and streets"), reverse("places_upload"), icon_name="site", order=900
    )
