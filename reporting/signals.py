from django.dispatch import Signal

# Sent INSIDE the submit transaction (not on commit), with `report=`. Receivers that write rows,
# such as the dispatch queue, commit or roll back together with the report: a report that exists
# is in the queue. reporting never imports its receivers.
report_submitted = Signal()

# Sent inside the transaction of report_reply_add, with `report=` and `reply=`, so the dispatch
# queue can flag the item "reporter answered" atomically.
reply_received = Signal()

# Sent when the emergency check finds emergency language in what a reporter sent after
# submitting (status-page answer, text message), with `report=` and `via=`. Sent inside the
# transaction that records the finding; the dispatch queue raises the item to the top and alerts
# supervisors once it commits.
emergency_language_found = Signal()

# Sent when a reporter writes after their report is decided or closed (status page or text),
# with `report=` and `via=`, inside the transaction that keeps what they wrote: the dispatch
# queue flags the item ("reporter wrote after close") for its holder, or the queue.
followup_received = Signal()
