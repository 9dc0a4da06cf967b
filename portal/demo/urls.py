from django.urls import path

from . import call_views, views

app_name = "demo"

urlpatterns = [
    path("", views.phone, name="phone"),
    path("text/", views.phone_text, name="phone_text"),
    path("answer/<int:message_id>/", views.phone_answer, name="phone_answer"),
    path("media/<str:key>/", views.phone_media, name="phone_media"),
    path("call/", call_views.phone_call, name="phone_call"),
    path("call/input/", call_views.phone_call_input, name="phone_call_input"),
]
