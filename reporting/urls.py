from django.urls import include, path

from . import views

app_name = "reporting"

urlpatterns = [
    path("", views.start, name="start"),
    path("call-911/", views.call_911, name="call_911"),
    path("check/", views.emergency_check, name="emergency_check"),
    path("outside-our-area/", views.outside, name="outside"),
    path("step/<slug:slug>/", views.step, name="step"),
    path("received/<str:token>/", views.received, name="received"),
    path("status/", views.status_lookup, name="status_lookup"),
    path("status/code/", views.status_code, name="status_code"),
    path("status/open/", views.status_open, name="status_open"),
    path("status/open/pdf/", views.status_open_pdf, name="status_open_pdf"),
    path("status/<str:token>/", views.status, name="status"),
    path("status/<str:token>/pdf/", views.status_pdf, name="status_pdf"),
    path("status/<str:token>/survey/", views.survey, name="survey"),
    path("places/", include("reporting.places.urls")),
]
