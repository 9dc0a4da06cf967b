from django.dispatch import Signal

# An item ran out of attempts (state "dead"). Sent once, after the state is saved, with
# `item`. dispatch_bridge subscribes and alerts a supervisor; the outbox can't import it.
item_dead = Signal()
