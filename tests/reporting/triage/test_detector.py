"""The detector on its own: pure Python, no database, no network."""

import pytest

from reporting.triage import Lexicon, default_lexicon, detect


def concepts(text: str) -> list[str]:
    return detect(text, default_lexicon()).concepts


@pytest.mark.parametrize(
    ("text", "concept"),
    [
        ("My dad fell down the stairs and he is not waking up", "not_breathing"),
        ("There is smoke coming out of the apartment next door", "fire"),
        ("I think someone is in my house, I am hiding in the closet", "intruder"),
        ("I think someone is in my house, I am hiding in the closet", "trapped"),
        ("Mi papá se cayó y no despierta", "not_breathing"),
        ("Están disparando en el parque", "violence"),
        ("Apuñalaron a un hombre", "violence"),
        ("he isn't breathing", "not_breathing"),
        ("he stopped breathing", "not_breathing"),
        ("my son won't wake up", "not_breathing"),
        ("she passed out on the floor", "not_breathing"),
        ("dejó de respirar", "not_breathing"),
        ("someone broke in and is still here", "intruder"),
        ("me están siguiendo", "followed"),
        ("el hombre tiene una pistola", "weapon"),
        ("they are stabbing him", "violence"),
        ("golpean a una señora", "violence"),
        ("mi hijo no responde", "not_breathing"),
    ],
)
def test_emergencies_are_found(text, concept):
    assert concept in concepts(text)


@pytest.mark.parametrize(
    "text",
    [
        "nobody was hurt",
        "no one was injured",
        "no one injured, just a dent",
        "no weapons were involved",
        "nadie salió herido",
        "choque sin heridos",
        "the fire hydrant on my corner is leaking",
        "I got fired from my job",
        "I shot a video of the car",
        "just killing time, there is a pothole on Elm",
        "my car has a dead battery",
        "my phone died before I could call",
        "the knife set was stolen from my kitchen",
        "found a gun-shaped lighter in the yard",
        "fireworks last week kept us up",
        "the smoke detector is chirping",
        "someone stole my rifle from the truck",
        "I was assaulted at the bar last weekend, the man left",
        "he sent me a threat three days ago",
        "what should I do if someone stops breathing",
    ],
)
def test_ordinary_reports_do_not_alarm(text):
    result = detect(text, default_lexicon())
    assert not result.emergency, result.findings


def test_a_finding_names_its_concept_span_and_language():
    text = "Hola, mi hermano no respira. Please hurry."
    (finding,) = [f for f in detect(text, default_lexicon()).findings if f.concept != "help_now"]
    assert finding.concept == "not_breathing"
    assert finding.language == "es"
    assert text[finding.start : finding.end] == finding.text == "no respira"
    assert text[finding.sentence_start : finding.sentence_end] == "Hola, mi hermano no respira."


def test_accents_casing_and_typos():
    assert "violence" in concepts("APUNALARON A MI VECINO")
    assert "not_breathing" in concepts("my brother is unconcious")
    assert "not_breathing" in concepts("he is not breating")
    assert "weapon" in concepts("tiene una pistla")


def test_mixed_english_and_spanish_in_one_text():
    result = detect("Please help, mi esposo no respira and there is smoke", default_lexicon())
    assert {"not_breathing", "fire"} <= set(result.concepts)
    assert {f.language for f in result.findings} == {"en", "es"}


def test_a_weapon_present_now_alarms_but_a_stolen_one_does_not():
    assert "weapon" in concepts("a man with a gun is standing outside my door")
    assert "weapon" in concepts("me robó con una pistola y sigue afuera")
    assert not detect("my gun was stolen from my car", default_lexicon()).emergency
    assert not detect("me robaron mi pistola del carro", default_lexicon()).emergency


def test_past_resolved_events_are_reports_unless_still_going_on():
    assert not detect("someone punched me two weeks ago", default_lexicon()).emergency
    assert "violence" in concepts(
        "he punched me two weeks ago and he is hitting me again right now"
    )
    assert not detect("ayer me amenazó con un cuchillo, ya se fue", default_lexicon()).emergency


def test_negation_stays_inside_its_clause():
    assert "injury" in concepts("no one is helping him, he is bleeding badly")
    assert "not_breathing" in concepts("No, no respira")


def test_dismissals_say_why():
    result = detect("Nobody was hurt, there is no fire.", default_lexicon())
    reasons = {(d.finding.concept, d.reason) for d in result.dismissed}
    assert ("injury", "negated") in reasons
    assert ("fire", "negated") in reasons


def test_editors_lists_compile_with_the_same_syntax():
    lexicon = Lexicon.from_lists(
        {
            "fire": {"en": "bonfire out of control\nwildfire|brushfire"},
            "benign": {"en": "wildfire season"},
            "negation": {"en": "no"},
        }
    )
    assert detect("the bonfire is out of control", lexicon).concepts == ["fire"]
    assert detect("A brushfire near the school", lexicon).concepts == ["fire"]
    assert not detect("wildfire season starts soon", lexicon).emergency
    assert not detect("there is no wildfire", lexicon).emergency
    assert not detect("the bonfire is fine", lexicon).emergency


def test_empty_and_odd_input():
    lexicon = default_lexicon()
    assert not detect("", lexicon).emergency
    assert not detect("   \n\t", lexicon).emergency
    assert not detect("🙂🙂🙂 ¿¿?? 12345", lexicon).emergency
    assert detect("x" * 5000 + " he is not breathing", lexicon).emergency


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ("my kid shot his friend with a nerf gun", "benign"),  # a toy sets aside its shooting
        ("he passed out on my porch, then he woke up and left", "recovered"),
        ("se desmayó en la misa pero ya despertó", "recovered"),
        ("there are gunshots on the tv show next door", "not_real"),
        ("se oyen balazos de la tele del vecino", "not_real"),
        ("there's a fight on facebook about the school board", "remote"),
        ("a man was stabbed here two years ago and the lights are still broken", "past"),
        ("kids are playing with toy guns", "benign"),  # "toy" is not text-speak for "estoy"
    ],
)
def test_the_new_cues_set_findings_aside(text, reason):
    result = detect(text, default_lexicon())
    assert not result.emergency, result.findings
    assert reason in {d.reason for d in result.dismissed}


@pytest.mark.parametrize(
    "text",
    [
        "no he's not breathing",  # an answer, then the finding's own negation
        "my dad passed out and never woke up",  # a denied recovery is no recovery
        "she took her boyfriend's pills, like twenty of them, and now she's really sleepy",
        "my kid is missing, she was at the playground 10 min ago",
        "he punched me two weeks ago and he is hitting me again right now",
        "mi hijo se tomó las pastillas, todas las del frasco",
    ],
)
def test_what_the_new_cues_must_not_set_aside(text):
    assert detect(text, default_lexicon()).emergency


def test_a_phrase_can_reach_across_its_sentence_with_three_dots():
    lexicon = Lexicon.from_lists({"overdose": {"en": "pills ... sleepy"}})
    assert detect("she took pills, lots of them, and is sleepy", lexicon).concepts == ["overdose"]
    later = detect("she took pills. Later she was sleepy", lexicon, second_opinion=False)
    assert not later.emergency


# Round 2 (an independent writer's set A): classes of error, each in both languages where
# the class exists in both. Lists silent and the learned model not asked (second_opinion=False),
# so a pass here is the lists' and the rules' doing.
@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ("he's not hurt, he just wants to report it", "negated"),  # a "not" between the words
        ("the kids aren't hurting anyone, they're just loud", "negated"),
        ("mi hijo no está herido, solo asustado", "negated"),
        ("I burned popcorn and the smoke alarm went off", "benign"),
        ("se me quemó el arroz", "benign"),
        ("my neighbor has a fire pit. The smoke gets into my bedroom", "benign"),
        ("el señor de los elotes asados pone su carbón y todo el humo entra a la casa", "benign"),
        ("they park across my driveway on weekends. I can't get out.", "benign"),
        ("se murió mi cel cuando llenaba el formulario", "benign"),
        ("a scammer texted my dad that his grandson was injured in a crash", "all_clear"),
        ("le llamaron haciéndose pasar por mí, que estaba herido", "all_clear"),
        ("Someone stole my handgun out of my truck. Glock 19, I have the serial.", "property"),
        ("me robaron la pistola de la camioneta. Es una Glock 17, tengo la serie", "property"),
        ("my dad keeps his rifles in a locked safe", "property"),
        ("what are the rules for transporting firearms", "hypothetical"),
        ("¿cuáles son las leyes sobre portar una pistola?", "hypothetical"),
        ("sounded like gunshots but it was just kids with fireworks", "not_real"),
        ("parecían balazos pero eran puros cohetes de los vecinos", "not_real"),
        ('guys yelling "kill him" during sparring at the boxing gym', "not_real"),
    ],
)
def test_round_two_classes_are_set_aside(text, reason):
    result = detect(text, default_lexicon(), second_opinion=False)
    assert not result.emergency, result.findings
    assert reason in {d.reason for d in result.dismissed}


@pytest.mark.parametrize(
    "text",
    [
        "my dad is in the garage cutting his arms and won't let me take the knife",
        "he won't put the gun down and he's yelling at my mom",
        "no suelta el cuchillo y está amenazando a mi mamá",
        "I was going to take pictures this morning but now I see smoke pouring out of the garage",
        "he fell in the bathroom last night and can't get up",
        "mi abuela se cayó anoche y no puede levantarse",
        "un carro me viene siguiendo, ya di varias vueltas y sigue detrás de mí",
        "someone stole my gun last week and now he is outside waving it at people",
        "sale mucho humo de la casa de al lado, manden a los bomberos",
    ],
)
def test_round_two_emergencies_stay_emergencies(text):
    assert detect(text, default_lexicon(), second_opinion=False).emergency


# Classes set A did not show, written by the tuner for other writers' habits.
@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ("that corner is an accident waiting to happen, someone will get killed", "hypothetical"),
        ("esa esquina es un peligro, un día van a matar a alguien", "hypothetical"),
        ("the gun range shoots all weekend, the gunshots are constant", "not_real"),
        ("el campo de tiro dispara todo el fin de semana", "not_real"),
        ("I hear gunshots from the woods three or four times a week", "habitual"),
        ("escucho balazos por el monte tres o cuatro veces por semana", "habitual"),
        ("the motel on 4th has had three overdoses this month", "past"),
        ("el motel ha tenido tres sobredosis este mes", "past"),
        ("kids in a group chat are telling my son to kill himself", "benign"),
        ("en el grupo le dicen que se suicide", "benign"),
        ("the CO detector went off (carbon monoxide), firemen said all is fine", "recovered"),
        ("se atragantó con la carne pero le hice la maniobra y ya está perfectamente", "recovered"),
        ("a student told me his uncle hits him when he gets drunk", "habitual"),
        ("un alumno me dijo que su tío le pega cuando toma", "habitual"),
        ("my ex is threatening to take the kids out of state next week", "benign"),
        ("mi ex amenazó con llevarse a los niños a otro estado", "benign"),
        ("I want to schedule a fire safety talk for the kids", "benign"),
        ("someone called saying they kidnapped my son and wanted money", "not_real"),
        (
            "my toddler locked herself in the bathroom but we got the door open, all good now",
            "recovered",
        ),
        ("mi niña se encerró en el baño pero ya abrimos la puerta, todo bien", "recovered"),
        ("my grandson got shot with a paintball at the park", "benign"),
        ("a guy has been following my Instagram posts", "benign"),
        ("un tipo me sigue en instagram y comenta cosas raras", "benign"),
        ("¿es legal que mi hijo de 16 años traiga una navaja?", "hypothetical"),
        ("hunters are shooting close to the houses on Ridge Rd", "benign"),
        ("the fire department is doing a controlled burn, lots of smoke", "benign"),
        ("our book club read a murder mystery", "benign"),
        ("There's a dead coyote in the ditch, looks like it got hit by a car", "benign"),
        ("I had chest pains from the stress, I'm fine now", "recovered"),
        (
            "mi vecina deja a su hijo de 11 años solo después de la escuela, ¿es legal?",
            "hypothetical",
        ),
        ("there was a smell of gas on our street, the gas company shut it off", "recovered"),
        ("el olor a gas ya lo arreglaron, dijeron que ya no hay peligro", "recovered"),
        ("teens were hiding in the bushes to scare people on Halloween", "benign"),
        ("the dollar store sells toys that are a choking hazard", "benign"),
    ],
)
def test_other_writers_classes_are_set_aside(text, reason):
    result = detect(text, default_lexicon(), second_opinion=False)
    assert not result.emergency, result.findings
    assert reason in {d.reason for d in result.dismissed}


@pytest.mark.parametrize(
    "text",
    [
        "mi hijo se está atragantando con una moneda",
        "alguien está golpeando la puerta de atrás y moviendo la manija",
        "the garage is on fire and the fire is out of control",
        "se está quemando la cochera y el fuego ya llegó a la cerca",
        "my sister says she wants to kill herself",
        "mi hermana dice que se quiere matar",
        "he's threatening to take his own life",
        "she collapsed and eventually stopped breathing",
        "lleva un día sin despertar",
        "he wants 2 kill me",
        "my dad is just acting strange and his face is drooping",
        "my dad hits my mom when he gets drunk and he is hitting her right now",
        "tiene orden de restricción y está aquí golpeándome",
        "my son locked himself in the bathroom with pills and won't open the door",
        "hunters just shot toward our house, a bullet came through the kitchen window",
        "a guy keeps getting closer and saying he's gonna get me, nobody else is here",
        "un tipo se me sigue acercando y me dice que me va a agarrar",
        "un perro grande se metió al patio y está mordiendo a mi hermanito",
        "I'm hiding in the closet and he's trying to scare me",
        "there's a strong smell of gas in the kitchen and the gas company isn't answering",
    ],
)
def test_other_writers_emergencies_stay_emergencies(text):
    assert detect(text, default_lexicon(), second_opinion=False).emergency


# Round 3 (sets B and C of the independent writer): the classes, in other words than theirs.
@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ("the mattress store is having a fire sale, their sign blew over", "benign"),
        ("my heart stopped when I opened the electric bill this month", "benign"),
        ("the repair quote was a heart attack of a price, is that shop legit?", "benign"),
        ("my uncle was home from the hospital after his stroke when his car got stolen", "benign"),
        ("for the school play the kids carry rubber knives and cardboard swords", "benign"),
        ("someone stole my starter pistol from the track team shed", "benign"),
        ("alguien se robó la pistola de salva que usamos en las carreras", "benign"),
        ("the clerk doesn't speak English very well, can you send someone who does?", "benign"),
        ("mi abuela no habla bien el inglés, ¿hay quien le tome el reporte en español?", "benign"),
        ("our church wants to hand out Narcan kits, who can train us?", "benign"),
        ("queremos donar narcan a la escuela, ¿con quién hablo?", "benign"),
        ("box of 9mm ammo and a gun case, taken from the garage", "benign"),
        ("caja de balas 9mm y un estuche, de la bodega", "benign"),
        ("en la fiesta de disfraces llevan cuchillos de hule", "benign"),
        ("ese carro lleva una semana sin moverse frente a mi casa", "benign"),
        ("that truck hasn't moved in three weeks, it has no plates", "benign"),
        ("esa camioneta no se mueve desde hace un mes, tiene las llantas ponchadas", "benign"),
        ("guy about 40, grey beard, took the tip jar and left in a blue pickup", "benign"),
        ("the man who robbed us? no, he's still in jail I think", "benign"),
        ("the storm knocked our recycling bins over and they're still in the road", "benign"),
        ("my neighbor's dog is tied up in the yard all day with no shade", "benign"),
        ("el perro de enfrente está amarrado todo el día sin comida", "benign"),
        ("a man was choking his dog on its leash at the park, it looked cruel", "benign"),
        ("a mi camioneta le pegaron un balazo la semana pasada y quiero el reporte", "benign"),
        ("los camiones de basura no se pueden parar porque hay carros en la esquina", "benign"),
        (
            "my brother says he'll kill me if I eat his food, just kidding, it's about parking",
            "not_real",
        ),
        ("mi cuñado dice que me va a matar jajaja, lo que quiero reportar es un bache", "not_real"),
        ("what age can my daughter be left alone at home?", "hypothetical"),
        ("oí en la tele que hubo una balacera en mi colonia, ¿es seguro salir?", "not_real"),
        ("¿a qué edad puede un niño quedarse solo en la casa?", "hypothetical"),
        ("my son broke his arm at practice Tuesday and the other dad shoved the coach", "past"),
    ],
)
def test_round_three_classes_are_set_aside(text, reason):
    result = detect(text, default_lexicon(), second_opinion=False)
    assert not result.emergency, result.findings
    assert reason in {d.reason for d in result.dismissed}


@pytest.mark.parametrize(
    "text",
    [
        "a pit bull is biting his leg and won't let go",
        "the dog knocked my grandma down and it's biting her hand",
        "el perro le está mordiendo la pierna a mi vecino y no lo suelta",
        "some guy is pouring gasoline on my porch and trying to light it",
        "he's splashing lighter fluid around the garage",
        "mi ex está echando gasolina en la puerta y quiere prenderle fuego a la casa",
        "the man has her by the hair and is dragging her down the street",
        "el tipo la tiene agarrada del cuello en el estacionamiento",
        "la señora está gritando que la ayuden, un hombre la está jalando al carro",
        "he's outside my door right now, he says he has nothing left to lose",
        "my grandpa was watching TV and suddenly his face went droopy and he can't lift his arm",
        "mi abuela estaba mirando la tele y de repente ya no puede hablar bien",
        "sigue tirado en la banqueta y ya no responde",
        "a car hit a man on a bicycle and he is not moving",
        "mi vecina de 80 años lleva dos días sin salir, no abre y se escucha la tele",
        "my neighbor hasn't opened the door in two days and I can hear the TV on",
        "un carro atropelló a un señor y lleva rato sin moverse",
        "my son is stuck in the car in the parking lot and it's 100 degrees, the kid is crying",
        "hay un bebé encerrado en un carro y un perrito también, hace mucho calor",
    ],
)
def test_round_three_emergencies_stay_emergencies(text):
    assert detect(text, default_lexicon(), second_opinion=False).emergency


def test_an_animal_biting_a_persons_body_is_an_emergency():
    lexicon = default_lexicon()
    assert detect("the neighbor's dog got loose and it's biting my arm", lexicon).emergency
    assert not detect("a coyote attacked my cat last night", default_lexicon()).emergency


# Set D (another independent writer): the classes, in other words than theirs.
@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ("found a rifle scope and two gun cases in the alley behind the store", "benign"),
        ("my cousin left a box of shotgun shells in our garage, who takes them?", "benign"),
        ("encontramos una caja de balas de pistola y una funda de rifle en el terreno", "benign"),
        ("cars swerve into oncoming traffic to dodge the huge pothole on 5th street", "benign"),
        ("the neighbors burn trash in a barrel out back, it smells awful", "benign"),
        ("los vecinos queman basura en un tambo todas las tardes y el humo entra", "benign"),
        ("my son with autism has wandered off before, can I register him with you?", "past"),
        ("mi papá con alzheimer se ha perdido antes, ¿hay algún registro?", "past"),
        ("my ex posted on facebook last month that he was going to beat me up", "remote"),
        ("someone stole my tools, a generator and two shotguns from the barn", "property"),
        ("robaron una bici, dos taladros y la pistola de mi esposo", "property"),
    ],
)
def test_set_d_classes_are_set_aside(text, reason):
    result = detect(text, default_lexicon(), second_opinion=False)
    assert not result.emergency, result.findings
    assert reason in {d.reason for d in result.dismissed}


@pytest.mark.parametrize(
    "text",
    [
        "a pit bull just bit a kid at the bus stop and it's still loose",
        "the dog bit my neighbor and is running loose in the street",
        "un pitbull mordió a una señora en la parada y anda suelto por la calle",
        "ese perro acaba de atacar a un niño en el parque",
        "el perro de mi tía is biting a mi hijo, ayúdenme",
        "mi vecino's dog is attacking al niño de enfrente",
        "a kid posted on snapchat he's going to shoot up the game tonight",
        "publicaron en instagram que hoy van a balacear la escuela a la salida",
        "he hit his head on the pool deck and there's blood coming out of his ear",
        "he stole my purse and he has a gun, he's still outside",
        "se robó mi bolsa y tiene una pistola, sigue afuera",
    ],
)
def test_set_d_emergencies_stay_emergencies(text):
    assert detect(text, default_lexicon(), second_opinion=False).emergency


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        # A death expected at home, under hospice care.
        ("my grandfather passed away peacefully last night, the hospice nurse is here", "benign"),
        ("mi abuela falleció en paz esta mañana, la enfermera de hospicio está aquí", "benign"),
        # "people shouldn't talk like that": manners, not someone unable to speak.
        ("kids these days shouldn't talk like that to their teachers", "benign"),
        # How officers respond to shootings in general: a question, not a shooting.
        ("my daughter is doing a school project on how police respond to shootings", "benign"),
        ("¿cómo responden los policías a tiroteos? es para una tarea", "benign"),
        # An EpiPen or inhaler as a thing in a stolen bag.
        ("someone stole my purse with my epipen inside, I already have a new one", "benign"),
        ("se robaron la mochila con el epipen adentro, ya compré otro", "benign"),
        # A child's belongings ("my kids scooter", no apostrophe): not the child.
        ("somebody took my sons bike off the front lawn", "benign"),
        # The weapon named first, then said to be a toy or a fake.
        ("the knife he was waving was just a toy, my neighbor checked it", "benign"),
        ("la pistola que vi en el parque era de juguete", "benign"),
        # Someone who yelled and then left.
        ("she screamed and stormed off, this was on Monday", "benign"),
        # Owning, collecting or handing in a weapon.
        ("my husband collects rifles and wants to know about storage rules", "benign"),
        ("I handed over the knife my son found at school to the principal", "benign"),
        ("mi esposo es coleccionista de armas, ¿necesita un permiso?", "benign"),
        ("mi hijo entregó la pistola que encontró en el parque a la policía", "benign"),
        # The car that hit someone last week, a phone that fell in the water.
        ("la camioneta que la golpeó el mes pasado no tenía placas", "benign"),
        ("se me cayó el celular, las llaves se cayeron al río", "benign"),
        ("my phone fell in the lake while I was fishing, do I need a report", "benign"),
        # "but it was a man with an umbrella": the alarm taken back.
        ("dijeron que había un hombre armado, pero era un señor con una sombrilla", "not_real"),
        ("a lady said a man had a rifle but it turned out to be a tripod", "not_real"),
        # A fire out, a lost child found right away.
        ("I reported the kitchen fire earlier, its out now and the crew left", "recovered"),
        ("mi hijo se perdió en la feria pero un guardia lo encontró enseguida", "recovered"),
    ],
)
def test_set_e_classes_are_set_aside(text, reason):
    result = detect(text, default_lexicon(), second_opinion=False)
    assert not result.emergency, result.findings
    assert reason in {d.reason for d in result.dismissed}


@pytest.mark.parametrize(
    "text",
    [
        # Someone banging at the door now, whether the car-door words sit nearby or not.
        "mi ex tiene orden de restricción y está golpeando la puerta ahorita",
        "mi vecino borracho está pegando la puerta y grita que me va a matar",
        "my ex has a restraining order and he is banging on my door right now",
        # The classes above must not hide the same words happening now.
        "my dad just collapsed and he's not breathing, he is on hospice but this is sudden",
        "he has a gun and he is pointing it at us, it is not a toy",
        "tiene una pistola y nos está apuntando, no es de juguete",
        "he shouted at me and is hitting my mom right now",
        "someone took my kids from the park, a man grabbed my son off the swing",
        "she is having an allergic reaction and her epipen is not working",
        "el carro le pegó a mi hijo y está sangrando mucho",
        "mi hijo se cayó al río y no lo encuentro",
        "the fire is out of control and spreading to the garage",
        "a man with a rifle is walking toward the school right now",
    ],
)
def test_set_e_emergencies_stay_emergencies(text):
    assert detect(text, default_lexicon(), second_opinion=False).emergency


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        # A show, a podcast or a book about a murder, a decade ago.
        ("we listened to a podcast about a murder in our county", "not_real"),
        ("vi un documental sobre un asesinato que pasó en mi colonia", "not_real"),
        ("there was a stabbing on this corner back in the 90s, is it safe now?", "past"),
        ("en los 80s hubo una balacera en esta calle, ¿todavía es peligrosa?", "past"),
        # Blood for a costume, a gun kept in a drawer, a child caught shoplifting.
        ("the haunted yard next door has fake blood all over the lawn", "benign"),
        ("los niños traían sangre de mentira para su disfraz", "benign"),
        ("my late father had a revolver in his nightstand, how do I turn it in", "benign"),
        ("mi abuelo dejó una pistola en el cajón del buró, ¿cómo la entrego?", "benign"),
        ("cacharon a mi hija robando en la tienda, ¿qué sigue?", "benign"),
        ("eso es una violación del reglamento de estacionamiento?", "benign"),
        ("mi sobrino quiere una pistola de airsoft para su cumpleaños, es legal?", "benign"),
        # A dog that jumped on a child yesterday: "se le echó encima" says nothing of now.
        ("ayer el perro del vecino se le echó encima a mi hijo, no lo mordió", "past"),
    ],
)
def test_set_g_classes_are_set_aside(text, reason):
    result = detect(text, default_lexicon(), second_opinion=False)
    assert not result.emergency, result.findings
    assert reason in {d.reason for d in result.dismissed}


@pytest.mark.parametrize(
    "text",
    [
        # A refusal is no fear: "scared they won't let me leave".
        "my friend texted im scared they wont let me leave and now she doesnt answer",
        # Warning signs of suicide: everyone better off, things given away.
        "my brother keeps saying everyone would be better off and he gave away all his stuff",
        "mi hermano dice que todos estarían mejor sin él y regaló sus cosas",
        # An animal's harmless sense does not reach across "and now he".
        "he gave his cat to the neighbor today, and now he locked himself in his room",
        # Once, not "sometimes": "sometime in the last hour".
        "my grandpa has dementia and walked out sometime in the last hour, it's freezing",
        # A TV left on means someone is home; someone seen down through a window.
        "her tv is going nonstop and through the window I can see her feet on the floor",
        "la tele prendida todo el día y por la ventana le veo los pies en el piso",
        # An animal attacking a person: the person after the words is the one hurt.
        "a pit bull is mauling a little boy at the bus stop",
        # A baby crying for hours with nobody home; a minor gone off with an adult.
        "the baby next door has been crying for 3 hours and nobody is home",
        "el bebé de al lado lleva horas llorando y no hay nadie",
        "our 14 yr old daughter left with an older guy from the internet an hour ago",
        "mi hija de 15 años se fue con un señor que conoció en internet",
        # Breathing trouble described: grunting with every breath, a grey baby.
        "la niña no respira bien, se queja cada vez que respira",
        "el bebé se ve grisecito y respira raro",
        # Someone under a restraining order outside now; a rock through the window.
        "el de la orden de restricción está afuera de mi casa",
        "someone just threw a brick through my window and is still outside",
        "me aventaron una piedra por la ventana y hay un carro afuera",
        # A crowbar in someone's hands.
        "a guy is pulling on car doors down the block and he has a crowbar",
    ],
)
def test_set_g_emergencies_stay_emergencies(text):
    assert detect(text, default_lexicon(), second_opinion=False).emergency


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        # Trapped in a contract, drowning in chores, a stray hanging around.
        ("trapped in a terrible lease, is this something police handle?", "benign"),
        ("estoy atrapada en un contrato de renta horrible, a quién llamo?", "benign"),
        ("I'm drowning in leaves, is there a burn ban?", "benign"),
        ("found a friendly stray dog hanging around our porch", "benign"),
        # An engine's choke and its backfire; old pills to get rid of.
        ("the choke on my old truck sticks, it backfires loud every morning", "benign"),
        ("donde puedo botar pastillas viejas de receta?", "benign"),
        # A condition someone has; fine and back home; a phone blown up with messages.
        ("el tiene epilepsia y quiero estar preparada", "benign"),
        ("She's fine and back home now, but I'd like someone to check on her", "benign"),
        ("mi ex me tiene el telefono explotado de mensajes", "benign"),
        ("un señor juntaba dinero para las victimas del incendio y era mentira", "benign"),
    ],
)
def test_set_h_classes_are_set_aside(text, reason):
    result = detect(text, default_lexicon(), second_opinion=False)
    assert not result.emergency, result.findings
    assert reason in {d.reason for d in result.dismissed}


@pytest.mark.parametrize(
    "text",
    [
        # A calm decision about tonight; someone watching the door now.
        "I just want someone to know that I've decided tonight is the night",
        "solo quiero que alguien sepa que esta noche es la noche",
        "I won't be around much longer, goodbye and sorry",
        "the man who put me in the hospital is parked outside watching my house",
        "el que me mandó al hospital está ahí sentado viendo mi puerta",
        # What the harmless senses above must not swallow.
        "I am trapped in my car after the crash and the lease papers are on the seat",
        "the brush behind our house is burning and spreading to the fence",
        "she collapsed after taking all her pills, she dropped to the floor",
        "estamos juntos, hay victimas atrapadas en el incendio",
        "he has epilepsy and is having a seizure right now",
        "he is choking her in the car",
    ],
)
def test_set_h_emergencies_stay_emergencies(text):
    assert detect(text, default_lexicon(), second_opinion=False).emergency
