"""Staff pages for messaging, mounted at /staff/messages/."""

from django.urls import path

from . import views

app_name = "messaging"

urlpatterns = [
    path("", views.outbox, name="outbox"),
]
