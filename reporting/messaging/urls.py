"""Twilio's webhooks (/twilio/, outside i18n_patterns: Twilio signs the exact URL it calls)."""

from django.urls import path

from . import webhooks

app_name = "messaging_twilio"

urlpatterns = [
    path("sms/inbound/", webhooks.sms_inbound, name="sms_inbound"),
    path("sms/status/", webhooks.sms_status, name="sms_status"),
    path("voice/connect/<int:message_id>/", webhooks.voice_connect, name="voice_connect"),
    path(
        "voice/dial-status/<int:message_id>/",
        webhooks.voice_dial_status,
        name="voice_dial_status",
    ),
    path("voice/status/", webhooks.voice_status, name="voice_status"),
]
