"""Outbox kinds owned by report intake (discovered by portal.outbox at start-up)."""

from portal.outbox.registry import kind_register

from .services import STATUS_CODE_KIND, status_code_deliver

kind_register(STATUS_CODE_KIND, handler=status_code_deliver, label="Status lookup code")
