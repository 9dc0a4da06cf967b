"""Alerts for `make bench`: publishing an alert to 10,000 subscribers.

Two figures: how long the approver's publish takes (it writes one fan-out outbox row, so the
page answers at once whatever the number of subscribers), and how long the worker then takes
to write one message and one outbox row per subscriber (bound: 10 s for 10,000). Runs in a
`manage.py shell` against the bench stack, with its Celery worker doing the fan-out.
"""

import json
import subprocess

SNIPPET = """
import json, time
from django.utils import timezone
from portal.outbox.models import OutboxItem
from reporting.alerts.models import Alert, Delivery, Subscriber

N = {subscribers}
Subscriber.objects.filter(email__endswith="@bench.invalid").delete()
now = timezone.now()
Subscriber.objects.bulk_create(
    [
        Subscriber(phone=f"+1202{{n:07d}}", email=f"b{{n}}@bench.invalid", whole_city=True,
                   phone_confirmed_at=now, sms_threshold=0, email_threshold=9)
        for n in range(N)
    ],
    batch_size=2000,
)
alert = Alert(event="Bench", category="Safety", severity="Severe", whole_city=True,
              headline_en="Bench alert", headline_es="Alerta de prueba",
              description_en="A bench alert.", description_es="Una alerta de prueba.",
              live=False)
alert.save()
started = time.perf_counter()
alert.save_revision().publish()
published = time.perf_counter()
deadline = published + 120
# Only the bench's own subscribers: the demo's whole-city subscribers get the alert too.
ours = Delivery.objects.filter(alert=alert, subscriber__email__endswith="@bench.invalid")
while ours.count() < N and time.perf_counter() < deadline:
    time.sleep(0.05)
done = time.perf_counter()
rows = ours.count()
# The bench only measures the writing: nothing is left for the worker to send afterwards.
messages = Delivery.objects.filter(alert=alert).values("message_id")
OutboxItem.objects.filter(kind="messaging.sms", target_id__in=messages).update(state="sent")
print(json.dumps({{
    "subscribers": N,
    "rows": rows,
    "publish_ms": round((published - started) * 1000, 1),
    "fanout_s": round(done - published, 2) if rows == N else None,
}}))
"""


def alerts_fanout(stack, *, python: str, root, subscribers: int = 10_000) -> dict:
    out = subprocess.run(
        [python, "manage.py", "shell", "-c", SNIPPET.format(subscribers=subscribers)],
        cwd=root,
        env=stack.env,
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    return json.loads(out.strip().splitlines()[-1])


BOUNDS = [
    ("alert publish ms (10,000 subscribers)", ("alerts", "publish_ms"), 1000, "max"),
    ("alert fan-out rows s (10,000 subscribers)", ("alerts", "fanout_s"), 10, "max"),
]
