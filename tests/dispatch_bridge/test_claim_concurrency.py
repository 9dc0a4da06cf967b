"""Twenty dispatchers press "claim" on one item at the same moment: exactly one holds it."""

import threading

import pytest
from django.db import connection

from dispatch_bridge import services
from dispatch_bridge.models import QueueItem
from tests.factories import report_submit_for_test
from tests.support.staff import make_staff

pytestmark = pytest.mark.django_db(transaction=True)

CLAIMERS = 20


def _race(target, users):
    """Start every thread together (a barrier), each on its own database connection."""
    barrier = threading.Barrier(len(users))
    outcomes = {}

    def run(user):
        try:
            barrier.wait(timeout=60)  # generous: threads start slowly on a loaded machine
            outcomes[user.username] = target(user)
        except services.QueueError as exc:
            outcomes[user.username] = exc
        finally:
            connection.close()

    threads = [threading.Thread(target=run, args=(u,)) for u in users]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=120)
    assert not any(t.is_alive() for t in threads)
    return outcomes


def test_twenty_concurrent_claimers_one_winner():
    item = report_submit_for_test().queue_item
    users = [make_staff(f"racer{n}", "dispatcher", mfa=False) for n in range(CLAIMERS)]

    outcomes = _race(lambda u: services.queue_item_claim(item_id=item.pk, actor=u), users)

    winners = [name for name, result in outcomes.items() if isinstance(result, QueueItem)]
    losers = [r for r in outcomes.values() if isinstance(r, services.AlreadyClaimed)]
    assert len(outcomes) == CLAIMERS
    assert len(winners) == 1 and len(losers) == CLAIMERS - 1
    item.refresh_from_db()
    assert item.claimed_by.username == winners[0]
    # One transition, one message, one event: the losers wrote nothing.
    assert item.report.events.filter(status="in_review").count() == 1
    assert item.report.messages.filter(kind="in_review", channel="sms").count() == 1


def test_twenty_concurrent_take_next_never_share_an_item():
    items = [report_submit_for_test().queue_item for _ in range(5)]
    users = [make_staff(f"taker{n}", "dispatcher", mfa=False) for n in range(CLAIMERS)]

    outcomes = _race(lambda u: services.queue_item_take_next(actor=u), users)

    taken = [r.pk for r in outcomes.values() if isinstance(r, QueueItem)]
    assert sorted(taken) == sorted(i.pk for i in items)  # each item once, none twice
    nothing = [r for r in outcomes.values() if isinstance(r, services.NothingToClaim)]
    assert len(nothing) == CLAIMERS - len(items)
