# ruff: noqa: E501  (one list entry per line, as editors see them in the admin)
"""The lists the portal ships with. Staff edit their own copy in the admin (seeded from these).

Syntax (see engine.py): one phrase per line; every word matches its inflections and small typos;
`word*` any word starting so; `*ending` any word ending so; `=word` exactly that word; `a|b` either; up to two other words may
sit between the words of a phrase. `#` starts a comment.
"""

# Concept slugs, in the order the "Call 9-1-1" page names them.
CONCEPTS = (
    "not_breathing",
    "fire",
    "weapon",
    "violence",
    "intruder",
    "trapped",
    "self_harm",
    "child_danger",
    "overdose",
    "crash_injury",
    "injury",
    "medical",
    "followed",
    "help_now",
)

_SUBJECT_EN = (
    "he|she|him|her|someone|somebody|person|man|woman|guy|lady|baby|kid|child|boy|girl|dad|mom|"
    "father|mother|son|daughter|husband|wife|grandma|grandpa|grandmother|grandfather|brother|"
    "sister|friend|neighbor|roommate|boyfriend|girlfriend|body|they|them|uncle|aunt|patient"
)
_PERSON_ES = (
    "hijo|hija|nino|nina|bebe|nene|nena|chamaco|chamaca|criatura|menor|ninos|ninas|hijos|hijas|"
    "bebes|chiquito|chiquita|nieto|nieta|ninito|ninita|bebito|bebita|hijito|hijita|chamaquito|"
    "chamaquita|cipote|cipota|chiquillo|chiquilla|morrito|morrita|nenito|nenita|chavito|chavita"
)
_KID_EN = "kid|kids|child|children|baby|babies|toddler|infant|son|daughter|boy|girl|grandson|granddaughter|newborn"

LISTS: dict[str, dict[str, str]] = {
    "not_breathing": {
        "en": f"""
# Someone seen down through a window or a door
see|saw|seeing|spot|spotted|spotting ... legs|feet|leg|foot ... floor|ground|carpet
is|are|found|saw|see|seen =body|=bodies
slump*
keeled over
not rouse|arouse
rouse him|her
ashen
cold to the touch
dropped|went down ... not getting|get up
{_SUBJECT_EN}|person|body|people floating
breathing weird|funny|strange|shallow|slow|rattling|gurgling|wrong
not answer|answering|responding|come|came ... days|smell|stink|locked
smell* ... dead|death|decompos*|rotting|body
hanging from|by ... tree|rope|ceiling|beam|rafter|neck|belt|bridge|closet|door
eyes roll|rolled|rolling
went|gone|is|body|totally|completely limp|floppy
=cpr|compressions
doing|giving|needs|need|started|start cpr|compressions
found ... hanging
cold and stiff
not|barely conscious
not breath|breathing|breathe|breathin
stop* breath|breathing|breathe
no longer breathing
barely breathing
no pulse|heartbeat
heart stopped
turn* blue|purple
lips ... blue|purple|gray|grey|white|pale
blue lips
not wake|waking|woke|woken
can not wake
will not wake
not respond|responding|responsive|reacting|react
unresponsive
unconscious
knocked out
out cold
pass* out
passed away
faint*
black* out
collaps*
not moving|moves|move
lying|laying|ground|floor not move
lifeless
no signs of life
dead body|person|man|woman|guy|lady|baby|kid|child|people|bodies
{_SUBJECT_EN} =dead|=dying
{_SUBJECT_EN} just died|passed
found dead
just died
drown*
face down in|pool|water|lake|river|creek|pond|canal|ditch|floor|ground|street
chok*
overdosed
not tell|sure|know if|whether he|she|they|baby|is|are breathing|alive|conscious
no breathing|breath|pulse
=dropped to the|his|her ground|floor|knees
gurgl* ... breath*|throat|mouth
lying|laying|sprawled|slumped on|in the|her|his|kitchen|bathroom|living floor|ground|sidewalk|pavement ... not|no|unconscious|unresponsive|answer|blood|bleeding|help
breathing really|very|so|super|too fast|rapid|rapidly|hard|labored|laboured
grunting ... breath*
breath* ... grunting
turning|turned red|purple|maroon
not|nobody|no seen|heard ... days|week ... not answer|answering|respond|responding|open|come
slid|slumped|sliding|slumping down ... chair|couch|seat|wall|bed|floor
he|she|someone|somebody|guy|man|dude|woman|person|body is|got|just laid out
not open|opened|opening the|her|his|their door ... days|smell|stink
        """,
        "es": f"""
# Alguien visto tirado por la ventana o la puerta; un bebé que se queja con cada respiro
veo|vi|ven|vimos|ve|miro ... piernas|pies|pierna|pie ... piso|suelo
quejido|quejidos|quejandose|queja|pujido|pujidos ... respir*|respirar
=grisesita|=grisesito|=grisecita|=grisecito|=grisaceo|=grisacea|=grisacita|=grisacito
hay|encontr*|vi|veo|vimos un|una|unos =cuerpo|=cuerpos|=cadaver
desplomad*|desplomo
sin conocimiento
no vuelve|volvia en si
no logr*|pued*|puedo despertar*
persona|cuerpo|hombre|mujer|nino|nina|alguien|senor|senora|muchacho|muchacha|bebe ... flotando|flota
se privo|privado|privada
se le fue el aire
respir* raro|mal|feo|extrano|apenas|poquito|ronco|dificultad
no contesta|abre|sale|responde ... dias|olor|peste|cerrad*
colgado|colgada|ahorcado|ahorcada de|del|en ... arbol|viga|techo|cuerda|soga|puente|cinturon|ropero|closet|puerta
labios|boca|cara|unas grises|morados|morada|azules|azul|moraditos|blancos
ojos en blanco
=rcp|=reanimacion|=resucitar
dand*|hac*|necesit* rcp|compresiones
respiracion de boca a boca
encontr* ... colgado|colgada|ahorcado|ahorcada
=tieso|=tiesa
se puso blanco|gris|palido|palida ... no
no respir*
no esta respirando
dej* de respirar|respirando
sin respirar
casi no respira
no despiert*|despert*|=reacciona|=reaccionan|=responde|=responden|=reacciono|=respondio
no abre los ojos
inconsciente|inconscientes
desmay*
desvanec*
perd* el conocimiento|sentido
sin pulso|vida
no tiene pulso
no le late el corazon
persona|hombre|mujer|senor|senora|cuerpo|alguien|tipo|muchacho|muchacha|papa|mama|esposo|esposa|vecino|vecina|abuelo|abuela|amigo|amiga|hermano|hermana|{_PERSON_ES} muert*
esta muerto|muerta
murio|muri* {_PERSON_ES}|papa|mama|esposo|esposa|abuelo|abuela|senor|senora|hombre|mujer|persona|vecino|vecina|hermano|hermana
se murio
muriendo
fallecio
cadaver
ahog*
boca abajo en el|la agua|lago|rio|alberca|piscina|canal|presa|arroyo|piso|suelo|calle
morad*|azul labios|cara
poni* morado|morada|azul
no se mueve|mueven
se desplom*
colaps*
tirad* no se mueve
no contesta|contestan cuando|aunque|y le|lo|la hablo|hablamos|grito|gritamos|muevo|movemos|sacudo|sacudimos
le|lo|la hablo|hablamos|grito|gritamos|muevo|movemos|sacudo|sacudimos ... no contesta|contestan
sin responder|reaccionar|moverse|despertar|sentido
sin signos de vida
seguro|segura|se si|que sigue|esta|este respir*|viv*|vivo|viva
esta|este|estan|se ve|se puso|=quedo|poniendo|toda|todo =morado|=morada|=moradito|=moradita|=azul|=azulito|=azulita|=azulado|=azulada|=gris|=grisaceo|=grisacea
desmall*
dias ... no abre|contesta|responde|=sale|=salido
nadie la|lo|los ha|han visto en|desde dias
no siento|siente|sentimos|encuentro|encuentra|encontramos|tiene|hay =pulso|latido|latidos
siente|siento|dice|cree que se|me va|voy a morir
se me|nos|le esta muriendo|muere
atragant*
        """,
    },
    "fire": {
        "en": """
outlet|outlets|wire|wires|socket|panel|breaker|cord|charger|battery|plug|heater|dryer|stove|oven|microwave ... smoking|sparking|melting|burning|caught fire
molotov
arson
torched|torching
lit on fire
set on fire
pour*|threw|throw*|splash*|soak* gasoline|gas|lighter|kerosene|accelerant
propane|butane smell|odor|leak|leaking|hissing
gas|propane|butane odor|leak
engulfed|ablaze|blaze|inferno|smoldering|smouldering
smell* burning
something burning
something is burning
rotten egg|eggs
sulfur|sulphur smell|smells
hiss* gas|meter|pipe|line
flames|fire spreading|spread
=fire|=fires
on fire
set fire
flame|flames
burning|burn
=smoke|=smoky|=smokey
smell* smoke
smoke coming|pouring|everywhere|filling|from|out
explosion|explode|exploded
blew up
gas leak|leaking
smell* gas|propane
gas smell
carbon monoxide
power line|lines|wire|wires down|sparking|fell|burning
live wire|wires
downed power line|lines
spark|sparks|sparking
smell*|smelling|stink*|odor|reek*|whiff ... gas|propane|fumes
house|garage|roof|building|attic|apartment|kitchen|dryer|wall|walls|shed|barn|trailer|basement|porch|deck is|was|are|started|starting smoking|smoldering|smouldering
see|seeing|saw an|the orange glow|flames
fumes|exhaust|generator|heater|furnace|monoxide ... dizzy|nauseous|lightheaded|passing|fainted|sleepy|drowsy
fumes|exhaust|monoxide ... headache|headaches
dizzy|nauseous|lightheaded ... monoxide|detector|fumes|heater|furnace|generator|exhaust
headache|headaches ... monoxide|fumes|exhaust
spray*|squirt*|dous* gasoline|gas|lighter|kerosene|accelerant
trying|tries|tried|try to light|ignite|torch|burn ... fence|house|door|car|porch|garage|home|building|apartment|trailer|shed
        """,
        "es": """
enchufe|enchufes|cable|cables|contacto|tablero|cargador|bateria|calentador|secadora|estufa|horno|microondas ... echando humo|chispas|derritiendo|quemando|prendio
molotov
incendiaron|incendiando|incendiar
ech*|tir*|roci*|vaci* gasolina|thinner|alcohol|petroleo|diesel
agarr*|cogi*|cog*|prend* fuego|candela
=lumbre
ardiendo|=arde|=ardio
se prendi*|prendieron|prendio casa|carro|cocina|cuarto|departamento|edificio|camion|troca|camioneta|coche|auto|trailer|casas|bodega|tienda|techo|monte|cerro|bosque|pasto|zacate|maleza|matorral|terreno|baldio|lote|arbol|arboles|transformador|poste|cables|sala|recamara|garaje|cochera
prend*|pren* fuego
huel*|olor a quemado
huevo|huevos podrido*
echando|sale|salia|saliendo humo
incendi*
fuego
en =llamas
=llamas|=llamaradas|=llamarada
=humo|=humareda
se esta quemando
se quema|quemo
quemand*
explosi*
explot*
huel* a gas
olor a gas
fuga|escape de gas
monoxido de carbono
cable|cables caido|caidos|chispas
chispa|chispas|chispeando
incendio forestal
intent*|trat*|quiere|quiso|queria prender|encender|quemar|incendiar ... casa|puerta|carro|cerca|barda|cochera|departamento|troca|porton|cuarto
        """,
    },
    "weapon": {
        "en": """
with|holding|swinging|waving|carrying|brandishing|wielding|has|had|pulled|grabbed tire|lug iron|wrench
with|holding|swinging|waving|carrying|brandishing|wielding|has|had|pulled|grabbed broken|smashed bottle|bottles
with|holding|swinging|waving|carrying|brandishing|wielding|has|had|pulled|grabbed cleaver|sword|katana|crossbow|spear|screwdriver|icepick|knuckles
with|holding|swinging|waving|brandishing|wielding|has|pulled|grabbed crowbar|hatchet|axe
=strapped
pull*|point*|flash* =9|=nine|=9mm|=45|=38|=40|=22|=380
9mm
pull*|pulled|flash*|show*|point*|upped a|his|her|out|the strap|burner|piece|heater|blick|blicky|gat|shank|shiv|tool
got|has|have|had|carrying|with a|his strap|burner|blicky|shank|shiv
bomb|bombs|explosive|explosives|grenade|grenades|detonat*
        
gun|guns|pistol|pistols|handgun|handguns|firearm|firearms|revolver|rifle|rifles|shotgun
glock
ar 15
ak 47
knife|knives|blade|machete|switchblade
box cutter
=armed
weapon|weapons
gunpoint
knifepoint
brandish*
swinging|waving|holding|with a bat|crowbar|hammer|pipe|axe|hatchet|golf club
pointing|waving|aiming|brandishing|swinging it|them at|around
        """,
        "es": """
con|trae|tiene|traia|saco|agarro|blandiendo|levantando|traen|tienen|sacaron|agarraron barreta|hacha|desarmador|manopla|manoplas|espada|bate|bates|martillo|garrote|macana|tolete|cadena|cadenas|varilla|tubo
con|trae|tiene|traia|saco|agarro|blandiendo|levantando botella|botellas rota|rotas|quebrada|quebradas
trae|tiene|saco|con una escuadra|=nueve|=9mm
nueve milimetros
arma blanca
punzon|picahielo|cortaplumas|verduguillo|charrasca
pica hielo
bomba|bombas|explosivo|explosivos|dinamita|=granada|=granadas
machetazo*|navajazo*|cuchillada*|punalada*|botellazo*|batazo*|cachazo*
pistola|pistolas|arma|armas|revolver|rifle|escopeta|metralleta|=cuete|fusca|filero|fierro|chumbo|bufoso|faca|chaira|hechiza|chopo|changon|trabuco|pistolon|glock|=ak|=r15|=ar15|=fal|metra|subametralladora|ametralladora
arma de fuego
armado|armados|armada|armadas
cuchillo|cuchillos|navaja|navajas|machete|machetes|cuchilla|punal
cuerno de chivo
me|le|nos|les|la|lo apunt*
apunt* con
a punta de pistola
con un bate|tubo|palo|martillo|hacha|fierro
con palos|machetes|piedras|bates|tubos|cuchillos|navajas|fierros|varillas|cadenas
        """,
    },
    "violence": {
        "en": """
# A rock or a brick thrown through a window
threw|throwing|thrown|tossed|throws a|some rock|rocks|brick|bricks|bottle|stone through my|our|the window|windows
being|getting|been dragged|choked|strangled|kidnapped|abducted
push*|shov*|threw|throw*|slamm*|slam her|him|me|kid|child|wife|mom down|against|into|off|stairs|wall|floor
=molested|=molesting|=molest|=molests|=groping|=groped|=grope
shank*|shanked
slash* him|her|me|his|face|throat|neck|someone
beating|whooping|kicking the crap|shit|hell|life
says|said|saying|yelling|screaming|telling ... i|you|we|me am|are|is next
=smashing|=destroying|=trashing|=wrecking everything|things|house|windows|car|furniture|place
yell*|scream*|shout*|crying|cries stop|off|go
stab*
shoot|shooting|shooter
shot
gunshot*
gunfire
shots fired
open fire
fired at
beat|beating|beaten|punch*|kick*|slap*|strangl*|chok*|jump|jumping|jumped|stomp* me|her|him|them|us|someone|somebody|wife|girlfriend|mom|mother|kid|child|baby|woman|man|guy|each|boyfriend|husband|son|daughter|people|grandma|old
hit|hitting me|her|him|them|us|someone|somebody|wife|girlfriend|mom|mother|kid|child|baby|woman|each|husband|son|daughter
beat* up
pistol whip*
attack* me|him|her|us|them|someone|somebody|people|man|woman|kid|child|lady|guy
being|was|got|getting|been attacked|assaulted|beaten|raped|robbed|mugged|jumped|stabbed|shot
assault*
rape|raping|raped
kidnap*
abduct*
hostage
murder*
kill|killing|kills|killed me|him|her|us|them|you|someone|somebody|everyone|everybody|people|each|that|this|these|those|all
kill|killing|kills|killed my|his|her|their|our|your|a|the mom|mother|dad|father|wife|husband|son|daughter|kid|kids|child|children|baby|brother|sister|family|girlfriend|boyfriend|friend|neighbor|grandma|grandpa|grandmother|grandfather|uncle|aunt|cousin|roommate|ex|parents|mama|papa|man|woman|guy|lady|boy|girl|person|cop|officer|wife
got|been|was|were|being|getting|get killed|murdered|shot|stabbed
going|gonna|trying|try|tried|want|wants|wanted|threaten*|will|about to kill|murder|hurt|shoot|stab|harm|rape|kidnap|burn|cut|strangle|choke|beat
carjack*
home invasion
curb stomp*
pull*|drag*|push*|shov*|forc*|throw*|threw|grabb*|tried me|her|him|girl|woman|kid|child|boy|someone|somebody|lady|man|us|them into|inside car|van|truck|vehicle|trunk|suv
threaten*|threatning|thretening ... kill|hurt|shoot|stab|harm|burn|beat|rape|kidnap|cut|murder|knife|gun|weapon|machete|bat|pistol|blade|bomb
=threatening me|us|her|him|people|everyone|everybody|them|neighbors|customers|workers|staff|kids|my|the
going|gonna|will|wants|want|trying|threaten* hurt|harm me|us|her|him|kids|baby
fight|fighting|brawl
domestic violence
abus* her|him|me|us|them|wife|kids|children|child|kid|baby
robbing|robbery in progress
mugging
grabb* her|him|me|woman|girl|kid|child|lady
dragg* her|him|woman|girl|lady
forc* her|him|into a car|van|truck
swing*|swung|lunging|lunged|charging|charged|coming at me|us|her|him|people|them|kids|everyone|everybody
hands|hand|arm|arms|fingers around|on my|her|his|their neck|throat
throwing|throws|threw furniture|chairs|dishes|plates|bottles|glasses|tv
throwing|throws things|stuff at her|him|me|us|them|his|her|my
going|went|goes|coming|came after|for me|us|her|him|them|owner|people|someone|kids|wife|girlfriend|husband|boyfriend|mom|dad|son|daughter
=masturbating
exposing himself|herself
ramming|rammed|ram|running|ran|trying|tried|run me|us off|into the road|highway|street
ramming|rammed my|our car|truck|vehicle|van ... again|twice|behind|following|chasing|now|on purpose
by the|her|his|my neck|throat|hair|collar
attack*|maul*|biting|bite|bit|bitten my|his|her|a|the|our|their son|daughter|kid|kids|child|children|baby|boy|girl|wife|husband|mom|dad|brother|sister|grandma|grandpa|neighbor|friend|toddler|mother|father
turned|turning|turns on his|her|my wife|girlfriend|husband|boyfriend|mom|kids|family|me|us
got|been|was|get|getting =popped|=capped|=clapped
attacking|mauling|biting|chewing|=bit her|his|him|my|their|our arm|arms|leg|legs|face|hand|hands|neck|head|throat|foot|ankle
has|got|holding|grabbed|grabbing her|him|me|us by the hair|throat|neck
just =bit|=attacked|=mauled|=bitten a|another|my|his|her|the|our|their|two|some
=bit|=bitten|=attacked|=mauled|=bites|=attacks ... still|is|are loose|running loose
=bit|=bitten|=attacked|=mauled|=bites|=attacks ... on the loose
        """,
        "es": """
# Una piedra o un ladrillo aventado por la ventana
avent*|tir*|lanz* piedra|piedras|ladrillo|ladrillos|botella|botellas por la|mi|las ventana|ventanas
=arrastrando|=arrastraron|=arrastra|=arrastro a|al
la|lo|me|nos|les =arrastrando|=arrastraron|=arrastran|=arrastro
manose*|toquete*
=rajaron|=rajo|=rajando le|la|lo|cara|cuello
picaron|pico|picando ... navaja|cuchillo|punal|fierro|verduguillo|picahielo
chuz*
meti*|metieron|dieron|enterraron un|una|el cuchillo|navaja|punal|cuchillazo|fierro
a =tiros|=palos|=batazos|=pedradas|=cuchillazos|=chingadazos|=trancazos|=pinas|=pinazos|=trompadas|=punos|=putazos|=vergazos|=conazos|=madrazos|=cachetadas|=bofetadas|=navajazos|=plomazos|=botellazos|=cocotazos|=tortazos|=coscorrones
=rompiendo|=destrozando|=quebrando|=tumbando todo|cosas|casa|ventanas|muebles
grit*|grita|gritando|pide|pidiendo =pare|basta|suelteme|sueltame|dejame|auxilio
meti*|metieron|dieron|pegaron|dio|pego un|unos =tiro|=balazo|=plomazo|=tiros|=balazos|=plomazos
trat*|intent*|busc* de =matar|=matarme|=matarla|=matarlo|=matarnos|=herir|=lastimar|=apunalar|=disparar|=violar|=secuestrar|=ahorcar
apunal*
acuchill*
dispar*
balazo*
balacera
balace*
bale*
tiroteo*
=tiros
me|le|la|lo|nos|les peg*
pate*|patad*|pisote* a|al|me|le|la|lo|nos|les
cachete* a|al|me|le|la|lo|nos|les
puñetaz*|punetaz*|putaz*|madrazo*|chingadazo*
golpe*
golpiz*
paliza
=peleando|=peleandose|=peliando|=peliandose|=agarrandose|=dandose
hay|armo|armaron|=armando una|un pelea|rina|pleito|trifulca|bronca|campal|madriza|balacera
pelea|peleas|pleito|rina|bronca|pelean|pelearon|pelearse|pelea* ... cuchillo*|navaja*|machete*|arma|armas|pistola*|sangre|botella*|palo|palos|fierro*|bate|bates|tubo*|piedras|heridos|herido|sangrando|filero*
rina
agred*
agresion
atac*
asalt*
violencia domestica|familiar
violacion
viola|violando|violaron|violo
secuestr*
a la fuerza
=matarme|=matarla|=matarlo|=matarnos|=matarte|=matarlos|=matarlas
me|te|la|lo|nos|los|las|les =matar|=matando|=mataran|=matara|=mato|=mataron|=matan|=mata|=matarian
=matar|=matando|=mataron|=mato|=matan|=asesinaron|=asesino|=asesinando a|al
asesin*
amenaz* ... matar|matarme|matarla|matarlo|pistola|cuchillo|arma|navaja|machete|golpear|quemar|lastimar|apunalar|disparar|balazo|bate|llevarse|secuestrar|violar|pegar|pegarme|pegarle|tiro|tiros
me|nos|la|lo|les|te esta|estan =amenazando
=amenazando a|al|con|gente|todos
=abusando|=abusaron|=abuso|=abusa de|a
madrea*|madriza|putiza
le|lo|me|nos|la cayeron|cayo|caen a|encima|como|entre|varios|golpes
a =golpes|=machetazos|=balazos|=punaladas|=cuchilladas|=navajazos|=patadas|=batazos|=pedradas|=golpe
dando|dan|dio|dieron de|una =punaladas|=golpes|=patadas|=navajazos|=machetazos|=golpiza|=paliza|=balazos|=cuchilladas|=madriza|=putiza
tirando|tiran|tiro|tiraron machetazos|navajazos|balazos|punaladas|golpes
asaltando|atracando|atraco
=levantaron|=levantaron a
=subir|=subirme|=subirla|=subirlo|=meterme|=meterla|=meterlo|=jalarme|=jalarla|=jalarlo a|al ... carro|camioneta|auto|coche|van|troca|cajuela|fuerza
estrangul*
ahorcando
apalean*|apalear*
dand*|echand*|tirand*|dar|echar|tirar|tiraron|echaron =bala|=plomo|=balas
reyerta|trifulca|zafarrancho|camorra|=bonche
=robando|=atracando a|al
golpi*
=patiando|=patiaron|=patiandolo|=patiandola|=balaciando|=balaciaron|=balacio|=balacear|=balaceando
agarrad*|agarr*|apret*|apretando del|por|el cuello|pescuezo|garganta
masturband*|exhibiend*
ensenando|mostrando sus|el partes|pene|miembro
=robando|=saqueando|=desvalijando la|el|una|un|mi|su casa|tienda|negocio|departamento|apartamento|local|carro|coche|troca|camioneta
se le|me|nos fue|lanzo|echo|vino encima|contra
se fue|lanzo|echo contra su|mi|la|el esposa|esposo|mujer|hijo|hija|mama|papa|novia|novio|pareja|vecina|vecino|senora|senor
linch*
=mordiendo|=mordiendole|=mordiendolo|=mordiendola|=atacando a|al
me|nos va|van a agarrar|madrear|golpear|pegar|chingar|matar
=mordiendo|=mordiendole|=mordiendola|=mordiendolo ... brazo|pierna|mano|cara|cuello|pie|piernas|brazos|manos
tiene|tenia|agarra|agarro|agarrada|agarrado ... del pelo|cabello|cuello
acab* de morder|atacar|mordir a|al
mordi*|atac*|=ataco|=atacaron ... sigue|siguen|anda|andan|esta|estan suelto|suelta|sueltos|sueltas
=attacking|=biting|=mauling|=attacked a mi|mis|su|sus|tu|tus|nuestro|nuestra|la|el|los|las|un|una
=attacking|=biting|=mauling|=attacked al
        """,
    },
    "intruder": {
        "en": """
staring|peering|looking|watching at me through|in window|windows
broke|broken|smashed|kicked|busted ... window|door|lock ... inside|in
=breaking|=smashing|=kicking|=prying|=busting my|the|back|front|our window|door|lock|windows|doors|glass
hear*|heard|hearing glass|window|door breaking|break|shatter*|smash*|bust*
glass breaking|shattering downstairs|upstairs|inside|basement
walked|came|wandered|barged|burst|forced into|in my|our house|home|apartment|room|bedroom
stranger|man|guy|someone|somebody ... not leave|refus* leave
climb*|crawl* in|into|through window|windows|balcony|house|home
break*|broke in|into ... still|hiding
is|are still here|inside
is|are still in house|home|apartment|building|basement|garage|attic
he|she|they|someone|somebody|man|guy|intruder|person are|is|now downstairs|upstairs|basement|garage|attic
someone|somebody|stranger|intruder|man|guy|person|people|burglar|burglars|someone|anyone in|inside house|home|apartment|apt|room|basement|attic|garage|bedroom|closet|kitchen|backyard|yard|hallway|bathroom|stairs|stairwell|attic|den|office|crawlspace
someone|somebody|stranger|intruder|burglar inside
intruder|intruders|prowler
breaking in|into
break* in|into house|home|apartment|door|window|room
try*|tried|tries to break|get|come|force|open in|into|inside|door|doors|window
kick* in|down door
kick* door
forc* door|window|lock
pry* door|window|open
he|she|they|someone|somebody|guy|guys|man|men|dude|person|people|intruder|intruders|burglar|burglars|him|them|thief|robber|suspect|stranger still here|there|inside|in|hiding|downstairs|upstairs
guy|guys|man|men|dude|stranger|someone|somebody|intruder|burglar|suspect|robber|thief still outside|around
bang*|pound* on|at door|window|doors|windows
hear* someone|somebody|footsteps|voices|noises downstairs|upstairs|inside|in|walking
someone|somebody downstairs|upstairs
peep*
looking in|into window|windows
someone|somebody|he|she|they|guy|guys|man|men|person|people|stranger|strangers|intruder|dude|burglar|thief|kid|kids|somone|driver ... trying|tried|jiggling|jiggled|rattling|rattled|pulling|twisting my|the|our|back|front|side|car|garage door|doors|handle|handles|doorknob|doorknobs|knob|knobs|locks|window|windows
someone|somebody|he|she|they|guy|guys|man|men|person|people|stranger|strangers|intruder|dude|burglar|thief|kid|kids|somone|driver ... trying|tried|jiggling|jiggled|rattling|rattled|pulling|twisting door|doors|handle|handles|doorknob|doorknobs|knob|knobs|locks|window|windows
handle|doorknob|knob|lock moving|turning|jiggling|rattling|jiggles|turns|moves
broke|break*|busted|forced in|into ... he|she|they|someone|somebody|guy|man|person is|are|still here|upstairs|downstairs|inside
restraining|protective|protection order ... he|she|ex|they is|are|still =here|outside|at
=here|outside ... violating|violated|breaking|broke restraining|protective|protection order
he|she|guy|man|men|ex|person|stranger|someone|somebody|dude|woman|lady|guys ... is|are|came|comes|showed back|outside|here|up ... now|again|tonight
someone|somebody|he|she|they|guy|guys|man|men|person|people|stranger|strangers|intruder|dude|burglar|thief ... turning|pushing|pulling|shaking|banging ... door|doors|handle|handles|doorknob|knob|window|windows|slider|sliding
hear|hearing|heard them|someone|somebody|him|footsteps|voices at|on|by the|my|our door|window|back|front|sliding|slider|porch|windows|doors
outside|at|in my|the|our window|door|house|yard|porch|apartment|room|bedroom ... not|refuses|refusing leave|go
is|are|standing|stands|lurking|hiding|someone|somebody|man|guy outside my|our|the bedroom|bathroom window|windows
trying|tried|jiggling|jiggled|rattling|rattled|turning|twisting the|my handle|doorknob|knob|lock|locks|door|doors|window|windows
        """,
        "es": """
# Quien tiene una orden de restricción, aquí ahora
orden de restriccion|alejamiento|proteccion ... afuera|aqui|aca|=ahi|enfrente|esta|estan|llego|vino|=anda
afuera|aqui|aca|enfrente|llego|vino ... orden de restriccion|alejamiento|proteccion
=mirandome|=viendome|=espiandome|=espiando|=asomandose|=asomado ... ventana|ventanas|casa|cuarto
=parado|=parada|=asomado|=asomada ... ventana|puerta
ventana|ventanas ... =mirandome|=viendome|=espiandome|=espiando
romp*|quebr*|tumb*|pate*|forz* ... ventana|puerta|chapa ... adentro|dentro|metio|entro|metieron
se le|les|me|nos metieron|metio a|en
ratero|rateros|caco|cacos en|dentro|adentro casa|cuarto|departamento|cocina|patio|cochera
ratero|rateros|caco|cacos dentro|adentro
=rompiendo|=quebrando|=forzando|=pateando ventana|puerta|chapa|cerradura|vidrio|ventanas|puertas
oig*|escuch*|oi ... vidrio|vidrios|ventana quebr*|romp*
=pasos abajo|arriba|adentro|pasillo|cocina|=sala
se meti*|=metieron|=metio a|en|al casa|departamento|cuarto|cocina|patio|edificio|cochera|recamara|depa|apartamento|habitacion|sala|bano|sotano|garaje|negocio|local|tienda|oficina|azotea
=siguen|=sigue abajo|arriba|escondido|escondidos|escondida
=brinco|=brincaron|=brincando|=salto|=saltaron|=saltando|=trepo|=treparon|=trepando la barda|cerca|reja|ventana|muro
alguien|hombre|persona|tipo|senor|extrano|ladron|ladrones|intruso|desconocido|desconocida|sujeto|extrana en|dentro|adentro casa|departamento|apartamento|depa|cuarto|recamara|sotano|garaje|cochera|patio|cocina|sala|comedor|pasillo|bano|habitacion|azotea|techo|closet|edificio
hay alguien|alguien adentro|dentro
intruso|intrusos
intent*|trat*|quier* entrar|meterse|abrir|forzar
=metiendo|=meterse|=metiendose casa|departamento|cochera|edificio|ventana|cuarto|puerta
forz* puerta|ventana|cerradura|chapa
=sigue|=siguen|sigu* adentro|dentro|aqui|ahi|afuera|=casa|aca
todavia|aun esta|estan adentro|dentro|aqui
escuch*|oig*|oi alguien|pasos|voces|ruidos adentro|dentro|abajo|arriba|casa|cocina|cuarto
ladron|ladrones dentro|adentro
ladron|ladrones en mi|la|el casa|cuarto|departamento|edificio|cocina
gol* la puerta
pate* la puerta
viendo|mirando por la ventana
se meti*|=metieron|=metio alguien|ladron|ladrones|tipo|tipos|hombre|hombres|extrano|extranos|sujeto|sujetos|desconocido|desconocidos|encapuchado|encapuchados
=pasos ... piso|planta|techo|azotea|sotano|escalera|escaleras|garaje|cochera|patio|tejado
oig*|escuch*|oi ... =rompieron|=rompio|=quebraron|=quebro|=rompiendo|=quebrando ... vidrio|vidrios|ventana|ventanas|puerta
linterna|linternas ... adentro|dentro|casa|cuarto
moviendo|mueve|mueven|jalando|jala|jalan|forzando|fuerza|fuerzan la|mi manija|chapa|cerradura|perilla
intentando|tratando|quiere|quieren abrir la|mi puerta|ventana|manija|chapa
        """,
    },
    "trapped": {
        "en": """
=pinned
fell|fallen|trapped|stuck in|into|inside the|a bin|silo|trench|pit|hole|tank|vat|shaft|sewer|grain
cave in|caved|collapsed
buried under|alive|in
fell|fallen|went|falling through|in|into the|ice|water|river|lake|pond|creek|canal|well|manhole|pool|ocean|sea
tied|zip|duct up|tied|taped
not get him|her|them|it out
stuck|trapped|pinned in|inside|under drain|storm drain|pipe|well|hole|culvert|chimney|vent|rubble|machine|chipper|car|truck|tree|ice|water|flood|floodwater
stuck|trapped ... water|flood rising
locked|stuck|shut in|inside crate|cage|trunk|kennel
stuck on|in roof|ledge|balcony
hiding|hide|hid in|under|inside|from|behind
=trapped|=trappped|entrapped
stuck in|inside|under elevator|car|room|house|building|closet|basement|fire
locked in|inside room|closet|car|trunk|basement|bathroom|house|garage|bedroom|shed|attic
locked me|us|her|him in
not get out
will not let me|us|her|him leave|out|go
holding me|us|her|him against|hostage
against my|her|his will
pinned under|in|between
is|are|am|were hiding
        """,
        "es": """
cay*|atrapad*|atorad* en|dentro|al del silo|pozo|zanja|alcantarilla|=hoyo|tanque|registro|drenaje|coladera
sepultad*|enterrad* vivo|viva|bajo|debajo
se derrumb* ... encima|atrapad*|adentro
amarrad*|atad*|amordazad*|maniatad*
no lo|la|los|las pued*|podemos|puede|pueden sacar
=quedo|=quedaron|atrapado|atrapada|prensado|prensada debajo|abajo
atrap*|atorad*|prensad* ... agua|inundacion subiendo|creciendo
encerrad* en|dentro jaula|cajuela|perrera|closet
escond*
atrapad*
encerrad*
me|nos|la|lo encerr*
no pued*|podemos|puede|pueden salir|bajar
no me|nos|la|lo dej* salir|ir|bajar|bajarme|irme|salirme|=bajarnos
atorad*
prensad*
contra mi|su voluntad
arrastr*|llev* la corriente|creciente|correntada|marea|ola|olas
se lo|la|los|las llev*|arrastr* el rio|agua|arroyo|=mar
cay*|derrumb*|desplom* ... encima|sobre un|una|el|la carro|casa|persona|gente|alguien|coche|auto|camioneta|nino|senor|senora|familia
hay|quedo|quedaron gente|alguien|personas|familia|ninos|nino|senor|senora|persona ... debajo|bajo|escombros
cay*|atrapad*|atorad* a|en|dentro|al|del cisterna|aljibe|tinaco|noria|fosa|barranco|rio|canal|pozo|zanja|alcantarilla|=hoyo|tanque|drenaje|coladera
=quedo|=quedaron|esta|estan|hay enterrad*|sepultad*|atrapad*|prensad*
enterrad*|sepultad* hasta
agua|inundacion|rio|creciente ... =subiendo|=creciendo|=entrando ... silla|abuela|abuelo|abuelita|abuelito|ninos|bebe|encamad*|atrap*|salir
techo|edificio|puente|estructura|pared|barda|casa|salon ... =cayendo|derrumb*|desplom* ... gente|personas|adentro|alguien|ninos|familia|trabajadores
=derrumbando|=desplomando
=colgando|=colgado|=colgada|=agarrado|=agarrada del|de balcon|ventana|techo|puente|barandal|cornisa|orilla|precipicio|barranco|azotea
=tiro|cay*|meti*|hund*|avent* ... rio|lago|agua|=mar|alberca|piscina|presa|canal ... no sale|salio|aparece
se encerr* en|dentro
        """,
    },
    "self_harm": {
        "en": """
# Warning signs: everyone better off, belongings given away
tonight is the night
not be here|around much longer ... goodbye|bye|sorry|forgive
my last night|day on earth
my last night|day alive
everyone|everybody|family|world would|be|is|are better off
gave|giving|given|gives away ... stuff|things|belongings|possessions|dog|cat|pets|games|guitar|clothes|ps5|xbox
unaliv*
off myself|himself|herself
saying goodbye|goodbyes
goodbye|suicide letter|note|text|message
cut* wrist|wrists|veins
bridge|overpass|balcony|roof ... railing|ledge|edge
railing|ledge ... bridge|overpass
end it|things|everything
kill|end myself|himself|herself|themselves|yourself
suicid*
end my|his|her|their life
take my|his|her|their own life
want|wants|wanna|going to die
not want to live|be alive|be here
hurt|harm|cut myself|himself|herself
self harm
jump off|from bridge|roof|building|overpass|balcony
hang|hanging myself|himself|herself
shoot|shot myself|himself|herself
no reason to live
end it all
end it tonight
not want to be here anymore
edge|ledge of bridge|roof|building|overpass
will|going|threaten*|want*|wants|about|gonna jump|jumping
better off dead|without me
not want to live|exist|wake
not want to be alive|here|around|living
do not wanna live|be
not see the|any point ... living|anymore|going|life|on
no point in|to living|live|going
not go on anymore|living|like
rope|noose|pills|gun|razor|blade ... ready|lined|counted|loaded|in front of me
noose
standing|sitting|climb*|climbing|hanging on|over|off|onto the|a bridge|overpass|railing|ledge|edge
fixing|fixin|trying|threatening to jump|jumping
jump|jumping off|from the|a garage|parking|tower|cliff|ledge|building|roof|bridge|overpass|balcony|highway
edge|ledge of the|a garage|parking|tower|cliff|highway|building|roof|bridge
someone|somebody|man|woman|guy|person|he|she|kid|girl|boy|lady|son|daughter|friend is|standing|sitting|out on the|a ledge
=cutting|=slashing|=slicing his|her|their|my|himself|herself|myself arm|arms|wrist|wrists|legs|thighs|skin
        """,
        "es": """
# Señales: todos estarían mejor sin él, regala sus cosas
esta noche es la noche
ya no voy|va a estar ... adios|perdon|perdonen|perdoname
ultima noche|ultimo dia con vida
estari*|estan mejor sin mi|el|ella
todos|todo mundo|familia ... mejor sin mi|el|ella
regal*|=dio|=dando ... sus|mis|todas cosas|pertenencias|mascotas|perro|gato|juegos|ropa|guitarra|consola
trat*|intent* de ahorcar*|colgar*|cortar*|aventar*|tirar*|quitar*|suicid*
=despidiendose|=despedirse
carta|mensaje|nota|mensajes de despedida
cort* =venas|=vena|munecas
quier*|quiere|va|iba|amenaza colgar|ahorcar|colgarse|ahorcarse
=se ... =matar|=matara
=matarme|=matarse|=suicidarme|=suicidarse|suicid*
quitar* la vida
no quier*|quiere vivir
quier*|quiere morir*
hacerme|hacerse dano
cortarme|cortarse las venas
=lastimarme|=lastimarse
dar*|peg* un tiro|balazo
se va|quiere|amenaza aventar|tirar|lanzar|aventarse|tirarse|lanzarse
orilla del|de puente|edificio|techo|azotea|barandal
aventarme|aventarse|tirarme|tirarse|lanzarme|lanzarse de|del puente|edificio|techo|azotea
=ahorcarme|=ahorcarse|=colgarme|=colgarse|=ahorcarte
ya no quier*|quiere seguir viviendo|aqui
acabar|terminar con mi|su vida
voy|va a acabar|terminar con todo
=cortandose|=cortandome|=cortarse|=cortarme los|el|la|las|sus brazos|brazo|munecas|muneca|piernas|venas|vena
se =colgo|=ahorco|=colgaron
se =tiro|=avento|=lanzo|=arrojo al|del|desde|de rio|puente|edificio|techo|azotea|mar|lago|canal|balcon|ventana|presa|barranco
        """,
    },
    "child_danger": {
        "en": f"""
# A baby screaming for hours, a minor gone off with an adult
baby|babies|toddler|infant|newborn ... screaming|crying|wailing|shrieking for hours|hour|hrs
yr|year|teen|teenager|teenage|kid|child|son|daughter|boy|girl ... =left|took|ran|drove|went|gone off|away|with ... guy|man|adult|stranger|older|dude|men
walking|wandering|standing|running in|into|through traffic|freeway|highway|interstate
dementia|alzheimer|alzheimers|autistic|autism|disabled|nonverbal ... missing|wandered|wandering|lost|gone|disappeared|left
missing|wandered|lost ... dementia|alzheimer|alzheimers|autistic|autism|disabled|nonverbal
{_KID_EN} ... ledge|roof|balcony|railing|sill|median|tracks
{_KID_EN} in|inside crate|cage|trunk
{_KID_EN} left|alone|locked|inside|in car|vehicle|truck|van|suv
hot car
{_KID_EN} alone
{_KID_EN} missing|disappeared|gone
missing {_KID_EN}
not find {_KID_EN}
not find him|her|them anywhere
year|yr|month old missing|gone|disappeared
lost my|our {_KID_EN}
{_KID_EN} never|not came|come home
{_KID_EN} wander*|wandered|wandering
{_KID_EN} walked|ran off|away
{_KID_EN} ran off|away
{_KID_EN}|old wander*|walking|roaming alone|loose
{_KID_EN} taken|grabbed|snatched|abducted|kidnapped|taken
{_KID_EN} wandering|walking in|on|near road|street|highway|traffic
grabb*|snatch* {_KID_EN}
try*|tried|tries to take|grab|snatch {_KID_EN}
{_KID_EN} fell into|in pool|water|river|lake
{_KID_EN}|old swallowed|ate|drank|ingested|eaten
took|grabbed|snatched|taken|kidnapped|stole my|our|a|the {_KID_EN} from|away|off|out
gone|missing|lost|wandered|walked|ran|got ... dementia|alzheimer|alzheimers|autistic|autism|disabled|nonverbal
dementia|alzheimer|alzheimers|autistic|autism|disabled|nonverbal ... walked|ran|got out|off|away
not find her|him|them ... freezing|cold|dark|night|dementia|alzheimer*|autism|autistic|hours|anywhere|pajamas
        """,
        "es": f"""
# Un bebé que llora horas, una menor que se fue con un adulto
bebe|bebes|bebito|bebita|nino|nina|nene|nena|ninito|ninita ... llorando|gritando|chillando|llora|grita ... horas|hora
horas llorando|gritando|chillando ... bebe|bebito|bebita|nino|nina|nene|nena
bebe|bebes|bebito|bebita|nino|nina|nene|nena ... horas|hora llorando|gritando|chillando
{_PERSON_ES}|anos ... =fue|=largo|=subio|=escapo|=llevo|=llevaron con ... senor|hombre|tipo|adulto|desconocido|senores|hombres|tipos|viejo|muchacho
anos|ano|meses se perdi*|desapareci*
{_PERSON_ES} ... solo|sola|solito|solita ... calle|trafico|carretera|avenida|autopista
en medio del|de la trafico|autopista|carretera|avenida
caminando|=parado|=parada|corriendo|metido|metida entre|en carros|trafico|autopista|carretera
{_PERSON_ES} no aparece|aparecen|llega|llegan|regresa|regresan|volvio|regreso
demencia|alzheimer|autista|autismo|discapacidad|discapacitado|discapacitada ... perdi*|desapareci*|extraviad*|salio|fue|encontramos|encuentro|aparece
{_PERSON_ES} ... orilla|techo|balcon|barandal|camellon|vias|azotea
{_PERSON_ES} solo|sola|solos|solas|solito|solita|solitos|solitas|encerrado|encerrada|dejado|dejada|dejaron|adentro|dentro carro|coche|auto|camioneta|vehiculo|troca
{_PERSON_ES} solo|sola|solos|solas|solito|solita|solitos|solitas
{_PERSON_ES}|anos anda|camina|caminando|andando|vaga|vagando solo|sola|solito|solita
dej*|olvid* {_PERSON_ES} carro|coche|auto|camioneta|vehiculo|troca
{_PERSON_ES} se perdi*
no encuentr*|aparece {_PERSON_ES}
no aparece mi {_PERSON_ES}
perd* {_PERSON_ES}
{_PERSON_ES} desapareci*|perdid*|extraviad*
anos|ano|meses desapareci*|perdid*|extraviad*
{_PERSON_ES} no ha llegado|volvio|regreso
=llevarse|robar*|robaron|robo|agarr*|jal*|secuestr* a {_PERSON_ES}
se llevaron|llevo a mi|un|una|la|el|unos|unas {_PERSON_ES}
{_PERSON_ES} cayo alberca|piscina|rio|lago|agua
{_PERSON_ES}|anos|meses se trago|tomo|comio|bebio
anos ... =solo|=sola|=solito|=solita|=solitos|=solitas
piscina|alberca|rio|lago|canal|playa|mar ... no lo|la encuentro|encontramos|vemos|veo|aparece
hijo|hija|nino|nina|bebe|nene|nena|chamaco|chamaca|ninos|hijos|nieto|nieta ... no lo|la|los encuentro|encontramos|encuentra|encuentran|aparece|aparecen
bebe|bebito|nino|nina|ninos|criatura llorando|llora|grita|gritando ... horas ... nadie|no abre|abren|contesta|contestan
perdi*|desapareci*|salio|regresa|aparece|vuelve ... demencia|alzheimer|autista|autismo
anos ... no lo|la|los|las veo|vemos|encuentro|encontramos|hallo
        """,
    },
    "overdose": {
        "en": """
took|swallowed|popped|taken|ate bunch|handful|lot|lots|all|whole|many|bottle|twenty|thirty|dozen adderall|ambien|klonopin|valium|ativan|oxycodone|vicodin|benadryl|melatonin|lithium|seroquel|gabapentin|prozac|zoloft|edibles|percocet
pods|pod|detergent|bleach|cleaner|pills|medicine|chemicals ... ate|swallowed|drank|ingested|eaten|eating|drinking
got|get|gotten into pods|pod|detergent|cleaning|bleach|chemicals|medicine|meds|pills|poison
medicine cabinet
snort*|smoked|shot|injected|took ... twitching|seizing|foaming|blue|unresponsive|passed|convulsing|shaking
pills|tablets|meds|xanax|xanny|xannies|oxy|oxys|percs|perc|percocet|fentanyl|fent|heroin|opioids|benzos ... sleepy|drowsy|nodding|unresponsive|blue|limp|wake|waking|breathing|answer
took|swallowed|popped|taken|ate bunch|handful|lot|lots|all|whole|many|bottle|twenty|thirty|dozen pills|tablets|meds|medicine|medication|tylenol|advil|aspirin|xanax|ibuprofen|insulin|sleeping
overdosing
nodding out|off
        
overdos*
too many pills|tablets|meds|medication|medications|gummies
whole bottle of pills|tablets|meds
bunch of pills
swallow*|drank|drink*|ingest*|ate bleach|poison|magnet|magnets|coin|coins|marble|marbles|nail|screw|needle|glass|antifreeze|detergent|pills|cleaner|chemicals|pod|pods|batteries|battery|medicine|medication|fluid|liquid|gasoline|lighter|pesticide|soap|paint|thinner|mushrooms|rat
poisoned
poisoning
narcan|naloxone
foaming at the mouth
got|get|gotten into pills|meds|medicine|medication|medications|bleach|chemicals|cleaner|poison|drugs
how many pills|he|she|they took|swallowed|ate
too much|many molly|ecstasy|mdma|coke|cocaine|meth|heroin|fentanyl|fent|xanax|drugs|pills|oxy|percs|edibles|insulin|acid|lsd|ketamine|shrooms|mushrooms|dope
took|taken|ate|drank|smoked|snorted|popped|injected|shot|did something|stuff|anything|some ... throwing|vomit*|puking|shaking|seizing|twitching|passed|breathing|wake|waking|sleepy|blue|heart|racing|overheating|foaming|convulsing|unresponsive|hallucinating|paranoid
throwing|vomit*|puking|shaking|seizing|twitching|convulsing|unresponsive|hallucinating ... since|after he|she|they|i took|ate|drank|smoked|snorted|popped|injected|shot
put|slipped|spiked|dropped something|drugs|pill|pills|roofie|roofies|stuff|powder in|into my|her|his|our drink|drinks|cup|glass
=drugged|=roofied|=roofie
spiked my|her|his drink|drinks
        """,
        "es": """
trag* iman|imanes|moneda|monedas|pila|pilas|canica|canicas|clavo|tornillo|aguja|vidrio
tom*|trag* frasco|bote|caja|tira|blister|monton|puno
pastillas|pildoras|medicinas|medicamento|medicamentos ... dormida|dormido|despierta|reacciona|responde|=morado|=morada|inconsciente|=mareado|=mareada|desmayo|desmayada|desmayado
tom*|trag*|bebi* ... pastillas|pildoras|medicina|medicinas ... todas|frasco|bote|monton|muchas|muchisimas|demasiadas|chingo
se paso de droga|drogas|pastillas|perico|cristal
sobredosis
todas|muchas|demasiadas|frasco|bote|monton pastillas|pildoras|medicinas|medicamento|medicamentos
trag*|tom*|bebi*|com* cloro|veneno|raticida|insecticida|detergente|quimico|quimicos|pastillas|pila|pilas|liquido|limpiador|gasolina|anticongelante|jabon|thinner|solvente|pintura
envenen*
intoxic*
narcan|naloxona
espuma por la boca
se =inyecto|=inyectaron|=metio|=metieron algo|=droga|=drogas|=heroina|=cristal|=fentanilo|=foco
fentanilo
monoxido ... dolor|mare*|vomit*|nause*|desmay*|=dormido|=dormida|confundid*
dolor de cabeza ... monoxido
=mareados|=mareadas|=mareo|vomit*|nause* ... monoxido
motor|carro|coche|auto prendido|encendido|andando ... cochera|garaje|cerrad* ... cerrad*|contesta|responde|mueve|inconsciente|dormido|dormida
        """,
    },
    "crash_injury": {
        "en": f"""
fell|fallen|lying|laying|stuck ... street|road|tracks|highway ... coming
boat|kayak|canoe|raft|jet ski flipped|capsized|sank|sinking|overturned
people|someone|kids|person|man|woman in the water|lake|river
off the road|highway|bridge|cliff into|down ditch|ravine|embankment|river|water|canal|lake|trees
wrong way driver|car
going|driving the wrong way on|down highway|freeway|interstate
car|truck|vehicle|bus|driver|van|suv|motorcycle hit|struck|ran pedestrian|kid|child|man|woman|person|biker|cyclist|bicyclist|someone|girl|boy|lady|guy|old|skateboarder|jogger
hit|struck a pedestrian|cyclist|biker|jogger
lying|laying in|on road|street|highway|middle|roadway
pileup ... hurt|injured|trapped|bleeding|unconscious
pile up ... hurt|injured|trapped|bleeding|unconscious
hit|struck|run|ran by car|truck|vehicle|bus|van|driver|motorcycle|train|suv
ran|run|runned over {_SUBJECT_EN}|pedestrian|biker|cyclist
pedestrian hit|struck
car|truck|vehicle|suv|van flipped|rolled
flipped|rolled over
on its roof
head on
car|truck|vehicle|suv|van|motorcycle into tree|pole|house|building|store|river|lake|canal|water|pond
thrown from
on its|their side
accident|crash|wreck|collision|pileup ... screaming|trapped|stuck|pinned|hurt|injured|bleeding|unconscious|unresponsive|ambulance
got|was|been|getting|were run|ran over
car|truck|vehicle|van|suv|bus in the river|lake|canal|pond|creek|bay|ocean|water
swerving|weaving|swerve all|across|between|in|into|through over|road|lanes|lane|traffic|oncoming
drunk|impaired|intoxicated|wasted driver|driving right|swerving|weaving|heading|going|headed|now|on|down
driving|drives erratically|recklessly ... now|heading|going|headed
        """,
        "es": """
cay*|tirad* ... calle|vias|carretera ... viene|vienen
lancha|bote|barco|kayak|canoa|panga se =volteo|=volco|=hundio|=hundiendo|=esta
lancha|barco|kayak|canoa|panga =volteada|=volteado|=volcada|=volcado|=hundiendose|=hundiendo
personas|gente|alguien|nino|nina|hombre|mujer en el agua|lago|rio|=mar
se fue|cayo|volco|cayeron al|en|por barranco|precipicio|rio|canal|cuneta|zanja|voladero
salio|se salio de la carretera|camino|autopista|curva
en sentido contrario
cay* al|en rio|lago|canal|agua|barranco|precipicio
atropell*
volc*|volteo|volteado
choc* contra|con arbol|poste|casa|=pared|edificio|tienda|barda
carro|coche|auto|camioneta en el rio|lago|canal|agua
borracho|borracha|ebrio|ebria|drogado|drogada|=tomado|=pedo ... manejando|maneja|conduciendo|conduce|volante
manejando|maneja|conduciendo|conduce ... borracho|borracha|ebrio|ebria|drogado|drogada|zigzag
        """,
    },
    "injury": {
        "en": f"""
bone showing|exposed|through
hand|arm|leg|foot|finger|fingers|fingers ... caught|crushed|severed|amputated
caught in|into chipper|machine|machinery|auger|gears|conveyor|press|saw|mower|blender
mauled|mauling
bit|bitten ... face|neck|throat|head
people|drivers|driver|passenger|passengers|pedestrian|victim|victims|kids|children|everyone|several|multiple hurt|injured|bleeding
bleeding out|heavily|badly|lot|alot
hanging there
electrocut*
        
bleed*
blood everywhere|all
lot|lots|pool|covered|much|losing blood
badly|seriously|severely|really|very|is|are|was|were|got|getting|been|bad|{_SUBJECT_EN} hurt|injured
hurt bad|badly
injur*
broke|broken leg|arm|bone|neck|hip|spine|ankle|wrist|skull|ribs
bone sticking out
hit|hurt|cut his|her|my head
head injury|wound
fell|fall from|off|down stairs|ladder|roof|balcony|window|building|tree
not get up
deep cut
wound
cut|chopped|sliced|sawed|blew|blown|ripped|torn his|her|my|a|their finger|fingers|hand|thumb|toe|toes|arm|leg|foot|ear off
finger|fingers|hand|thumb|toe|toes|arm|leg|foot|ear cut|chopped|ripped|torn|blown off
bit|bitten|attacked|mauled by a|the|his|her dog|dogs|pitbull|pit|pitbulls|bear|shark
fell|fallen|fall ... not lift|get|move her|him|them|up|off
moaning|groaning|screaming|crying|howling|writhing in|with pain|agony
in agony
excruciating pain
spurting|gushing|pouring|squirting|spraying blood
blood spurting|gushing|pouring|squirting|spraying
blood|fluid coming|leaking|draining|running|dripping|oozing ... ear|ears
        """,
        "es": """
hueso de|por fuera|afuera|salido|expuesto
se le ve el hueso
mano|brazo|pierna|pie|dedo|dedos ... atoro|atorada|atrapad*|prensad*|machucad*|aplastad*|trituradora|maquina
se le atoro|atoraron|prenso|machuco|aplasto mano|brazo|pie|pierna|dedos|dedo
mordi* ... cara|cuello|cabeza|garganta
desangr*
sangr*
herid*
lastimad*
lesionad*
golpead*
malherid*
grave|gravemente
romp*|rot* pierna|brazo|hueso|cuello|cadera|tobillo|muneca|cabeza|costillas
golp*|peg* cabeza
cay* de|por escalera|escaleras|techo|balcon|azotea|arbol|ventana|piso
no pued* levantar*|parar*
cay*|golpe*|peg* ... vomit*|vomita|adormilad*|somnolient*|desorientad*|=dormido|=dormida|=dormidito|=dormidita
hueso|huesito afuera|salido|expuesto|fuera|saliendo
se le salio el hueso
fractura expuesta
cabeza|frente|cara|craneo abierta|abierto|rota|partida|reventada
descalabrad*
quemadura|quemaduras grave|graves|fuertes|tercer|segundo
ampollas|ampolla
piel levantada|cayendo
cay*|pego|golpe* de cabeza
cay*|golpe*|pego ... no llora|=quieta|=quieto|=quietecita|=quietecito
        """,
    },
    "medical": {
        "en": """
not talking|speaking right|normal|normally|clearly|sense
insulin|sugar|diabetic|glucose ... confused|shaky|shaking|sweating|passing|unresponsive|seizure|seizing
kick*|hit|struck|trampled|gored|bucked ... head|chest
grab*|clutch*|holding chest|heart
elephant on|sitting chest|him|her
not feel left|right|one|her|his|my side|arm|leg|face
speech slurred|off|weird|garbled|strange|funny
wheez* so|really|bad|badly|hard|terribly
asthma attack
inhaler not|no working|help|helping
bit|bitten|stung by snake|rattlesnake|spider|scorpion|bees|jellyfish
electrocut*
face|throat|tongue|lips swelling|swelled|swollen
swelling up|fast
diabetic ... shaking|confused|sweating|unresponsive|passing|seizure|pale|slurring
not catch breath
turning|turned gray|grey|pale
        
chest pain|pains|hurts|hurt|tight|pressure
pain in chest
heart attack
cardiac arrest
stroke
face droop*|drooping|droopy
slurr*
talk*|speak* weird|funny|strange|slurred|gibberish
half face|body numb|droop*
one side face|body numb|droop*
not make sense
making no sense
not talk|speak
not move arm|side|leg
numb one|left|right side
seizure|seizures|seizing|convuls*
epileptic
trouble|difficulty|hard breathing|breath|breathe
short of breath
gasp*
allergic reaction
anaphyla*
throat closing|swelling
epipen
diabetic emergency|shock|coma
blood sugar
giving birth
in labor
water broke
baby is coming
contractions
heat stroke|heatstroke
vomiting|throwing|coughing blood
clammy
jaw|arm|shoulder|back pain ... sweat*|chest|nause*|breath|dizzy|pale|faint
sweat*|sweaty ... chest|jaw|pale|gray|grey|clammy|dizzy|faint|confused|short of breath
not keep|stay|open his|her|their|my eyes open|awake
not stay awake|conscious
hives ... wheez*|breath*|throat|swell*|swollen|tongue|lips|dizzy|faint
worst headache
sudden|suddenly|severe|splitting|terrible|bad headache ... vomit*|throwing|confused|stiff|vision|see|faint|numb|slurr*
suddenly|sudden not|unable see|walk|talk|speak|stand|move|feel|breathe|remember
not see out of
lost|losing vision|sight
confused|disoriented|delirious|incoherent|dizzy ... not|unable stand|walk|talk|respond|know|remember|focus
incoherent|delirious|disoriented
not recognize me|us|anyone|family|his|her|wife|husband|kids|mom|dad
not know|remember his|her|their own name|names
not know|say|remember his|her|their name|birthday|address
not know who i|we am|are
not know what day|year|month
not acting right|himself|herself|themselves
making|make gurgl*|chok*|rattl*|snor*|wheez*|weird|strange|funny|gasping sound|sounds|noise|noises
has|is|having|in|with pain in|on his|her|my chest|left|jaw
chest feels|feel|felt|is|getting heavy|crushing|squeezing|squeezed|burning|tightness
talking|talk|speaking|saying nonsense|gibberish|jibberish
not lift|raise|move|use his|her|their|my|one|left|right|an arm|arms|leg|legs|side|hand
acting|seems|seem|looks|getting|suddenly confused|disoriented|delirious
sugar|glucose|sugars is|level|levels|at|reading|dropped|crashed|crashing|really|super|very|dangerously low|crashing|crashed|dropping|dropped|=tanking|=20|=30|=40|=35|=45|=500|=600
hearing voices|psychotic|psychosis|hallucinating|manic ... knife|knives|gun|hammer|bat|weapon|hurt|kill|breaking|smashing|attack*|threatening
drool*|drooling ... not|unresponsive|face|side|answer|respond|slurr*
trouble|difficulty|hard talking|speaking|swallowing
face|smile droopy|crooked|lopsided|uneven
face|smile looks|is|went|seems crooked|lopsided|droopy|uneven
        """,
        "es": """
no habla bien|claro|normal
tembloros*|temblorosa|tembloroso
patad*|pate*|pis* ... cabeza|pecho
bebe ya viene|va a nacer|esta naciendo|esta saliendo
de =parto|=pariendo
trabajo de parto
dolor|dolores|duele|doliendo ... pecho
mal|malo del|de pecho|corazon
suda|sudando|sudor frio
agarr*|apret*|sobando ... pecho|corazon
silba|chifla|silbando|chiflando pecho
ataque de asma
inhalador no|ya
mordi*|pic* vibora|serpiente|culebra|alacran|escorpion|arana|abeja|abejas|vibora
electrocut*
descarga electrica
hinch* cara|garganta|lengua|labios|rapido|ojos
diabetic*|insulina|azucar ... sudando|temblando|confundid*|desmay*|responde|sentido
dice|decir|habla|hablando cosas sin|con sentido
le|me dio|da|dando|pego infarto|ataque|derrame|embolia
no siente|mueve el|la brazo|pierna|lado|cara
no siente|mueve brazo|brazos|pierna|piernas|lado|cara|cuerpo|manos|pies
no puede|puedo mover brazo|brazos|pierna|piernas|lado|cara|cuerpo|manos|pies
dolor* pecho
dolor muy fuerte|fuerte|terrible|horrible en el pecho
pecho le|me duele|duele|aprieta
duel* pecho
ataque al corazon
ataque cardiaco
infart*
paro cardiaco|respiratorio
derrame cerebral
derrame
embolia
ictus
cara caida|chueca|torcida
boca chueca|torcida
no pued*|puede hablar|mover
arrastra las palabras
habl* raro|arrastrad*|extrano|enredad*|chistoso
media cara
cara dormida|paralizada
convuls*
ataque epileptico|de epilepsia
epileps*
falta* aire
cuesta respirar
dificultad* para respirar
reaccion alergica
cerr* garganta
azucar baja
dando a luz
rompio la fuente
se le rompio la fuente
viene el bebe
contracciones
golpe de calor
vomit* sangre
se le fue|trabo el|la habla|voz
perdio el|la habla|voz
boca|cara de lado
boca|cara ladeada|caida
no me|nos|la|lo reconoce|reconocio|reconocen
fiebre altisima|muy alta
habla|hablando|dice|diciendo sin sentido
habla|hablando|dice|diciendo incoherencias|incoherente|incoherentemente
no sabe quien soy|es|somos
de repente|pronto no puede|pudo hablar|caminar|ver|moverse
no sabe donde esta|estaba
=quedando|=quede|=quedo|=quedandose sin aire|oxigeno|respiracion
se le|me acabo|termino el oxigeno
ve|oye|escucha|veo|oigo gente|personas|cosas|voces que no existe|existen|hay|estan
oye|escucha|oigo voces
        """,
    },
    "followed": {
        "en": """
=stalking|=stalks my|his|her|our|daughter|son|wife|kid|kids|girlfriend|him|them
chas* me|us|her|him|my|after
being|getting chased
        
follow* me|us|her|daughter|son|kid|kids|wife|car
being|been followed
stalking me|us|her
being|been|getting stalked
tailing me|us
walking|driving|been|is|keeps|stays|staying behind me|us ... since|for|blocks|miles|minutes|scared|afraid|every
sitting|parked|waiting|standing|lurking|hanging|idling ... outside ... watching|staring|filming|recording
sitting|parked|waiting|standing|lurking ... watching|staring|eyeing my|our door|house|window|windows|building|apartment|car
watching|staring at me|us ... outside|from|across
right behind me|us
keeps|keep|kept getting|coming|moving|walking closer
gonna|going|gunna get me|us
        """,
        "es": f"""
=acosando|=acechando a|me|mi|la|lo|nos
=siguiendo a
vien*|van|anda siguiendo|persiguiendo
me|nos|la|lo|les siguiendo
persigu*|persig*
acech*
me|nos sigue|siguen|siguio un|una|el|la|alguien|hombre|tipo|carro|auto|camioneta|senor|sujeto|coche
alguien|hombre|tipo|carro|auto|camioneta|senor|sujeto|coche me|nos|{_PERSON_ES} sigue|siguen|siguio|siguiendo
pisando los talones
sentad*|estacionad*|parad*|esperando ... viendo|mirando|vigilando mi|nuestra|la|nuestro puerta|casa|ventana|ventanas|edificio|departamento|depa|carro
=di|=dimos|=doy|=damos vueltas ... sigue|siguen|atras|detras
se me|nos sigue|sigue|siguen acercando|arrimando
        """,
    },
    "help_now": {
        "en": """
=hurry
scream*|yell*|shout*|crying|cries for help
screaming help
scared|afraid|fear|fearing|terrified for my|our|her|his life|lives
send help|police|someone|cops|ambulance now|asap|quick|fast|hurry|immediately
need an ambulance
call an ambulance
please hurry
help me please
need|needs help right now|now|asap|immediately|fast|quick
calling|crying|yelling|screaming|shouting|hollering|begging =help
woman|lady|girl|someone|somebody|kid|child is|keeps|started screaming|shrieking
woman|lady|girl screaming|shrieking
send|need|call|get =firefighters|=firemen|=paramedics|=ambulance|=ems|=medics
        """,
        "es": """
=apurense|=apurese|=apurate
vengan|venga rapido|ya|pronto|rapidito
temo|miedo por mi|nuestra|su vida|vidas
grit*|pid* auxilio|socorro
=auxilio
socorro
manden|mande|envien|necesito ayuda|policia|ambulancia|patrulla ya|rapido|urgente|ahorita
necesit* una ambulancia
llamen una ambulancia
oig*|oi|escuch*|oye|oyen|oyo|=oigo ... pidiendo|gritando|grita|pide ayuda|auxilio|socorro
miedo ... no sabe|se donde esta|estoy
manden|mande|envien|envie|mandar bomberos|ambulancia|paramedicos
grit*|grita|gritando|pide|pidiendo que la|lo|los|las|me|nos ayud*|auxili*|salv*
        """,
    },
    # --- Cues -------------------------------------------------------------------------------
    "negation": {
        "en": """
nothing
=no
=not
never
nobody|noone
no one
none
without
neither|nor
free of
no sign|signs of
        """,
        "es": """
=no
nadie
ningun|ninguna|ninguno
nunca
jamas
=sin
=ni
tampoco
nada
        """,
    },
    "negation_after": {
        "en": """
none
        """,
        "es": """
ninguno|ninguna
        """,
    },
    "pseudo_negation": {
        "en": """
not stop
can not stop
will not stop
not sure
not certain
not know if|whether|what
no idea if|whether
not tell if|whether
not only|just
no doubt
no matter
not let|letting|drop|give|hand|put|release|leave|go
        """,
        "es": """
no para de
no paran de
no deja de
no dejan de
no se si|que
no sabemos si|que
no estoy|toy segur*
no solo|solamente
sin duda
no me|nos|la|lo|le deja|dejan|suelta|sueltan
no suelta|sueltan|suelte|soltaba
no quiere|quieren soltar|dejar|irse
no se va|van|iba
no se quiere|quieren ir
        """,
    },
    "hypothetical": {
        "en": """
they|kids|guys|boys|girls will|going|gonna jump|fight
tomorrow
next week|month
learn|learning|certified|certification|course|workshop
if
in case
what if
what should|do|can i do about
how do|can|should i report|file|get|make|press|request|find|check|contact
before someone|somebody|anyone|kid|child|kids|children|people
could|might|would|may get|end|cause|start|happen|hurt|kill
someone|somebody|kid|child|people will|going get
worried|afraid|scared|fear|concerned someone|somebody|kid|kids|it|they|he|she will|could|might|going
when to call
should i call
to prevent
prevent
hazard
=training
class
drill
practice
movie|film|tv|cartoon|nightmare|dreamed|dreamt
video game
in my dream
rules|rule|laws|law|regulations|regulation|ordinance|policy for|about|on|regarding|around
legal|illegal|allowed|lawful to
need|needed|required|have to register|permit|license
permit|license to|for
one|some day|days
one of these days
someday
sooner or later
accident waiting
waiting to happen
how old
what age
minimum|legal age
        """,
        "es": """
andan diciendo que
=manana
la proxima semana
aprender|curso|taller|certificacion|capacitacion
si
en =caso de|que
que pasa si
antes de que
para que no
=podria|=podrian|=pudiera|=pudieran|=pueda|=puedan
puede que
alguien va a salir
me preocupa que
tengo miedo de|que
temo que
por si
que hago si
que debo hacer
=como puedo
peligro de
simulacro
=pelicula|=programa|=videojuego|=pesadilla|=sone|=sueno|=caricatura
es|sera|seria delito|legal|ilegal
se puede|puedo tener|traer|portar
reglas|reglamento|leyes|ley|normas|requisitos para|sobre|de
permiso|licencia para|de
registrar|registrarlas|registrarlos|registro
algun|cualquier dia|dias
un dia va|van|vamos|iba a
un dia de estos
tarde o temprano
que|cual edad
edad minima|legal
        """,
    },
    "past": {
        "en": """
in the 50s|60s|70s|80s|90s|fifties|sixties|seventies|eighties|nineties|1950s|1960s|1970s|1980s|1990s|2000s
while|when we|i were|was away
while|when we|i were|was on vacation|trip|holiday
while|when we|i were|was out of town
while|when we|i were|was at work|church|school
in|since|from|during|on january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|sept|oct|nov|dec
in|since|from|during =2010|=2011|=2012|=2013|=2014|=2015|=2016|=2017|=2018|=2019|=2020|=2021|=2022|=2023|=2024|=2025
in|since|during the spring|summer|fall|winter|autumn
earlier today|tonight|this
this morning|afternoon
police report for|about|from|of|on
my|the report about|on|from
case|report number
what happened with|to my report|case
copy of the report
yesterday
last night|week|weekend|month|year|summer|winter|spring|fall|time|monday|tuesday|wednesday|thursday|friday|saturday|sunday|christmas
ago
overnight
during the night
other day|night
earlier this|last week|month|year
back in the day
back in january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|sept|oct|nov|dec|high|college|school|19*|20*
over the weekend
this past
past week|month|year|weekend|few|couple|summer|winter
on monday|tuesday|wednesday|thursday|friday|saturday|sunday
when i was a kid|child|teenager|young
used to
in the past
a while back
few days|weeks|months back
was|happened on|last monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday
this|past month|year|semester|summer|winter|spring
so far this month|year|week
=monday|=tuesday|=wednesday|=thursday|=friday|=saturday|=sunday
wandered|wander|run|ran|gotten|got|gone|went|walked off|away|out|lost before
        """,
        "es": """
en|de los|las 50s|60s|70s|80s|90s|50|60|70|80|90|cincuentas|sesentas|setentas|ochentas|noventas|ochenta|noventa|setenta|sesenta
mientras|cuando estabamos|estaba|andabamos de vacaciones|viaje|fuera|trabajando
en|desde|durante|principios|mediados|finales enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|setiembre|octubre|noviembre|diciembre
# "el 5 de mayo" is a date, "la 5 de mayo" or "calle 16 de septiembre" a street
el|del|desde|hasta|pasado *0|*1|*2|*3|*4|*5|*6|*7|*8|*9 de enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|setiembre|octubre|noviembre|diciembre
en|desde|de|durante =2010|=2011|=2012|=2013|=2014|=2015|=2016|=2017|=2018|=2019|=2020|=2021|=2022|=2023|=2024|=2025
mi|el|del reporte de|del|sobre
numero de reporte|caso
que paso con mi reporte|caso|denuncia
ayer
anoche
durante la noche
en la madrugada de ayer
antier|anteayer
=pasado|=pasada|=pasados|=pasadas
hace dia|dias|semana|semanas|mes|meses|ano|anos|rato|tiempo|horas
el otro dia
el|este lunes|martes|miercoles|jueves|viernes|sabado|domingo
cuando era nino|nina|joven
del lunes|martes|miercoles|jueves|viernes|sabado|domingo
lleva|llevan semanas|meses|anos ahi|asi|igual|aqui|alli
me|nos|le|les conto|contaron|platico|platicaron que
reporte|denuncia|constancia|numero para|del seguro|aseguradora
este mes|ano|verano|invierno|semestre
en lo que va del|de mes|ano|semana
se ha|habia salido|perdido|escapado|ido antes
        """,
    },
    # A recurring problem ("every weekend", "siempre") is a report about a pattern, not a call.
    "habitual": {
        "en": """
always
every day|night|nights|weekend|weekends|morning|evening|week|friday|saturday|sunday|time
most nights|days|weekends
on weekends
all the time
each night|weekend
constantly
keeps happening
usually
=sometimes|often|occasionally|regularly|frequently
times|nights|days a|per week|month|day|night|year
whenever
when he|she|they|dad|uncle|husband|father|stepdad|mom|boyfriend gets|get drunk|high|mad|angry|upset|wasted
when he|she|they|dad|uncle|husband|father|stepdad|mom|boyfriend drinks|drink
        """,
        "es": """
siempre
todas las noches|tardes|mananas|semanas
todos los dias|fines|viernes|sabados|domingos
cada noche|fin|semana|dia|vez
los fines de semana
a cada rato
=seguido
a veces
de vez en cuando
a menudo
varias veces
cada lunes|martes|miercoles|jueves|viernes|sabado|domingo|tarde|manana|quincena|mes|ano
veces por|a|al semana|mes|dia|noche|ano
cuando toma|bebe|chupa|toman|beben
cuando se emborracha|enoja|droga|enojan|emborrachan
cuando anda|llega|viene|esta tomado|borracho|drogado|enojado|pedo
        """,
    },
    "resolved": {
        "en": """
handled it|that|situation
took care of it
dealt with it
broke it up
broke up the fight
calmed down
settled down
it stopped|ended
they stopped
everything is quiet|fine|calm
all quiet
walked him|her|them out
escorted out|off
ran off|away
drove off|away
took off
already left|gone
has|have|had left
left the scene|area
are|is|was|were gone
got away
nobody|noone was around|there|home
no one was around|there|home
fled
escaped
went away|home
arrested
police came|arrived|took
cops came|arrived
it is over
taken|took to the hospital|er
was put out
firefighters|fire department put out|came
he|she|they|guy|man|woman|lady left|split|bailed
        """,
        "es": """
ya se encargo|encargaron
se encargo|encargaron
los separaron
ya se calmaron|calmo
se calmaron|calmo
ya paro|pararon|termino
todo esta tranquilo|bien
ya esta tranquilo
se fue|fueron
ya se fue|fueron
huy*
escap*
se dio|dieron a la fuga
ya no esta|estan
no habia nadie
detenid*|arrestad*|arrest*
llego la policia
la policia ya vino|llego
ya esta|estan bien
todos estan bien
ya paso
ya lo|la atendieron
se lo|la llevo la ambulancia
lo|la llevaron al hospital
apagaron|apago el fuego|incendio
no me|nos|le|les|la|lo hicieron|hizo nada
no me|nos|le|les paso nada
ya estoy|estamos bien
estoy|estamos bien gracias
ya no hay nadie
nunca ha|han hecho|pasado nada
no ha|han hecho|pasado nada
ya lo|la|los|las revis*|atendi*|curaron|checaron|valoraron
        """,
    },
    "all_clear": {
        "en": """
no one hurt|injured
nobody|noone hurt|injured
no injuries|injury
everyone|everybody ok|okay|fine|safe
minor accident|crash|collision
fender bender
just a scratch|scratches|scrape
only|just damage
nobody|noone seems|seemed|appears|appeared hurt|injured
no one seems|seemed|appears|appeared hurt|injured
scam|scams|scammer|scammers|scammed|hoax
pretending|posing|claiming to be
fake call|text|message|emergency
        """,
        "es": """
nadie herido|lastimado|lesionado
sin heridos|lesionados|lastimados
todos estan bien
choque|accidente leve|menor
choquecito
solo danos
rayon
ambulancia ya se llev*
ya se lo|la|los llevo|llevaron la|los|el ambulancia|paramedicos|cruz
ya lo|la|los atendieron|atendio
ya esta|estan en el hospital
no paso a mayores
solo|nomas|puro fue el susto
solo|nomas|puro el susto
fue puro susto
ya estamos bien
estamos todos bien
todos estamos bien
estafa|estafas|estafador|estafadores|fraude|extorsion|extorsionador|extorsionadores
haciendose|haciendo|hizo|hacen|hacian pasar
llamada|mensaje falso|falsa
        """,
    },
    # A later word that the person is fine again: "he woke up", "ya apareció".
    "recovered": {
        "en": """
woke up
came to|around|back
is|are awake
breathing again|normally
started breathing
is|are okay|ok|fine|alright|safe now
better now
healed|recovered
we|finally|already|police found him|her|them
came home
showed up
turned up
was|were found
was|were rescued
got him|her|them out
at|in the hospital
treated and released
discharged
got|gets up and|walked|left|went
walked|walking away|off|home
everything|everyone|all is|was|seems|seemed fine|ok|okay|good|safe|clear
said|says it|everything is|was|fine|ok|okay|safe|clear
false alarm
put it out
=extinguished
all good|fine|ok|okay|set
got|opened|unlocked the door|it open|opened
am|=im fine|ok|okay|better|good|alright now
gas|utility|electric company|crew|guys fixed|shut|turned|repaired|capped
its out now|already
it|fire|fires|flames is|are|was|were out now|already
found him|her|them right away|quickly|safe|fine|unharmed|okay|ok
        """,
        "es": """
ya desperto
desperto|despertaron
volvio en si
ya reacciono
ya respira
volvio a respirar
ya esta|estan bien
esta|estan bien ahora
se recupero|recuperaron
ya aparecio|aparecieron
ya la|lo|los|las encontramos|encontraron|hallamos
la|lo|los|las encontro|encontraron|hallo|hallaron enseguida|rapido|pronto|bien|sana|sano|sanos|sanas
ya =llego|=llegaron
en el hospital
ya lo|la sacaron
ya sano
enyesaron|enyesado|enyesada
ya la|lo|los|las revisaron|curaron|cosieron|suturaron|vendaron
la|lo|los|las llevaron al|a la doctor|medico|hospital|clinica|urgencias
ya lo|la apagaron|apagamos|apague
ya se apago
todo esta|estaba bien
falsa alarma
ya esta|estan perfectamente|perfecto|mejor|tranquilo|tranquila
=todo =bien
abrimos|abrieron|abri la puerta
ya estoy|estamos bien|mejor
ya lo|la arreglo|arreglaron|repararon|cerraron
ya no hay peligro
        """,
    },
    # Words on a screen, not a scene: TV, films, nightmares (sets aside the whole sentence).
    "not_real": {
        "en": """
true crime
show|podcast|documentary|episode|series|special|movie|book about|on a|the murder|murders|killing|killings|shooting|stabbing|kidnapping
turned out to be a|an umbrella|cane|phone|stick|broom|toy|tripod|camera
was|were just|only a|an umbrella|cane|phone|stick|broom|tripod|camera
in|on a|the game|games|videogame|xbox|playstation|fortnite
play*|pretend* cops|war|zombies|tag|soldiers|army|pretend
tv|television|movie|movies|film|cartoon|cartoons|netflix|nightmare|nightmares|dreamed|dreamt
video game|games
tv show|series
in my dream
graffiti
spray paint*
painted|drew|drawn|sprayed|scrawled|carved|etched|tagged|wrote|written ... on|onto|across the|my|our|a wall|walls|fence|door|garage|house|building|sign|bridge|car|sidewalk|garage|window|windows
on|in the news|newspaper|paper
just|only|were|was|probably|prob|all fireworks|firecrackers|firework|firecracker
turned out ... fireworks|firecrackers|firework|firecracker
backfir*
just|only|all training|practice|sparring|rehearsal
sparring|sparing
boxing|wrestling|mma|karate|jiujitsu|martial|kickboxing gym|match|class|practice|training|arts|lesson|lessons
all|just|only legit|real training|practice|sparring|rehearsal
haunted house|trail|hayride|maze
shooting|gun|rifle|firing|pistol|archery range|ranges|club
target practice|shooting
hunting season
wanted|wants|demanded|demanding|asked|asking|wanting money|ransom|bail|cash|gift|dollars|payment|wire|venmo|zelle|bitcoin
virtual kidnapping
kidnapping|kidnap scam|hoax
as a joke|prank
=joking|=kidding|=jk|=jking|=jokingly
        """,
        "es": """
crimenes|crimen reales|real
programa|documental|podcast|serie|episodio|pelicula|libro de|sobre un|el|los asesinato|asesinatos|crimen|crimenes|secuestro|balacera
pero|solo|nomas era|eran ... paraguas|sombrilla|baston|celular|telefono|palo|escoba|juguete|tripie
jug*|juegan|jugando a|al policias|guerra|balazos|luchitas|pistoleros|vaqueros|zombis|soldados|ladrones|pistolas|pistolitas|tiros|ninjas|espadas|guerritas|bandidos|pistolero|atracadores
=tele|=television|=pelicula|=peliculas|=serie|=novela|=telenovela|=caricatura|=caricaturas|=videojuego|=videojuegos|=pesadilla|=pesadillas|=sone|=sonaba
programa de tele|television
extorsion telefonica
secuestro virtual
llamada de extorsion
me llamaron|hablaron|marcaron diciendo
fue|era una extorsion|estafa|broma|mentira
eran|son|fueron|parecian|era cuetes|cohetes|petardos|fuegos|pirotecnia|cohetones|bombitas
=peli|=pelis|=movie|=netflix|=xbox|=playstation|=fortnite|=nintendo|=gta|=videojuegos
call of duty
free fire
=sparring|=boxeo|=kickboxing
gimnasio|pelea|clase|clases|entrenamiento de box|boxeo|karate|lucha
solo|nomas|puro eran|era|fueron cuetes|cohetes|petardos|pirotecnia|cohetones
casa|casita|sendero|recorrido del|de terror|sustos
casa|casita|sendero|recorrido embrujada|embrujado|encantada|encantado
campo|club|poligono|galeria de tiro
temporada de caza|cacería
practica|practicas de tiro
querian|queria|pedian|pedia|pidieron|pidio|exigian dinero|rescate|fianza|pesos|dolares|tarjetas
jaja*
=broma|=bromeando|=bromea|=bromeaba
no es|era en serio
        """,
    },
    # Fights and threats read online or in a letter are reports (unless still going on).
    "remote": {
        "en": """
online|facebook|fb|instagram|insta|tiktok|snapchat|twitter|youtube|email|emailed|emails|voicemail|letter|dm|dms|comment|comments|posted|discord|website
social media
group chat
        """,
        "es": """
redes|facebook|instagram|tiktok|whatsapp|correo|comentario|comentarios|publicacion|publico|internet|youtube
redes sociales
grafiti|graffiti|pintas|video|videos|face|fb|feis|insta|whats|watsap|wasap|noticias|noticiero|periodico
        """,
    },
    "ongoing": {
        "en": """
every time he|she|they|i breathes|breathe|breath|takes
with each|every breath
minute|minutes|min|mins|seconds|moment ago
still
right now
as we speak
at the moment
currently
happening now
is =happening
just now
just happened
keeps coming back
just|literally shot|stabbed|robbed|pulled|attacked|jumped|grabbed|fired|mugged|carjacked|assaulted|beat|punched|rammed|snatched|kidnapped|shooting|stabbing
        """,
        "es": """
cada vez que respira|respiro|respiramos|jala|toma
con cada respiro|respiracion|respirada
hace un|unos minuto|minutos|momento|segundos|ratito
todavia
aun
ahorita
ahora mismo
en este momento
esta pasando
sigue|siguen aqui|ahi|afuera|adentro
acab* de
estoy|estamos grabando
no lo|la|los|las encontramos|encuentro|encuentran|hallamos|hallo
no ha|han aparecido|vuelto|regresado|llegado
no para|paran|deja|dejan|detiene|quita
desde hace hora|horas|minutos|minuto|rato|ratito
no me|se|le|nos|la|lo puedo|puede|podemos|pueden levantar|parar|mover|salir|respirar
sigo|sigue tirad*|atorad*|atrapad*
sigue|siguen en el|la|mi|su edificio|casa|cuarto|departamento|apartamento|calle|esquina|parque|tienda|patio|puerta|carro|estacionamiento|cuadra|barrio|colonia|pasillo|escuela
no lo|la|los|las vemos|veo|ven
perdi*|desapareci*|extravi*|salio ... hace hora|horas|minutos|minuto|rato|ratito|media
se fue|lanzo|echo|vino contra|encima
sigue|siguen atras|detras|pegado|pegada|pegados
        """,
    },
    "property": {
        "en": """
confiscat*
taken away
seized
stolen|stole|steal|steals|stealing
theft
missing
lost
found|find
sold|selling|sell
bought|buying|buy
pawn*
registered
register|registering|registration
permit
license
collection
back
return|returned|returning
recover*
property room
evidence
=taken
took|taken my|our
locked|stored|kept|unloaded in|up|away|safe|cabinet|box|case
        """,
        "es": """
decomis*
quitaron
confiscad*
robad*
=robaron|=robo|=robar|=roban|=robarse|=robaste|=robamos
recuper*
registr*
devuel*|devolv*
se llevaron
encontr*
halle|hallaron|hallo
perd*
vend*
compr*
desapareci*
colecci*
guardad* en|bajo =llave|caja|gabinete
        """,
    },
    # Set aside only the smoke words of "fire" in a sentence that talks about smoking.
    "smoking": {
        "en": """
burning|burn|burns trash|leaves|brush|tires|garbage|rubbish|wood
=smoking|=smokes|=smoked|=smoker|=smokers
bbq|barbecue|barbeque|grill|grilling|cookout|chimney|fireplace|firepit
fire pit
cigarette|cigarettes|cigar|cigars|weed|pot|marijuana|vape|vaping|hookah|joint|blunt|tobacco
charcoal|smoker|campfire|bonfire|bonfires|campfires|smokehouse|bbqing|barbecuing|grilling|=burn|firepits
        """,
        "es": """
quema|quemando|queman|quemar basura|hojas|llantas|ramas|pasto|lena
=fuma|=fuman|=fumando|=fumar|=fumo|=fumaba|=fumador|=fumadores
asador|parrilla|barbacoa|chimenea|fogata|=asada|=asando
cigarro|cigarros|cigarrillo|cigarrillos|marihuana|mota|tabaco|vapeador|vapear|churro
=carbon|=anafre|=brasero|=elotes|=asados|=asado|=taquero|=taqueria|=carnitas|=comal|=lena|=hoguera|=fogatas
        """,
    },
    # An animal as the subject ("the raccoon is stuck", "el perro está herido") or anywhere in
    # the sentence of "dead"/"died"/"muerto": a matter for animal control, not 9-1-1.
    "animal": {
        "en": """
deer|dog|dogs|cat|cats|bird|birds|animal|animals|raccoon|squirrel|possum|opossum|skunk|fox|coyote|rat|rats|mouse|mice|fish|snake|rabbit|goose|geese|duck|ducks|horse|cow|pigeon
        """,
        "es": """
venado|perro|perros|gato|gatos|pajaro|pajaros|animal|animales|mapache|murcielago|murcielagos|ardilla|tlacuache|zarigueya|zorrillo|zorro|coyote|rata|ratas|raton|pez|peces|vibora|culebra|conejo|pato|patos|caballo|vaca|paloma|palomas
        """,
    },
    "benign": {
        "en": """
# Blood for a costume; a gun kept in a drawer or a safe; caught shoplifting
fake|costume|halloween|stage|prop|movie blood
gun|guns|handgun|handguns|pistol|pistols|rifle|rifles|shotgun|revolver|firearm|firearms in|inside the|his|her|my|a nightstand|drawer|dresser|glovebox
caught|catch|busted my|his|her|a son|daughter|kid|boy|girl|teen|teenager shoplifting|stealing|smoking|vaping|drinking|skipping|sneaking
passed away|on peacefully
died peacefully
should not|never talk|speak|say
respond|responds|responding|response to shootings|stabbings|fires|emergencies|overdoses
epipen|epipens|inhaler|inhalers in it|there
epipen|epipens|inhaler|inhalers inside
kid|kids|son|sons|daughter|daughters|child|childs|children|childrens|boy|boys|girl|girls|baby bike|bikes|bicycle|scooter|scooters|toy|toys|stroller|wagon|skateboard|backpack|phone|tablet|trike|ipad
gun|guns|knife|knives|weapon|pistol|rifle ... was|were|is|are a|an|just|only toy|toys|fake|replica|airsoft|nerf|bb
gun|guns|knife|knives|weapon|pistol|rifle ... just|only a|an toy|fake|replica|airsoft|nerf|bb
yell*|scream*|shout*|cuss*|cussed|swore and|then walked|drove|stormed|went off|away|home
own|owns|owned|collect|collects several|a|two|three|some|many|multiple|my rifle|rifles|gun|guns|firearm|firearms|pistol|pistols|shotgun|shotguns|handgun|handguns
own|owns|collect rifles|guns|firearms|pistols|shotguns|handguns
hand|hands|handed in|over ... gun|guns|knife|knives|weapon|weapons|pistol|rifle
phone|keys|wallet|purse|bag|glasses|sunglasses|camera|ring|ball|hat|shoe fell|dropped into|in
shooting|fire|earthquake|lockdown|shooter|tornado drill|drills|exercise|training|simulation
stabbed|poked|pricked|cut|scratched by|on rose|roses|thorn|thorns|cactus|bush|branch|splinter|nail|fork|pencil
range|club|gallery ... rifle|gun|guns|pistol|shotgun|firearm
kick*|kicked|threw|throw|thrown him|her|them|me|us out|off
wood|firewood|logs|tree|branches|brush|weeds ... axe|hatchet|machete|chainsaw
axe|hatchet|machete|chainsaw ... wood|firewood|logs|tree|branches|brush|weeds
vacant|abandoned|empty|foreclosed|unoccupied house|home|building|lot|apartment|unit|property
=smoking|=drinking|=sleeping|=living|=partying|=playing|=loitering|=skating|=camping|=squatting|=vaping|=chilling in|inside|on|at
=hanging out in|inside|on|at
parents|landlord|agency|company|school|office|manager|owner|nobody|city|insurance|seller|dealer|store|bank|hoa|contractor|doctor not respond|responding|answer|answering|reply|replying
blood drive|bank|donation|donor|test|tests|work|type
drowning in paperwork|debt|bills|work|homework
jump start|starter|starting|cables
jumpstart*|jumper|jumpers
take|took a stab at
give|gave it a shot
mailbox|car|truck|fence|garage|bumper|vehicle|pole was|got|been|were hit|backed|struck
rifle|pistol|gun|guns|shotgun case|cases|bag|bags|rack|racks
sparkler|sparklers|firecracker|firecrackers
monoxide|co detector|detectors|alarm|alarms ... chirp*|batter*|battery|batteries|install*|expired|free|need*|replace*
dog|dogs|cat|cats|rooster|roosters ... fight|fighting|fought
shoot*|shot ... bow|arrow|arrows|archery|target|targets|skeet|clay|clays
break*|broke|smash*|bust* mailbox|window|windows|windshield|car|door|mirror|lights|headlights|taillights ... bat|hammer|pipe|crowbar|rock|brick
shooting|filming|shoot of music|video|movie|film|commercial|show|photo
killing|kill|murder|death|shooting|bomb joke|jokes
bath|photo bomb
fake|toy|replica|plastic|prop|foam|pretend|cap blood|gun|guns|knife|knives|weapon|weapons|sword|pistol|rifle|bomb
financial|elder|verbal|emotional|substance|drug|animal|alcohol abuse
killing my commute|budget|vibe|back|feet|wallet
threaten* to sue|protest|evict|report|call|quit|leave|tow|fire|kick|ban
threaten* with eviction|lawsuit|legal
turn* in ... gun|guns|rifle|rifles|firearm|firearms|weapon|weapons|shotgun|shotguns|pistol
surrender*|dispos*|inherit*|inherited ... gun|guns|rifle|rifles|firearm|firearms|weapon|weapons|shotgun|shotguns|pistol
fire hydrant|hydrants|lane|alarm|alarms|department|dept|station|truck|trucks|fighter|fighters|marshal|code|drill|pit|place|escape|extinguisher|works|wood|cracker|crackers|hazard|chief|inspector|inspection|exit|door|ant|ants
got|was|been|get|getting|being fire|fired|=fired
fired me|him|her|them|from|for
ceasefire
on fire sale
smoke detector|detectors|alarm|alarms|shop|break|breaks|signal|machine
cigarette|cigarettes|weed|pot|marijuana|vape|cigar|hookah|bbq|barbecue|grill|secondhand|second hand smoke
smoke|smoking|smoked weed|pot|marijuana|cigarettes|cigarette|crack|meth|cigars|hookah|vape|blunt|joint|joints
smoke from grill|bbq|barbecue|chimney|fireplace|pit
burn* trash|leaves|garbage|brush|wood|yard|rubbish|tires|candles|candle
burn* cd|dvd|rubber
burnt toast|food
heartburn
burning smell of food
water|toy|nail|glue|staple|spray|heat|airsoft|paintball|nerf|squirt|caulk|caulking|radar|speed|grease gun|guns
gun shaped
shaped like a gun
gun shop|store|show|range|safe|lock|locks|club|violence|control|permit|license|licence|class|course|safety|owner|owners|laws|law
firearm|firearms|weapon|weapons permit|license|licence|class|course|safety|registration|laws|law
knife set|block|sharpener|sharpening
butter knife
armed forces|services|guard|security|alarm
alarm armed|is armed
shot|shoot|shooting|shoots video|videos|photo|photos|picture|pictures|pic|pics|footage|film|movie|hoops|baskets|pool|scene|commercial|music
photo|video|film shoot
video|videos|photo|photos|picture|pictures|pic|pics|footage|movie i|we|he|she|they shot|shoot|filmed
shot|shoot|filmed|took|recorded short|quick|little|small|brief video|videos|clip|footage|photo|photos|pictures
my|his|her|our late
flu|vaccine|booster|covid|allergy|insulin shot
shot glass|glasses
mug shot
screen shot
big|long shot
shoot me text|message|email
killing time
kill time
this|the|it|noise|traffic|smell|music|back|feet|head|heat|commute is killing me
kill|killed|killing bugs|weeds|rats|mice|ants|roaches|lights|light|engine|battery|mood|vibe|plants|grass|lawn
weed|bug|pest killer
dead battery|batteries|end|tree|trees|animal|animals|deer|raccoon|cat|dog|bird|birds|possum|opossum|skunk|squirrel|rat|rats|fish|leaves|bolt|zone|line|lines|phone|light|lights|grass|lawn|plant|plants|car|bush|bushes|branch|branches|spot|ringer|silence|serious|tired|quiet
deadbolt|deadline
phone|battery|car|engine|light|tv|laptop|plant|plants|tree|grass|lawn|streetlight|streetlights|lights|bulb|computer|cell|truck|motor|phones|batteries|lawnmower|mower died|dead
dying battery|phone
died down
dying to know|see|get|try
=died years|months ago
injured|hurt|bleeding|dead|died deer|dog|cat|bird|animal|raccoon|squirrel|possum|fox|coyote|hawk|owl|duck|goose|cow|horse
deer|dog|cat|bird|animal|raccoon|squirrel|possum|fox|coyote|hawk|owl|duck|goose|cow|horse is|was dead|injured|hurt|bleeding
stroke of luck|genius
gave me a heart attack
almost|nearly had a heart attack
heart attack prices
fight ticket|citation|fine
fight|fighting|fought over parking
hiding place|spot|spots
hide and seek
hidden camera
trap* raccoon|cat|animal|possum|squirrel|skunk
stuck in traffic|snow|mud|line|ditch
locked out
lock myself out
follow up|ups
following up
followed up
followed the instructions|rules|directions
follow the instructions|rules|directions
follow me on
blew up my phone
phone blew up
overdose prevention|awareness
suicide prevention|hotline
killing it
hit my car|truck|mailbox|fence|house|garage|bumper|vehicle|parked
hit pole|curb|mailbox|fence|deer|pothole
beat the traffic|rush
beating heart|heart beating
heart beat
drug|drugs deal|dealing|dealer|dealers
injury attorney|lawyer|claim
attack ad
panic attack
shot down
shooting|gun|rifle|firing|pistol range|ranges|club|gallery
burned|burnt|burned-out out car|vehicle|bulb|light|lights|streetlight|building|house|shell|truck
gun safe|safes|cabinet|locker|case
shoot|shooting|shot off
shoot*|shot fireworks|firecrackers|rockets
bb|pellet|airsoft|paintball gun|guns|rifle|pistol
shooting star|stars
shot put
shot|shoots me|us|him|her a text|message|email|dm|pic|picture|note|line|call|look
picture|pictures|drawing|drawings|image|images|painting|graffiti|sticker|stickers|tattoo|emoji|poster|shirt|decal|logo|mural|outline of|with a|the gun|guns|knife|knives|weapon|weapons|pistol|rifle|skull
not moved|move|moving in|for weeks|months|years|ages|since
abandoned|parked|stalled|junk|broken car|vehicle|truck|van|boat|trailer|rv|camper ... not moved|move|moving|moves
break =ins|=breakins
car|vehicle|auto|cars|vehicles break in|ins|into
die|died|dying of|from embarrassment|laughter|laughing|boredom|shame|cringe|jealousy|envy
going|coming|came|went after me|us|him|her|them for
blood sugar|glucose meter|meters|monitor|test|strips|kit|machine|supplies|pump
sugar|glucose meter|meters|monitor|strips|kit|machine|supplies|pump
breaking|break|broke into the|a pool|pools|park|school|construction|site|field|stadium|course|rink
locked|lock|left keys|key in|inside
kids|teens|teenagers|boys|girls|people|swimmers jumping|jump|jumped off|from the bridge|pier|dock|cliff|rocks into
its|it|this|that|which|lol|seriously killing me
almost|nearly|barely hit|struck|ran|run|hitting|clipped me|us|my|him|her|his
screaming|yelling|shrieking|shouting at her|his|their|the kids|children|son|daughter|dog|tv|game|refs|husband|wife|cashier
shoot|shot|kill|poison|hurt|kick my|the|your|our|his|her dog|dogs|cat|cats|chickens|pet|pets
burn ordinance|ordinances|ban|permit|permits|pile|piles|barrel|barrels|season|rules|law|laws|day
burned|burnt|burning|burn bacon|dinner|popcorn|pizza|rice|pan|pot|cookies|eggs|toast|food|steak|chicken|lunch|breakfast|supper|grease
fake|toy|replica|plastic|prop|props|foam|rubber chainsaw|chainsaws|axe|machete|sword|swords
telling|told|tell|tells|saying|said him|her|me|them|you|son|daughter|kid|brother|sister|friend|child to kill|die
dead man|man's|mans switch|float|curve
fire safety|prevention|education|awareness|training|inspection|marshal|marshall
threaten*|threatening|threatened|threatens to sue|call|report|evict|fire|leave|move|sell|tow|cancel|quit|post|tell|divorce|ban|charge|press|contact|keep|withhold
threaten*|threatening|threatened|threatens to take the|my|our kids|children|baby|son|daughter|dog|car|house
shot|shoot|shooting with a paintball|paintballs|airsoft|nerf|pellet|bb|water
following|follows|followed me|my|her|his instagram|insta|tiktok|twitter|facebook|snapchat|posts|account|page|online
hunters|hunter shooting|hunting
controlled|prescribed|planned|agricultural burn|burns|burning|fire|fires
murder|murders|killer|killers|crime mystery|mysteries|podcast|podcasts|show|shows|novel|novels|book|books|documentary|documentaries|party|game
hiding|hid ... prank|pranking|pranks|halloween
knife|knives ... =cooking|=chopping|=peeling|=sharpening|=sharpener|=whittling
choking|choke hazard|hazards|risk|warning
# A sale, a price, a bill: not a fire or a heart
fire sale|sales
heart attack of|from a|the price|bill|prices
my|our heart stopped|skipped|sank|dropped|almost|nearly
after|since his|her|my|their|the heart attack
after|since his|her|my|their|the stroke|seizure|overdose|surgery|operation|fire|shooting|accident|crash
# Props, starter and blank guns
rubber|cardboard|wooden|costume|inflatable|halloween|foam knife|knives|gun|guns|sword|swords|axe|pistol|rifle|weapon|weapons
starter|blank|flare|signal pistol|gun|guns|pistols
# Speaking a language is not losing speech
speak|speaks|talk|talks ... english|spanish|language|languages
# Naloxone donated, carried, taught
narcan|naloxone kit|kits|training|class|classes|box|boxes|supply|supplies|program|vending
donat*|carry|carries|stock*|keep|train* ... narcan|naloxone
# Ammunition listed
ammo|ammunition|cartridges|rounds|shells|casings ... 9mm|caliber|=45|=38|=22|=380
9mm|caliber ammo|ammunition|rounds|bullets|shells|casings|cartridges
# A vehicle or a thing that has not moved
car|truck|van|vehicle|trailer|boat|camper|suv|sedan|rv|it not move|moved|moving|budged
# A colour that names a car or clothes
blue van|minivan|car|truck|sedan|suv|pickup|jacket|shirt|hoodie|jeans|hat|cap|backpack|bag|bike|house|door|honda|toyota|ford|chevy|nissan|tarp|bin|bins
# Somebody still in jail, things still in the road
in|at prison|jail|custody|rehab|juvie|detention|hospital|school|court|treatment|county
still ... in|on the road|street|lane|sidewalk|roadway|highway|median
# An animal tied up or left out (neglect, not a person trapped)
dog|dogs|puppy|cat|cats|horse|horses|animal|animals|pet|pets ... tied|chained|tethered|locked|left
chok*|strangl*|kick*|kicking|beat*|beating|hit|hitting|punch*|drown*|abus*|starv* his|her|their|my|a|the|our dog|dogs|cat|cats|puppy|kitten|pet|horse
# A weapon's accessories and ammunition as things (a rifle scope, a gun case, shotgun shells)
rifle|rifles|gun|guns|pistol|shotgun|handgun|revolver scope|scopes|case|cases|safe|safes|sling|slings|holster|holsters|shells|ammo|cabinet|rack|cleaning|parts|magazine|magazines
# Swerving to miss a pothole or debris is a road hazard, not a drunk driver
swerv*|veer* ... avoid|avoiding|dodge|dodging
# Burning things in a fire pit, barrel or grill is a contained fire
burn|burns|burning|burned|burnt stuff|things|trash|junk|wood|leaves|brush|garbage|branches ... in|on|into a|the|their|his|her fire pit|firepit|pit|barrel|grill|fireplace|chiminea
# Trapped or drowning in a contract, a lease or chores; a friendly stray hanging around
trapped|stuck in a|an|my|this|the|that lease|contract|mortgage|timeshare|marriage|subscription|debt|loan
drowning in leaves|laundry|emails|mail|calls|trash|dishes|paper|stress|school
=hanging|=hangs|=hung around|about
# Burning leaves in the yard
burn|burning|burned them|leaves|brush|branches|weeds in|on the|my|our backyard|yard
# An engine's choke; getting rid of old pills
=choke on|of|in my|the|his|her|an|our truck|car|engine|mower|motor|bike|motorcycle|carburetor|tractor|generator|chainsaw
dispose|disposal|disposing of pills|meds|medication|medications|prescriptions|prescription|needles|sharps
take back|takeback pills|meds|drugs|medication
# A condition someone has, not a seizure now; fine and back home after a fall
has|have|had|with|suffers|suffering epilepsy
fine|okay|ok|safe|well and back|home
# A phone blown up with messages
blowing|blew|blown up my|his|her phone|cell
phone|cell blowing|blew|blown up
        """,
        "es": """
# Sangre de disfraz; un arma guardada en un cajón; lo agarraron robando; violación de un reglamento
sangre de|falsa|artificial mentira|utileria|halloween|disfraz
pistola|pistolas|arma|armas|rifle|escopeta|revolver en el|su|mi buro|cajon|ropero|closet|guantera
agarr*|cach*|atrap*|pesc* a hijo|hija|nino|nina|chamaco|chamaca|muchacho|muchacha|nieto|nieta robando|fumando|tomando|vapeando|bebiendo|vendiendo|pintando|grafiteando
violacion|violaciones del|al|de codigo|reglamento|transito|ley|estacionamiento|contrato|orden
pistola|pistolas|rifle|arma|armas de airsoft|paintball|gotcha|municion|municiones
campo|club|galeria|practica de tiro ... rifle|pistola|pistolas|arma|armas|escopeta
rifle|pistola|pistolas|arma|armas|escopeta ... campo|club|galeria de tiro
lena|madera|arbol|ramas|troncos|monte|maleza ... hacha|machete|serrucho|motosierra
hacha|machete|serrucho|motosierra ... lena|madera|arbol|ramas|troncos|monte|maleza
casa|edificio|departamento abandonada|abandonado|desocupada|desocupado|vacia|vacio
se quemo|quemaron|fundio el|la|los foco|focos|fusible|fusibles|bombilla|bombillo|lampara|luz|luces|comida|arroz|frijoles|pan|tortillas|motor|aparato|tele|televisor
portar|portacion|porte de arma|armas
permiso|licencia|clase|clases|curso|cursos ... arma|armas|pistola|pistolas
donacion|banco|analisis|examen|prueba|pruebas|donar de sangre
sangre fria
muero|muriendo de risa|hambre|sueno|ganas|calor|frio|cansancio|verguenza|pena|aburrimiento
ahog* en deudas|trabajo|problemas|papeles|papeleo|tramites|cuentas|tarea
dueno|duena|casero|casera|telefono|celular|llamada|llamadas|oficina|manager|gerente|encargado|compania|landlord|nadie|agencia|escuela|ciudad|seguro|aseguradora|policia|padres|papas|banco|tienda no =contesta|=contestan|=responde|=responden
peg*|pego|pegaron|golpe* la|el|mi|su carro|auto|coche|defensa|espejo|camioneta|troca|buzon
=pego|=pegaron|=golpeo|=golpearon|=choco|=chocaron la|el|mi|su puerta
fallecio|murio|fallecieron|murieron en paz
fallecio|murio|fallecieron|murieron tranquilamente
no deberia|deberian|debe|deben hablar|decir
responden|responder|responde|respuesta ... a|ante tiroteos|balaceras|apunalamientos|incendios|emergencias
epipen|epipens|inhalador|inhaladores adentro|dentro
pistola|pistolas|arma|armas|cuchillo|navaja|rifle ... era|es|eran|son de juguete|mentira|utileria
pistola|pistolas|arma|armas|cuchillo|navaja|rifle ... era|es|eran|son falsa|falso|falsas|falsos|juguete|juguetes
dueno|duena|coleccionista de armas|rifles|pistolas|escopetas
colecciono|coleccionamos armas|rifles|pistolas|escopetas
entregu*|entrego|entregamos|entregaron|entregar ... navaja|navajas|arma|armas|pistola|pistolas|cuchillo|cuchillos|rifle|escopeta
carro|auto|coche|camioneta|troca|vehiculo|moto|camion que lo|la|le|me|nos|les golpeo|golpearon|pego|pegaron
celular|telefono|cel|llaves|cartera|mochila|bolsa|lentes|camara|anillo|pelota|balon|juguete|gorra|zapato se cay*|cayeron
chispitas|bengalas|bengala
perro|perros|gato|gatos|gallo|gallos ... pelea|pelearon|peleando|peleaban|pelean
monoxido detector|alarma ... pita|pitando|pila|pilas|bateria|instal*|vencid*
=rompio|=rompieron|=rompi|=quebro|=quebraron|=quebre|=destrozo|=destrozaron|=rayaron|=rayo buzon|ventana|ventanas|vidrio|vidrios|parabrisas|carro|puerta|espejo|faros|cristal ... bate|martillo|tubo|palo|piedra|ladrillo
bomba|bombas ... gasolina|agua|aire|despachadora
afil*|afilador|afiladores cuchillos|cuchillo|navajas|machetes|tijeras
matando el|la|este|esta|mi trayecto|trafico|ruido|calor|dolor|espalda|cabeza|tiempo|hambre
ruido|trafico|calor|obra|construccion|trabajo|tarea|espalda|risa|jefe|perro|perros|ladra|ladrido|ladridos|gallo|musica|fiesta|alarma|llanto|olor|peste|insomnio|estres|renta|deuda|deudas|tos|muela|calor ... matando|mata
abuso|abusos financiero|economico|verbal|patrimonial|confianza|sustancias|animales|autoridad
sangre|pistola|pistolas|arma|armas|cuchillo|cuchillos|rifle|bomba falsa|falso|falsas|falsos|juguete|plastico|utileria|nerf|carton|aire|balines|gotcha|hidrogel|mentiritas
dispar* ventas|precios|costos|cifras|numeros|rentas|recibo|recibos|cuenta|factura|consumo|gasto|gastos|dolar|inflacion
bomba|bombas de agua|gasolina|gas|aire|bano|humo|semilla
amenaz* con demandar|demandarme|protestar|desalojar|correr|llamar|reportar|acusar|multar|renunciar|irse|quitarme
entreg*|deshacerme|deshacerse|hered*|donar armas|arma|pistola|pistolas|rifle|rifles|escopeta
boca|bocas de incendio
hidrante|hidrantes
fuegos artificiales|pirotecnicos
cohetes
detector|detectores|alarma|alarmas de humo
humo de cigarro|cigarros|cigarrillo|cigarrillos|marihuana|mota|parrilla|asador|carne asada
fumand*
fuman|fuma|fumo
quem* basura|hojas|llantas|ramas|lena|velas|comida|pasto|cd
pistola|pistolas|rifle de agua|juguete|silicon|silicona|clavos|pintura|calor|aire|diabolos|postas|balines
de golpe
juego de cuchillos
caja fuerte|gabinete|armario|vitrina de armas|pistolas|rifles
sigue|siguen|siguio|seguia|seguian *ando|*iendo|*endo
permiso|licencia|registro|curso de arma|armas|pistola
forma de pistola|arma
encendedor|encendedores
primeros auxilios
alarma|alarmas de incendio|incendios
murio|muri* el|la|mi celular|telefono|carro|bateria|planta|plantas|arbol|pasto|motor|computadora|tele
mapache|gato|perro|animal|ardilla|pajaro atorad*
dispar* la|una alarma
se dispar* la alarma
violacion|violaciones de|al transito|reglamento|codigo|ley|estacionamiento
asalt* a la tienda la semana
mensaje|mensajes|texto|textos|correo|correos|carta|llamada|llamadas|comentario|comentarios amenaz*
bateria muerta|descargada
pila|bateria|planta|arbol|pasto|celular|telefono|motor|foco|lampara|carro|alarma esta|estan muerta|muerto|muertas|muertos
pila|bateria|foco|celular|telefono|motor ... muerta|muerto|murio
ya fallecio|murio
que en paz descanse
difunto|difunta
perro|gato|animal|venado|pajaro|mapache|zorrillo|tlacuache|ardilla|rata muert*|herid*|atropell*
atropell* a mi|un|una|al perro|gato|animal|venado|mapache|ardilla
muert* de risa|cansancio|hambre|sueno|miedo|frio
ataque de risa|panico|ansiedad|nervios
seguimiento
sigue|siguen molest*|llam*|mand*|escrib*|grit*|insult*|estacion*|dej*|tirand*|=tira|=tiran|=tirar|hac*|pon*|ahi|igual|sin
no encuentro mi|el|la carro|coche|bicicleta|bici|cartera|telefono|celular|llaves|perro|gato
golpe* mi|el|su|un carro|auto|coche|vehiculo|camioneta|troca|puerta|espejo|defensa|buzon|barda
golpe|golpecito|golpes a|al|en mi|el carro|auto|coche|vehiculo|camioneta|defensa
tiro|tiraron|tira la|el|los|las basura|cosas|escombro
tiroteo de|en la pelicula
matar el tiempo
mata|matas de
tomate|tomates
peleando por el estacionamiento
pelean|pelea|pelearse por estacionamiento
de infarto
despues del|de infarto|derrame|embolia|ataque|sobredosis|incendio|tiroteo|balacera|asalto|operacion|convulsion
peg*|golpe*|choq* sin querer|accidentalmente
abuelo|abuela|papa|mama|tio|tia|esposo|esposa|padre|madre|hermano|hermana|suegro|suegra|hijo|hija|amigo|amiga que fallecio|murio|fallecieron|murieron
=finado|=finada
apagaron|apago|apagamos|apague|controlaron|sofocaron el|la|los fuego|incendio|lumbre|llamas
ya se apago|apagaron
pistola|pistolas|arma|armas|rifle|escopeta registrada|registrado|registradas|legal|legales
pistola|pistolas|arma|armas|rifle|rifles|escopeta de caza|coleccion
perro|gato|mascota|perros|gatos|animales|gallina|gallinas ... envenen*
envenen* ... perro|gato|mascota|perros|gatos|animales|gallina|gallinas
=matando|=mata|=matan|=matar ... zancudos|moscos|mosquitos|pulgas|chinches|cucarachas|hormigas|piojos|garrapatas|plagas
=mataron|=mato|=matan|=matando|=matar|=matarle|=envenenaron|=envenenar mi|el|la|su|un|una|los|las|al gallina|gallinas|perro|perros|gato|gatos|mascota|pollo|pollos|animal|animales|vaca|caballo|chivo|borrego|cerdo|puerco|pajaro|pato|patos
anda|andaba|andan|andaban|esta|estaba|estan|bien|medio|muy|puesto|puestos =cuete|=cuetes
peg* gripa|gripe|covid|virus|infeccion|calor|sol|chicle|susto|sueno|resfriado|tos
explot*|=estallo|=estallaron|revent* llanta|llantas|globo|globos|neumatico|neumaticos|palomitas|pinata|grano|tuberia|cana
ahog* carro|motor|coche|auto|camioneta|moto|troca
torta|tortas|tortita|tortitas|pollo|huevos|chiles|pescado ahogad*
ahog* de calor|risa|tos|trabajo
cuerpo|cuerpos de agua|policia|bomberos|seguridad|paz|ejercicio
incendio|fuego|lumbre|llamas|incendios ... ya lo|la|los|las controlaron|apagaron|sofocaron|apago|controlo|apagamos|apague
peg*|golpe*|pate*|maltrat* a|al|su|mi|el|los|sus perro|perros|gato|gatos|mascota|mascotas|caballo|animal|animales|perrito|perrita|gatito|burro|vaca
arma|armas|pistola|pistolas|rifle|rifles|escopeta|escopetas ... hered*|entreg*|deshacer*
encerrad*|encerre|encerro|quede|quedamos afuera|fuera de mi|la|su casa|carro
encerrad* afuera|fuera
quem* la|el|mi|su mano|dedo|dedos|lengua
atrapad*|atorad*|atascad*|enterrad* en el|la lodo|arena|nieve|trafico|fila|zacate
murio|muri*|muerto|muerta el|la|mi|su cel|compu|laptop|tablet|ipad|lavadora|refri|secadora|radio|celu
cel|celu|compu|laptop|tablet|se =murio
quem* comida|arroz|frijoles|sarten|olla|cena|pan|tortillas|tostadas|palomitas|pizza|carne
dicen|dijeron|decian|dice|escriben|mandan|escribieron que se =mate|=muera|=suicide|=muere|=maten|=mueran
amenaz* con demandar|correrme|correrlo|correrla|llevarse|quitarme|quitarle|reportar|reportarme|llamar|desalojar|denunciar|denunciarme|sacarme|echarme|vender|divorciarse
cuchillo|cuchillos de mantequilla|plastico|mesa
sigue|siguen|seguia|siguiendo en|mis instagram|face|facebook|tiktok|redes|publicaciones|fotos|insta
# Una pistola de salva, de arranque, de bengalas
pistola|pistolas|arma|armas salva|salvas|fogueo|bengala|bengalas|arranque|utileria|juguete
# Hablar un idioma no es perder el habla
habl* ... ingles|espanol|idioma|idiomas
# La naloxona donada o que se carga
narcan|naloxona kit|kits|curso|cursos|cajas|programa
don*|cargar|cargo|tener|entrenar* ... narcan|naloxona
# Un carro que no se mueve, un carro baleado
carro|coche|auto|camioneta|vehiculo|troca|camion|lancha|remolque no se mueve|movido|mueven|mueva
carro|coche|auto|camioneta|casa|puerta|ventana|pared|barda|buzon|cerca|troca|vehiculo le|les peg*
# Los camiones que no se pueden parar
bus|buses|autobus|autobuses|camion|camiones|carro|carros|coches|trafico|troca|trocas|taxis|uber ... no =pueden|=podian|=pudieron parar*
# Un animal amarrado o sin agua (maltrato, no una persona atrapada)
perro|perros|perrito|gato|gatos|caballo|caballos|animal|animales|mascota|mascotas ... amarrad*|encadenad*
# Sigue en la carcel
en la carcel|prision|cana|bote|carcel|reclusorio|penal
# Un infarto de precio
casi me da|dio un infarto|paro
cuchillo|cuchillos|navaja|navajas|pistola|pistolas|arma|armas|espada|espadas|hacha de hule|goma|disfraz|utileria|madera|carton|plastico|juguete|mentiritas
balas|cartuchos|municion|municiones ... 9mm|calibre|=45|=38|=22|=380
9mm|calibre balas|cartuchos|municion|municiones
# Los accesorios y la munición de un arma como objetos (cartuchos de escopeta, mira de rifle)
cartuchos|cartucho|casquillos|balas|municion|municiones|mira|miras|funda|fundas|estuche|estuches|cargador|cargadores|caja|cajas|gabinete|limpieza escopeta|escopetas|rifle|rifles|pistola|pistolas|arma|armas|revolver
# Quemar cosas en una fogata, tambo o asador es un fuego contenido
quem* basura|cosas|hojas|lena|ramas|madera ... en un|el|la|una|su tambo|barril|asador|fogata|fogon|chimenea|anafre
# Atrapada en un contrato o una deuda; un perro que anda rondando
atrapad*|atorad* en un|una|mi|este|esta|el|la|ese contrato|renta|hipoteca|matrimonio|deuda|deudas|prestamo|lease
ahogad*|ahogando en|con papeles|deudas|trabajo|hojas|cuentas|tareas
# Quemar hojas en el patio
quem* hojas|ramas|hierba|maleza en el|mi|su|nuestro patio|jardin|traspatio
quemarlas|quemarlos en el|mi|su|nuestro patio|jardin|traspatio
# Deshacerse de pastillas viejas
botar|desechar pastillas|medicinas|medicamentos|pildoras|recetas|jeringas
deshacerme|deshacerse|deshacer de pastillas|medicinas|medicamentos|pildoras|recetas|jeringas
# Una condición que alguien tiene, no una convulsión ahora; bien y de vuelta en casa
tiene|padece|sufre|con epilepsia|epileps*
bien y de|ya vuelta|regreso|casa
# Un teléfono "explotado" de mensajes; una colecta falsa para víctimas de un incendio
explotad*|explot* de|con mensajes|llamadas|notificaciones|whatsapps
telefono|celular|cel explotad*
juntaba|juntaban|juntando|recaudando|recaudaba|colectando|pidiendo|donativos|donaciones|dinero para victimas|damnificados de|del incendio|incendios
carro|coche|auto|camioneta|vehiculo|troca|camion|lancha|remolque lleva|llevan|tiene|tienen ... sin moverse|mover
        """,
    },
}

CUE_KINDS_EXTRA = ("all_clear",)
