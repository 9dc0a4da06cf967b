"""Subscriptions to other apps' signals: the bridge from intake (sign-ins are audited by
portal.staff)."""

import logging

from django.db import transaction
from django.db.models.signals import post_save
from django.dispatch import receiver

from portal.outbox.signals import item_dead
from reporting.signals import (
    emergency_language_found,
    followup_received,
    reply_received,
    report_submitted,
)

from .services import (
    delivery_dead_alert,
    queue_item_create_for_report,
    queue_item_emergency_language,
    queue_item_reporter_replied,
)

log = logging.getLogger(__name__)


@receiver(report_submitted, dispatch_uid="dispatch_bridge.queue_report")
def queue_report(sender, report, **kwargs):
    # Runs inside report_submit's transaction: a failure here rolls the report back too.
    queue_item_create_for_report(report=report)


def _reporter_replied_after_commit(report_id: int, via: str) -> None:
    # After the reply commits, in a transaction of its own: the queue locks its item before the
    # report (as every dispatcher move does), while the status page's reply holds the report's
    # lock; doing this inside that transaction could deadlock with a dispatcher. The reply is
    # saved either way; a failure here is logged, never shown to the reporter.
    def flag():
        try:
            queue_item_reporter_replied(report_id=report_id, via=via)
        except Exception:
            log.exception("Could not flag the reply on report %s in the queue", report_id)

    transaction.on_commit(flag)


@receiver(reply_received, dispatch_uid="dispatch_bridge.reply_on_status_page")
def reply_on_status_page(sender, report, reply, **kwargs):
    _reporter_replied_after_commit(report.pk, "status_page")


@receiver(followup_received, dispatch_uid="dispatch_bridge.followup")
def followup(sender, report, via, **kwargs):
    # The reporter wrote after a decision or the close (status page or text): the item is
    # flagged for its holder, or the queue when nobody holds it (issue 16).
    _reporter_replied_after_commit(report.pk, via)


@receiver(post_save, sender="messaging.Message", dispatch_uid="dispatch_bridge.reply_by_text")
def reply_by_text(sender, instance, created, **kwargs):
    # Inbound texts on a report's thread; keywords (STOP, HELP...) are not answers.
    if created and instance.direction == "inbound" and instance.report_id and not instance.kind:
        _reporter_replied_after_commit(instance.report_id, instance.channel)


@receiver(item_dead, dispatch_uid="dispatch_bridge.alert_on_dead_delivery")
def alert_on_dead_delivery(sender, item, **kwargs):
    # The outbox is below every app, so it can only announce a dead row; supervisors hear of
    # it from here.
    delivery_dead_alert(outbox_item=item)


@receiver(emergency_language_found, dispatch_uid="dispatch_bridge.emergency_language")
def emergency_language(sender, report, via, **kwargs):
    # After commit and in a transaction of its own, for the same lock-order reason as replies.
    report_id = report.pk

    def raise_item():
        try:
            queue_item_emergency_language(report_id=report_id, via=via)
        except Exception:
            log.exception("Could not raise report %s for emergency language", report_id)

    transaction.on_commit(raise_item)
