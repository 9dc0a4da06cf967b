import pytest
from django.db import transaction

from reporting.messaging.models import Message
from reporting.models import Report, ReportStatus
from reporting.signals import report_submitted
from tests.factories import report_submit_for_test

pytestmark = pytest.mark.django_db


def test_submit_stores_report_history_and_receipt_in_one_go(django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks() as callbacks:
        report = report_submit_for_test(email="alex@example.org")

    assert report.reference.startswith("NE-") and report.status == ReportStatus.SUBMITTED
    assert report.channel == "web"  # the default: the wizard and the demo file this way
    assert list(report.events.values_list("status", flat=True)) == ["submitted"]
    receipts = Message.objects.filter(report=report, kind="receipt")
    assert sorted(receipts.values_list("channel", flat=True)) == ["email", "sms"]
    assert report.reference in receipts.get(channel="sms").body
    # Sending waits for commit: one queued send per receipt.
    assert len(callbacks) == 2


def test_the_signal_fires_inside_the_transaction_so_receivers_roll_back_with_it():
    seen = []

    def receiver(sender, report, **kwargs):
        seen.append(transaction.get_connection().in_atomic_block)
        raise RuntimeError("queue write failed")

    report_submitted.connect(receiver)
    try:
        with pytest.raises(RuntimeError):
            report_submit_for_test()
    finally:
        report_submitted.disconnect(receiver)

    assert seen == [True]
    assert not Report.objects.exists()


def test_references_count_up_within_a_year():
    first = report_submit_for_test()
    second = report_submit_for_test()

    assert int(second.reference.rsplit("-", 1)[1]) == int(first.reference.rsplit("-", 1)[1]) + 1


def test_a_sensitive_category_gets_no_automatic_text():
    from tests.factories import CategoryFactory

    category = CategoryFactory(name="Harassing calls", apco_code="HARR", sensitive=True)
    report = report_submit_for_test(category=category, email="alex@example.org")

    assert list(report.messages.values_list("channel", flat=True)) == ["email"]


def test_a_submit_is_eight_round_trips_inside_its_transaction(django_assert_num_queries, site):
    """The reference (one upsert), the report, its first history line, its queue item, the
    receipt and its outbox row (one insert each; no re-reads, no savepoints) and, with the page
    cache off as in tests, the agency's settings for the receipt. Times are in `make bench`."""
    from tests.factories import CategoryFactory

    category = CategoryFactory()
    with django_assert_num_queries(7 + 2):  # + the test transaction's savepoint and release
        report_submit_for_test(category=category)


@pytest.fixture
def agency_cached(settings):
    """Production's caching of the default agency's settings: in Redis and in the process."""
    from reporting.messaging.content import default_agency_forget

    settings.CMS_PAGE_CACHE_SECONDS = 300
    settings.CMS_PAGE_CACHE_LOCAL_SECONDS = 60
    default_agency_forget()
    yield
    default_agency_forget()  # no copy outlives this test's database


def test_the_receipt_names_the_agency_as_saved_even_with_its_settings_cached(agency_cached, site):
    from cms.models import AgencySettings

    agency = AgencySettings.for_site(site)
    agency.agency_name = "Old Town Police"
    agency.save()
    first = report_submit_for_test()
    agency.agency_name = "New Town Police"
    agency.save()
    second = report_submit_for_test()

    assert first.messages.get(kind="receipt").body.startswith("Old Town Police")
    assert second.messages.get(kind="receipt").body.startswith("New Town Police")


def test_a_cached_agency_spares_the_submit_its_settings_query(
    agency_cached, site, django_assert_num_queries
):
    from tests.factories import CategoryFactory

    category = CategoryFactory()
    report_submit_for_test(category=category)
    with django_assert_num_queries(6 + 2):
        report_submit_for_test(category=category)
