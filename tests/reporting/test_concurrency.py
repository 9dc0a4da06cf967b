import threading

import pytest
from django.db import connection

from tests.factories import CategoryFactory, report_submit_for_test


@pytest.mark.django_db(transaction=True)
def test_references_stay_unique_under_concurrent_submits_on_postgresql(locales):
    assert connection.vendor == "postgresql"
    category = CategoryFactory()
    threads_count = 8
    start = threading.Barrier(threads_count)
    references, errors = [], []

    def submit_one():
        try:
            start.wait(timeout=60)  # generous: threads start slowly on a loaded machine
            references.append(report_submit_for_test(category=category).reference)
        except Exception as error:  # noqa: BLE001 - reported below
            errors.append(error)
        finally:
            connection.close()  # each thread had its own connection

    threads = [threading.Thread(target=submit_one) for _ in range(threads_count)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=120)

    assert not errors
    assert len(references) == threads_count
    assert len(set(references)) == threads_count
    numbers = sorted(int(reference.rsplit("-", 1)[1]) for reference in references)
    assert numbers == list(range(numbers[0], numbers[0] + threads_count))


@pytest.mark.django_db(transaction=True)
def test_a_new_years_first_references_are_unique_when_they_come_at_once():
    """The first submits of a year make its sequence; when several come at once, the later
    ones wait for the first's commit, find the sequence and draw from it."""
    import random
    import time

    from django.db import transaction

    from reporting.services import reference_next

    year = random.randint(3000, 9000)  # a year no other test uses
    threads_count = 6
    start = threading.Barrier(threads_count)
    references, errors = [], []

    def first_of_year():
        try:
            start.wait(timeout=60)
            with transaction.atomic():
                references.append(reference_next(year=year))
                time.sleep(0.2)  # still uncommitted while the others ask
        except Exception as error:  # noqa: BLE001 - reported below
            errors.append(error)
        finally:
            connection.close()

    threads = [threading.Thread(target=first_of_year) for _ in range(threads_count)]
    try:
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join(timeout=120)
        assert not errors
        assert sorted(references) == [f"NE-{year}-{n:06d}" for n in range(1, threads_count + 1)]
        # A submit that rolls back uses a number up; the next one never repeats it.
        with pytest.raises(RuntimeError), transaction.atomic():
            rolled_back = reference_next(year=year)
            raise RuntimeError
        assert reference_next(year=year) not in {*references, rolled_back}
    finally:
        with connection.cursor() as cursor:
            cursor.execute(f"DROP SEQUENCE IF EXISTS reporting_reference_{year}")
