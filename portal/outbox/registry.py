"""Kinds of outbox rows and what delivers them, registered by the apps that own them.

An app lists its kinds in `<app>/outbox_kinds.py` (imported at start-up by OutboxConfig.ready):

    kind_register(
        "messaging.sms",
        handler=sms_deliver,            # does the work; returns the provider's id or ""
        transient=(TransientSendError,),  # worth another attempt; anything else fails at once
        reconcile=sms_reconcile,        # asks the provider whether an unknown attempt happened
        on_give_up=message_give_up,     # once, when the row ends failed or dead
        queue="sms",
    )
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .models import OutboxItem


class UnknownKind(LookupError):
    pass


@dataclass(frozen=True)
class Kind:
    name: str
    handler: Callable[[OutboxItem], str | None]
    transient: tuple[type[BaseException], ...] = ()
    reconcile: Callable[[OutboxItem], str | None] | None = None
    on_give_up: Callable[[OutboxItem], None] | None = None
    queue: str | None = None
    max_attempts: int | None = None
    label: str = ""


_kinds: dict[str, Kind] = {}


def kind_register(name: str, **options) -> Kind:
    """Register (or, on a module reload, replace) what delivers rows of this kind."""
    kind = Kind(name=name, **options)
    _kinds[name] = kind
    return kind


def kind_get(name: str) -> Kind:
    try:
        return _kinds[name]
    except KeyError:
        raise UnknownKind(name) from None


def kinds() -> dict[str, Kind]:
    return dict(_kinds)
