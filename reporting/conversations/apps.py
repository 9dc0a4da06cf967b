from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ConversationsConfig(AppConfig):
    # A nested app with its own label: a report taken by text message, one question at a time
    # (issue 17). It sits on intake (reporting) and the transport (reporting.messaging); neither
    # imports it: the inbound text chain finds its handlers through MESSAGING_INBOUND_HANDLERS.
    name = "reporting.conversations"
    label = "conversations"
    verbose_name = _("Reports by text message")
