"""Writing the audit trail. Every read of report details and every change goes through here.

Any app may call audit_record (this app imports none of them); pass the request's address as
`ip=client_ip(request)` from portal.client_ip.
"""

from .models import AuditEntry


def audit_record(
    *,
    actor,
    action: str,
    obj=None,
    ip: str = "",
    outcome: str = AuditEntry.Outcome.SUCCESS,
    detail: dict | None = None,
    actor_label: str = "",
) -> AuditEntry:
    authenticated = actor is not None and getattr(actor, "is_authenticated", False)
    return AuditEntry.objects.create(
        actor=actor if authenticated else None,
        actor_label=actor_label or (actor.get_username() if authenticated else ""),
        action=action,
        object_type=obj._meta.label_lower if obj is not None else "",
        object_id=str(obj.pk) if obj is not None else "",
        object_repr=str(obj)[:200] if obj is not None else "",
        ip=ip or None,
        outcome=outcome,
        detail=detail or {},
    )
