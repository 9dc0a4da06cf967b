from django.dispatch import Signal

# Sent INSIDE the submit transaction (not on commit), with `report=`. Receivers that write rows,
# such as the dispatch queue, commit or roll back together with the report: a report that exists
# is in the queue. reporting never imports its receivers.
report_submitted = Signal()
