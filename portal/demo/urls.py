from django.urls import path

from . import views

app_name = "demo"

urlpatterns = [
    path("", views.phone, name="phone"),
    path("text/", views.phone_text, name="phone_text"),
    path("answer/<int:message_id>/", views.phone_answer, name="phone_answer"),
    path("media/<str:key>/", views.phone_media, name="phone_media"),
]
