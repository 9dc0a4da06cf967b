"""Reports filed while things break: nothing lost, no SMS twice, none never sent (issue 10).

Each test files reports through the wizard while one part fails, lets it recover, then counts
what Twilio (the recording fake) accepted per number and what the CAD endpoint received.
"""

import pytest

from tests.support.processes import wait_until

from .conftest import REPORTS, TOO_LATE, FaultFigures, phones_for

# One pytest-xdist process runs them all (`--dist loadfile` keeps a file in one process): the
# processes they start are made once per module, and two faults at once would fight over the
# machine.
pytestmark = [pytest.mark.faults, pytest.mark.celery_worker]


def test_a_worker_stopped_then_started(harness):
    figures, phones = FaultFigures("a. worker stopped, then started"), phones_for("a")
    harness.worker.stop()

    harness.submit(phones, figures)
    harness.worker.start()

    harness.assert_the_bar(harness.recover_and_count(phones, figures))


def test_b_worker_killed_mid_send(harness):
    figures, phones = FaultFigures("b. worker SIGKILLed mid-send"), phones_for("b")
    harness.fake.slow(1.0, times=10 * REPORTS)  # every send takes a second: some are mid-way

    harness.submit(phones, figures)
    wait_until(
        lambda: harness.fake.in_flight and len(harness.fake.messages) >= REPORTS // 3,
        timeout=60,
        what="sends under way",
    )
    harness.worker.kill()
    harness.fake.clear_plans()
    harness.worker.start()

    harness.assert_the_bar(harness.recover_and_count(phones, figures))


def test_c_broker_killed_and_restarted_empty(harness):
    figures, phones = FaultFigures("c. broker killed, restarted empty"), phones_for("c")
    first, second = phones[: REPORTS // 2], phones[REPORTS // 2 :]
    harness.fake.slow(1.0, times=10 * REPORTS)  # so tasks wait in the broker when it dies

    harness.submit(first, figures)
    wait_until(lambda: harness.fake.messages, timeout=60, what="a first send")
    harness.redis.kill()
    down = FaultFigures("broker down")
    harness.submit(second, down)
    harness.redis.start()  # same port, nothing in it
    harness.fake.clear_plans()

    figures.submitted += down.submitted
    figures.submit_seconds += down.submit_seconds
    figures.refused += down.refused
    harness.recover_and_count(phones, figures)
    assert down.max < 2.0, f"a submit with the broker down took {down.max:.1f}s"
    harness.assert_the_bar(figures)


def test_d_twilio_answers_429_and_500_then_201(harness):
    figures, phones = FaultFigures("d. Twilio 429, 500, then 201"), phones_for("d")
    for phone in phones:
        harness.fake.fail(429, 500, to=phone)

    harness.submit(phones, figures)

    harness.assert_the_bar(harness.recover_and_count(phones, figures))
    # Each number really got both errors before its message went through.
    creates = [r for r in harness.fake.requests if r["path"].endswith("/Messages.json")]
    assert len([r for r in creates if r["method"] == "POST"]) >= 3 * len(phones)


def test_e_twilio_accepts_but_answers_after_the_client_timeout(harness):
    figures, phones = FaultFigures("e. Twilio answers after timeout"), phones_for("e")
    slow = phones[::5]  # one number in five; each costs a worker the full client timeout
    for phone in slow:
        harness.fake.slow(TOO_LATE, to=phone)

    harness.submit(phones, figures)

    harness.assert_the_bar(harness.recover_and_count(phones, figures))
    assert all(not m.answered for phone in slow for m in harness.fake.sent_to(phone)[:1])


def test_f_postgresql_connections_dropped_mid_run(harness):
    figures, phones = FaultFigures("f. PostgreSQL sessions terminated"), phones_for("f")
    harness.fake.slow(1.0, times=10 * REPORTS)

    with harness.dropping_worker_sessions(times=3) as dropped:
        harness.submit(phones, figures)
        wait_until(lambda: dropped.done, timeout=60, what="three sends under way")
    harness.fake.clear_plans()

    harness.recover_and_count(phones, figures)
    assert dropped.count == 3
    harness.assert_the_bar(figures)
