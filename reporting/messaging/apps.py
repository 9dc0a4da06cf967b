from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class MessagingConfig(AppConfig):
    # A nested app with its own label and migrations: the outbox and Twilio live together,
    # apart from intake's models.
    name = "reporting.messaging"
    label = "messaging"
    verbose_name = _("Messages to and from reporters")
