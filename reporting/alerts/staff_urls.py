"""Staff pages for alerts, mounted at /staff/alerts/."""

from django.urls import path

from . import views

app_name = "alerts_staff"

urlpatterns = [path("", views.staff_counts, name="counts")]
