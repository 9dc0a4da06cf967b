from django.urls import path

from . import public_views

urlpatterns = [
    path("", public_views.how_we_are_doing, name="how_we_are_doing"),
    path("reports-per-month.csv", public_views.how_we_are_doing_csv, name="how_we_are_doing_csv"),
]
