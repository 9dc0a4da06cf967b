from django.urls import path

from . import views

app_name = "places"

urlpatterns = [
    path("streets.geojson", views.streets, name="streets"),
    path("nearest/", views.nearest, name="nearest"),
]
