"""Writing the audit trail. Every read of report details and every change goes through here."""

from .models import AuditEntry


def client_ip(request) -> str:
    # REMOTE_ADDR is the proxy's address behind a load balancer; the production proxy sets it
    # from X-Forwarded-For (never trust that header from the client directly).
    return request.META.get("REMOTE_ADDR", "") if request is not None else ""


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
