from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _


class AppendOnlyQuerySet(models.QuerySet):
    def update(self, **kwargs):
        raise AuditEntry.AppendOnly("audit entries are never changed")

    def delete(self):
        raise AuditEntry.AppendOnly("audit entries are never deleted")

    def bulk_update(self, *args, **kwargs):
        raise AuditEntry.AppendOnly("audit entries are never changed")


class AuditEntry(models.Model):
    """Who did what, when, from where, to which object, and how it ended. Append-only.

    The model refuses updates and deletes, and a database trigger refuses them too (made by
    dispatch_bridge's migration 0002, where the table began; it moved with the table), so neither
    the product nor a stray query can rewrite history. The actor and the object
    are kept as plain values rather than constrained foreign keys: deleting a user or a report
    must not need to touch (or cascade into) the trail.
    """

    class Outcome(models.TextChoices):
        SUCCESS = "success", _("Success")
        DENIED = "denied", _("Denied")
        FAILURE = "failure", _("Failure")

    class AppendOnly(Exception):
        pass

    at = models.DateTimeField(_("when"), default=timezone.now, db_index=True)
    actor = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.DO_NOTHING,
        db_constraint=False,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("who"),
    )
    actor_label = models.CharField(_("who"), max_length=254, blank=True)
    action = models.CharField(_("what"), max_length=60, db_index=True)
    object_type = models.CharField(_("object type"), max_length=60, blank=True)
    object_id = models.CharField(_("object id"), max_length=40, blank=True, db_index=True)
    object_repr = models.CharField(_("object"), max_length=200, blank=True)
    ip = models.GenericIPAddressField(_("from"), null=True, blank=True)
    outcome = models.CharField(
        _("outcome"), max_length=10, choices=Outcome.choices, default=Outcome.SUCCESS
    )
    detail = models.JSONField(_("detail"), default=dict, blank=True)

    objects = AppendOnlyQuerySet.as_manager()

    class Meta:
        verbose_name = _("audit entry")
        verbose_name_plural = _("audit entries")
        ordering = ["-at", "-pk"]
        default_permissions = ("view",)

    def __str__(self):
        return f"{self.at:%Y-%m-%d %H:%M:%S} {self.actor_label} {self.action}"

    def save(self, *args, **kwargs):
        if not self._state.adding:
            raise self.AppendOnly("audit entries are never changed")
        super().save(*args, **kwargs)

    def delete(self, *args, **kwargs):
        raise self.AppendOnly("audit entries are never deleted")
