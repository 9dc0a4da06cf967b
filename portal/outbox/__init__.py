"""The one outbox: every side effect of a business write is a row here, delivered after commit.

A ground-floor app: it imports none of cms, reporting or dispatch_bridge. Those apps register
what each kind of row does in an `outbox_kinds` module (see registry.py), and subscribe to
`signals.item_dead` to hear about rows that ran out of attempts.
"""
