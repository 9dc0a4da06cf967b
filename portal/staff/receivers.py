"""The audit of sign-ins, and the first MFA enrolment counting as a second factor."""

from allauth.account.internal.flows.login import record_authentication
from allauth.mfa.models import Authenticator
from allauth.mfa.signals import authenticator_added
from django.contrib.auth.signals import user_logged_in, user_logged_out, user_login_failed
from django.dispatch import receiver

from portal.client_ip import client_ip

from .audit import audit_record
from .middleware import MFA_TYPES
from .models import AuditEntry


# Django's signal, so allauth, the Wagtail admin and the Django admin are all covered; with MFA it
# fires only once the second factor has been accepted.
@receiver(user_logged_in, dispatch_uid="staff.audit_login")
def audit_login(sender, request, user, **kwargs):
    audit_record(actor=user, action="auth.login", ip=client_ip(request))


@receiver(user_logged_out, dispatch_uid="staff.audit_logout")
def audit_logout(sender, request, user, **kwargs):
    if user is not None:
        audit_record(actor=user, action="auth.logout", ip=client_ip(request))


@receiver(user_login_failed, dispatch_uid="staff.audit_login_failed")
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


@receiver(authenticator_added, dispatch_uid="staff.mfa_enrolled")
def count_first_enrolment_as_mfa(sender, request, user, authenticator, **kwargs):
    """Enrolling the first authenticator proves the code, so that session counts as having
    passed MFA (see portal.staff.middleware). A further authenticator proves nothing new:
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
