"""Demo alerts: two neighbourhoods, one active alert (published through a revision, as an
approver would), and a confirmed subscriber. Loaded by `make demo` (settings.DEMO_LOADERS)."""

from __future__ import annotations

from datetime import timedelta

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
        "event": "Scam calls",
        "category": "Security",
        "urgency": "Expected",
        "severity": "Moderate",
        "certainty": "Observed",
        "response_type": "Avoid",
        "headline_en": "Scam calls: callers pretending to be officers",
        "headline_es": "Llamadas fraudulentas: personas que se hacen pasar por agentes",
        "description_en": (
            "People in Downtown report calls from someone claiming to be an officer and asking "
            "for payment in gift cards. We never ask for money by phone."
        ),
        "description_es": (
            "Vecinos del Centro reportan llamadas de alguien que dice ser agente y pide pagos con "
            "tarjetas de regalo. Nunca pedimos dinero por teléfono."
        ),
        "instruction_en": "Hang up, and report the call online or on the non-emergency line.",
        "instruction_es": (
            "Cuelgue y reporte la llamada en línea o a la línea que no es de emergencia."
        ),
    },
    "subscriber": {"phone": "+12025550143", "email": "resident@example.org", "language": "en"},
}


@transaction.atomic
def load_alerts_demo(**kwargs) -> None:
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
