from django.dispatch import Signal

# A resident's text joined a report's thread. Sent inside the webhook's transaction with
# `message=` (a messaging.Message with `report_id` and maybe `media`), so what it means for the
# report (saving MMS photos, flagging the queue item) is decided, and written, by the apps
# above messaging in the same transaction. Messaging never imports them.
message_received = Signal()
