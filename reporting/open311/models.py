import hashlib
import secrets

from django.core.validators import RegexValidator
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _


def new_token() -> str:
    return secrets.token_urlsafe(16)


def key_digest(key: str) -> str:
    return hashlib.sha256(key.encode()).hexdigest()


class ApiClient(models.Model):
    """A system allowed to file requests through Open311 (a city 311 app, a civic app).

    Only the SHA-256 of its key is stored; the key is shown once, when it is made.
    """

    name = models.CharField(_("name"), max_length=100)
    contact = models.CharField(
        _("contact"), max_length=200, blank=True, help_text=_("Who to call about this client.")
    )
    key_hash = models.CharField(max_length=64, unique=True, editable=False)
    key_prefix = models.CharField(_("key starts with"), max_length=8, editable=False)
    rate_limit = models.CharField(
        _("rate limit"),
        max_length=20,
        default="60/h",
        help_text=_("How many requests it may file, e.g. 60/h or 500/d."),
        validators=[RegexValidator(r"^\d+/\d*[smhd]$", _("Write it like 60/h, 10/m or 500/d."))],
    )
    active = models.BooleanField(_("active"), default=True)
    created_at = models.DateTimeField(_("created"), default=timezone.now, editable=False)
    revoked_at = models.DateTimeField(_("revoked"), null=True, blank=True, editable=False)

    class Meta:
        verbose_name = _("Open311 API client")
        verbose_name_plural = _("Open311 API clients")

    def __str__(self):
        return self.name

    def new_key(self) -> str:
        """Give this client a fresh key (the old one stops working) and return it, once."""
        key = secrets.token_urlsafe(32)
        self.key_hash = key_digest(key)
        self.key_prefix = key[:8]
        return key


class ApiRequest(models.Model):
    """A report filed through Open311: which client sent it, and the token it was given."""

    report = models.OneToOneField(
        "reporting.Report", on_delete=models.CASCADE, related_name="open311"
    )
    client = models.ForeignKey(ApiClient, on_delete=models.PROTECT, related_name="requests")
    token = models.CharField(max_length=32, unique=True, default=new_token)
    created_at = models.DateTimeField(auto_now_add=True)

    def __str__(self):
        return self.token
