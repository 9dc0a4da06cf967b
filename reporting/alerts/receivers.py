"""Wiring: the review workflow for alerts after migrate, and publishing queues the fan-out."""

from django.contrib.contenttypes.models import ContentType
from django.db.models.signals import post_delete, post_save
from wagtail.models import Workflow, WorkflowContentType
from wagtail.signals import published, unpublished

from cms.editorial import WORKFLOW_NAME, editorial_setup

from . import selectors, services
from .models import Alert


def on_post_migrate(sender, using="default", **kwargs) -> None:
    """Alerts go through the same review as the site's pages and snippets."""
    editorial_setup()
    workflow = Workflow.objects.get(name=WORKFLOW_NAME)
    WorkflowContentType.objects.update_or_create(
        content_type=ContentType.objects.get_by_natural_key("alerts", "alert"),
        defaults={"workflow": workflow},
    )


def _published(sender, instance, **kwargs) -> None:
    if isinstance(instance, Alert):
        selectors.banner_forget()
        services.alert_fanout_queue(alert=instance)


def _changed(sender, instance=None, **kwargs) -> None:
    if isinstance(instance, Alert):
        selectors.banner_forget()


def connect() -> None:
    published.connect(_published, dispatch_uid="alerts-fanout-on-publish")
    unpublished.connect(_changed, dispatch_uid="alerts-banner-unpublished")
    post_save.connect(_changed, sender=Alert, dispatch_uid="alerts-banner-saved")
    post_delete.connect(_changed, sender=Alert, dispatch_uid="alerts-banner-deleted")
