"""The line's public page (inside i18n_patterns, so the form opens in the text's language)."""

from django.urls import path

from . import views

app_name = "voice"

urlpatterns = [path("<str:token>/", views.link, name="link")]
