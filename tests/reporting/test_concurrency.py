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
