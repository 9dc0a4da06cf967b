# ruff: noqa: E501 - demo texts read best one per line
"""Demo content for online reports: the category set in English and Spanish, a few reports.

Called by `manage.py load_demo`; safe to run again (it updates what it created).
"""

import json
import uuid

from django.contrib.auth import get_user_model
from django.db import transaction
from wagtail.models import Locale, Site

from .messaging.models import StaffPhone
from .models import Category, CategoryQuestion, Priority, Report, ReportingSettings

# "No" first, as on the screening questions: the same order on every yes/no question, so a
# stressed resident never taps the wrong one out of habit.
YES_NO = {"en": "no|No\nyes|Yes", "es": "no|No\nyes|Sí"}

# slug, APCO code, priority, sensitive, {language: (name, description, example, eligibility)},
# questions: (code, datatype, required, {language: (question, choices)})
CATEGORIES = [
    (
        "petty-theft",
        "LARCENY",
        Priority.LOW,
        False,
        {
            "en": (
                "Petty theft",
                "Something of yours was stolen and you don't know who took it.",
                "A bike taken from your yard, a package taken from your porch.",
                "Only online when there is no suspect you can name and the total value is under "
                "$1,000. Otherwise call the non-emergency line.",
            ),
            "es": (
                "Robo menor",
                "Le robaron algo y no sabe quién fue.",
                "Una bicicleta robada del patio, un paquete robado de la entrada.",
                "Solo en línea si no hay un sospechoso que pueda nombrar y el valor total es "
                "menor de $1,000. Si no, llame a la línea de no emergencias.",
            ),
        },
        [
            (
                "total_value",
                "number",
                True,
                {"en": ("Total value in dollars", ""), "es": ("Valor total en dólares", "")},
            ),
        ],
    ),
    (
        "lost-property",
        "PROPLOST",
        Priority.LOW,
        False,
        {
            "en": (
                "Lost property",
                "You lost something and need a report, for example for insurance.",
                "A lost phone, wallet or ID card.",
                "",
            ),
            "es": (
                "Objetos perdidos",
                "Perdió algo y necesita un reporte, por ejemplo para el seguro.",
                "Un teléfono, una cartera o una identificación perdidos.",
                "",
            ),
        },
        [
            (
                "item_type",
                "singlevaluelist",
                True,
                {
                    "en": (
                        "What did you lose?",
                        "phone|Phone\nwallet|Wallet or purse\nid|ID or license\nother|Something else",
                    ),
                    "es": (
                        "¿Qué perdió?",
                        "phone|Teléfono\nwallet|Cartera o bolso\nid|Identificación o licencia\nother|Otra cosa",
                    ),
                },
            ),
        ],
    ),
    (
        "found-property",
        "PROPFND",
        Priority.LOW,
        False,
        {
            "en": (
                "Found property",
                "You found something that belongs to someone else.",
                "A wallet on the sidewalk.",
                "Found a weapon or drugs? Don't touch them: call the non-emergency line.",
            ),
            "es": (
                "Objetos encontrados",
                "Encontró algo que es de otra persona.",
                "Una cartera en la acera.",
                "¿Encontró un arma o drogas? No las toque: llame a la línea de no emergencias.",
            ),
        },
        [
            (
                "where_now",
                "string",
                True,
                {"en": ("Where is the item now?", ""), "es": ("¿Dónde está el objeto ahora?", "")},
            ),
        ],
    ),
    (
        "vandalism",
        "VANDAL",
        Priority.NORMAL,
        False,
        {
            "en": (
                "Vandalism",
                "Someone damaged or painted on property.",
                "Graffiti on a fence, a broken car mirror.",
                "",
            ),
            "es": (
                "Vandalismo",
                "Alguien dañó o pintó una propiedad.",
                "Grafiti en una cerca, un espejo de carro roto.",
                "",
            ),
        },
        [
            (
                "graffiti",
                "singlevaluelist",
                False,
                {"en": ("Is it graffiti?", YES_NO["en"]), "es": ("¿Es grafiti?", YES_NO["es"])},
            ),
        ],
    ),
    (
        "collision",
        "MVA",
        Priority.NORMAL,
        False,
        {
            "en": (
                "Non-injury collision",
                "A crash where nobody was hurt and the drivers exchanged details.",
                "A minor crash in a parking lot.",
                "If anyone is hurt or a vehicle blocks traffic, call 9-1-1.",
            ),
            "es": (
                "Choque sin heridos",
                "Un choque en el que nadie resultó herido y los conductores intercambiaron datos.",
                "Un choque leve en un estacionamiento.",
                "Si alguien está herido o un vehículo bloquea el tráfico, llame al 9-1-1.",
            ),
        },
        [
            (
                "your_vehicle",
                "string",
                True,
                {
                    "en": ("Your vehicle (year, make, model, plate)", ""),
                    "es": ("Su vehículo (año, marca, modelo, placa)", ""),
                },
            ),
            (
                "other_driver",
                "string",
                False,
                {"en": ("Other driver's name", ""), "es": ("Nombre del otro conductor", "")},
            ),
            (
                "other_vehicle",
                "string",
                False,
                {
                    "en": ("Other vehicle (make, model, plate)", ""),
                    "es": ("Otro vehículo (marca, modelo, placa)", ""),
                },
            ),
            (
                "other_insurer",
                "string",
                True,
                {
                    "en": ("Other driver's insurance company and policy number", ""),
                    "es": ("Aseguradora y número de póliza del otro conductor", ""),
                },
            ),
            (
                "drivable",
                "singlevaluelist",
                False,
                {
                    "en": ("Can your vehicle be driven?", YES_NO["en"]),
                    "es": ("¿Se puede manejar su vehículo?", YES_NO["es"]),
                },
            ),
        ],
    ),
    (
        "hit-and-run",
        "MVAHR",
        Priority.NORMAL,
        False,
        {
            "en": (
                "Hit-and-run (no injuries)",
                "A vehicle hit yours or your property and left.",
                "Your parked car was hit overnight.",
                "If anyone is hurt, call 9-1-1.",
            ),
            "es": (
                "Choque y fuga (sin heridos)",
                "Un vehículo chocó con el suyo o con su propiedad y se fue.",
                "Chocaron su carro estacionado durante la noche.",
                "Si alguien está herido, llame al 9-1-1.",
            ),
        },
        [
            (
                "other_vehicle",
                "text",
                False,
                {
                    "en": ("Describe the other vehicle, and any part of its plate", ""),
                    "es": ("Describa el otro vehículo y cualquier parte de su placa", ""),
                },
            ),
        ],
    ),
    (
        "theft-from-vehicle",
        "LARCENY",
        Priority.LOW,
        False,
        {
            "en": (
                "Theft from a vehicle",
                "Something was taken from inside your vehicle.",
                "A bag taken through a broken window.",
                "",
            ),
            "es": (
                "Robo dentro de un vehículo",
                "Se llevaron algo de dentro de su vehículo.",
                "Un bolso robado por una ventana rota.",
                "",
            ),
        },
        [
            (
                "plate",
                "string",
                True,
                {"en": ("Your vehicle's license plate", ""), "es": ("La placa de su vehículo", "")},
            ),
            (
                "forced_entry",
                "singlevaluelist",
                False,
                {
                    "en": ("Was the vehicle broken into?", YES_NO["en"]),
                    "es": ("¿Forzaron la entrada al vehículo?", YES_NO["es"]),
                },
            ),
        ],
    ),
    (
        "harassing-calls",
        "HARR",
        Priority.NORMAL,
        True,
        {
            "en": (
                "Harassing calls or messages",
                "Unwanted calls, texts or messages that keep coming.",
                "Repeated calls from an unknown number.",
                "If you are threatened with harm, call 9-1-1.",
            ),
            "es": (
                "Llamadas o mensajes de acoso",
                "Llamadas, textos o mensajes no deseados que no paran.",
                "Llamadas repetidas de un número desconocido.",
                "Si lo amenazan con hacerle daño, llame al 9-1-1.",
            ),
        },
        [
            (
                "how",
                "multivaluelist",
                True,
                {
                    "en": (
                        "How do they reach you?",
                        "calls|Phone calls\ntexts|Text messages\nsocial|Social media\nemail|Email",
                    ),
                    "es": (
                        "¿Cómo se comunican con usted?",
                        "calls|Llamadas\ntexts|Mensajes de texto\nsocial|Redes sociales\nemail|Correo electrónico",
                    ),
                },
            ),
        ],
    ),
    (
        "identity-theft",
        "FRAUD",
        Priority.LOW,
        True,
        {
            "en": (
                "Identity theft",
                "Someone used your personal information without permission.",
                "A credit card opened in your name.",
                "",
            ),
            "es": (
                "Robo de identidad",
                "Alguien usó sus datos personales sin permiso.",
                "Una tarjeta de crédito abierta a su nombre.",
                "",
            ),
        },
        [
            (
                "accounts",
                "text",
                False,
                {
                    "en": ("Which accounts or services were affected?", ""),
                    "es": ("¿Qué cuentas o servicios se vieron afectados?", ""),
                },
            ),
        ],
    ),
    (
        "noise",
        "NOISE",
        Priority.LOW,
        False,
        {
            "en": (
                "Noise",
                "Noise that keeps coming back, reported after it stopped.",
                "A neighbor's loud music every weekend.",
                "For loud noise happening now, call the non-emergency line.",
            ),
            "es": (
                "Ruido",
                "Ruido que se repite, reportado después de que paró.",
                "Música alta de un vecino cada fin de semana.",
                "Si el ruido fuerte está pasando ahora, llame a la línea de no emergencias.",
            ),
        },
        [
            (
                "source",
                "singlevaluelist",
                True,
                {
                    "en": (
                        "What makes the noise?",
                        "music|Music or a party\nconstruction|Construction\nvehicle|A vehicle\nother|Something else",
                    ),
                    "es": (
                        "¿Qué hace el ruido?",
                        "music|Música o una fiesta\nconstruction|Construcción\nvehicle|Un vehículo\nother|Otra cosa",
                    ),
                },
            ),
        ],
    ),
    (
        "abandoned-vehicle",
        "VEHABND",
        Priority.LOW,
        False,
        {
            "en": (
                "Abandoned vehicle",
                "A vehicle left on a public street for a long time.",
                "A car with flat tires parked for weeks.",
                "",
            ),
            "es": (
                "Vehículo abandonado",
                "Un vehículo dejado mucho tiempo en la vía pública.",
                "Un carro con llantas ponchadas estacionado por semanas.",
                "",
            ),
        },
        [
            (
                "vehicle",
                "string",
                True,
                {
                    "en": ("Make, model, color and plate", ""),
                    "es": ("Marca, modelo, color y placa", ""),
                },
            ),
            (
                "days",
                "number",
                False,
                {
                    "en": ("About how many days has it been there?", ""),
                    "es": ("¿Cuántos días lleva ahí, más o menos?", ""),
                },
            ),
        ],
    ),
]

# A fictional city's outline (longitude, latitude); Example City is not a real place.
DEMO_BOUNDARY = {
    "type": "Polygon",
    "coordinates": [
        [[-118.30, 34.00], [-118.20, 34.00], [-118.20, 34.10], [-118.30, 34.10], [-118.30, 34.00]]
    ],
}
DEMO_REFERRAL = (
    "This place is served by the Example County Sheriff's Office. "
    "Call their non-emergency line at (202) 555-0177."
)
DEMO_REFERRAL_ES = (
    "Este lugar le corresponde a la Oficina del Sheriff del Condado de Example. "
    "Llame a su línea para casos que no son emergencias al (202) 555-0177."
)

DEMO_REPORTS = [
    {
        "slug": "vandalism",
        "language": "en",
        "reporter_name": "Jordan Example",
        "phone": "+12025550111",
        "narrative": "Someone spray painted words on the side of my garage overnight.",
        "address": "14 Elm Street",
        "answers": {"graffiti": "yes"},
    },
    {
        "slug": "lost-property",
        "language": "es",
        "reporter_name": "María Ejemplo",
        "phone": "+12025550112",
        "email": "maria@example.org",
        "narrative": "Perdí mi cartera en el parque central el sábado por la tarde.",
        "landmark": "Parque central, cerca de la fuente",
        "answers": {"item_type": "wallet"},
    },
    {
        "slug": "hit-and-run",
        "language": "en",
        "reporter_name": "Sam Demo",
        "email": "sam@example.org",
        "callback_channel": "email",
        "narrative": "My parked car's rear bumper was hit while I was at work. No note was left.",
        "address": "200 Main Street",
        "answers": {"other_vehicle": "Possibly a white van; paint transfer on the bumper."},
    },
]


@transaction.atomic
def load_reporting_demo(**kwargs) -> None:
    locales = {code: Locale.objects.get_or_create(language_code=code)[0] for code in ("en", "es")}
    for order, (slug, code, priority, sensitive, texts, questions) in enumerate(CATEGORIES):
        english = Category.objects.filter(slug=slug, locale=locales["en"]).first()
        key = english.translation_key if english else uuid.uuid4()
        for language, (name, description, example, eligibility) in texts.items():
            category, _ = Category.objects.update_or_create(
                slug=slug,
                locale=locales[language],
                defaults={
                    "translation_key": key,
                    "name": name,
                    "description": description,
                    "example": example,
                    "eligibility_notes": eligibility,
                    "apco_code": code,
                    "default_priority": priority,
                    "sensitive": sensitive,
                    "active": True,
                    "sort_order": (order + 1) * 10,
                },
            )
            for position, (qcode, datatype, required, qtexts) in enumerate(questions):
                question, choices = qtexts[language]
                CategoryQuestion.objects.update_or_create(
                    category=category,
                    code=qcode,
                    defaults={
                        "datatype": datatype,
                        "required": required,
                        "description": question,
                        "choices": choices,
                        "sort_order": position,
                    },
                )
    site = Site.objects.filter(is_default_site=True).first()
    if site:
        ReportingSettings.objects.update_or_create(
            site=site,
            defaults={
                "boundary_geojson": json.dumps(DEMO_BOUNDARY),
                "outside_referral": DEMO_REFERRAL,
                "outside_referral_es": DEMO_REFERRAL_ES,
            },
        )
    if not Report.objects.exists():
        _demo_reports(locales)
    _demo_staff_phones()


# The phones Twilio rings first when these demo staff press "Call back" (the phone simulator at
# /demo/phone/ shows them ringing). 555-01xx numbers are reserved for fiction.
DEMO_STAFF_PHONES = {"dispatcher": "+12025550161", "supervisor": "+12025550162"}


def _demo_staff_phones() -> None:
    users = get_user_model().objects.filter(username__in=DEMO_STAFF_PHONES)
    for user in users:
        StaffPhone.objects.update_or_create(
            user=user, defaults={"phone": DEMO_STAFF_PHONES[user.username]}
        )


def _demo_reports(locales) -> None:
    from .services import report_submit

    for data in DEMO_REPORTS:
        data = dict(data)
        category = Category.objects.get(slug=data.pop("slug"), locale=locales[data["language"]])
        report_submit(category=category, **data)
