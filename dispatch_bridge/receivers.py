"""Subscriptions to other apps' signals: the bridge from intake, and the audit of sign-ins."""

import logging

from allauth.account.internal.flows.login import record_authentication
from allauth.mfa.models import Authenticator
from allauth.mfa.signals import authenticator_added
from django.contrib.auth.signals import user_logged_in, user_logged_out, user_login_failed
from django.db import transaction
from django.db.models.signals import post_save
from django.dispatch import receiver

from portal.outbox.signals import item_dead
from reporting.messaging.signals import report_data_viewed
from reporting.signals import reply_received, report_submitted

from .audit import audit_record, client_ip
from .middleware import MFA_TYPES
from .models import AuditEntry
from .services import (
    delivery_dead_alert,
    queue_item_create_for_report,
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


@receiver(report_data_viewed, dispatch_uid="dispatch_bridge.audit_report_data_view")
def audit_report_data_view(sender, request, view, detail=None, **kwargs):
    audit_record(
        actor=request.user,
        action="report.view_list",
        ip=client_ip(request),
        detail={"view": view, **(detail or {})},
    )


# Django's signal, so allauth, the Wagtail admin and the Django admin are all covered; with MFA it
# fires only once the second factor has been accepted.
@receiver(user_logged_in, dispatch_uid="dispatch_bridge.audit_login")
def audit_login(sender, request, user, **kwargs):
    audit_record(actor=user, action="auth.login", ip=client_ip(request))


@receiver(user_logged_out, dispatch_uid="dispatch_bridge.audit_logout")
def audit_logout(sender, request, user, **kwargs):
    if user is not None:
        audit_record(actor=user, action="auth.logout", ip=client_ip(request))


@receiver(user_login_failed, dispatch_uid="dispatch_bridge.audit_login_failed")
def audit_login_failed(sender, credentials, request=None, **kwargs):
    # Django scrubs the password from `credentials`; what was typed as the login is kept so a
    # supervisor can see attacks on one account.
    typed = credentials.get("email") or credentials.get("username") or ""
    audit_record(
        actor=None,
        actor_label=str(typed)[:254],
        action="auth.login_failed",
        ip=client_ip(request),
        outcome=AuditEntry.Outcome.FAILURE,
    )


@receiver(authenticator_added, dispatch_uid="dispatch_bridge.mfa_enrolled")
def count_first_enrolment_as_mfa(sender, request, user, authenticator, **kwargs):
    """Enrolling the first authenticator proves the code, so that session counts as having
    passed MFA (see dispatch_bridge.middleware). A further authenticator proves nothing new:
    a session that never gave a code must not upgrade itself by adding one."""
    if request is None or authenticator.type not in MFA_TYPES:
        return
    others = Authenticator.objects.filter(user=user, type__in=MFA_TYPES).exclude(
        pk=authenticator.pk
    )
    if others.exists():
        return
    record_authentication(
        request, user, "mfa", id=authenticator.pk, type=authenticator.type, enrolled=True
    )
