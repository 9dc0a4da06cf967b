"""Twilio's webhooks for the non-emergency line (/twilio/line/, outside i18n_patterns: Twilio
signs the exact URL it calls)."""

from django.urls import path

from . import webhooks

app_name = "voice_twilio"

urlpatterns = [
    path("", webhooks.answer, name="answer"),
    path("language/", webhooks.language, name="language"),
    path("menu/", webhooks.menu, name="menu"),
    path("text-check/", webhooks.text_check, name="text_check"),
    path("desk/", webhooks.desk_result, name="desk_result"),
    path("status/", webhooks.status, name="status"),
    path("call-status/", webhooks.call_status, name="call_status"),
]
