from django.urls import path

from . import views

app_name = "alerts"

urlpatterns = [
    path("", views.alert_list, name="list"),
    path("feed.atom", views.alert_feed, name="feed"),
    path("subscribe/", views.subscribe, name="subscribe"),
    path("subscribe/thanks/", views.subscribed, name="subscribed"),
    path("confirm/<str:token>/", views.confirm_email, name="confirm_email"),
    path("preferences/<str:token>/", views.preferences, name="preferences"),
    path("<uuid:uid>/", views.alert_detail, name="detail"),
    path("<uuid:uid>.cap.xml", views.alert_cap, name="cap"),
]
