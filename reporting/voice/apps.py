from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class VoiceConfig(AppConfig):
    # A nested app with its own label and migrations: the non-emergency phone line (issue 17),
    # above intake (it reads reports and queues texts through messaging), apart from its models.
    name = "reporting.voice"
    label = "voice"
    verbose_name = _("Non-emergency phone line")
