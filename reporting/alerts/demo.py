"""Demo alerts: two neighbourhoods, one active alert (published through a revision, as an
approver would), and a confirmed subscriber. Loaded by `make demo` (settings.DEMO_LOADERS)."""

from __future__ import annotations

from datetime import timedelta

from django.conf import settings
from django.db import transaction
from django.utils import timezone

from .models import Alert, Neighbourhood, Subscriber

DATA = {
    "neighbourhoods": [
        {
            "name": "Downtown",
            "name_es": "Centro",
            "geometry": {
                "type": "Polygon",
                "coordinates": [
                    [
                        [-118.285, 34.02],
                        [-118.23, 34.02],
                        [-118.23, 34.08],
                        [-118.285, 34.08],
                        [-118.285, 34.02],
                    ]
                ],
            },
        },
        {
            "name": "Riverside",
            "name_es": "Ribera",
            "geometry": {
                "type": "Polygon",
                "coordinates": [
                    [
                        [-118.34, 34.02],
                        [-118.285, 34.02],
                        [-118.285, 34.08],
                        [-118.34, 34.08],
                        [-118.34, 34.02],
                    ]
                ],
            },
        },
    ],
    "alert": {
        "event": "Road closure",
        "category": "Transport",
        "urgency": "Expected",
        "severity": "Moderate",
        "certainty": "Observed",
        "response_type": "Avoid",
        "headline_en": "Water main repair: Main Street closed downtown",
        "headline_es": "Reparación de tubería: calle Main cerrada en el Centro",
        "description_en": (
            "Main Street is closed between 1st and 3rd Street while crews repair a water main. "
            "Buses use Oak Avenue. Homes on the block may have low water pressure."
        ),
        "description_es": (
            "La calle Main está cerrada entre las calles 1 y 3 mientras reparan una tubería de "
            "agua. Los autobuses usan la avenida Oak. Las casas de la cuadra pueden tener poca "
            "presión de agua."
        ),
        "instruction_en": "Use Oak Avenue instead, and allow extra time.",
        "instruction_es": "Use la avenida Oak y salga con tiempo.",
    },
    "subscriber": {"phone": "+12025550143", "email": "resident@example.org", "language": "en"},
}


@transaction.atomic
def load_alerts_demo(*, stdout=None, **kwargs) -> None:
    hoods = []
    for row in DATA["neighbourhoods"]:
        hood, _created = Neighbourhood.objects.update_or_create(
            name=row["name"], defaults={"name_es": row["name_es"], "geometry": row["geometry"]}
        )
        hoods.append(hood)
    if not Alert.objects.filter(headline_en=DATA["alert"]["headline_en"]).exists():
        now = timezone.now()
        alert = Alert(**DATA["alert"], effective=now, expires=now + timedelta(days=30), live=False)
        alert.save()
        alert.neighbourhoods.set([hoods[0]])
        alert.save_revision().publish()
    row = DATA["subscriber"]
    subscriber, _created = Subscriber.objects.get_or_create(
        phone=row["phone"],
        defaults={
            "email": row["email"],
            "language": row["language"],
            "sms_threshold": 0,
            "phone_confirmed_at": timezone.now(),
            "email_confirmed_at": timezone.now(),
        },
    )
    subscriber.neighbourhoods.set([hoods[0]])
    if stdout is not None:
        base = settings.WAGTAILADMIN_BASE_URL.rstrip("/")
        stdout.write(f"Community alerts: {base}/alerts/\n  CAP 1.2 feed: {base}/alerts/feed.atom\n")
