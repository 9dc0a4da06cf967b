"""Demo content for the fictional Example City Police Department, in English and Spanish.

Facts follow the public pages in ../shared/seeds/ (what residents are told, what call-takers
ask); the words are our own. No real agency's phone number appears here: numbers on pages come
from the agency settings, and the units below use the 555-01xx range reserved for fiction.
English pages are written for a grade-8 reading level or lower (tests/cms/test_readability.py).
"""


def p(*paragraphs: str) -> dict:
    return {"type": "paragraph", "value": "".join(f"<p>{text}</p>" for text in paragraphs)}


def call_now(heading: str, items: list[str]) -> dict:
    return {"type": "call_now", "value": {"heading": heading, "items": items}}


def steps(heading: str, items: list[str]) -> dict:
    return {"type": "steps", "value": {"heading": heading, "steps": items}}


def do_dont(do: list[str], dont: list[str]) -> dict:
    return {"type": "do_dont", "value": {"do_items": do, "dont_items": dont}}


def questions(heading: str, items: list[tuple[str, str]]) -> dict:
    return {
        "type": "call_taker_questions",
        "value": {"heading": heading, "questions": [{"question": q, "why": w} for q, w in items]},
    }


def faq(heading: str, items: list[tuple[str, str]]) -> dict:
    return {
        "type": "faq",
        "value": {
            "heading": heading,
            "items": [{"question": q, "answer": f"<p>{a}</p>"} for q, a in items],
        },
    }


def links(heading: str, items: list[tuple[str, str]]) -> dict:
    """Links to other demo pages by key; load_demo swaps each key for that page's id."""
    return {
        "type": "related_links",
        "value": {"heading": heading, "links": [{"title": t, "page": k} for t, k in items]},
    }


HOME = {
    "en": {
        "title": "Example City Police Department",
        "intro": "<p>Learn when to call 9-1-1 and what to expect when you do. "
        "Find help for things that are not emergencies.</p>",
        "report_text": "<p>You can report some crimes online, like a theft with no suspect. "
        "We will send you a report number right away.</p>",
        "search_description": "Learn when to call 9-1-1, find our non-emergency number, and "
        "report non-emergencies online.",
    },
    "es": {
        "title": "Departamento de Policía de Example City",
        "intro": "<p>Aprenda cuándo llamar al 9-1-1 y qué esperar cuando llama. "
        "Encuentre ayuda para lo que no es una emergencia.</p>",
        "report_text": "<p>Puede reportar algunos delitos en línea, como un robo sin sospechoso. "
        "Le enviaremos un número de reporte de inmediato.</p>",
        "search_description": "Aprenda cuándo llamar al 9-1-1, encuentre nuestro número para "
        "casos que no son emergencias y haga reportes en línea.",
    },
    # (page key, English description, Spanish description)
    "top_tasks": [
        (
            "when-to-call",
            "Is it an emergency? Find out fast.",
            "¿Es una emergencia? Sépalo rápido.",
        ),
        (
            "what-happens",
            "The questions we ask, and why.",
            "Las preguntas que hacemos y por qué.",
        ),
        (
            "non-emergency",
            "Numbers and help for everything else.",
            "Números y ayuda para todo lo demás.",
        ),
        ("faq", "Quick answers to common questions.", "Respuestas rápidas a dudas comunes."),
        (
            "request",
            "Book a school talk or a tour of our 9-1-1 center.",
            "Pida una charla escolar o una visita a nuestro centro 9-1-1.",
        ),
    ],
}

EDUCATION_PAGES = [
    {
        "key": "when-to-call",
        "en": {
            "title": "When to call 9-1-1",
            "slug": "when-to-call-911",
            "summary": "Call 9-1-1 when a life, a person's safety, or property is in danger "
            "right now. For anything else, use our non-emergency line.",
            "body": [
                p(
                    "9-1-1 is for emergencies. An emergency is when someone needs police, "
                    "fire or medical help right now.",
                    "If you are not sure, call 9-1-1. The call-taker will help you decide. "
                    "It is better to call than to wait.",
                ),
                call_now(
                    "Call 9-1-1 if:",
                    [
                        "Someone is hurt or very sick.",
                        "You see a fire or smoke.",
                        "A crime is happening now, or the person who did it is still there.",
                        "You see a crash where someone may be hurt.",
                        "Someone is in danger and needs help fast.",
                    ],
                ),
                p(
                    "Many calls to 9-1-1 are not emergencies. Each one ties up a line that "
                    "someone else may need. So please keep 9-1-1 free for real emergencies."
                ),
                do_dont(
                    [
                        "Call 9-1-1 when a life or safety is at risk.",
                        "Save our non-emergency number in your phone.",
                        "Report old crimes with no suspect online or on the non-emergency line.",
                    ],
                    [
                        "Don't call 9-1-1 to ask for directions or the time.",
                        "Don't call 9-1-1 about a power outage or a noisy party.",
                        "Don't call 9-1-1 to test your phone.",
                    ],
                ),
                links(
                    "Read next",
                    [
                        ("What happens when you call 9-1-1", "what-happens"),
                        ("Help for things that are not emergencies", "non-emergency"),
                    ],
                ),
            ],
        },
        "es": {
            "title": "Cuándo llamar al 9-1-1",
            "slug": "cuando-llamar-al-911",
            "summary": "Llame al 9-1-1 cuando una vida, la seguridad de alguien o una propiedad "
            "corre peligro en este momento. Para todo lo demás, use nuestra línea que no es de "
            "emergencias.",
            "body": [
                p(
                    "El 9-1-1 es para emergencias. Una emergencia es cuando alguien necesita "
                    "ayuda de la policía, los bomberos o un médico ahora mismo.",
                    "Si no está seguro, llame al 9-1-1. La persona que contesta le ayudará a "
                    "decidir. Es mejor llamar que esperar.",
                ),
                call_now(
                    "Llame al 9-1-1 si:",
                    [
                        "Alguien está herido o muy enfermo.",
                        "Ve fuego o humo.",
                        "Está ocurriendo un delito, o la persona que lo hizo sigue ahí.",
                        "Ve un choque donde alguien puede estar herido.",
                        "Alguien está en peligro y necesita ayuda rápido.",
                    ],
                ),
                p(
                    "Muchas llamadas al 9-1-1 no son emergencias. Cada una ocupa una línea que "
                    "otra persona puede necesitar. Por favor, deje el 9-1-1 libre para las "
                    "emergencias reales."
                ),
                do_dont(
                    [
                        "Llame al 9-1-1 cuando una vida o la seguridad esté en riesgo.",
                        "Guarde nuestro número que no es de emergencias en su teléfono.",
                        "Reporte delitos pasados sin sospechoso en línea o por la línea que no "
                        "es de emergencias.",
                    ],
                    [
                        "No llame al 9-1-1 para pedir direcciones o la hora.",
                        "No llame al 9-1-1 por un apagón o una fiesta ruidosa.",
                        "No llame al 9-1-1 para probar su teléfono.",
                    ],
                ),
                links(
                    "Lea también",
                    [
                        ("Qué pasa cuando llama al 9-1-1", "what-happens"),
                        ("Ayuda para lo que no es una emergencia", "non-emergency"),
                    ],
                ),
            ],
        },
    },
    {
        "key": "what-happens",
        "en": {
            "title": "What happens when you call 9-1-1",
            "slug": "what-happens-when-you-call",
            "summary": "The call-taker asks questions while help is already on the way. Stay "
            "calm, answer each question, and don't hang up until you are told to.",
            "body": [
                p(
                    "When you dial 9-1-1 in Example City, a trained call-taker at our 9-1-1 "
                    "center answers. The center is open all day and all night, every day of the "
                    "year.",
                    "The call-taker types what you say into a computer. A dispatcher reads it "
                    "and sends officers to you. This often starts while you are still talking.",
                ),
                steps(
                    "How to make a 9-1-1 call",
                    [
                        "Stay calm and take a deep breath.",
                        "Dial 9-1-1 right away. Don't wait for someone else to call.",
                        "Say where you are first. Give the full address and any apartment number.",
                        "Say what is wrong.",
                        "Answer each question as well as you can.",
                        "Don't hang up until the call-taker tells you to.",
                    ],
                ),
                questions(
                    "Questions the call-taker will ask",
                    [
                        ("Where are you?", "So we know where to send help."),
                        ("What is happening?", "So we send the right help."),
                        ("When did it happen?", "A crime in progress needs a faster response."),
                        ("Is anyone hurt?", "So we can send medical help too."),
                        ("Are there any weapons?", "To keep you and officers safe."),
                        ("What number are you calling from?", "So we can call you back."),
                    ],
                ),
                p(
                    "<b>Why do they keep asking questions?</b> Answering does not slow down help. "
                    "Help is often already on the way while you talk. Each answer helps officers "
                    "know what they will find when they get there."
                ),
                links(
                    "Read next",
                    [
                        ("Calling 9-1-1 from a cell phone", "cell-phone"),
                        ("If you call 9-1-1 by mistake", "accidental"),
                    ],
                ),
            ],
        },
        "es": {
            "title": "Qué pasa cuando llama al 9-1-1",
            "slug": "que-pasa-cuando-llama",
            "summary": "La persona que contesta hace preguntas mientras la ayuda ya va en "
            "camino. Mantenga la calma, conteste cada pregunta y no cuelgue hasta que se lo "
            "digan.",
            "body": [
                p(
                    "Cuando marca el 9-1-1 en Example City, contesta una persona capacitada de "
                    "nuestro centro 9-1-1. El centro está abierto de día y de noche, todos los "
                    "días del año.",
                    "Esa persona escribe lo que usted dice en una computadora. Un despachador "
                    "lo lee y envía agentes a donde usted está. Esto muchas veces empieza "
                    "mientras usted sigue hablando.",
                ),
                steps(
                    "Cómo hacer una llamada al 9-1-1",
                    [
                        "Mantenga la calma y respire hondo.",
                        "Marque el 9-1-1 de inmediato. No espere a que otra persona llame.",
                        "Diga primero dónde está. Dé la dirección completa y el número de "
                        "apartamento.",
                        "Diga qué está pasando.",
                        "Conteste cada pregunta lo mejor que pueda.",
                        "No cuelgue hasta que se lo indiquen.",
                    ],
                ),
                questions(
                    "Preguntas que le harán",
                    [
                        ("¿Dónde está?", "Para saber adónde enviar ayuda."),
                        ("¿Qué está pasando?", "Para enviar la ayuda correcta."),
                        ("¿Cuándo pasó?", "Un delito en curso necesita una respuesta más rápida."),
                        ("¿Hay alguien herido?", "Para enviar también ayuda médica."),
                        ("¿Hay armas?", "Para proteger a usted y a los agentes."),
                        ("¿De qué número llama?", "Para poder devolverle la llamada."),
                    ],
                ),
                p(
                    "<b>¿Por qué siguen haciendo preguntas?</b> Contestar no retrasa la ayuda. "
                    "Muchas veces la ayuda ya va en camino mientras usted habla. Cada respuesta "
                    "ayuda a los agentes a saber qué van a encontrar al llegar."
                ),
                links(
                    "Lea también",
                    [
                        ("Llamar al 9-1-1 desde un celular", "cell-phone"),
                        ("Si llama al 9-1-1 por error", "accidental"),
                    ],
                ),
            ],
        },
    },
    {
        "key": "cell-phone",
        "en": {
            "title": "Calling 9-1-1 from a cell phone",
            "slug": "calling-from-a-cell-phone",
            "summary": "Your cell phone may not tell us exactly where you are. Always say your "
            "address or location first.",
            "body": [
                p(
                    "When you call from a home phone, we can often see the address. A cell phone "
                    "is different. We may only see the cell tower that carried your call. That "
                    "tower can be far from you.",
                    "So the first thing to tell us is where you are. If we don't know where you "
                    "are, help can be late.",
                ),
                do_dont(
                    [
                        "Say your address or location first.",
                        "Look for street signs, mile markers or big buildings.",
                        "Tell us if you are in a car, and which way you are going.",
                        "Keep your phone charged when you go out.",
                    ],
                    [
                        "Don't think that we can see where you are.",
                        "Don't hang up if the call goes to another agency. Tell them you are in "
                        "Example City and they will pass you to us.",
                    ],
                ),
                p(
                    "Calls to 9-1-1 from a cell phone are free. Any cell phone can call 9-1-1, "
                    "even one with no service plan.",
                    "If you use internet phone service at home, keep your address up to date "
                    "with your provider. Your call goes to the place on file.",
                ),
                links(
                    "Read next",
                    [
                        ("What happens when you call 9-1-1", "what-happens"),
                        ("Text to 9-1-1 and TTY", "text-tty"),
                    ],
                ),
            ],
        },
        "es": {
            "title": "Llamar al 9-1-1 desde un celular",
            "slug": "llamar-desde-un-celular",
            "summary": "Es posible que su celular no nos diga exactamente dónde está. Diga "
            "siempre primero su dirección o ubicación.",
            "body": [
                p(
                    "Cuando llama desde un teléfono de casa, muchas veces vemos la dirección. "
                    "Un celular es distinto. Puede que solo veamos la antena que llevó su "
                    "llamada. Esa antena puede estar lejos de usted.",
                    "Por eso, lo primero que debe decirnos es dónde está. Si no sabemos dónde "
                    "está, la ayuda puede tardar.",
                ),
                do_dont(
                    [
                        "Diga primero su dirección o ubicación.",
                        "Busque letreros de calles, marcadores de millas o edificios grandes.",
                        "Díganos si está en un carro y hacia dónde va.",
                        "Mantenga su teléfono cargado cuando salga.",
                    ],
                    [
                        "No piense que podemos ver dónde está.",
                        "No cuelgue si la llamada llega a otra agencia. Diga que está en "
                        "Example City y le pasarán con nosotros.",
                    ],
                ),
                p(
                    "Las llamadas al 9-1-1 desde un celular son gratis. Cualquier celular puede "
                    "llamar al 9-1-1, incluso uno sin plan de servicio.",
                    "Si usa teléfono por internet en casa, mantenga su dirección al día con su "
                    "proveedor. Su llamada va al lugar que tienen registrado.",
                ),
                links(
                    "Lea también",
                    [
                        ("Qué pasa cuando llama al 9-1-1", "what-happens"),
                        ("Mensajes de texto al 9-1-1 y TTY", "text-tty"),
                    ],
                ),
            ],
        },
    },
    {
        "key": "accidental",
        "en": {
            "title": "If you call 9-1-1 by mistake",
            "slug": "accidental-calls",
            "summary": "Don't hang up. Stay on the line and tell the call-taker it was a "
            "mistake, so we don't have to check on you.",
            "body": [
                p(
                    "Calls by mistake happen. A phone in a pocket or bag can dial 9-1-1. So can "
                    "a child playing with a phone.",
                    "If you call by mistake, stay on the line. Tell the call-taker that you are "
                    "safe and that it was a mistake. You will not get in trouble.",
                ),
                p(
                    "If you hang up, we have to make sure you are safe. We will call you back. "
                    "If we can't reach you, we may send an officer. That takes an officer away "
                    "from real emergencies."
                ),
                steps(
                    "How to stop calls by mistake",
                    [
                        "Lock your phone's screen before you put it away.",
                        "Learn how your phone's emergency button works, and turn off auto-call "
                        "if you don't want it.",
                        "Don't let children play with old phones. Any phone with a battery can "
                        "still call 9-1-1.",
                        "Teach children that 9-1-1 is only for emergencies.",
                    ],
                ),
                links("Read next", [("When to call 9-1-1", "when-to-call")]),
            ],
        },
        "es": {
            "title": "Si llama al 9-1-1 por error",
            "slug": "llamadas-por-error",
            "summary": "No cuelgue. Quédese en la línea y diga que fue un error, para que no "
            "tengamos que ir a ver cómo está.",
            "body": [
                p(
                    "Las llamadas por error pasan. Un teléfono en un bolsillo o una bolsa puede "
                    "marcar el 9-1-1. También un niño que juega con un teléfono.",
                    "Si llama por error, quédese en la línea. Diga que está bien y que fue un "
                    "error. No tendrá problemas.",
                ),
                p(
                    "Si cuelga, tenemos que asegurarnos de que está bien. Le devolveremos la "
                    "llamada. Si no podemos comunicarnos, quizá enviemos a un agente. Eso aparta "
                    "a un agente de las emergencias reales."
                ),
                steps(
                    "Cómo evitar llamadas por error",
                    [
                        "Bloquee la pantalla del teléfono antes de guardarlo.",
                        "Aprenda cómo funciona el botón de emergencia de su teléfono y apague la "
                        "llamada automática si no la quiere.",
                        "No deje que los niños jueguen con teléfonos viejos. Cualquier teléfono "
                        "con batería puede llamar al 9-1-1.",
                        "Enseñe a los niños que el 9-1-1 es solo para emergencias.",
                    ],
                ),
                links("Lea también", [("Cuándo llamar al 9-1-1", "when-to-call")]),
            ],
        },
    },
    {
        "key": "text-tty",
        "en": {
            "title": "Text to 9-1-1 and TTY",
            "slug": "text-and-tty",
            "summary": "Call if you can, text if you can't. If you use a TTY, you can call "
            "9-1-1 directly; you do not need a relay service.",
            "body": [
                p(
                    "A voice call is still the fastest way to get help. We can hear what is going "
                    "on and ask questions quickly. But some people can't speak, or it is not safe "
                    "to speak. Then a text can save a life."
                ),
                steps(
                    "How to text 9-1-1",
                    [
                        "Type 911 in the 'To' field.",
                        "In your first text, give your location and the kind of help you need.",
                        "Use short, simple words. Don't use slang, emojis or pictures.",
                        "Answer our questions and follow what we tell you.",
                        "Don't text while driving.",
                    ],
                ),
                p(
                    "<b>TTY users:</b> You can call 9-1-1 directly with your TTY. Every 9-1-1 "
                    "center must answer TTY calls. You do not need a relay service for 9-1-1. "
                    "After you dial, press the space bar a few times so we know it is a TTY call.",
                    "For things that are not emergencies, use our non-emergency TTY line or a "
                    "relay service. You can find the TTY number at the top of every page.",
                ),
                links(
                    "Read next",
                    [
                        ("Calling 9-1-1 from a cell phone", "cell-phone"),
                        ("When to call 9-1-1", "when-to-call"),
                    ],
                ),
            ],
        },
        "es": {
            "title": "Mensajes de texto al 9-1-1 y TTY",
            "slug": "mensajes-de-texto-y-tty",
            "summary": "Llame si puede, envíe un texto si no puede. Si usa un TTY, puede llamar "
            "directamente al 9-1-1; no necesita un servicio de retransmisión.",
            "body": [
                p(
                    "Una llamada de voz sigue siendo la forma más rápida de recibir ayuda. "
                    "Podemos oír lo que pasa y hacer preguntas rápido. Pero algunas personas no "
                    "pueden hablar, o no es seguro hablar. Entonces un texto puede salvar una vida."
                ),
                steps(
                    "Cómo enviar un texto al 9-1-1",
                    [
                        "Escriba 911 en el campo 'Para'.",
                        "En su primer texto, dé su ubicación y el tipo de ayuda que necesita.",
                        "Use palabras cortas y sencillas. No use jerga, emojis ni fotos.",
                        "Conteste nuestras preguntas y siga lo que le indiquemos.",
                        "No envíe textos mientras maneja.",
                    ],
                ),
                p(
                    "<b>Usuarios de TTY:</b> Puede llamar directamente al 9-1-1 con su TTY. Todo "
                    "centro 9-1-1 debe contestar llamadas TTY. No necesita un servicio de "
                    "retransmisión para el 9-1-1. Después de marcar, presione la barra "
                    "espaciadora varias veces para que sepamos que es una llamada TTY.",
                    "Para lo que no es una emergencia, use nuestra línea TTY que no es de "
                    "emergencias o un servicio de retransmisión. El número TTY está arriba en "
                    "cada página.",
                ),
                links(
                    "Lea también",
                    [
                        ("Llamar al 9-1-1 desde un celular", "cell-phone"),
                        ("Cuándo llamar al 9-1-1", "when-to-call"),
                    ],
                ),
            ],
        },
    },
    {
        "key": "non-emergency",
        "en": {
            "title": "Help for things that are not emergencies",
            "slug": "non-emergency-help",
            "summary": "Use our non-emergency line or report online when no one is in danger "
            "and the crime is over.",
            "body": [
                p(
                    "Not every problem needs 9-1-1. If no one is in danger and the crime is over, "
                    "use our non-emergency line. It is answered day and night. The number is at "
                    "the top of every page. Save it in your phone.",
                ),
                p("Some things you can report online, with no wait on the phone:"),
                do_dont(
                    [
                        "A theft with no suspect, like a stolen bike or package.",
                        "Damage to your car or home, found after it happened.",
                        "A lost item, like a wallet or phone.",
                        "A car broken into while no one was there.",
                    ],
                    [
                        "Don't report online if someone is hurt or in danger. Call 9-1-1.",
                        "Don't report online if the suspect is still there. Call 9-1-1.",
                    ],
                ),
                p(
                    "You can also call for a noisy party, a parked car that blocks your "
                    "driveway, or an old crime you want to report. Our team will tell you what "
                    "to do next."
                ),
                links(
                    "Read next",
                    [
                        ("What Community Service Officers do", "cso"),
                        ("Police records and property release", "records"),
                        ("Contact us", "contacts"),
                    ],
                ),
            ],
        },
        "es": {
            "title": "Ayuda para lo que no es una emergencia",
            "slug": "ayuda-que-no-es-de-emergencia",
            "summary": "Use nuestra línea que no es de emergencias o haga un reporte en línea "
            "cuando nadie está en peligro y el delito ya pasó.",
            "body": [
                p(
                    "No todo problema necesita el 9-1-1. Si nadie está en peligro y el delito ya "
                    "pasó, use nuestra línea que no es de emergencias. Se contesta de día y de "
                    "noche. El número está arriba en cada página. Guárdelo en su teléfono.",
                ),
                p("Algunas cosas se pueden reportar en línea, sin esperar al teléfono:"),
                do_dont(
                    [
                        "Un robo sin sospechoso, como una bicicleta o un paquete robado.",
                        "Daños a su carro o casa que encontró después.",
                        "Un objeto perdido, como una cartera o un teléfono.",
                        "Un carro forzado cuando no había nadie.",
                    ],
                    [
                        "No haga un reporte en línea si alguien está herido o en peligro. Llame "
                        "al 9-1-1.",
                        "No haga un reporte en línea si el sospechoso sigue ahí. Llame al 9-1-1.",
                    ],
                ),
                p(
                    "También puede llamar por una fiesta ruidosa, un carro que bloquea su "
                    "entrada o un delito pasado que quiere reportar. Nuestro equipo le dirá qué "
                    "hacer."
                ),
                links(
                    "Lea también",
                    [
                        ("Qué hacen los Oficiales de Servicio Comunitario", "cso"),
                        ("Registros policiales y devolución de propiedad", "records"),
                        ("Contáctenos", "contacts"),
                    ],
                ),
            ],
        },
    },
    {
        "key": "cso",
        "en": {
            "title": "What Community Service Officers do",
            "slug": "community-service-officers",
            "summary": "Community Service Officers are not sworn officers. They handle calls "
            "where no one is in danger, so officers can focus on emergencies.",
            "body": [
                p(
                    "Community Service Officers, or CSOs, work for the police department. They "
                    "wear a uniform, but they do not carry a gun and they do not make arrests.",
                    "CSOs take calls where no one is in danger. This lets sworn officers stay "
                    "free for emergencies and crimes in progress.",
                ),
                do_dont(
                    [
                        "Take reports of small thefts when the suspect is gone.",
                        "Pick up found property.",
                        "Take reports of minor crashes where no one is hurt.",
                        "Direct traffic and help at crime scenes.",
                        "Enforce parking rules and help with code problems in the city.",
                    ],
                    [],
                ),
                p(
                    "If a CSO comes to your call, they will give you a report number. Keep it. "
                    "You may need it for your insurance."
                ),
                links("Read next", [("Help for things that are not emergencies", "non-emergency")]),
            ],
        },
        "es": {
            "title": "Qué hacen los Oficiales de Servicio Comunitario",
            "slug": "oficiales-de-servicio-comunitario",
            "summary": "Los Oficiales de Servicio Comunitario no son agentes juramentados. "
            "Atienden llamadas donde nadie está en peligro, para que los agentes se dediquen a "
            "las emergencias.",
            "body": [
                p(
                    "Los Oficiales de Servicio Comunitario (CSO) trabajan para el departamento "
                    "de policía. Usan uniforme, pero no llevan armas y no hacen arrestos.",
                    "Los CSO atienden llamadas donde nadie está en peligro. Así los agentes "
                    "juramentados quedan libres para emergencias y delitos en curso.",
                ),
                do_dont(
                    [
                        "Toman reportes de robos pequeños cuando el sospechoso ya se fue.",
                        "Recogen objetos encontrados.",
                        "Toman reportes de choques leves sin heridos.",
                        "Dirigen el tráfico y ayudan en la escena de un delito.",
                        "Hacen cumplir las reglas de estacionamiento y ayudan con problemas de "
                        "código en la ciudad.",
                    ],
                    [],
                ),
                p(
                    "Si un CSO atiende su llamada, le dará un número de reporte. Guárdelo. "
                    "Puede necesitarlo para su seguro."
                ),
                links(
                    "Lea también",
                    [("Ayuda para lo que no es una emergencia", "non-emergency")],
                ),
            ],
        },
    },
    {
        "key": "records",
        "en": {
            "title": "Police records and property release",
            "slug": "records-and-property",
            "summary": "How to ask for a copy of a police report, and how to get back property "
            "that we are holding.",
            "body": [
                p(
                    "Our Records team keeps police reports safe and gives out copies when the law "
                    "allows it. Some reports can only go to the people involved. Some parts may be "
                    "blacked out to protect others."
                ),
                steps(
                    "How to get a copy of a report",
                    [
                        "Find your report number. The officer or CSO gave it to you.",
                        "Come to the Records counter with a photo ID, or send a request by mail.",
                        "Pay the fee, if there is one.",
                        "We will tell you when the copy is ready.",
                    ],
                ),
                p(
                    "<b>Property and evidence.</b> We hold found property, items kept safe for "
                    "their owner, and evidence. Call the Property team first to make sure your "
                    "item is ready. Bring a photo ID and your report number."
                ),
                faq(
                    "Property questions",
                    [
                        (
                            "How long do you keep found property?",
                            "We keep found property for 90 days. After that, it may be sold at "
                            "auction or thrown away.",
                        ),
                        (
                            "How long do you keep items held for safekeeping?",
                            "At least 60 days. If you are in custody, ask someone to pick up your "
                            "items within that time.",
                        ),
                        (
                            "Can someone else pick up my property?",
                            "Sometimes. Call the Property team first so we can set it up.",
                        ),
                        (
                            "How do I get back a firearm?",
                            "You need a clearance from the state first. This can take weeks. "
                            "Call the Property team to learn the steps.",
                        ),
                    ],
                ),
                links("Read next", [("Contact us", "contacts")]),
            ],
        },
        "es": {
            "title": "Registros policiales y devolución de propiedad",
            "slug": "registros-y-propiedad",
            "summary": "Cómo pedir una copia de un reporte policial y cómo recuperar objetos "
            "que tenemos guardados.",
            "body": [
                p(
                    "Nuestro equipo de Registros guarda los reportes policiales y entrega copias "
                    "cuando la ley lo permite. Algunos reportes solo se entregan a las personas "
                    "involucradas. Algunas partes pueden taparse para proteger a otros."
                ),
                steps(
                    "Cómo obtener una copia de un reporte",
                    [
                        "Busque su número de reporte. Se lo dio el agente o el CSO.",
                        "Venga al mostrador de Registros con una identificación con foto, o "
                        "envíe una solicitud por correo.",
                        "Pague la tarifa, si la hay.",
                        "Le diremos cuándo está lista la copia.",
                    ],
                ),
                p(
                    "<b>Propiedad y evidencia.</b> Guardamos objetos encontrados, objetos "
                    "guardados para su dueño y evidencia. Llame primero al equipo de Propiedad "
                    "para confirmar que su objeto está listo. Traiga una identificación con foto "
                    "y su número de reporte."
                ),
                faq(
                    "Preguntas sobre propiedad",
                    [
                        (
                            "¿Cuánto tiempo guardan los objetos encontrados?",
                            "Guardamos los objetos encontrados 90 días. Después, pueden venderse "
                            "en subasta o desecharse.",
                        ),
                        (
                            "¿Cuánto tiempo guardan los objetos en custodia?",
                            "Al menos 60 días. Si usted está detenido, pida a alguien que recoja "
                            "sus cosas en ese plazo.",
                        ),
                        (
                            "¿Otra persona puede recoger mis cosas?",
                            "A veces. Llame primero al equipo de Propiedad para organizarlo.",
                        ),
                        (
                            "¿Cómo recupero un arma de fuego?",
                            "Primero necesita una autorización del estado. Esto puede tardar "
                            "semanas. Llame al equipo de Propiedad para conocer los pasos.",
                        ),
                    ],
                ),
                links("Lea también", [("Contáctenos", "contacts")]),
            ],
        },
    },
]

FAQ_PAGE = {
    "key": "faq",
    "en": {
        "title": "Questions and answers",
        "slug": "faq",
        "intro": "<p>Quick answers about 9-1-1, non-emergency help, records and property.</p>",
    },
    "es": {
        "title": "Preguntas frecuentes",
        "slug": "preguntas-frecuentes",
        "intro": "<p>Respuestas rápidas sobre el 9-1-1, la ayuda que no es de emergencia, los "
        "registros y la propiedad.</p>",
    },
}

CONTACT_PAGE = {
    "key": "contacts",
    "en": {
        "title": "Contact us",
        "slug": "contact-us",
        "intro": "<p>In an emergency, call 9-1-1. For everything else, find the right team "
        "below.</p>",
    },
    "es": {
        "title": "Contáctenos",
        "slug": "contactenos",
        "intro": "<p>En una emergencia, llame al 9-1-1. Para todo lo demás, busque el equipo "
        "correcto aquí abajo.</p>",
    },
}

REQUEST_PAGE = {
    "key": "request",
    "en": {
        "title": "Request a presentation or tour",
        "slug": "request-a-presentation",
        "intro": "<p>Our Community Relations team visits schools and groups to teach how and "
        "when to use 9-1-1. Our talks for young children cover who, what, where, when and how "
        "to call. You can also ask for a tour of our 9-1-1 center.</p>",
        "thank_you": "<p>Our Community Relations team will email you within five working days "
        "to set a date.</p>",
    },
    "es": {
        "title": "Solicite una presentación o visita",
        "slug": "solicite-una-presentacion",
        "intro": "<p>Nuestro equipo de Relaciones con la Comunidad visita escuelas y grupos "
        "para enseñar cómo y cuándo usar el 9-1-1. Nuestras charlas para niños pequeños "
        "explican quién, qué, dónde, cuándo y cómo llamar. También puede pedir una visita a "
        "nuestro centro 9-1-1.</p>",
        "thank_you": "<p>Nuestro equipo de Relaciones con la Comunidad le enviará un correo en "
        "un plazo de cinco días hábiles para fijar una fecha.</p>",
    },
}

FAQ_CATEGORIES = [
    ("calling", "Calling 9-1-1", "Llamar al 9-1-1"),
    ("non-emergency", "Non-emergency help", "Ayuda que no es de emergencia"),
    ("records", "Records and property", "Registros y propiedad"),
]

# (category key, English question, English answer, Spanish question, Spanish answer)
FAQS = [
    (
        "calling",
        "When should I call 9-1-1?",
        "Call when someone's life, safety or property is in danger right now. If you are not "
        "sure, call. The call-taker will help you.",
        "¿Cuándo debo llamar al 9-1-1?",
        "Llame cuando la vida, la seguridad o la propiedad de alguien está en peligro ahora "
        "mismo. Si no está seguro, llame. La persona que contesta le ayudará.",
    ),
    (
        "calling",
        "If I call 9-1-1 from a cell phone, will I reach Example City police?",
        "Most of the time, yes. If another agency answers, tell them you are in Example City. "
        "They will pass your call to us.",
        "Si llamo al 9-1-1 desde un celular, ¿me contesta la policía de Example City?",
        "Casi siempre, sí. Si contesta otra agencia, diga que está en Example City. Le pasarán "
        "la llamada a nosotros.",
    ),
    (
        "calling",
        "Can you see where I am when I call from a cell phone?",
        "Not exactly. We may only see the nearest cell tower. Always tell us your address or "
        "where you are.",
        "¿Pueden ver dónde estoy cuando llamo desde un celular?",
        "No con exactitud. Puede que solo veamos la antena más cercana. Díganos siempre su "
        "dirección o dónde está.",
    ),
    (
        "calling",
        "What if I call 9-1-1 by mistake?",
        "Stay on the line and tell us it was a mistake. If you hang up, we must call back or send "
        "an officer to check on you.",
        "¿Qué pasa si llamo al 9-1-1 por error?",
        "Quédese en la línea y díganos que fue un error. Si cuelga, tenemos que devolverle la "
        "llamada o enviar a un agente para ver cómo está.",
    ),
    (
        "calling",
        "Why does the call-taker ask so many questions?",
        "Help is often already on the way while you answer. Your answers tell officers what they "
        "will find.",
        "¿Por qué la persona que contesta hace tantas preguntas?",
        "Muchas veces la ayuda ya va en camino mientras usted contesta. Sus respuestas les dicen "
        "a los agentes qué van a encontrar.",
    ),
    (
        "calling",
        "Can I text 9-1-1?",
        "Yes. Call if you can, text if you can't. Put your location and the kind of help you need "
        "in your first text.",
        "¿Puedo enviar un texto al 9-1-1?",
        "Sí. Llame si puede, envíe un texto si no puede. Ponga su ubicación y el tipo de ayuda "
        "que necesita en su primer texto.",
    ),
    (
        "calling",
        "I am deaf. How do I call 9-1-1?",
        "You can call 9-1-1 directly with your TTY. You do not need a relay service. You can also "
        "text 9-1-1.",
        "Soy sordo. ¿Cómo llamo al 9-1-1?",
        "Puede llamar directamente al 9-1-1 con su TTY. No necesita un servicio de "
        "retransmisión. También puede enviar un texto al 9-1-1.",
    ),
    (
        "calling",
        "I don't speak English. Can I still call 9-1-1?",
        "Yes. Say the language you speak. We will bring an interpreter onto the call. Stay on "
        "the line while we connect them.",
        "No hablo inglés. ¿Puedo llamar al 9-1-1?",
        "Sí. Diga qué idioma habla. Pondremos a un intérprete en la llamada. Quédese en la línea "
        "mientras lo conectamos.",
    ),
    (
        "calling",
        "Does it cost money to call 9-1-1?",
        "No. Calls to 9-1-1 are free from any phone, even a cell phone with no service plan.",
        "¿Cuesta dinero llamar al 9-1-1?",
        "No. Las llamadas al 9-1-1 son gratis desde cualquier teléfono, incluso un celular sin "
        "plan de servicio.",
    ),
    (
        "non-emergency",
        "What is the non-emergency number?",
        "It is at the top of every page on this site. Save it in your phone so you have it when "
        "you need it.",
        "¿Cuál es el número que no es de emergencias?",
        "Está arriba en cada página de este sitio. Guárdelo en su teléfono para tenerlo cuando "
        "lo necesite.",
    ),
    (
        "non-emergency",
        "What can I report online?",
        "Crimes where no one is in danger and the suspect is gone. For example, a stolen bike, "
        "a lost phone or damage to your car.",
        "¿Qué puedo reportar en línea?",
        "Delitos donde nadie está en peligro y el sospechoso ya se fue. Por ejemplo, una "
        "bicicleta robada, un teléfono perdido o daños a su carro.",
    ),
    (
        "non-emergency",
        "Who should I call about a noisy party?",
        "Call the non-emergency line. Only call 9-1-1 if someone is hurt or in danger.",
        "¿A quién llamo por una fiesta ruidosa?",
        "Llame a la línea que no es de emergencias. Llame al 9-1-1 solo si alguien está herido o "
        "en peligro.",
    ),
    (
        "non-emergency",
        "What is a Community Service Officer?",
        "A uniformed staff member who is not a sworn officer. CSOs take reports where no one is "
        "in danger and help with traffic and parking.",
        "¿Qué es un Oficial de Servicio Comunitario?",
        "Un empleado con uniforme que no es agente juramentado. Los CSO toman reportes donde "
        "nadie está en peligro y ayudan con el tráfico y el estacionamiento.",
    ),
    (
        "non-emergency",
        "How will I hear back after I report online?",
        "You get a report number right away. We then contact you by text, phone or email, the way "
        "you chose.",
        "¿Cómo sabré de ustedes después de reportar en línea?",
        "Recibe un número de reporte de inmediato. Luego le contactamos por texto, teléfono o "
        "correo, como usted eligió.",
    ),
    (
        "non-emergency",
        "Can a school class visit the 9-1-1 center?",
        "Yes. Use our request form to ask for a tour or a talk at your school.",
        "¿Una clase puede visitar el centro 9-1-1?",
        "Sí. Use nuestro formulario para pedir una visita o una charla en su escuela.",
    ),
    (
        "records",
        "How do I get a copy of a police report?",
        "Bring a photo ID and your report number to the Records counter, or send a request by "
        "mail. There may be a fee.",
        "¿Cómo obtengo una copia de un reporte policial?",
        "Traiga una identificación con foto y su número de reporte al mostrador de Registros, o "
        "envíe una solicitud por correo. Puede haber una tarifa.",
    ),
    (
        "records",
        "Why is part of my report blacked out?",
        "The law protects some facts, like the names of victims or people under 18. We must hide "
        "those parts.",
        "¿Por qué parte de mi reporte está tapada?",
        "La ley protege algunos datos, como los nombres de las víctimas o de menores de 18 años. "
        "Debemos ocultar esas partes.",
    ),
    (
        "records",
        "How long do you keep found property?",
        "90 days. After that, it may be sold at auction or thrown away.",
        "¿Cuánto tiempo guardan los objetos encontrados?",
        "90 días. Después, pueden venderse en subasta o desecharse.",
    ),
    (
        "records",
        "How do I get my property back?",
        "Call the Property team first to make sure it is ready. Then come in with a photo ID and "
        "your report number.",
        "¿Cómo recupero mis cosas?",
        "Llame primero al equipo de Propiedad para confirmar que están listas. Luego venga con "
        "una identificación con foto y su número de reporte.",
    ),
    (
        "records",
        "Can I get back an item that is evidence?",
        "Only when the case allows it. The officer on the case or the prosecutor must approve it.",
        "¿Puedo recuperar un objeto que es evidencia?",
        "Solo cuando el caso lo permite. Debe aprobarlo el agente a cargo del caso o el fiscal.",
    ),
]

# (English name, Spanish name, phone, email, English hours, Spanish hours, English handles,
#  Spanish handles). 555-01xx numbers are reserved for fiction.
CONTACT_UNITS = [
    (
        "Records",
        "Registros",
        "+12025550150",
        "records@example.org",
        "Monday to Friday, 9 am to 5 pm",
        "Lunes a viernes, de 9 a. m. a 5 p. m.",
        ["Copies of police reports", "Clearance letters", "Fingerprints for jobs and permits"],
        [
            "Copias de reportes policiales",
            "Cartas de antecedentes",
            "Huellas para empleos y permisos",
        ],
    ),
    (
        "Property and Evidence",
        "Propiedad y Evidencia",
        "+12025550151",
        "property@example.org",
        "Tuesday to Thursday, noon to 5 pm, by appointment",
        "Martes a jueves, de 12 a 5 p. m., con cita",
        ["Found property", "Items held for safekeeping", "Release of evidence"],
        ["Objetos encontrados", "Objetos guardados en custodia", "Entrega de evidencia"],
    ),
    (
        "Jail",
        "Cárcel",
        "+12025550152",
        "",
        "24 hours a day",
        "Las 24 horas",
        ["Questions about a person in custody", "Visits and property of people in custody"],
        [
            "Preguntas sobre una persona detenida",
            "Visitas y pertenencias de personas detenidas",
        ],
    ),
    (
        "Community Relations",
        "Relaciones con la Comunidad",
        "+12025550153",
        "community@example.org",
        "Monday to Friday, 8 am to 5 pm",
        "Lunes a viernes, de 8 a. m. a 5 p. m.",
        ["School talks and 9-1-1 for Kids", "Tours of the 9-1-1 center", "Neighborhood Watch"],
        [
            "Charlas escolares y 9-1-1 para Niños",
            "Visitas al centro 9-1-1",
            "Vigilancia Vecinal",
        ],
    ),
    (
        "Community Service Officers",
        "Oficiales de Servicio Comunitario",
        "+12025550154",
        "",
        "Every day, 7 am to 11 pm",
        "Todos los días, de 7 a. m. a 11 p. m.",
        ["Minor crashes with no injuries", "Parking enforcement", "Found property pick-up"],
        [
            "Choques leves sin heridos",
            "Control de estacionamiento",
            "Recogida de objetos encontrados",
        ],
    ),
]

ALERT = {
    "en": {
        "title": "Phone scam warning",
        "message": "People are calling residents and saying they are officers who need a "
        "payment. We never ask for money by phone. Hang up and call our non-emergency line.",
    },
    "es": {
        "title": "Alerta de estafa telefónica",
        "message": "Hay personas que llaman a los vecinos y dicen ser agentes que necesitan un "
        "pago. Nunca pedimos dinero por teléfono. Cuelgue y llame a nuestra línea que no es de "
        "emergencias.",
    },
}
