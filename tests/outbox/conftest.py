"""Kinds used only by the outbox's own tests: each row's payload scripts what its attempts do."""

import pytest

from portal.outbox.policy import OutcomeUnknown
from portal.outbox.registry import kind_register


class Flaky(Exception):
    """The test transport's transient error."""


class Refused(Exception):
    code = "refused"


calls: list[tuple[str, int, int]] = []  # (what, item id, attempt)
provider: dict[int, str] = {}  # what the "far side" did: item id -> ref, for reconcile
given_up: list[int] = []


def _handler(item):
    calls.append(("handle", item.pk, item.attempts))
    script = item.payload.get("script", [])
    step = script[item.attempts - 1] if item.attempts <= len(script) else "ok"
    if step == "flaky":
        raise Flaky("try later")
    if step == "refused":
        raise Refused("never")
    ref = f"REF{item.pk}-{item.attempts}"
    provider[item.pk] = ref
    if step == "ok_but_no_answer":  # the far side acted, but we never heard back
        raise OutcomeUnknown("no answer in time")
    return ref


def _reconcile(item):
    calls.append(("reconcile", item.pk, item.attempts))
    return provider.get(item.pk)


def _give_up(item):
    given_up.append(item.pk)


kind_register(
    "test.flaky",
    handler=_handler,
    transient=(Flaky,),
    reconcile=_reconcile,
    on_give_up=_give_up,
    max_attempts=3,
)
kind_register("test.routed", handler=_handler, transient=(Flaky,), queue="test-routed")


@pytest.fixture(autouse=True)
def _clean_test_transport():
    calls.clear()
    provider.clear()
    given_up.clear()
    yield
