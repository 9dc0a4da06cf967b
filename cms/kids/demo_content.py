"""The demo's 9-1-1 for Kids pages, in English, and the Spanish for every string in them.

Child-facing text is kept at about a second-grade reading level (tests/kids/test_reading_level.py
checks it). The grown-ups' page is written for adults. Spanish speaks to children as "tú" and to
teachers and parents as "usted".
"""

YES_NO = "YES NO"

HOME = {
    "slug": "kids",
    "title": "9-1-1 for Kids",
    "intro": "Hi! Let's learn about 9-1-1. It is the number to call when you need help fast.",
    "body": [
        (
            "key_facts",
            {
                "heading": "What to know about 9-1-1",
                "facts": [
                    {"question": "Who?", "answer": "You can call. Kids can call too."},
                    {
                        "question": "What?",
                        "answer": "Call for a fire. Call if someone is hurt and can not wake "
                        "up. Call if a bad person is trying to hurt someone.",
                    },
                    {
                        "question": "Where?",
                        "answer": "Say where you are. Know your address: the number and the "
                        "street.",
                    },
                    {
                        "question": "When?",
                        "answer": "Call right away, when it is going on. Stay on the phone "
                        "until the call-taker says bye.",
                    },
                    {
                        "question": "How?",
                        "answer": "Press 9, then 1, then 1. Say nine-one-one. Talk slowly and "
                        "answer the questions.",
                    },
                ],
            },
        )
    ],
}

GAME_CARDS = [
    # (picture, alt, prompt, answer, explanation)
    (
        "fire",
        "A house with big flames and smoke on the roof.",
        "A house is on fire.",
        "yes",
        "Fire is a 9-1-1 call. Get out first. Then call 9-1-1 from a safe place.",
    ),
    (
        "sleeper",
        "A grown-up lies on the floor with eyes shut. A child stands near.",
        "Grandpa fell down. He will not wake up.",
        "yes",
        "A person who will not wake up needs help fast. Call 9-1-1 right away.",
    ),
    (
        "break-in",
        "At night, a person in dark clothes is next to a broken window.",
        "A stranger is breaking into a house.",
        "yes",
        "That is not safe. Hide in a safe place and be quiet. Then call 9-1-1.",
    ),
    (
        "lost-toy",
        "A teddy bear sits under a park bench.",
        "You lost your toy.",
        "no",
        "It is sad to lose a toy. But no one is hurt. Ask a grown-up to help you look.",
    ),
    (
        "scraped-knee",
        "A leg with a small red scrape, and a bandage next to it.",
        "You scraped your knee.",
        "no",
        "A scrape hurts, but it is small. A grown-up can wash it and put on a bandage.",
    ),
    (
        "talk",
        "Two people talk. One of them has a word bubble.",
        "You want someone to talk to.",
        "no",
        "It is good to talk. Talk to a grown-up you trust, like a mom, a dad or a teacher. "
        "9-1-1 is for help fast.",
    ),
    (
        "prank",
        "A phone with a big red circle and a line over it.",
        "A friend says: call 9-1-1 for fun!",
        "no",
        "Never call 9-1-1 for fun. A joke call keeps help from a person who needs it.",
    ),
]

ACTIVITIES = [
    {
        "slug": "is-it-an-emergency",
        "title": "Is it a 9-1-1 emergency?",
        "summary": "Look at each picture. Should you call 9-1-1?",
        "tile": "fire",
        "intro": "Some things need help fast. Some things can wait for a grown-up. "
        "Can you tell which is which?",
        "body": [
            (
                "emergency_game",
                {
                    "heading": "Yes or no?",
                    "intro": "Look at the picture. Read what is going on. Then pick yes or no.",
                    "cards": [
                        {
                            "image": picture,
                            "alt": alt,
                            "prompt": prompt,
                            "is_emergency": answer,
                            "explanation": explanation,
                        }
                        for picture, alt, prompt, answer, explanation in GAME_CARDS
                    ],
                },
            )
        ],
    },
    {
        "slug": "practice-call",
        "title": "Practice a 9-1-1 call",
        "summary": "Press 9-1-1 on a pretend phone. Then answer the questions.",
        "tile": "phone",
        "intro": "This phone is pretend. It is just for practice. Press the keys. Then answer "
        "each question.",
        "body": [
            (
                "practice_call",
                {
                    "heading": "Your pretend phone",
                    "intro": "Press 9, then 1, then 1. Then press Call.",
                    "steps": [
                        {
                            "call_taker_says": "9-1-1. What is wrong?",
                            "hint": "Say what is wrong. You can say: My grandpa fell and will "
                            "not wake up.",
                        },
                        {
                            "call_taker_says": "Where are you?",
                            "hint": "Say your address: the number and the street. You can "
                            "say: I am at 12 Oak Street.",
                        },
                        {
                            "call_taker_says": "What is your name?",
                            "hint": "Say your first name and your last name.",
                        },
                        {
                            "call_taker_says": "Are you safe where you are?",
                            "hint": "Say yes or no. Then do what the call-taker tells you.",
                        },
                    ],
                    "closing": "Help is on the way. Stay on the phone with me. Do not hang up "
                    "until I say bye.",
                },
            )
        ],
    },
    {
        "slug": "know-your-address",
        "title": "Know your address",
        "summary": "Make a card with your address. Keep it by the phone.",
        "tile": "home",
        "intro": "When you call 9-1-1, the call-taker asks where you are. It helps to know your "
        "address.",
        "body": [
            (
                "address_card",
                {
                    "heading": "My address card",
                    "intro": "Fill in this card with a grown-up. Say it out loud. Then print it "
                    "and keep it by the phone.",
                },
            )
        ],
    },
    {
        "slug": "print-and-color",
        "title": "Print and color",
        "summary": "A game sheet, a page to color and a helper award.",
        "tile": "coloring",
        "intro": "Print these pages. Or get each one as a PDF.",
        "body": [
            (
                "printable",
                {
                    "kind": "activity",
                    "title": "9-1-1: yes or no?",
                    "instructions": "Read each one. Circle YES if you should call 9-1-1. "
                    "Circle NO if you should not.",
                    "items": [
                        {"text": "A house is on fire.", "choices": YES_NO, "write_line": False},
                        {"text": "You lost your toy.", "choices": YES_NO, "write_line": False},
                        {
                            "text": "A man fell and will not wake up.",
                            "choices": YES_NO,
                            "write_line": False,
                        },
                        {"text": "You want a snack.", "choices": YES_NO, "write_line": False},
                        {
                            "text": "A stranger is breaking into a house.",
                            "choices": YES_NO,
                            "write_line": False,
                        },
                        {
                            "text": "A friend says: call 9-1-1 for fun.",
                            "choices": YES_NO,
                            "write_line": False,
                        },
                        {"text": "My address is:", "choices": "", "write_line": True},
                    ],
                    "image": None,
                    "alt": "",
                },
            ),
            (
                "printable",
                {
                    "kind": "coloring",
                    "title": "Color the helpers",
                    "instructions": "Color the phone and the police car. Then say it: nine, "
                    "one, one!",
                    "items": [],
                    "image": "coloring",
                    "alt": "A phone, a police car and the sun, drawn in black lines to color in.",
                },
            ),
            (
                "printable",
                {
                    "kind": "certificate",
                    "title": "9-1-1 Helper",
                    "instructions": "",
                    "items": [
                        {"text": "This award goes to", "choices": "", "write_line": True},
                        {"text": "I know when to call 9-1-1.", "choices": "", "write_line": False},
                        {"text": "I know my address.", "choices": "", "write_line": False},
                        {
                            "text": "I stay on the phone. I never call for fun.",
                            "choices": "",
                            "write_line": False,
                        },
                        {"text": "Signed by a grown-up", "choices": "", "write_line": True},
                    ],
                    "image": None,
                    "alt": "",
                },
            ),
        ],
    },
    {
        "slug": "grown-ups",
        "title": "For teachers and parents",
        "summary": "For grown-ups: a lesson plan and tips.",
        "tile": "talk",
        "intro": "",
        "body": [
            (
                "grown_ups",
                {
                    "heading": "Teaching 9-1-1 from kindergarten to second grade",
                    "intro": "These pages are made to be projected in class or used at home. "
                    "Nothing on them dials a phone, and nothing a child types is sent anywhere.",
                    "lesson_heading": "A 45-minute lesson",
                    "lesson": [
                        {
                            "minutes": 5,
                            "activity": "Welcome. Ask what the class already knows about "
                            "9-1-1 and who answers the call.",
                        },
                        {
                            "minutes": 10,
                            "activity": "Who, what, where, when and how: go through the five "
                            "key facts on the 9-1-1 for Kids page.",
                        },
                        {
                            "minutes": 10,
                            "activity": 'Play "Is it a 9-1-1 emergency?" on the projector. '
                            "Children show thumbs up or down before you reveal each answer.",
                        },
                        {
                            "minutes": 10,
                            "activity": "Practice call: a volunteer presses 9-1-1 on the "
                            "pretend phone and the class helps answer each question.",
                        },
                        {
                            "minutes": 5,
                            "activity": "Know your address: hand out the address card to fill "
                            "in at home with a grown-up.",
                        },
                        {
                            "minutes": 5,
                            "activity": "Wrap up: hand out the coloring page and the 9-1-1 "
                            "Helper certificates.",
                        },
                    ],
                    "talking_points_heading": "Talking points",
                    "talking_points": [
                        'Say "nine-one-one", never "nine-eleven". There is no eleven button '
                        "on a phone, and a child who looks for one loses time.",
                        "Don't hang up. Stay on the line until the call-taker says it is OK, "
                        "even after a call made by mistake: say it was a mistake, so nobody has "
                        "to call back or come to check.",
                        "A locked phone can still call 9-1-1: most phones have an Emergency "
                        "button on the lock screen. Show it on a grown-up's phone, but never "
                        "practice on a real phone.",
                        "Prank calls are not a joke: while a call-taker answers one, someone "
                        "with a real emergency may be waiting.",
                        "Old phones given as toys can still reach 9-1-1. Take the battery out "
                        "first.",
                    ],
                    "visit_text": "Our community-relations officers visit kindergarten to "
                    'second-grade classrooms with the "9-1-1 for Kids" presentation, and can '
                    "host a tour of the communications center. Ask for a visit and we will "
                    "get back to you to pick a date.",
                },
            )
        ],
    },
]

# Every translatable string above, in Spanish. The loader fails loudly on a missing one, so the
# Spanish pages can never silently show English.
SPANISH = {
    # Home
    "kids": "ninos",
    "9-1-1 for Kids": "9-1-1 para niños",
    "Hi! Let's learn about 9-1-1. It is the number to call when you need help fast.": (
        "¡Hola! Vamos a aprender sobre el 9-1-1. Es el número para pedir ayuda rápido."
    ),
    "What to know about 9-1-1": "Lo que debes saber del 9-1-1",
    "Who?": "¿Quién?",
    "You can call. Kids can call too.": "Tú puedes llamar. Los niños también pueden llamar.",
    "What?": "¿Qué?",
    "Call for a fire. Call if someone is hurt and can not wake up. Call if a bad person is "
    "trying to hurt someone.": (
        "Llama si hay un incendio. Llama si alguien está herido y no despierta. Llama si una "
        "persona mala quiere hacerle daño a alguien."
    ),
    "Where?": "¿Dónde?",
    "Say where you are. Know your address: the number and the street.": (
        "Di dónde estás. Aprende tu dirección: el número y la calle."
    ),
    "When?": "¿Cuándo?",
    "Call right away, when it is going on. Stay on the phone until the call-taker says bye.": (
        "Llama enseguida, cuando está pasando. No cuelgues hasta que la persona que contesta "
        "te diga adiós."
    ),
    "How?": "¿Cómo?",
    "Press 9, then 1, then 1. Say nine-one-one. Talk slowly and answer the questions.": (
        "Marca 9, luego 1, luego 1. Di nueve-uno-uno. Habla despacio y contesta las preguntas."
    ),
    # Game
    "is-it-an-emergency": "es-una-emergencia",
    "Is it a 9-1-1 emergency?": "¿Es una emergencia para el 9-1-1?",
    "Look at each picture. Should you call 9-1-1?": "Mira cada dibujo. ¿Hay que llamar al 9-1-1?",
    "Some things need help fast. Some things can wait for a grown-up. Can you tell which is "
    "which?": (
        "Algunas cosas necesitan ayuda rápido. Otras pueden esperar a un adulto. ¿Sabes cuáles "
        "son cuáles?"
    ),
    "Yes or no?": "¿Sí o no?",
    "Look at the picture. Read what is going on. Then pick yes or no.": (
        "Mira el dibujo. Lee lo que pasa. Luego elige sí o no."
    ),
    "A house with big flames and smoke on the roof.": (
        "Una casa con llamas grandes y humo en el techo."
    ),
    "A house is on fire.": "Una casa se está quemando.",
    "Fire is a 9-1-1 call. Get out first. Then call 9-1-1 from a safe place.": (
        "Un incendio es una llamada al 9-1-1. Primero sal. Luego llama al 9-1-1 desde un lugar "
        "seguro."
    ),
    "A grown-up lies on the floor with eyes shut. A child stands near.": (
        "Un adulto está en el piso con los ojos cerrados. Un niño está cerca."
    ),
    "Grandpa fell down. He will not wake up.": "El abuelo se cayó. No se despierta.",
    "A person who will not wake up needs help fast. Call 9-1-1 right away.": (
        "Una persona que no se despierta necesita ayuda rápido. Llama al 9-1-1 enseguida."
    ),
    "At night, a person in dark clothes is next to a broken window.": (
        "De noche, una persona con ropa oscura está junto a una ventana rota."
    ),
    "A stranger is breaking into a house.": "Un extraño está entrando a una casa a la fuerza.",
    "That is not safe. Hide in a safe place and be quiet. Then call 9-1-1.": (
        "Eso no es seguro. Escóndete en un lugar seguro y quédate callado. Luego llama al 9-1-1."
    ),
    "A teddy bear sits under a park bench.": (
        "Un osito de peluche está debajo de una banca del parque."
    ),
    "You lost your toy.": "Perdiste tu juguete.",
    "It is sad to lose a toy. But no one is hurt. Ask a grown-up to help you look.": (
        "Es triste perder un juguete. Pero nadie está herido. Pide a un adulto que te ayude a "
        "buscarlo."
    ),
    "A leg with a small red scrape, and a bandage next to it.": (
        "Una pierna con un raspón rojo pequeño, y una curita al lado."
    ),
    "You scraped your knee.": "Te raspaste la rodilla.",
    "A scrape hurts, but it is small. A grown-up can wash it and put on a bandage.": (
        "Un raspón duele, pero es pequeño. Un adulto lo puede lavar y ponerte una curita."
    ),
    "Two people talk. One of them has a word bubble.": (
        "Dos personas hablan. Una de ellas tiene un globo de diálogo."
    ),
    "You want someone to talk to.": "Quieres hablar con alguien.",
    "It is good to talk. Talk to a grown-up you trust, like a mom, a dad or a teacher. 9-1-1 "
    "is for help fast.": (
        "Es bueno hablar. Habla con un adulto de confianza, como tu mamá, tu papá o tu maestra. "
        "El 9-1-1 es para pedir ayuda rápido."
    ),
    "A phone with a big red circle and a line over it.": (
        "Un teléfono con un círculo rojo grande y una raya encima."
    ),
    "A friend says: call 9-1-1 for fun!": "Un amigo dice: ¡llama al 9-1-1 de broma!",
    "Never call 9-1-1 for fun. A joke call keeps help from a person who needs it.": (
        "Nunca llames al 9-1-1 de broma. Una llamada de broma le quita la ayuda a alguien que "
        "la necesita."
    ),
    # Practice call
    "practice-call": "llamada-de-practica",
    "Practice a 9-1-1 call": "Practica una llamada al 9-1-1",
    "Press 9-1-1 on a pretend phone. Then answer the questions.": (
        "Marca 9-1-1 en un teléfono de juguete. Luego contesta las preguntas."
    ),
    "This phone is pretend. It is just for practice. Press the keys. Then answer each question.": (
        "Este teléfono es de juguete. Es solo para practicar. Marca los números. Luego contesta "
        "cada pregunta."
    ),
    "Your pretend phone": "Tu teléfono de juguete",
    "Press 9, then 1, then 1. Then press Call.": "Marca 9, luego 1, luego 1. Luego oprime Llamar.",
    "9-1-1. What is wrong?": "9-1-1. ¿Qué pasa?",
    "Say what is wrong. You can say: My grandpa fell and will not wake up.": (
        "Di qué pasa. Puedes decir: Mi abuelo se cayó y no se despierta."
    ),
    "Where are you?": "¿Dónde estás?",
    "Say your address: the number and the street. You can say: I am at 12 Oak Street.": (
        "Di tu dirección: el número y la calle. Puedes decir: Estoy en la calle Roble número 12."
    ),
    "What is your name?": "¿Cómo te llamas?",
    "Say your first name and your last name.": "Di tu nombre y tu apellido.",
    "Are you safe where you are?": "¿Estás en un lugar seguro?",
    "Say yes or no. Then do what the call-taker tells you.": (
        "Di sí o no. Luego haz lo que te diga la persona que contesta."
    ),
    "Help is on the way. Stay on the phone with me. Do not hang up until I say bye.": (
        "La ayuda va en camino. Quédate en el teléfono conmigo. No cuelgues hasta que yo te "
        "diga adiós."
    ),
    # Address
    "know-your-address": "aprende-tu-direccion",
    "Know your address": "Aprende tu dirección",
    "Make a card with your address. Keep it by the phone.": (
        "Haz una tarjeta con tu dirección. Guárdala junto al teléfono."
    ),
    "When you call 9-1-1, the call-taker asks where you are. It helps to know your address.": (
        "Cuando llamas al 9-1-1, te preguntan dónde estás. Es bueno saber tu dirección."
    ),
    "My address card": "Mi tarjeta con mi dirección",
    "Fill in this card with a grown-up. Say it out loud. Then print it and keep it by the phone.": (
        "Llena esta tarjeta con un adulto. Léela en voz alta. Luego imprímela y guárdala junto "
        "al teléfono."
    ),
    # Printables
    "print-and-color": "imprime-y-colorea",
    "Print and color": "Imprime y colorea",
    "A game sheet, a page to color and a helper award.": (
        "Una hoja de juego, un dibujo para colorear y un premio de ayudante."
    ),
    "Print these pages. Or get each one as a PDF.": "Imprime estas hojas. O bájalas en PDF.",
    "9-1-1: yes or no?": "9-1-1: ¿sí o no?",
    "Read each one. Circle YES if you should call 9-1-1. Circle NO if you should not.": (
        "Lee cada una. Encierra SÍ si hay que llamar al 9-1-1. Encierra NO si no hay que llamar."
    ),
    YES_NO: "SÍ NO",
    "A man fell and will not wake up.": "Un señor se cayó y no se despierta.",
    "You want a snack.": "Quieres algo de comer.",
    "A friend says: call 9-1-1 for fun.": "Un amigo dice: llama al 9-1-1 de broma.",
    "My address is:": "Mi dirección es:",
    "Color the helpers": "Colorea a los ayudantes",
    "Color the phone and the police car. Then say it: nine, one, one!": (
        "Colorea el teléfono y la patrulla. Luego dilo: ¡nueve, uno, uno!"
    ),
    "A phone, a police car and the sun, drawn in black lines to color in.": (
        "Un teléfono, una patrulla y el sol, dibujados con líneas negras para colorear."
    ),
    "9-1-1 Helper": "Ayudante del 9-1-1",
    "This award goes to": "Este premio es para",
    "I know when to call 9-1-1.": "Sé cuándo llamar al 9-1-1.",
    "I know my address.": "Sé mi dirección.",
    "I stay on the phone. I never call for fun.": "No cuelgo el teléfono. Nunca llamo de broma.",
    "Signed by a grown-up": "Firma de un adulto",
    # Grown-ups
    "grown-ups": "para-adultos",
    "For teachers and parents": "Para maestros y padres",
    "For grown-ups: a lesson plan and tips.": "Para adultos: un plan de clase y consejos.",
    "Teaching 9-1-1 from kindergarten to second grade": (
        "Cómo enseñar el 9-1-1 de kínder a segundo grado"
    ),
    "These pages are made to be projected in class or used at home. Nothing on them dials a "
    "phone, and nothing a child types is sent anywhere.": (
        "Estas páginas se pueden proyectar en clase o usar en casa. Nada en ellas marca un "
        "teléfono, y nada de lo que escribe un niño se envía a ningún lado."
    ),
    "A 45-minute lesson": "Una clase de 45 minutos",
    "Welcome. Ask what the class already knows about 9-1-1 and who answers the call.": (
        "Bienvenida. Pregunte qué sabe el grupo del 9-1-1 y quién contesta la llamada."
    ),
    "Who, what, where, when and how: go through the five key facts on the 9-1-1 for Kids page.": (
        "Quién, qué, dónde, cuándo y cómo: repasen los cinco datos clave de la página 9-1-1 "
        "para niños."
    ),
    'Play "Is it a 9-1-1 emergency?" on the projector. Children show thumbs up or down before '
    "you reveal each answer.": (
        'Jueguen a "¿Es una emergencia para el 9-1-1?" en el proyector. Los niños muestran el '
        "pulgar arriba o abajo antes de ver cada respuesta."
    ),
    "Practice call: a volunteer presses 9-1-1 on the pretend phone and the class helps answer "
    "each question.": (
        "Llamada de práctica: un voluntario marca 9-1-1 en el teléfono de juguete y el grupo "
        "ayuda a contestar cada pregunta."
    ),
    "Know your address: hand out the address card to fill in at home with a grown-up.": (
        "Aprende tu dirección: reparta la tarjeta para llenarla en casa con un adulto."
    ),
    "Wrap up: hand out the coloring page and the 9-1-1 Helper certificates.": (
        "Cierre: reparta el dibujo para colorear y los diplomas de Ayudante del 9-1-1."
    ),
    "Talking points": "Puntos para conversar",
    'Say "nine-one-one", never "nine-eleven". There is no eleven button on a phone, and a '
    "child who looks for one loses time.": (
        'Diga "nueve-uno-uno", nunca "nueve-once". El teléfono no tiene una tecla con el once, '
        "y un niño que la busca pierde tiempo."
    ),
    "Don't hang up. Stay on the line until the call-taker says it is OK, even after a call "
    "made by mistake: say it was a mistake, so nobody has to call back or come to check.": (
        "No cuelgue. Quédese en la línea hasta que la persona que contesta le diga que puede "
        "colgar, aunque haya llamado por error: diga que fue un error, para que nadie tenga que "
        "volver a llamar o ir a revisar."
    ),
    "A locked phone can still call 9-1-1: most phones have an Emergency button on the lock "
    "screen. Show it on a grown-up's phone, but never practice on a real phone.": (
        "Un teléfono bloqueado puede llamar al 9-1-1: la mayoría tiene un botón de Emergencia "
        "en la pantalla de bloqueo. Muéstrelo en el teléfono de un adulto, pero nunca practiquen "
        "con un teléfono de verdad."
    ),
    "Prank calls are not a joke: while a call-taker answers one, someone with a real "
    "emergency may be waiting.": (
        "Las llamadas de broma no son un juego: mientras alguien contesta una, una persona con "
        "una emergencia de verdad puede estar esperando."
    ),
    "Old phones given as toys can still reach 9-1-1. Take the battery out first.": (
        "Los teléfonos viejos que se dan como juguete todavía pueden llamar al 9-1-1. Quíteles "
        "la batería primero."
    ),
    "Our community-relations officers visit kindergarten to second-grade classrooms with the "
    '"9-1-1 for Kids" presentation, and can host a tour of the communications center. Ask for '
    "a visit and we will get back to you to pick a date.": (
        "Nuestros agentes de relaciones con la comunidad visitan salones de kínder a segundo "
        'grado con la presentación "9-1-1 para niños", y pueden organizar un recorrido por el '
        "centro de comunicaciones. Pida una visita y le contestaremos para elegir una fecha."
    ),
}
