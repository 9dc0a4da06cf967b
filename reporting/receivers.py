"""What messaging's events mean for a report. Messaging never imports this."""

from django.db import transaction
from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver

from portal.outbox.services import outbox_add
from reporting.messaging.signals import message_received

from . import mms
from .messaging.content import default_agency_forget
from .models import TriageList
from .triage.lists import lists_changed


@receiver(message_received, dispatch_uid="reporting.mms_photos")
def save_texted_photos(sender, message, **kwargs):
    if message.media and message.report_id:
        outbox_add(kind=mms.KIND, key=f"{mms.KIND}:{message.pk}", target_id=message.pk)


@receiver(post_save, sender=TriageList, dispatch_uid="reporting.triage_list_saved")
@receiver(post_delete, sender=TriageList, dispatch_uid="reporting.triage_list_deleted")
def triage_lists_changed(sender, **kwargs):
    # However a list changes (the admin, a shell, a data migration), every process recompiles
    # on its next check once the change is committed.
    transaction.on_commit(lists_changed)


@receiver(post_save, sender="reporting.ReportingSettings", dispatch_uid="reporting.rs_saved")
@receiver(post_delete, sender="reporting.ReportingSettings", dispatch_uid="reporting.rs_deleted")
def reporting_settings_changed(sender, **kwargs):
    # Each process keeps its copy until a purge (ReportingSettings.for_site): purge now and once
    # the change commits (a reader in between may have kept the old row).
    from cms import page_cache

    page_cache.purge()
    transaction.on_commit(page_cache.purge)


@receiver(post_save, sender="cms.AgencySettings", dispatch_uid="reporting.agency_saved")
@receiver(post_delete, sender="cms.AgencySettings", dispatch_uid="reporting.agency_deleted")
@receiver(post_save, sender="wagtailcore.Site", dispatch_uid="reporting.site_saved")
@receiver(post_delete, sender="wagtailcore.Site", dispatch_uid="reporting.site_deleted")
def agency_settings_changed(sender, **kwargs):
    # Texts name the default site's agency: its cached copy goes when either changes, and again
    # once the change commits (a reader in between may have cached the old row).
    default_agency_forget()
    transaction.on_commit(default_agency_forget)
