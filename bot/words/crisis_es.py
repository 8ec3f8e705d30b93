"""Spanish crisis language, with Spanish's own verb forms and clitics ("me quiero matar", "quiero
matarme", "me la quiero quitar", "me voy a suicidar"), its tenses (the preterite of a recent act, "me
corté anoche", "me tomé las pastillas"; the imperfect subjunctive of a wish, "ojalá me muriera",
"quisiera no despertar") and its regional words (Spain, Mexico, Argentina, Colombia, Chile). Accents
are already gone ("más" is "mas"), and texting is spelled out ("kiero" → quiero, "q" → que, "x" → por).

The first person lives in the verb: "quiero morirme" is about the writer, "quiere morirse" about
someone else, so the third-person forms are their own rules (worry about someone else). Without
accents some forms meet ("me mató", it killed me, reads as "me mato", I kill myself): the rules lean on
what surrounds them (a time, an intent, a condition, the end of the clause) rather than on the bare verb.

A phrase that is also everyday ("acabar con todo" the cake, "no quiero vivir" with my parents) counts
only where the clause ends after it, or a vocative or an intensifier does (`{fin}`: "ya no quiero vivir
wey", "quiero acabar con todo de una vez"): a benign saying can only excuse a match it contains, and
the match begins at the verb of wanting, so objects that follow are ruled out here instead.

Families follow the warning signs that Spanish-language prevention services publish: wanting to die or
to kill oneself, a plan (how, when, where), the means, a farewell, affairs put in order, a passive wish
(not waking up, not having been born), feeling a burden, hopelessness, being trapped, unbearable pain,
self-harm now, urges and relapse, and an attempt just made.
"""

from __future__ import annotations

from bot.words.grammar import Grammar, Rule

# Counts of pills that are an overdose ("me tomé 20 pastillas"), never "2 ibuprofenos".
_MANY = "/".join(str(n) for n in range(6, 201))
_YEARS = "/".join(str(n) for n in range(1980, 2031))

SLOTS: dict[str, list[str]] = {
    # What may close a clause after the words that matter: a vocative, an intensifier, or nothing.
    "vocativo": [
        "wey", "guey", "we", "boludo", "boluda", "bolu", "che", "bro", "brother", "weon", "weona", "won", "huevon",
        "huevona", "hueon", "parce", "parcero", "parcera", "marica", "tio", "tia", "tronco", "loco", "loca", "amigo",
        "amiga", "man", "po", "pues", "hermano", "hermana", "mano", "manito", "chamo", "chama", "mae", "pana", "compa",
        "viejo", "vieja", "cabron", "neta", "posta", "la neta", "en serio", "de verdad", "en verdad", "la verdad",
        "ya", "y ya", "nada mas", "y punto", "lo juro", "te lo juro", "literal", "literalmente", "sinceramente",
        "honestamente", "gente", "nunca mas", "mas", "ya mas", "de una vez", "para siempre", "nomas", "y ya esta",
        "no mas", "ni un dia mas", "asi", "ya asi", "de esta manera", "de este modo", "hoy", "esta noche", "ahora",
        "ahora mismo", "ya mismo", "manana", "jamas", "nunca", "por favor", "honestly", "fr", "for real",
    ],
    "fin": ["({vocativo})? $"],
    "para_gente": [
        "para (todos|todo el mundo|mi familia|los demas|ellos|ellas|mis papas|mis padres|mis viejos|mis amigos|mi pareja|mi novio|mi novia|mi mama|mi papa|mis hijos|nadie|ustedes|vosotros|mis hermanos|la gente|mi casa|todos ustedes)",
    ],
    # Leaving for good, not for Madrid: "irme para siempre" closing the clause or leaving this world.
    "lejos_fin": ["{fin}", "de (aqui|aca|este mundo|esta vida|este plano)", "y no volver"],
    # "hacerlo" closing the clause or with a time ("para hacerlo", "antes de hacerlo esta noche"): the reader
    # joins "hacer lo que" into "hacerlo que", which must not count.
    "hacerlo_fin": ["{fin}", "(hoy|esta noche|manana|pronto|ya|de una vez|sin que|cuando|el (lunes|martes|miercoles|jueves|viernes|sabado|domingo)|este (finde|fin de semana))"],
    # Swearing between the words ("este pinche mundo", "esta puta vida").
    "mal": ["pinche", "puto", "puta", "maldito", "maldita", "jodido", "jodida", "asqueroso", "asquerosa", "mierda de", "perro", "perra", "cochino", "cochina", "horrible"],
    # Wanting (first person): with "morir", a wish to die.
    "deseo": [
        "quiero", "quisiera", "queria", "quiera", "quise", "deseo", "desearia", "desee", "necesito", "necesitaba",
        "prefiero", "preferiria", "me gustaria", "tengo ganas de", "tenia ganas de", "me dan ganas de",
        "me dieron ganas de", "me entran ganas de", "me vienen ganas de", "siento ganas de", "con ganas de",
        "ganas de", "las ganas de", "solo quiero", "lo unico que quiero es", "ya quiero", "quiero ya", "ojala pudiera",
        "me muero de ganas de", "sueno con", "fantaseo con", "la tentacion de", "tentada de", "tentado de",
        "lo que quiero es", "yo quiero", "me encantaria", "me encantaba la idea de", "mejor", "seria mejor", "lo mejor es", "lo mejor seria", "me urge",
    ],
    # Thinking about it (first person).
    "pienso": [
        "pienso", "pienso en", "pensaba en", "pense en", "he pensado en", "estoy pensando en", "ando pensando en",
        "llevo dias pensando en", "no dejo de pensar en", "no paro de pensar en", "solo pienso en", "sigo pensando en",
        "he estado pensando en", "estuve pensando en", "estaba pensando en", "cada vez pienso mas en",
        "pienso mucho en", "me la paso pensando en", "vivo pensando en", "todo el dia pienso en", "pensando en",
        "considero", "estoy considerando", "contemplo",
    ],
    # Intending, deciding, trying (first person): not with "morir" ("voy a morir de hambre").
    "intento": [
        "voy a", "iba a", "me voy a", "ya voy a", "hoy voy a", "planeo", "estoy planeando", "planeando", "planeaba",
        "ya decidi", "decidi", "he decidido", "tengo decidido", "deberia", "debo", "tendria que", "tengo que",
        "intente", "intento", "trate de", "he intentado", "intentaba", "estuve a punto de", "estoy a punto de",
        "a punto de", "estoy por", "podria", "buscando como", "busque como", "busco como", "formas de", "maneras de",
        "metodos para", "quiero volver a", "voy a volver a", "vuelvo a", "volvi a", "he vuelto a", "me animo a",
        "me atrevo a", "me decidi a", "ya me decidi a", "esta noche voy a", "la idea de", "tentada a", "tentado a",
    ],
    "querer": ["{deseo}", "{pienso}", "{intento}"],
    "querer_morir": ["{deseo}", "{pienso}"],
    # Ending one's life: the infinitive with its clitic, the euphemisms, the slang.
    "matarme": [
        "matarme", "suicidarme", "quitarme la vida", "quitarmela", "acabar con mi vida", "terminar con mi vida",
        "ponerle fin a mi vida", "ponerle fin a todo {fin}", "ponerle punto final {fin}", "ponerle punto final a todo",
        "acabar con todo {fin}", "terminar con todo {fin}", "acabar con todo esto", "terminar con todo esto",
        "acabar con esto de una vez", "terminar con esto de una vez", "acabar con todo de una vez", "dejar de vivir",
        "dejar de respirar", "dormir para siempre {fin}", "dormirme para siempre {fin}", "ahorcarme", "colgarme",
        "pegarme un tiro", "darme un tiro", "pegarme un balazo", "volarme la cabeza", "volarme los sesos",
        "dispararme", "cortarme las venas", "abrirme las venas", "envenenarme",
        "tomarme todas las pastillas (de golpe|juntas|de una|de una vez|{fin})", "tomarme un bote de pastillas",
        "tomarme el bote", "tomarme el frasco", "tomarme todo el frasco", "tomarme la caja entera",
        "tragarme (todas)? las pastillas", "empastillarme", "sobredosis", "una sobredosis", "hacerme una sobredosis",
        "autoeliminarme", "desvivirme", "irme para siempre {lejos_fin}", "irme (de aqui|de aca|lejos) para siempre", "irme de este {mal}? mundo",
        "dejar este {mal}? mundo", "salir de este {mal}? mundo", "irme de este plano", "irme al otro barrio", "irme al otro lado",
        "descansar para siempre {fin}", "descansar en paz {fin}", "apagarme {fin}", "apagarme para siempre", "borrarme del mapa",
        "borrarme para siempre", "el suicidio", "suicidio", "palmarla", "petatearme", "estirar la pata",
        "colgar los tenis", "colgar los tennis", "chupar faros", "quitarme de en medio", "quitarme del medio",
        "tirarme a las vias", "tirarme al tren", "tirarme al metro", "tirarme de un puente", "tirarme de un edificio",
        "tirarme por la ventana", "tirarme por el balcon", "saltar de un puente", "saltar de un edificio",
        "saltar al vacio", "ir al cielo", "reunirme con mi (abuela|abuelo|mama|papa|hermano|hermana|hijo|hija)",
        "matarme ya", "morirme de una vez", "unalive", "kms",
    ],
    "morirme": [
        "morirme", "morir", "morirme ya", "morir ya", "estar muerta", "estar muerto", "morirme de una vez",
    ],
    # The verb after a clitic that climbed: "me quiero matar", "me voy a suicidar", "me intenté ahorcar".
    "matar": [
        "matar", "suicidar", "quitar la vida", "ahorcar", "colgar", "pegar un tiro", "dar un tiro", "pegar un balazo",
        "volar la cabeza", "volar los sesos", "disparar", "cortar las venas", "abrir las venas", "envenenar",
        "empastillar", "autoeliminar", "desvivir", "ir para siempre {lejos_fin}", "ir (de aqui|de aca|lejos) para siempre", "ir de este {mal} mundo", "apagar {fin}", "apagar para siempre", "ir de este mundo", "ir de este plano",
        "matar ya", "petatear", "kill", "kill myself", "die", "quitar de en medio", "quitar del medio", "hacer una sobredosis",
        "tomar todas las pastillas (de golpe|juntas|de una vez|{fin})", "ir al otro barrio",
    ],
    # Climbing a clitic: the verbs that let "me" go in front ("me quiero", "me voy a", "me intenté").
    "modal": [
        "quiero", "queria", "quisiera", "quiera", "quise", "voy a", "iba a", "vaya a", "tengo que", "tenia que",
        "deberia", "debo", "podria", "pienso", "intente", "trate de", "he intentado", "intento", "dan ganas de",
        "dieron ganas de", "entran ganas de", "gustaria", "estoy por", "estuve a punto de", "estoy a punto de",
        "volvi a", "vuelvo a", "acabo de", "he vuelto a", "re quiero", "quiero re", "animo a", "decidi a",
        "estaba por", "iba a volver a",
    ],
    "modal_morir": [
        "quiero", "queria", "quisiera", "quiera", "quise", "dan ganas de", "dieron ganas de", "entran ganas de",
        "gustaria", "re quiero",
    ],
    "tirar": ["tirar", "aventar", "lanzar", "arrojar", "botar", "echar"],
    "tirarme": [
        "tirarme", "aventarme", "lanzarme", "arrojarme", "botarme", "echarme", "me tiro", "me aviento", "me lanzo",
        "me arrojo", "me boto", "saltar", "brincar", "me tire", "me lance", "me avente", "me arroje",
    ],
    "tirarme_donde": [
        "(de|del|desde) (un|el|la|una|lo|mi)? (puente|edificio|balcon|azotea|techo|terraza|ventana|acantilado|metro|tren|subte|barranco|alto|precipicio|viaducto|mirador|noveno|decimo|quinto|sexto|septimo|octavo|(primer|segundo|tercer|cuarto|quinto|sexto|septimo|octavo|noveno|decimo|ultimo) piso|{number} piso|piso {number})",
        "(a|al|bajo|frente a|delante de|debajo de) (las|la|el|un|una)? (vias|via|tren|metro|subte|camion|trailer|trafico|autopista|carretera|vacio|precipicio|barranco|rieles)",
        "por (la|el|una|un) (ventana|balcon|puente|barandal|azotea)",
    ],
    # Self-harm: the infinitive with its clitic.
    "autolesion": [
        "cortarme", "lastimarme", "hacerme dano", "hacerme mal", "autolesionarme", "quemarme a proposito",
        "golpearme", "rasgunarme", "aranarme", "sangrar", "hacerme cortes", "hacerme sangrar", "cortarme otra vez",
        "cortarme de nuevo", "volver a cortarme", "sh", "autolesion", "autolesiones", "hacerme heridas",
        "morderme hasta sangrar", "quemarme con (cigarros|un cigarro|el encendedor|el mechero)",
        "cortarme (los|las|el|la|mis)? {cuerpo}", "self harm", "cutting",
    ],
    "lastimar": [
        "cortar", "lastimar", "hacer dano", "hacer mal", "autolesionar", "golpear", "rasgunar", "hacer cortes",
        "hacer sangrar", "quemar a proposito", "cortar otra vez", "cortar de nuevo",
    ],
    "sh_noun": [
        "autolesion", "autolesiones", "las autolesiones", "cortarme", "los cortes", "lastimarme", "hacerme dano", "sh",
        "el sh", "cutter", "cuchillas", "la cuchilla", "cortarme otra vez", "self harm", "autolesionarme",
    ],
    "cuerpo": [
        "brazo", "brazos", "pierna", "piernas", "muneca", "munecas", "muslo", "muslos", "panza", "abdomen", "estomago",
        "barriga", "antebrazo", "antebrazos", "tobillo", "tobillos", "cadera", "caderas", "costillas", "venas",
    ],
    "pastillas": [
        "pastillas", "pastis", "pildoras", "capsulas", "tabletas", "comprimidos", "pills", "medicamentos",
        "medicinas", "antidepresivos", "ansioliticos", "calmantes", "somniferos", "tranquilizantes", "rivotril",
        "clonazepam", "alprazolam", "diazepam", "lorazepam", "paracetamol", "ibuprofenos", "benzos", "blister",
        "blisters", "pastillas para dormir", "mis pastillas", "mis medicamentos", "insulina", "valium",
        "sertralina", "fluoxetina", "quetiapina", "tramadol", "opioides", "pastillas de mi mama",
    ],
    "medio": [
        "cuerda", "soga", "arma", "pistola", "revolver", "escopeta", "rifle", "veneno", "raticida", "matarratas",
        "cuchillas", "cuchilla", "navaja", "gillette", "un arma", "una pistola", "la cuerda", "una cuerda",
        "una soga", "la soga", "el arma", "la pistola", "una escopeta", "la escopeta", "una navaja", "la navaja",
        "las cuchillas", "una cuchilla", "la cuchilla",
    ],
    # How many: "todas", "medio frasco", "como 20", "la caja entera".
    "cantidad": [
        "todas", "todos", "toda", "todo", "muchas", "muchos", "demasiadas", "demasiados", "un monton de",
        "un monton", "un punado de", "un punado", "la caja", "toda la caja", "toda la caja de", "la caja de",
        "una caja de", "el frasco", "todo el frasco", "medio frasco", "un frasco", "el frasco de", "medio frasco de",
        "todo el frasco de", "el bote", "todo el bote", "medio bote", "un bote", "media caja", "el blister",
        "todo el blister", "un blister", "dos blisters", "un puno de", "un puno", "un punado entero de", "varias cajas", "varias cajas de", "mas de {number}",
        "como {number}", "unas {number}", "unos {number}", _MANY, "veinte", "treinta", "cuarenta", "cincuenta",
        "cien", "diez", "quince", "doce", "todas las", "todos los", "la caja entera", "el frasco entero", "medio blister",
        "medio blister de", "lo que quedaba de", "lo que quedaba del", "lo que me quedaba de", "el resto de", "todo lo que habia de",
        "lo que habia de", "media caja de", "un blister de", "el blister de",
    ],
    # Alone at last: the chance a plan waits for ("cuando se vayan todos", "cuando me quede sola").
    "a_solas": [
        "se vayan", "se vayan todos", "se duerman", "se duerman todos", "todos se duerman", "esten dormidos",
        "todos duerman", "no haya nadie", "no este nadie", "me quede sola", "me quede solo", "me quedo sola",
        "me quedo solo", "me dejen sola", "me dejen solo", "este sola", "este solo", "estoy sola en casa",
        "estoy solo en casa", "se van de viaje", "se vayan de viaje", "salgan todos", "se vaya todo el mundo",
    ],
    # Wishing in the subjunctive (after "ojalá", "quisiera que", "desearía").
    "deseo_subj": [
        "me muriera", "me muera", "muriera", "me muriese",
        "(no despertara|no despierte|no me despertara|no me despierte|no despertase|no amaneciera|no amanezca|no amanecer|no despertar) ({fin}|nunca mas|mas|manana|jamas)",
        "estuviera muerta", "estuviera muerto", "no existiera", "no hubiera nacido", "nunca hubiera nacido",
        "no haber nacido", "nunca haber nacido", "(nunca|no) (hubiera|hubiese) existido", "nunca haber existido", "me (hubiera|hubiese) muerto", "me (hubieran|hubiesen) matado", "desapareciera", "me atropellara", "me atropelle", "me atropellen",
        "me atropellaran", "me pasara algo (malo|grave|y ya|{fin})", "me pase algo (malo|grave|y ya|{fin})",
        "me diera un infarto", "me de un infarto", "me cayera un rayo", "me caiga un rayo", "se acabara todo",
        "todo se acabara", "me durmiera y no", "me fuera para siempre", "me mataran",
        "dios me lleve", "me lleve (dios|diosito|la muerte|la parca|la calaca)",
        "dejar de existir", "no existir", "dormirme y no despertar {fin}", "me quedara dormida para siempre",
        "me quedara dormido para siempre", "me estrellara", "se cayera el avion", "se estrellara el avion",
        "no estar (viva|vivo|aqui|en este mundo)",
    ],
    # A passive wish: to vanish, not to wake, not to have been born.
    "desaparecer": [
        "desaparecer {fin}", "desaparecer para siempre", "desaparecer de este mundo", "desaparecer del mapa {fin}",
        "esfumarme {fin}", "evaporarme {fin}", "no existir", "dejar de existir",
        "(dormir|dormirme) y no (despertar|despertarme|volver a despertar) ({fin}|nunca mas|jamas|mas)",
        "no despertar {fin}", "no despertarme {fin}", "no despertar manana {fin}", "no amanecer {fin}", "no volver a despertar", "no haber nacido", "nunca haber nacido", "no estar {fin}",
        "ya no estar {fin}", "dejar de estar {fin}", "dejar de sentir", "dejar de sufrir", "no sentir nada {fin}",
        "morir dormida", "morir dormido", "morirme dormida", "morirme dormido", "irme dormida", "irme dormido",
        "que me atropelle un", "que me atropellen", "que me pase algo (malo|grave|y ya|{fin})", "que me lleve dios",
        "que dios me lleve", "cerrar los ojos para siempre", "cerrar los ojos y no (volver|despertar|abrirlos)",
        "dormir y no volver", "irme con mi (abuela|abuelo|mama|papa|hermano|hermana) al cielo",
        "ir con mi (abuela|abuelo|mama|papa|hermano|hermana) al cielo", "no estar en este mundo", "(estar|irme|ir|reunirme|verme) con *3 (al cielo|en el cielo|alla arriba)",
    ],
    # If I were gone: the condition of a burden ("si yo no existiera", "si desapareciera").
    "si_no_estuviera": [
        "si (yo)? (ya)? no (existiera|estuviera|existo|estoy {fin}|hubiera nacido|existiese|estuviese)",
        "si (yo)? (desapareciera|desaparezco|me muero|me muriera|me mato|muriera|muero|faltara|falto)",
        "si (yo)? (me fuera|me voy) ({fin}|para siempre|de este mundo)", "sin (mi|mi presencia)",
        "cuando (yo)? (me muera|no este|me vaya|ya no este|me mate|desaparezca)",
        "(desapareciendo|muriendome|matandome|dejando de existir|no existiendo|quitandome de en medio|yendome para siempre)",
    ],
    # What others would gain: "estarían mejor", "se ahorrarían problemas", "les haría un favor".
    "alivio_otros": [
        "(estarian|estaria|estarias|estariais|estaran|vivirian|viviria|serian|seria|estarán) *2 (mejor|mas tranquilos|mas tranquilas|mas tranquila|mas tranquilo|mas felices|mas feliz|mucho mejor)",
        "(se|te|les|le|nos)? ahorrarian", "(se|te|les|le)? ahorraria",
        "seria (todo)? (mas facil|mas sencillo|mejor) (para todos|para ellos|para mi familia)",
        "todo seria (mas facil|mejor|mas sencillo)", "(les|le|te|os) haria un favor", "haria un favor (a todos)?",
        "(nadie|ninguno) (se daria cuenta|lo notaria|lo notarian|me extranaria|me echaria de menos|lloraria|se enteraria)",
        "no pasaria nada", "nada cambiaria", "se (les|le|te|nos|os)? (acaban|acabarian|terminan|terminarian|van|irian|acaba|acabaria) (los|todos los|sus|tus)? problemas {fin}",
        "(van a|vas a|va a|vais a) estar (mejor|mas tranquilos|tranquilos|bien|felices|mas felices|mucho mejor) {fin}", "el mundo seria (mejor|un lugar mejor)", "a nadie le importaria",
        "(les|le|te|os) quitaria un peso (de encima)?", "dejaria de ser un problema", "dejarian de sufrir",
    ],
    "nadie": ["nadie", "ninguno", "ninguna", "ni mi familia", "ni mis amigos", "nadie nadie", "ni mi mama", "ni mis papas"],
    "tercera": [
        "mi amiga", "mi amigo", "mi hermana", "mi hermano", "mi prima", "mi primo", "mi novia", "mi novio",
        "mi pareja", "mi hija", "mi hijo", "mi mama", "mi papa", "mi madre", "mi padre", "mi companera",
        "mi companero", "mi compa", "mi roomie", "mi sobrina", "mi sobrino", "mi tia", "mi tio", "ella", "el",
        "alguien", "una amiga", "un amigo", "mi mejor amiga", "mi mejor amigo", "mi esposa", "mi esposo",
        "una companera", "un companero", "mi vecina", "mi vecino", "mi pololo", "mi polola", "mi abuela",
        "mi abuelo", "un chico", "una chica", "un alumno", "una alumna", "mi alumno", "mi alumna", "mi cunada",
        "mi cunado", "mi marido", "mi mujer", "mi ex", "mi parcero", "mi pana", "mi bro", "un usuario",
        "una usuaria", "un miembro", "alguien del server", "alguien del grupo", "mi hermanita", "mi hermanito",
        "mi nieta", "mi nieto", "mi suegra", "mi suegro", "mi cuate", "mi amix", "mi crush",
    ],
    # What someone else says of themselves, reported ("dice que se quiere morir").
    "tercera_frase": [
        "se quiere (morir|matar|suicidar|ir para siempre|cortar|lastimar)", "se queria (morir|matar|suicidar)",
        "quiere (morirse|matarse|suicidarse|morir|desaparecer|quitarse la vida|dejar de existir|acabar con todo)",
        "queria (morirse|matarse|suicidarse|morir|desaparecer)",
        "(ya)? no quiere (vivir|seguir|existir|despertar|estar aqui|estar aca)", "es una carga", "es un estorbo",
        "(estariamos|estarian|estarias|estaria|estariais|seriamos|vivirian|estaremos) *2 mejor sin (el|ella|ellos|ellas)",
        "nadie (la|lo|los|las) (extranaria|echaria de menos|quiere|necesita|va a extranar)",
        "(ya)? no (aguanta|soporta|puede) mas", "no vale la pena vivir", "se va a (matar|suicidar|tirar|cortar|morir)",
        "va a (matarse|suicidarse|hacerse dano|quitarse la vida|tirarse)", "(ya)? (tiene|eligio) (un|el|la) (plan|fecha)",
        "no tiene sentido (vivir|seguir)", "(ya)? no va a estar", "se va a ir para siempre", "(se corta|se lastima|se hace dano)",
        "no merece vivir", "prefiere estar (muerta|muerto)", "(estaria|estuviera) mejor (muerta|muerto)",
        "ojala no despertara", "ojala se muriera", "quisiera no despertar", "no ve salida", "no le ve sentido",
        "(esta|anda|se siente|vive) *1 (cansada|cansado|harta|harto|agotada|agotado) de (vivir|la vida|existir|luchar|sufrir)",
        "(se siente|siente que es) (una carga|un estorbo|un peso)", "(tiene|tenia) ganas de (morir|morirse|matarse|desaparecer)",
    ],
    "sh_verbo": [
        "rasque", "rasco", "arane", "arano", "rasgune", "rasguno", "pellizque", "pellizco", "mordi", "muerdo",
        "golpee", "golpeo", "pegue", "corte", "corto", "queme", "quemo", "lastime", "lastimo", "clave", "clavo",
        "arranque", "arranco", "rascaba", "cortaba", "rasgunaba",
    ],
    "dolor": [
        "dolor", "sufrimiento", "vacio", "tristeza", "angustia", "ansiedad", "soledad", "dolor emocional",
        "dolor por dentro",
    ],
    "parar": [
        "pare", "se detenga", "termine", "se termine", "acabe", "se acabe", "se apague", "se calle", "desaparezca",
        "se vaya", "deje de doler", "terminara", "se acabara", "parara", "se detuviera", "se apagara", "se callara",
    ],
    "lugar_alto": [
        "borde", "puente", "barandal", "baranda", "cornisa", "azotea", "vias", "techo", "ventana", "balcon",
        "terraza", "acantilado", "orilla del puente", "mirador", "precipicio", "anden", "rieles",
    ],
    "muere_de": [
        "de hambre/risa/sueno/ganas/calor/frio/verguenza/envidia/amor/aburrimiento/cansancio/miedo/nervios/ternura/"
        "celos/asco/gusto/emocion/alegria/curiosidad/pena/sed/cringe/felicidad/intriga/panico/antojo/impaciencia/"
        "ansias/susto/ilusion/orgullo/risas/nostalgia/cringe/sueno",
        "por (ver|verte|veros|saber|probar|ir|conocer|que|un|una|unos|unas|tu|tus|ti|esa|ese|comer|tomar|salir|viajar|llegar|leer|escuchar|volver)",
        "de la risa", "de la verguenza", "de la emocion", "del calor", "del frio", "del hambre", "del aburrimiento",
        "del cansancio", "del susto", "de la intriga", "de la ternura", "de las ganas", "de la curiosidad",
        "del sueno", "del miedo", "de los nervios", "del asco", "de la pena", "de la sed", "de amor por", "de viejo",
        "de vieja", "de viejita", "de viejito", "de pie", "en el intento", "de viejos",
    ],
    # What "me mató" / "me está matando" is said of in everyday talk.
    "mata_cosa": [
        "calor", "frio", "trafico", "sueno", "hambre", "tarea", "examen", "examenes", "trabajo", "curro", "chamba",
        "laburo", "jefe", "jefa", "profe", "profesor", "profesora", "entrenador", "entrenadora", "rutina", "pierna",
        "gym", "gimnasio", "salsa", "picante", "chile", "comida", "risa", "meme", "chiste", "video", "serie",
        "capitulo", "final", "intriga", "suspenso", "zapatos", "tacones", "cliente", "clientes", "resaca", "cruda",
        "guayabo", "deadline", "fecha limite", "precio", "precios", "factura", "alquiler", "renta", "espalda",
        "cabeza", "muela", "regla", "colicos", "partido", "cuesta", "subida", "clase", "ruido", "vecino", "vecina",
        "bebe", "nene", "nena", "mama", "vieja", "viejo", "papa", "novia", "novio", "tu", "usted", "ustedes", "el",
        "ella", "pelicula", "peli", "cancion", "libro", "juego", "boss", "jefe final",
    ],
    # Papers that are not a farewell ("carta de presentación").
    "carta_benigna": [
        "de (presentacion|recomendacion|motivacion|renuncia|amor|reyes|santa|agradecimiento|aceptacion|intencion|porte|pago|invitacion|cumpleanos|aniversario)",
        "de los reyes", "(para|a) (santa|los reyes|papa noel|el nino dios|mi crush|el banco|la empresa|recursos humanos)",
        "por (san valentin|su cumple|su cumpleanos|nuestro aniversario|el dia de)", "en la empresa", "al banco",
        "del banco", "de la escuela", "del colegio", "del seguro",
    ],
    "carta_verbo": [
        "deje", "escribi", "escribiendo", "tengo escrita", "tengo escritas", "termine", "estoy escribiendo",
        "voy a dejar", "prepare", "grabe", "programe", "redacte", "dejo", "les deje", "le deje", "ya deje",
        "ya escribi", "termine de escribir",
    ],
}  # fmt: skip

RULES: list[Rule] = [
    # Intent: wanting, deciding, trying, with the clitic after or before the verb.
    Rule("querer_matarme", "strong", "{querer~} *2 {matarme~}"),
    Rule("querer_morir", "strong", "{querer_morir~} *2 {morirme~}"),
    Rule("me_quiero_matar", "strong", "me *1 {modal} *1 {matar}"),
    Rule("me_quiero_morir", "strong", "me *1 {modal_morir} *1 morir"),
    Rule("me_la_quito", "strong", "me la *1 {modal} *1 quitar|quitarmela|me la quito|me la voy a quitar|la (quiero|voy a) palmar"),
    Rule("me_mato", "strong", "me (mato|suicido|ahorco|cuelgo|quito la vida|pego un tiro|doy un tiro|vuelo la cabeza|corto las venas) (hoy|ya|esta noche|manana|pronto|de verdad|en serio|ahora|ahorita|esta vez|este fin|de una vez|el viernes|el sabado|el domingo|el lunes|cuando|neta|posta)"),
    Rule("me_mato_solo", "soft", "^ (ya|mejor|hoy|yo|ahora|entonces|pues|bueno|asi que|o sea|creo que|juro que|te juro que|por eso|al final)? me (mato|suicido|ahorco) {fin}"),
    Rule("si_me_mato", "soft", "si *4 me (mato|suicido|ahorco|pego un tiro|tiro por la ventana|tiro de un puente|tiro del puente)"),
    Rule("futuro", "strong", "me (matare|suicidare|ahorcare|quitare la vida)|(matarme|suicidarme) (hoy|esta noche|manana|ya)"),
    Rule("me_muero_ya", "strong", "(me muero|morirme|me muera|me mato|matarme|me muriera|acabar con todo|terminar con todo) de una (vez|buena vez|puta vez|maldita vez)"),
    Rule("por_que_no", "soft", "(por que|para que) no me (muero|mato)|(para que|por que) (naci|sigo vivo|sigo viva|sigo aqui|sigo existiendo)"),
    Rule("suicida", "strong", "(estoy|me siento|ando|sigo|me pongo|me puse|estuve|he estado|me siento muy|estoy muy) *1 (suicida|con ganas de morir|con ganas de matarme)|suicidarme|suicidandome|suicidare|suicidaria|autoeliminarme|autoeliminacion|desvivirme"),
    Rule("ideas_suicidas", "strong", "(tengo|tuve|vuelvo a tener|volvi a tener|me vienen|me volvieron|estoy con|ando con|otra vez con|con) *1 (pensamientos|ideas|ideacion|impulsos|ganas) (suicidas|de morir|de matarme|de suicidarme|de quitarme la vida)"),
    Rule("suicidio", "soft", "suicidio|pensamientos suicidas|ideas suicidas|ideacion suicida|autolesion|autolesiones"),
    Rule("tirarme", "strong", "{tirarme} *1 {tirarme_donde}|me *1 {modal} *1 {tirar} *1 {tirarme_donde}"),
    Rule("tirarme_fin", "strong", "({deseo}|{pienso}) *1 (tirarme|aventarme|arrojarme|botarme) {fin}"),
    Rule("matarme_solo", "strong", "matarme|quitarme la vida|acabar con mi vida|terminar con mi vida|ponerle fin a mi vida|pegarme un tiro|darme un tiro|pegarme un balazo|volarme la cabeza|ahorcarme|cortarme las venas|abrirme las venas|envenenarme|colgarme de|quitarme de en medio|autoeliminarme"),
    Rule("irme", "strong", "{querer} *1 (irme|ir|marcharme|partir) (para siempre {lejos_fin}|de este mundo|de este plano|de esta vida|al otro barrio|al otro lado)|viaje sin (vuelta|retorno|regreso)|me (voy|ire) (de este mundo|de este plano|para siempre de aqui)"),
    Rule("mezcla", "strong", "(want to|wanna|going to|gonna|need to|wish i could|i will|im going to|i am going to|trying to|tryna|i wanna) *1 (matarme|suicidarme|morirme|morir|quitarme la vida|cortarme|lastimarme|hacerme dano|desaparecer|acabar con todo|autolesionarme|ahorcarme|tirarme|colgarme|desaparecer para siempre)"),
    Rule("hoy_termina", "strong", "(hoy|esta noche|manana) (se acaba|termina|se termina|acaba) (todo|mi vida) {fin}|(mi vida|todo) (termina|se acaba|acaba|se termina) (hoy|esta noche|manana|aqui) {fin}|de (esta noche|hoy|manana) no paso|(ya)? no voy a (despertar|amanecer) (manana {fin}|mas|nunca mas|{fin})|(y|para) no volver (nunca|jamas|nunca mas)? {fin}|(estrellar|chocar) (el|mi) (coche|carro|auto|moto|camioneta) (a proposito|aproposito|adrede|contra (un|una|el|la) (muro|pared|arbol|camion|poste))|(estrellarme|chocarme|aventarme) (contra|con el coche|con el carro|con el auto)|(dejar de comer|no comer|no tomar agua) *2 hasta (morirme|que me muera|morir)"),
    Rule("desde_el_cielo", "strong", "(los|las|te|os|la|lo) (voy a|vamos a|seguire)? *1 (cuidar|extranar|querer|mirar|ver|acompanar|cuidando|queriendo) desde (donde (este|sea que este)|el cielo|el otro lado {fin}|alla arriba)|(si|cuando) (estan|estas|estais|alguien esta|alguien lee|leen|lees|leeis) (leyendo)? esto *3 (ya no (estoy|este|existo)|ya me (fui|habre ido)|es porque|es que)"),
    Rule("recuerdenme", "soft", "no (lloren|llores|lloreis|sufran|esten tristes) por mi {fin}|(recuerdenme|recordadme|acuerdense de mi|acordaos de mi|no me olviden|no me olvides) (con (carino|amor)|{fin})|(me voy|me ire|voy|estare) (a|en) un lugar mejor {fin}"),
    # A plan: how, when, where.
    Rule("plan", "strong",
         "tengo (un|el|mi) plan (y|para (hacerlo {hacerlo_fin}|matarme|irme|acabar|morir|morirme|suicidarme|quitarme la vida)|{fin})"
         "|(ya )?(tengo|esta) todo (planeado|pensado|decidido|preparado|organizado|listo) (para (hacerlo {hacerlo_fin}|irme|el final|matarme|esta noche|el dia)|para (este|el) (viernes|sabado|domingo|lunes|martes|miercoles|jueves|finde|fin de semana) {fin}|para (esta noche|manana|hoy) {fin}|{fin})"
         "|(ya decidi|decidi|tengo claro|ya tengo claro|tengo decidido|ya tengo decidido) (como|cuando|donde|desde donde) (lo voy a hacer|hacerlo {hacerlo_fin}|lo hago|lo hare|va a ser|voy a hacerlo {hacerlo_fin}|y (como|cuando|donde))"
         "|(tengo decidido|ya tengo decidido|ya decidi|tengo claro|tengo pensado|ya tengo pensado) (como|cuando|donde) {fin}|(ya )?(se|decidi|tengo claro|tengo pensado|tengo decidido) (como y cuando|cuando y como|como y donde|donde y cuando|cuando y donde|el como y el cuando)"
         "|ya (lo tengo decidido|esta decidido {fin})|ya se (desde donde|de donde saltar|a que (edificio|puente|piso|altura)|en que (puente|edificio|piso)|que (puente|edificio|piso))"
         "|(desde donde|de donde|donde) (saltar|tirarme|lanzarme|aventarme|colgarme|colgarla)"
         "|(calcule|calculando|calculo|he calculado|averigue|averiguando) *2 (cuantas|cuantos|cuanto|la cantidad|la dosis|que dosis)"),
    Rule("plan_negado", "strong", "tengo (ningun|un) plan ni (nada|intencion)|me *1 (voy a|pienso|quiero|pensaba|iba a) hacer nada {fin}|(voy a|pienso|quiero|iba a) hacer ninguna (tonteria|locura|estupidez)|(plan|planes|intencion|intenciones) (de|para) (hacerme algo|hacerme nada|matarme|suicidarme|quitarme la vida|hacerme dano)"),
    Rule("plan_a_solas", "strong", "{a_solas} *4 (lo hago|lo voy a hacer|lo hare|ese es el dia|ese sera el dia|es el dia|sera el dia|me mato)|(lo hago|lo voy a hacer|lo hare|me mato) *2 (cuando|en cuanto|apenas|mientras) *2 {a_solas}"),
    Rule("plan_momento", "soft", "esta noche es la noche|(ese|este) (es|sera|va a ser) el dia {fin}|(solo|nomas|ya solo|solo me) falta que llegue (el dia|la fecha|el momento|la noche)|(azotea|terraza|techo) *3 (abierta|sin reja|sin barandal)"),
    Rule("medios", "strong",
         "(junte|junto|he juntado|acumulo|acumule|escondi|escondo|robe|le robe|(estoy|ando|llevo|sigo|he estado|estuve|estaba) *2 (guardando|juntando|acumulando|ahorrando|escondiendo|robando|sacando)|^ (guardando|juntando|acumulando|escondiendo)) *3 {pastillas}"
         "|(guarde|guardo|he guardado|saque) *1 (todos|todas|muchos|muchas|un monton de|suficientes|varias cajas de|cajas de) *2 {pastillas}|{pastillas} que no me (tome|tomo|tomaba|he tomado)|(guarde|guardo|he guardado|guardando) *2 {pastillas} *2 (desde hace|hace|durante) *1 (meses|semanas|dias|tiempo)"
         "|(tengo|ya tengo|llevo) *3 {pastillas} *2 (guardadas|guardados|escondidas|escondidos|juntadas|juntados|acumuladas|acumulados|suficientes|listas|listos|para eso|para hacerlo {hacerlo_fin}|para cuando|para matarme|para el dia|para esta noche|y se cuando|y ya se|para no despertar|para morir|para una sobredosis|para acabar)"
         "|ya tengo (las|los|mis|suficientes) {pastillas} {fin}|(llevo|estoy) *2 juntando {pastillas}"
         "|(compre|me compre|consegui|ya tengo|robe|pedi|encargue|(tengo|ya tengo) (guardada|guardado|guardadas|guardados|escondida|escondido|escondidas|escondidos)) *2 {medio}"
         "|(tengo|tener) (a mano|cerca|al alcance|al lado) *2 {medio}|(tengo|ya tengo|guardo|escondi|compre|consegui) *2 {medio} *4 (para eso|para hacerlo {hacerlo_fin}|para matarme|para colgarme|para cuando|para ahorcarme)|{medio} *3 (lista|listo|listas|preparada|preparado|en el cajon|debajo del colchon)"
         "|(usarla|usarlo|usarlas|usarlos) (conmigo|contra mi)|para (usarla|usarlo) conmigo"
         "|(en|a|por) (varias|distintas|diferentes|dos|tres|cuatro|cinco|{number}) farmacias"
         "|para cuando (lo haga|llegue el momento|me decida|no aguante mas|este lista|este listo)"),
    Rule("medios_soft", "soft", "ya tengo (todo)? lo que (necesito|necesitaba|hace falta) {fin}|(solo|solamente) para eso {fin}|para que no (sospecharan|sospechen|sospechara|sospeche|se den cuenta|se dieran cuenta)"),
    Rule("fecha", "strong", "(elegi|escogi|ya tengo|ya elegi|ya escogi|puse|decidi|ya decidi) (la|el|una) (fecha|dia|lugar|hora|noche|metodo|sitio) {fin}"),
    Rule("fecha_para", "strong", "(elegi|escogi|ya tengo|ya elegi|ya escogi|puse|decidi|ya decidi) (la|el|una) (fecha|dia|lugar|hora|noche|metodo) para (hacerlo {hacerlo_fin}|eso|irme|acabar|matarme|morir|morirme|suicidarme)"),
    Rule("busque", "strong", "(busque|buscando|busco|investigue|investigando|googlee|googleando|lei|leyendo) *3 (como|formas de|maneras de|metodos para|metodos de|cuantas pastillas|la forma de|la manera de|que tan alto|que altura|cuanto tarda|que pasa si) *3 (morir|matarme|suicidarme|matarse|suicidarse|sobredosis|ahorcarme|no sentir|sin dolor|sin que duela|colgarse|ahorcarse|no despertar|una sobredosis)"),
    Rule("sin_dolor", "strong", "(morir|morirme|matarme|hacerlo {hacerlo_fin}|irme|suicidarme|acabar) *1 (sin (que duela|dolor|sufrir)|rapido y sin dolor)"),
    Rule("cuantas", "strong", "(cuantas|cuantos|cuanto|cuanta) *1 {pastillas} *4 (morir|matar|matan|hacen falta para|se necesitan para|para no despertar|sobredosis|es letal|son letales|es mortal|son mortales|para matarme)"),
    Rule("dosis", "strong", "(dosis|cantidad) (letal|mortal)|(que|cual|cuanta) (dosis|cantidad) (es|seria|de) *2 (letal|mortal|mata)"),
    Rule("soga", "strong", "(la|una|mi) (soga|cuerda) *3 (lista|preparada|colgada|el cuello|la viga|atada|ya esta|el nudo)|(ya se|se) donde (colgarla|colgarme|atarla)|(hice|hacer|haciendo) (el|un) nudo (de la horca|para colgarme|corredizo)"),
    Rule("al_borde", "strong", "(en|al|sobre) (el)? borde (de|del|de la|de un|de una) *1 (puente|edificio|azotea|techo|balcon|acantilado|precipicio|vias|anden|terraza|ventana)|(estoy|estaba|parada|parado|sentada|sentado|de pie|subida|subido|me subi) *1 (en|al|sobre|a) (el|la|las|los)? {lugar_alto} *2 (ahora|ahora mismo|a punto|mirando (hacia)? abajo|para (saltar|tirarme|lanzarme)|y (voy a|quiero) (saltar|tirarme))"),
    Rule("al_borde_solo", "soft", "(estoy|estoy parada|estoy parado|estoy sentada|estoy sentado) *1 (en|al|sobre) (el|la|las|los)? (borde|cornisa|azotea|barandal|baranda|vias|orilla del puente|acantilado) {fin}|ya no hay vuelta atras"),
    # Farewells.
    Rule("despido", "strong",
         "me despido (de todos|de todas|de ustedes|de vosotros|para siempre|de este mundo|de la vida|de ti|de todo el mundo)"
         "|(adios|chau|chao|hasta nunca|bye|goodbye) (para siempre|mundo|de verdad|for real|forever) {fin}"
         "|(esta es|este es|esto es) (mi|un|el) (despedida|adios)|un adios (de verdad|para siempre|definitivo)|mi despedida {fin}"
         "|(me estoy despidiendo|estoy despidiendome|despidiendome|me vengo a despedir|me quiero despedir|me queria despedir) (de todos|de todas|de ustedes|de vosotros|de ti|de todo el mundo|para siempre|{fin})|(quiero|queria|solo queria|vengo a|paso a|necesito|necesitaba) (despedirme|decir adios) (de todos|de ustedes|de vosotros|de ti|{fin})"
         "|me despedi de *3 sin que (nadie)? (se diera cuenta|se dieran cuenta|lo notara|lo notaran|supiera|supieran|sospechara|sospecharan)"),
    Rule("despido_solo", "soft", "ya me despedi de (todos|todas|todo el mundo|mi familia|mis amigos|mi mama|mi papa) {fin}|no me (busquen|busques|busqueis|vayan a buscar|intenten buscar)|ya tome (mi|la) decision {fin}|mi decision esta tomada"),
    Rule("ultimo", "strong", "(este es|esta es|es|sera|seria) mi (ultimo|ultima) (mensaje|checkin|check in|nota|palabra|palabras|carta|post|audio)|(este es|esta es|es|sera|seria|hoy es) mi (ultimo|ultima) (dia|noche|vez) ({fin}|aqui|en este mundo|con vida|de vida|vivo|viva)|mi (ultimo|ultima) (mensaje|checkin|check in|nota|palabra|palabras|carta) *2 $"),
    Rule("ultimo_aqui", "strong", "(ultima|ultimo) (vez que|mensaje que|dia que|noche que) *2 (escribo|me ven|saben|me leen|hablo|hablamos|me van a|van a saber|les escribo|os escribo|te escribo|paso por)"),
    Rule("no_estare", "strong", "ya no (voy a estar|estare) *1 (mas|aqui|aca|para (nadie|ustedes|ti|vosotros|nadie mas)|mucho tiempo|nunca mas|en este mundo)|no (voy a estar|estare) *1 (mas|nunca mas|para (nadie|nadie mas)|en este mundo)|ya no (voy a estar|estare) {fin}|(manana|pronto) ya no (voy a estar|estare)|(ya no|no) (van a saber de mi|me van a ver|me veran|sabran de mi|vas a saber de mi|me vas a ver|vais a saber de mi) (mas|nunca mas|nunca|{fin})"),
    Rule("no_llegare", "soft", "no (voy a llegar|llegare|creo que llegue) a (navidad|fin de ano|ano nuevo|mi cumple|mi cumpleanos|tu cumple|tu cumpleanos|su cumple|tu boda|mis {number}|los {number}|el verano|la graduacion|tu graduacion|verte otra vez)"),
    Rule("ya_no_sere", "strong", "ya no (voy a ser|sere) *1 (un problema|una carga|un estorbo|una molestia)|ya no (van a|vas a|tendran que|tendras que|tienen que|vais a) (tener que)? (preocuparse|preocuparte|preocuparos|aguantarme|soportarme|cargar conmigo|lidiar conmigo|cuidarme) (por mi|mas)?"),
    Rule("no_molestare", "soft", "ya no (los|las|te|os|le|les)? (voy a|vuelvo a) molestar|no (los|las|te|os) (molesto|voy a molestar) (nunca mas|mas)"),
    Rule("cuiden", "strong", "(cuiden|cuida|cuidad|cuidenme|cuidenlo|cuidenla|cuidame|cuidenmelo|cuidenmela) *2 (a|de)? *1 (mi|mis) (gato|gata|gatos|gatas|perro|perra|perros|perritos|perrito|perrita|gatito|gatita|mascota|mascotas|hijos|hijo|hija|plantas|hermanita|hermanito|mama|familia|papa)"),
    Rule("se_quede_con", "soft", "que (cuide|cuiden|se encargue de|se ocupe de) (a|de)? (mi|mis) (gato|gata|gatos|perro|perra|perros|mascota|mascotas|hijos|plantas)|se (quede|queden|haga cargo|hagan cargo|encargue|encarguen|ocupe|ocupen) (con|de) (mi|mis) (mascota|mascotas|perro|perra|gato|gata|perrito|gatito|hijos|hijo|hija|plantas|cosas)|(lo|la|los|las) (va|van) a cuidar mejor que yo|quien se (queda|quede|va a quedar) con mis (cosas|mascotas|gatos|perros)"),
    Rule("diganle", "strong", "(diganle|dile|decile|digale|decidle|diles|diganles) *3 que (la|lo|los|las|les|le|te) (quiero|amo|queria|amaba|quise|ame) (mucho|muchisimo)? $|(diganle|dile|decile|digale|decidle|diles|diganles) *3 que (lo siento|perdon|me perdone|me perdonen|no fue su culpa|no es su culpa|no fue tu culpa)"),
    Rule("perdonen", "strong", "(perdonenme|perdoname|perdonadme|perdon|lo siento|disculpen|disculpenme|perdonen) *2 (por todo {fin}|por lo que voy a hacer|por irme|por esto que voy a hacer|por no ser suficiente|por ser una carga|por no aguantar mas|por rendirme|por dejarlos|por abandonarlos|por dejarte|por hacerles esto|por hacerte esto)"),
    Rule("ultimas_palabras", "soft", "(solo|nada mas|nomas|solamente) (queria|quiero) (decirte|decirles|deciros|que sepas|que sepan|que sepais|agradecerte|agradecerles|dar las gracias) *3 (que (los|las|os|te|la|lo) (quiero|amo|voy a extranar|voy a echar de menos)|fuiste|fueron|gracias por todo|por todo {fin}|lo siento|perdon|que no es su culpa|que no es tu culpa|que no fue tu culpa)|(fuiste|fueron|has sido|han sido) (lo mejor|lo unico bueno) (que me paso|de mi vida|que tuve)|(perdon|perdonenme|perdoname|lo siento) por todo lo que (les|te|os)? (hice pasar|he hecho pasar|hago pasar|cause|he causado)"),
    Rule("carta", "strong",
         "{carta_verbo} *2 (una|la|mi|unas|las|un|el|mis) (carta|cartas|nota|notas|mensaje|mensajes|video|audio) *1 (de despedida|despedida|para cuando|para despedirme|para que (lo|la|los|las) lean|para cuando me vaya)"
         "|(deje|les deje|le deje|ya deje|voy a dejar|dejo|les dejo|le dejo) *1 (una|la|mi|unas|las|mis)? (carta|cartas)|(ya escribi|escribi|termine de escribir|tengo escrita|tengo escritas|ya tengo escrita|ya tengo escritas) (la|las|mi|mis) (carta|cartas) {fin}|{carta_verbo} *1 (una|unas|mis|las)? (nota|notas|carta|cartas) (para|a) (mi|mis) (familia|papas|padres|viejos|hijos|hermanos|seres queridos)|mi (carta|nota|cartas|notas) (de despedida|suicida|de suicidio)"),
    # Affairs in order.
    Rule("testamento", "soft", "(hice|hago|arregle|ordene|deje listo|escribi|haciendo|redacte|termine|tengo hecho|actualice|preparando|prepare) *1 (mi|el)? testamento"),
    Rule("en_orden", "strong", "(deje|dejando|dejo|tengo|pongo|puse|poniendo|estoy dejando|ya deje) *2 (todo|mis cosas|mis asuntos|mis papeles|las cosas|mis cuentas) (en orden|arreglado|arreglados|arregladas|ordenado|ordenados|ordenadas|listo|listos|preparado) (para cuando|para que no (tengan|tenga|tengas) que|antes de (irme|morir|morirme)|{fin})"),
    Rule("cuando_no_este", "strong", "(para cuando|cuando|el dia que|antes de que|despues de que) (yo)? (ya no este|yo ya no este|me vaya para siempre|me mate|me haya muerto|ya no estoy|ya no exista)|antes de (irme para siempre|irme de este mundo|matarme|hacerlo {fin}|quitarme la vida|suicidarme)"),
    Rule("cuando_me_vaya", "soft", "(para cuando|cuando|el dia que) (yo)? (me vaya {fin}|no este {fin}|falte {fin}|me haya ido {fin}|me muera)"),
    Rule("regale", "strong", "(regale|estoy regalando|voy a regalar|regalando|regalar|done|repartiendo|reparti|vendi todas|vendi todos|estoy vendiendo todas) *3 (todas mis|todos mis|mis|mi|toda mi|casi toda mi|casi todas mis) (cosas|pertenencias|ropa|libros|juegos|consola|play|guitarra|gato|perro|mascota|plantas|coleccion|joyas|pertenencia|videojuegos|compu|computadora|laptop|bici|peluches|discos)|(le di|les di|di|doy|dando|le doy|les doy) *1 (todas mis|todos mis|mis|mi|toda mi) (cosas|pertenencias|ropa|libros|juegos|plantas|guitarra|consola|play|coleccion|joyas|mascota|gato|perro)"),
    Rule("no_hara_falta", "soft", "ya no (lo|la|los|las|me|les|le)? *1 (voy a necesitar|va a hacer falta|van a hacer falta|voy a usar|va a servir|van a servir|necesitare|hara falta|haran falta|me va a servir|voy a poder usar)|ya no (le|les)? debo nada a nadie|(pague|salde|liquide) (todas)? mis deudas|(devolvi|devolviendo|estoy devolviendo) (todo|todas las cosas|las cosas) (lo)? que me (prestaron|prestaste|habian prestado|dieron)|(contrasenas|claves|passwords) *3 para que *2 (cierre|cierren|borre|borren|maneje|manejen|entren)|para que *3 (cierre|cierren|borre|borren) (mis|todas mis) (cuentas|redes)|deje escrito (que hacer|como|a quien|lo que)"),
    Rule("casa_mascota", "strong", "(le busque|buscando|busco|encontre|consegui|ya le busque) *1 (casa|hogar|dueno|familia) (a|para) mi (gato|gata|perro|perra|mascota|mascotas)"),
    Rule("en_paz_pronto", "strong", "(pronto|por fin|al fin|ya casi|muy pronto) *1 (voy a estar|estare|descansare|voy a descansar|sere|voy a ser) *1 (en paz|tranquila|tranquilo|libre)"),
    # Self-harm: now, just done, urges, relapse.
    Rule("querer_autolesion", "strong", "{querer~} *2 {autolesion~}"),
    Rule("me_quiero_cortar", "strong", "me *1 {modal} *1 {lastimar}"),
    Rule("me_corte", "strong", "me (corte|corto|he cortado|volvi a cortar|acabo de cortar|estoy cortando|estuve cortando|vuelvo a cortar|sigo cortando|raje|rajo|hice cortes|hago cortes|he hecho cortes|cortaria|volveria a cortar)"),
    Rule("autolesion", "strong", "me (lastime|lastimo|he lastimado|estoy lastimando|hice dano|hago dano|he hecho dano|estoy haciendo dano|autolesione|autolesiono|he autolesionado|estoy autolesionando|hice mal|lastimaria|haria dano|autolesionaria)|autolesionandome|autolesionarme|hacerme cortes|hacerme sangrar|me hice sh|hice sh|hago sh|(miedo de|miedo a) (hacerme algo|hacerme dano|lo que pueda hacerme|cometer una locura|hacer una locura)"),
    Rule("quemarme", "strong", "me (queme|quemo|he quemado|volvi a quemar|estoy quemando) *2 (con (un|el|los|mi|unos)? (cigarro|cigarros|cigarrillo|cigarrillos|encendedor|mechero|fuego|cerillo|cerillos)|a proposito|adrede|otra vez|la piel|el brazo|los brazos|las piernas|la pierna)"),
    Rule("golpes", "strong", "me (golpee|golpeo|pegue|pego|di|doy|estuve dando|estoy dando|daba|he dado|sigo dando) (golpes|cabezazos|punetazos|de golpes|de cabezazos|contra la pared|contra el muro|contra la puerta|la cabeza contra|en la cabeza contra)"),
    Rule("hasta_sangrar", "strong", "(me )?{sh_verbo} *3 hasta (sangrar|hacerme sangre|sacarme sangre|que sangre|que sangro|que sangrara|que me sangro|que me sangre|que me salio sangre|hacerme heridas|dejarme marcas|no sentir)|(sangrar|sangrando) *2 (otra vez|de nuevo|a proposito|por los cortes)"),
    Rule("cortes_nuevos", "strong", "(cortes|heridas|cicatrices) (nuevos|nuevas|frescos|frescas|recientes)|(lleno|llena|llenos|llenas) de (cortes|heridas)|(tengo|me hice|me hago|con) *2 (cortes|heridas) (en)? (los|las|el|la|mis|mi)? {cuerpo}"),
    Rule("cuchilla", "strong", "(tengo|agarre|agarro|tome|saque|saco|sostengo|busque|busco|escondi|escondo|compre|guarde|guardo) (la|una|mi|las|unas|mis) (cuchilla|cuchillas|navaja|gillette|gillettes|hoja de afeitar|cutter|hojilla|hojillas) *3 (en la mano|lista|conmigo|otra vez|de nuevo|del sacapuntas|escondida|escondidas|guardada|guardadas|en el cajon)|(la|una) (cuchilla|navaja|hojilla) en la mano"),
    Rule("me_hice_corte", "strong", "me (hice|he hecho|hago) (un|unos|otro|otros)? (corte|cortes|herida|heridas) (profundo|profundos|profunda|a proposito|en (el|la|los|las|mis|mi)? {cuerpo}|otra vez|de nuevo|{fin})"),
    Rule("me_corte_en", "strong", "me (corte|corto) *1 (en)? (los|las|el|la|mis|mi) {cuerpo}"),
    Rule("recai", "strong", "(recai|recaida|recaer|volvi a recaer|recayendo|tuve una recaida|volvi|vuelvo|volver) *3 (con|en|a)? *1 {sh_noun}|(otra vez|de nuevo|volvi al|volvi a hacer) sh|sh (anoche|ayer|hoy|otra vez|de nuevo)"),
    Rule("recai_solo", "soft", "^ (ya|otra vez|hoy|ayer|anoche)? (recai|tuve una recaida) *1 $|(meses|semanas|dias|anos) (limpia|limpio) *1 (a la basura|tirados|perdidos|se fueron)"),
    Rule("a_proposito", "strong", "(me tome|me trague|me corte|me queme|me lastime|choque|me tire|me deje caer|me golpee|me pegue|me clave|me raye|deje de tomar|deje de comer|no me tome) *4 (a proposito|adrede|aproposito|con intencion)"),
    # An attempt just made.
    Rule("intente", "strong", "(intente|intento|trate de|quise|he intentado|volvi a intentar) *1 ({matarme}|morirme|morir|tirarme)|(estuve a punto de|estuve por|casi) *1 ({matarme}|tirarme)|intento de suicidio|mi intento|(intente|trate) (de)? (matarme|suicidarme|quitarme la vida)"),
    Rule("lo_intente", "strong", "lo (intente|volvi a intentar|he intentado|intente otra vez|intente de nuevo) *3 pero *3 me (encontro|encontraron|salvo|salvaron|detuvo|detuvieron|paro|pararon|vio|vieron|llevaron|descubrio|descubrieron)"),
    Rule("lo_intente_solo", "soft", "lo (volvi a intentar|intente otra vez|intente de nuevo) {fin}"),
    Rule("pastillas_tome", "strong", "(me tome|tome|me trague|trague|me meti|me bebi|me he tomado|me tomo|me estoy tomando|me acabo de tomar|me tome como) *2 {cantidad} *2 {pastillas}"),
    Rule("pastillas_miedo", "strong", "(me tome|tome|me trague|trague|me he tomado|me acabo de tomar) *2 (las|mis|todas las|unas|los) {pastillas} *2 (y ahora|y tengo miedo|y me siento|y estoy (mareada|mareado|rara|raro|mal)|y no me siento bien|de golpe|todas juntas|todos juntos|de una|juntas|para (no despertar|morir|matarme|acabar|dormir para siempre)|con (alcohol|vino|cerveza|vodka|tequila|ron|pisco|fernet|ginebra|whisky|aguardiente|mezcal)|de (mi|mis) (mama|papa|abuela|abuelo|madre|padre|hermana|hermano|tia|tio))|me las (tome|trague|tomo|meti) (todas|todos|de golpe|juntas)"),
    Rule("sobredosis", "strong", "(tuve|me hice|me di|me meti|hacerme) (una)? sobredosis|me (empastille|he empastillado|empastillo)|lavado de estomago|me lavaron el estomago|me hicieron un lavado"),
    Rule("hospital", "strong", "(desperte|termine|acabe|amaneci) en (el hospital|urgencias|la guardia|la uci|terapia intensiva|cuidados intensivos|la clinica) *2 (despues|por|tras|otra vez|porque)"),
    Rule("hospital_solo", "soft", "me (encontraron|hallaron) (inconsciente|desmayada|desmayado|tirada|tirado|sin sentido)|(me llevaron|me tuvieron que llevar|terminé|termine) (al hospital|a urgencias|a la guardia|a emergencias) *3 (las pastillas|pastillas|los cortes|cortes|sobredosis|intento|tomarme)|me (salvaron|encontraron|rescataron) (a tiempo|de milagro)|llegaron a tiempo para salvarme|me (desperte|he despertado) en (el hospital|urgencias|la guardia|la uci|terapia intensiva|cuidados intensivos)|me (dieron|van a dar) el alta *3 (intento|sobredosis|pastillas)"),
    # A passive wish.
    Rule("ojala", "soft", "ojala *2 {deseo_subj}|(quisiera|desearia|deseo|me gustaria|preferiria) que *1 {deseo_subj}"),
    Rule("pido_a_dios", "soft", "(le pido a|le ruego a|le rezo a|rezo a|pido a|ruego a) *1 (dios|diosito|la virgen|el universo|diosito santo) *2 (no amanecer|no despertar|no despertarme|que me lleve|llevarme|me lleve|que me muera|morirme|morir|que no despierte|que no me despierte|que se me lleve|que me recoja)|(rezo|ruego|pido|le pido|deseo) (para|por)? (no amanecer|no despertar|no despertarme|morirme|que me lleve|dormirme y no despertar|no volver a despertar)|(que|ojala)? dios me (lleve|recoja) {fin}|(dios|diosito|senor) llevame|(que)? me lleve (la calaca|la muerte|la parca|la flaca|la huesuda|dios|diosito) ({fin}|de una vez|ya|pronto)"),
    Rule("no_me_importaria", "soft", "no me (importaria|importa|molestaria) (morir|morirme|que me atropellen|que me atropelle|que me pase algo|que me pasara algo|que me atropellaran|si me muero|no despertar|que me mataran|que me maten|dejar de existir|desaparecer|si no despierto|que me toque morir|estar muerta|estar muerto)", negatable=False),
    Rule("si_me_pasa", "soft", "si (manana|hoy)? no (despierto|amanezco|despertara|amaneciera|despierte) {fin}|si (me|un|una)? *1 (no despierto|no amanezco|atropella|atropellara|atropellan|atropellaran|pasa algo|pasara algo|muero|muriera|da un infarto|diera un infarto|cae un rayo|cayera un rayo|choca|chocara|estrello|estrellara|mata|matan|mataran|toca morir|tocara morir) *4 (no me importaria|no me importa|me da igual|me daria igual|mejor|da igual|ni modo|ojala|seria un alivio|seria lo mejor|no pasa nada|no pasaria nada|que bueno|mejor para todos|bienvenido sea|lo agradeceria|no me molestaria|me harian un favor|me haria un favor)"),
    Rule("no_quiero_vivir", "strong", "(no|ya no|nunca|ya no mas) *1 (quiero|tengo ganas de|deseo|quisiera) *1 (vivir|seguir viviendo|seguir con vida|estar vivo|estar viva|seguir vivo|seguir viva|vivir mas|seguir existiendo|live|exist|be alive|keep living) ({fin}|mas|en este mundo|esta vida|un dia mas|ni un dia mas)", negatable=False),
    Rule("no_se_si", "soft", "no se si (quiero|vale la pena|puedo|voy a poder|aguanto) (seguir viviendo|vivir|seguir|seguir aqui|seguir aca|aguantar|seguir con vida) {fin}|que alguien me (mate|dispare|atropelle|pegue un tiro) {fin}", negatable=False),
    Rule("no_quiero_estar", "soft", "ya no *1 (quiero|tengo ganas de|deseo|quisiera) *1 (estar|seguir) (aqui|aca) ({fin}|en este mundo|mas)|(no|nunca) *1 (quiero|quisiera) *1 (estar|seguir) (aqui|aca) (nunca mas|mas|en este mundo)|(no|nunca) *1 (quiero|quisiera) *1 seguir (aqui|aca) {fin}|(no|ya no|nunca) *1 (quiero|tengo ganas de|me dan ganas de|deseo|quisiera) *1 (existir|despertar|despertarme|amanecer|estar|seguir con esto|seguir asi|continuar|seguir|seguir adelante|levantarme nunca mas|abrir los ojos|volver a despertar|vivir asi|vivir|sentir nada|sentir mas|sentir esto|sentir este dolor|sentir) ({fin}|manana|en este mundo|en este plano|mas|nunca mas|mas aqui|mas aca)", negatable=False),
    Rule("cansada_de_vivir", "soft", "(estoy|ando|me siento|vivo|sigo) *1 (cansada|cansado|harta|harto|agotada|agotado|hasta la madre|podrida|podrido|chata|chato|hastiada|hastiado|exhausta|exhausto|reventada|reventado|mamada|mamado|hasta el cono|hasta los cojones|hasta las narices|hasta el gorro|hasta la coronilla|hasta el culo|hasta la verga|cansadisima|cansadisimo|hartisima|hartisimo|aburrida|aburrido) (de|con) (vivir|(la|mi|esta) vida {fin}|existir|luchar|intentarlo|estar viva|estar vivo|respirar|despertar|sobrevivir|sufrir|sentirme asi|estar asi|seguir (asi|viviendo|luchando|adelante|intentando|{fin}))|me (canse|he cansado|harte) de (vivir|la vida {fin}|existir|luchar|intentarlo|sufrir|todo esto|seguir {fin})|(ya no tengo|no me quedan|sin) fuerzas (para (seguir|vivir|luchar|nada|levantarme))"),
    Rule("mejor_muerta", "soft", "(mejor|preferiria|prefiero|estaria mejor|seria mejor|preferible) *1 (muerta|muerto|estar muerta|estar muerto|no existir|no estar {fin}|no haber nacido|desaparecer {fin}|morirme|morir|dormirme y no despertar)"),
    Rule("me_da_igual", "soft", "me (da|daria) (igual|lo mismo|exactamente igual) *2 (morir|morirme|si me muero|vivir o morir|si muero|si despierto|si no despierto|que me pase algo|si me pasa algo|si me atropellan|si me atropella|estar viva|estar vivo|vivir {fin}|si vivo o muero|seguir viva|seguir vivo|despertar {fin}|lo que me (pase|pasa|suceda) {fin}|lo que sea de mi|mi vida {fin})"),
    Rule("desaparecer", "soft", "{querer} *1 {desaparecer}"),
    Rule("funeral", "soft", "me (imagino|veo|visualizo) (muerta|muerto|en mi funeral|en un ataud)|(pienso|imagino|planeo|planeando|organizando|escribi|quiero que|como seria|como va a ser) *4 mi (funeral|velorio|entierro|propio funeral|lapida)|me da paz (pensar en|imaginar|imaginarme) *1 (morir|muerta|muerto|mi muerte|no estar|no despertar)|(sepan que|sepas que|quiero que sepan|esto|lo que hice|lo que voy a hacer|mi decision) (no fue|no es|no sera|no va a ser) culpa de nadie|que sepan que (no fue|no es) (su|tu|vuestra) culpa"),
    Rule("muerte_plan", "strong", "(planeando|planeo|planee|preparando|preparo|organizando|organizo) (mi) (muerte|suicidio|final|propia muerte)"),
    Rule("no_aguantare", "soft", "no (voy a|creo|creo que) (aguantar|aguante|pueda aguantar) (mucho mas|mucho tiempo|mas|otro dia|otra semana) {fin}|cuanto (mas|tiempo mas|tiempo) (voy a|puedo|podre|voy a poder) aguantar|esta vez (si)? (lo voy a hacer|lo hago|lo hare) {fin}", negatable=False),
    Rule("muerte_alivio", "soft", "(morir|morirme|la muerte|estar muerta|estar muerto|no despertar|desaparecer|dejar de existir|no existir) (seria|es|suena|me parece|seria como) *2 (un alivio|un descanso|la solucion|la unica salida|lo mejor|mas facil|tentador|tentadora|liberador|una liberacion|la salida|mi unica opcion|lo unico que me queda|un regalo)|pienso (mucho|todo el tiempo|todo el dia|cada dia|siempre) en (la muerte|morir|morirme|mi muerte)|(solo|nomas) pienso en (la muerte|morir|morirme)"),
    # A burden to others.
    Rule("carga", "soft", "soy *2 (una carga|un estorbo|un lastre|un cacho|un peso muerto) ({fin}|{para_gente}|en esta (casa|familia)|de (todos|mi familia)|y (nadie|no|todos|solo|ya))|soy *2 (un peso|una molestia|un problema) ({fin}|para (todos|todo el mundo|mi familia|los demas|ellos|mis papas|mis padres|mis viejos|mis amigos|mi pareja)|en esta (casa|familia))|(solo|nomas|nada mas) (les|le|te|os)? (estorbo|soy una carga|causo problemas|doy problemas|traigo problemas|arruino todo|sirvo para arruinar|molesto a todos|hago sufrir)|(ya)? no sirvo para nada {fin}|ser una carga|me siento (una carga|un estorbo|un peso|una molestia)|(estoy de|estoy) (mas|sobra) (en este mundo|aqui|aca|en esta casa|en esta familia)|sobro (en este mundo|aqui|aca|en esta casa|en esta familia|{fin})|(no quiero|ya no quiero) ser (una carga|un estorbo|un peso) (para nadie|para nadie mas|para ustedes|{fin}|mas)|(no quiero|ya no quiero) ser (un problema|una molestia) (para nadie|para nadie mas|nunca mas)|(les|le|te|os) arruino la vida|(les|le|te|os) estorbo (a todos|{fin})|(lista|lista de) (de)? a quien (dejarle|darle|regalarle|dejar) mis (cosas|pertenencias|mascotas)|(por|con solo|nomas por|solo por) existir {fin}"),
    Rule("mejor_sin_mi", "soft", "si (yo)? (me voy|me fuera|me muero|me muriera|desaparezco|desapareciera) {alivio_otros}|{alivio_otros} *4 {si_no_estuviera}|{si_no_estuviera} *4 {alivio_otros}|(mejor|felices|tranquilos|tranquilas|better|better off|happier) sin mi {fin}|(notice|care|miss me|even notice|realize) {si_no_estuviera}|sin mi (estarian|estaria|seria|todo seria|serian|viviran|vivirian)|mejor si (yo)? (no estuviera|no existiera|desaparezco|desapareciera|me muero|me muriera)"),
    Rule("nadie_extranaria", "soft", "{nadie} *2 (me extranaria|me echaria de menos|me va a extranar|me va a echar de menos|lloraria por mi|me recordaria|me buscaria|vendria a mi funeral|iria a mi funeral|me extrañaria)|{nadie} *2 (notaria|lo notaria|lo notarian|se daria cuenta|se enteraria|se va a dar cuenta|se va a enterar|lo va a notar|me extranaria) *1 (si|cuando|$)|(si|cuando) *4 {nadie} *2 (lo notaria|lo notarian|se daria cuenta|notaria|se enteraria|me extranaria|lo va a notar|se va a dar cuenta)|a nadie le (importaria|importa|va a importar|importo|intereso) (si|que|lo que)? *2 (me muero|muero|desaparezco|me voy {fin}|no estoy|me mato|me pasa algo|ya no estoy|vivo o muero|me pase algo)|a nadie le (importo|hago falta|intereso)|no le (importo|hago falta|intereso) a nadie {fin}|(nadie|ni uno) me (necesita|quiere) {fin}"),
    Rule("no_merezco", "soft", "no (merezco|meresco|me merezco) (vivir|estar aqui|estar viva|estar vivo|existir|seguir viva|seguir vivo)|no (deberia|debi) (existir|haber nacido|estar viva|estar vivo|estar aqui|nacer)"),
    # Hopelessness.
    Rule("sin_sentido", "soft", "(no|ya no) *1 (le )?(veo|encuentro|tiene|hay|le encuentro|le veo) *1 (sentido|razon|razones|motivo|motivos) *3 (vivir|la vida|nada|existir|estar aqui|a nada|mi vida|a mi vida|a la vida|seguir {fin}|seguir viviendo|levantarme {fin})|no tiene sentido nada|nada tiene sentido ({fin}|ya|para mi|en mi vida)|(la|mi|esta) vida no tiene (sentido|ningun sentido)|(vivir|seguir viviendo|existir) no tiene (sentido|ningun sentido)"),
    Rule("no_vale", "soft", "(no vale la pena|no merece la pena|no me vale la pena|no vale nada) *1 (vivir|seguir viviendo|esta vida|mi vida|existir|seguir luchando|seguir {fin})|(nada|ya nada|la vida|mi vida|esta vida|vivir) (ya)? no (vale|merece) (la pena|nada)|nada vale la pena|no valgo (nada|la pena)|ya me rendi {fin}|me (rendi|rindo) (con todo|con la vida|de vivir)"),
    Rule("sin_futuro", "soft", "(no tengo|ya no tengo|no me queda|no me quedan|perdi|he perdido|ya perdi|se me fueron|se me fue|se me quitaron|no hay|ya no hay|sin) (ninguna|ni una|la|las|toda|toda la|todas las)? (esperanza|esperanzas) ({fin}|para mi {fin}|en nada|de nada|en la vida|de vivir|de mejorar|de salir)|(no tengo|ya no tengo|no hay|no veo|ya no veo) (ningun|un)? futuro ({fin}|para mi {fin}|ni nada)|(todo|esto|mi vida) va a seguir (igual|igual de mal|mal|siempre igual|asi) {fin}|(mi vida|lo mio|yo) no (tengo|tiene) (arreglo|remedio|solucion)|nunca (voy a|vaya a) (ser feliz|estar bien|estar mejor|salir de esto|salir de este (pozo|hoyo)|mejorar) {fin}|(no tengo|ya no tengo|no me queda|no me quedan|perdi|he perdido|se me fueron|se me fue|se me quitaron|sin|no hay|ya no hay) (ninguna|ni una|las)? *1 (razones para vivir|razon para vivir|por que vivir|motivos para vivir|motivo para vivir|ganas de vivir|razon para seguir|razones para seguir|motivos para seguir|nada por que vivir|para que vivir|ganas de seguir {fin})|(nunca|jamas) voy a (mejorar|cambiar|salir de esto) {fin}|(mi vida|esto que siento|lo que siento|mi situacion) (nunca|jamas) va a (mejorar|cambiar)|(esto|nada|mi vida) (nunca|jamas|no) va a mejorar {fin}|nada va a (mejorar|cambiar) {fin}|esto no va a cambiar nunca|nunca se va a acabar|no va a mejorar nunca|(se que|y se que|creo que|siento que|ya se que) (esto|nada|mi vida)? (no|nunca) va a (cambiar|mejorar)|(mi vida|lo que siento|esto que siento|mi situacion) (no|nunca) va a (cambiar|mejorar)|desesperanza|sin esperanza {fin}|(ya no|no) (espero|tengo esperanza de) nada (de nada|de la vida|de nadie|de mi vida|{fin})|cada (dia|vez) (es|esta|estoy) (peor|mas dificil) *2 (y se|no va|nunca)"),
    Rule("para_que", "soft", "(para que|pa que|de que sirve|que sentido tiene|por que) (sigo|seguir|vivo|vivir|me levanto|levantarme|intentarlo|luchar|sigo aqui|sigo aca|existo|existir|seguir intentando|seguir viviendo|seguir luchando|sigo viva|sigo vivo|seguir aqui) *1 $|(para que|pa que) (seguir|vivir|sigo|existir) (si|asi|con)", negatable=False),
    Rule("no_me_veo", "soft", "no me (imagino|veo|visualizo) (viva|vivo|en el futuro|llegando a|con futuro|de vieja|de viejo|con vida|existiendo)"),
    Rule("nada_importa", "soft", "ya no (tengo|le tengo) miedo (a la muerte|de morir|a morir|de morirme)|(ya nada|nada ya) (importa|me importa|vale la pena|tiene sentido|me ilusiona|me motiva|me hace ilusion|me llena|me alegra|me hace feliz|me interesa|me sirve)|nada (importa|me importa|me ilusiona|me motiva) ya|nada me (ilusiona|motiva|llena|hace ilusion) *2 (ya|nada de nada|$)"),
    # Trapped.
    Rule("no_salida", "soft", "no (hay|tengo|veo|encuentro|le veo|me queda|existe) (ninguna|otra|una|la)? (salida|otra salida|escapatoria|luz al final|luz al final del tunel|remedio para lo mio) ({fin}|para mi|de esto|a esto|a lo mio|a mi vida|a mi situacion|posible|alguna|que no sea|en mi vida)|sin salida|no hay solucion (para lo mio|para mi|para mi vida|para mis problemas|para esto que siento)|no puedo (escapar|salir) (de esto|de este (pozo|hoyo|infierno|agujero|dolor)|de esta (situacion|vida)|de mi cabeza|de mi mente|de mis pensamientos|de mi vida|{fin})|no hay escape|(la unica|mi unica) salida (que veo|que me queda|que tengo|es)|la unica salida {fin}|no (hay|veo|encuentro) (manera|forma|modo) de salir (de esto|de este|de aqui|{fin})|no (veo|se|encuentro) como salir (de esto|de este (pozo|hoyo|infierno|agujero)|adelante)"),
    Rule("atrapada", "soft", "(estoy|me siento|siento que estoy|vivo|sigo|me encuentro) *1 (atrapada|atrapado|acorralada|acorralado|encerrada|encerrado|ahogada|ahogado|hundida|hundido|presa|preso) (en (esta|mi|mi propia|mis|este) (vida|cabeza|mente|situacion|cuerpo|infierno|pensamientos|problemas)|con (las|mis) (deudas|problemas)|y no|sin salida|{fin})|(estoy|vivo|siento que estoy|me siento|metida|metido) (en|como en) (un|una|este|esta) (pozo|hoyo|agujero|jaula|infierno) *2 (y no|sin|del que no|de la que no|oscuro|sin fondo|sin salida|{fin})|(siento que|es como si) me (ahogo|estuviera ahogando|hundo|estuviera hundiendo)|no puedo salir de (este|esta|del|mi) (pozo|hoyo|agujero|infierno|jaula)|callejon sin salida"),
    # Unbearable pain.
    Rule("no_puedo_mas", "soft", "(ya )?no (puedo|aguanto|soporto|resisto|doy) (mas|esto|este dolor|el dolor|vivir asi|seguir asi|seguir fingiendo|un dia mas|otro dia|mas con esto|mas con mi vida|con mi vida|con esta vida|mi vida|la vida|esta vida|esta situacion|(este|esta|el|la|tanto|tanta) {dolor}|estar asi|sentirme asi|con esto|conmigo|con todo|con mi cabeza|mi cabeza)|(ya )?no (aguanto|soporto) {fin}|no (lo|la) (aguanto|soporto|resisto) (mas)? {fin}|no doy mas|ya no doy mas|no puedo seguir (asi|viviendo|con esto|mas)|me (supera|rebasa|sobrepasa) todo"),
    Rule("que_pare", "soft", "que *1 (todo|esto|todo esto|el dolor|este dolor|mi cabeza|mi mente|el sufrimiento|la vida|mi vida|esta pesadilla|el ruido|los pensamientos|las voces|mi sufrimiento|este infierno|esta tortura|esta agonia|esta sensacion) *1 {parar} (ya|de una vez|para siempre|{fin})|que {parar} (todo|todo esto|esto|el dolor|este dolor|de una vez|ya de una vez)|que {parar} (ya)? (esta|este|mi) (pesadilla|tortura|infierno|agonia|sufrimiento|dolor|vida|angustia|tristeza|vacio)|(quiero|necesito|solo quiero|ojala|solo necesito|por favor) que {parar} (ya)? $|que se (acabe|termine|pare) ya $|que se (acabe|termine) todo"),
    Rule("dolor", "soft", "(el|este|mi|tanto|un) {dolor} *3 (insoportable|no para|no se va|no termina|nunca se va|nunca termina|no se acaba|es demasiado|no lo aguanto|no lo soporto|me esta matando|me mata|me consume|me destroza|no me deja vivir|es insoportable)|(dolor|sufrimiento) insoportable|me duele (vivir|existir|estar viva|estar vivo|el alma)|me duele tanto *2 que no (puedo|aguanto|lo aguanto|lo soporto|se)|(agotada|agotado|cansada|cansado|harta|harto) de sufrir|(quiero|necesito|solo quiero) dejar de (sentir|sufrir|sentir esto|doler)|(quiero|necesito) (sentir|sentirme) (dolor fisico|dolor|sangre)|(quiero|necesito|solo quiero) (acabar con|terminar con|ponerle fin a) (mi|este|el|tanto) (sufrimiento|dolor)|(destrozando|destruyendo|matando) por dentro|lo que sea (con tal de|para) dejar de (sentir|sufrir)"),
    # Worry about someone else.
    Rule("tercera_quiere", "other", "{tercera} *4 (se quiere|se queria|se va a|quiere|queria|dice que quiere|dice que se quiere|habla de|hablaba de|piensa en|penso en|intento|amenaza con|amenazo con|dijo que se iba a|dijo que se queria|dice que se va a|esta pensando en|anda pensando en|trato de|volvio a) *2 (morir|matar|suicidar|morirse|matarse|suicidarse|quitarse la vida|desaparecer|cortarse|lastimarse|hacerse dano|tirarse|ahorcarse|colgarse|cortar|lastimar)", personal=False),
    Rule("se_mata", "other", "(morirse|matarse|suicidarse|quitarse la vida|quitarsela|ahorcarse|cortarse las venas|autolesionarse|se esta cortando|se corta|se lastima|se autolesiona|se quiere morir|se quiere matar|se quiere suicidar|se va a matar|se va a suicidar|se hace dano|se volvio a cortar|se corto otra vez|se esta lastimando|se esta haciendo dano|se quema|se golpea|tirarse (de|del|a|al|por) (un|el|la|las|una)? (puente|edificio|vias|tren|metro|ventana|balcon|azotea))", personal=False),
    Rule("tercera_dice", "other", "(dice|dijo|me dijo|nos dijo|escribio|publico|puso|cree|piensa|siente|repite|anda diciendo|me conto|comento|me escribio|me mando|subio|posteo|anda) que *2 {tercera_frase}", personal=False),
    Rule("tercera_despide", "other", "se (despidio|esta despidiendo|despide|anda despidiendo) *3 (raro|rara|de todos|de todo el mundo|de mi|como si|para siempre|muy raro|extrano)|su (ultimo|ultima) (mensaje|nota|carta|despedida|palabras|publicacion|post|audio)|(me mando|me escribio|me dejo|nos dejo|nos mando|les dejo|le dejo|mando|publico|escribio|me envio|nos envio) *2 (una|un|su) (carta|nota|mensaje|audio|video|post) de despedida", personal=False),
    Rule("tercera_regala", "other", "(regalo|esta regalando|regala|reparte|repartio|dono|dio|regalando) *3 (todas|todos|toda)? (sus) (cosas|pertenencias|ropa|juegos|libros|mascotas|plantas)", personal=False),
    Rule("tercera_medios", "other", "(tiene|guarda|esta juntando|junta|juntaba|esconde|escondia|compro|consiguio|esta guardando|anda juntando) *3 ({pastillas}|{medio}) *2 (guardadas|guardados|escondidas|escondidos|juntadas|acumuladas|para eso|para hacerlo {hacerlo_fin}|para matarse|para suicidarse|en su cuarto|debajo de su cama)|(esta|anda|sigue) (juntando|guardando|acumulando|escondiendo) *2 ({pastillas}|{medio})|{tercera} *4 (compro|consiguio) *2 ({medio})|se (tomo|trago|bebio) *2 {cantidad} *2 {pastillas}", personal=False),
    Rule("tercera_ojala", "other", "{tercera} *3 (dice|dijo|decia|repite|escribio|publico|puso|anda diciendo|me dijo|nos dijo) que ojala", personal=False),
    Rule("preocupa", "other", "(me preocupa|preocupada por|preocupado por|tengo miedo de que|miedo de que|temo que|me da miedo que|me asusta que) *4 (se haga dano|se mate|se suicide|haga algo|se lastime|se corte|intente algo|se quite la vida|haga una locura|se haga algo|no aguante|lo haga|lo intente)", personal=False),
]  # fmt: skip

BENIGN: list[str] = [
    # Dying of laughter, hunger, shame; killing time; "me mató" said of a thing.
    "muero/muere/muriendo/morir/muerta/muerto/morirme/muerte/mori/moria/moriria/morire/muera/muriera/morirse {muere_de}",
    "({querer_morir})? *2 (morir|morirme|muero|mori|moria|muera) {muere_de}",
    "me *1 ({modal_morir}|voy a|iba a|estoy)? *1 (morir|morirme|muero|mori|moria|muriendo) {muere_de}",
    "muerta de", "muerto de", "me muero de la", "morirme de", "me voy a morir de", "me iba a morir de",
    "(me|nos) (mata|matan|mataba|mataste|mataron|matas|esta matando|estan matando|vas a matar|va a matar|van a matar|estas matando) (el|la|los|las|este|esta|ese|esa|esto|tanto|que|de|con|a|si|cuando)",
    "(el|la|los|las|este|esta|ese|esa|mi|tu|su|un|una) *1 {mata_cosa} *2 me (mato|mata|matan|mataron|esta matando|estan matando|va a matar|van a matar)",
    "{mata_cosa} me (mato|mata|matan|mataron|esta matando|va a matar)", "me mato (el|la|los|las) *1 {mata_cosa}",
    "me (mato|mate|voy a matar|quiero matar|mataba|estoy matando) *1 (estudiando|trabajando|entrenando|corriendo|limpiando|de risa|en el gym|en el gimnasio|haciendo|a estudiar|a trabajar|en el trabajo|con la tarea|con el examen)",
    "matarme (estudiando|trabajando|entrenando|corriendo|en el gym|en el gimnasio|por el examen|a estudiar|a trabajar)",
    "(mataria|matar) por (un|una|unos|unas|el|la|ese|esa)", "matar (el|un) (hambre|tiempo|proceso|rato|aburrimiento|gusanillo|mosquito|bicho)",
    "mato el tiempo", "matar la (sed|clase|tarea|cucaracha|arana)", "mate (la|el) (clase|examen|partido|proceso|cucaracha)",
    "matar dos pajaros", "lo mate", "la mate", "me mate estudiando", "mate todos los pendientes",
    # Haircuts, kitchens, cut calls.
    "({querer})? *1 me? *1 ({modal})? *1 (corte|corto|he cortado|cortar|cortarme|cortaron|cortaste|corta|cortaba) *2 (el|la|los|las|mi|un|una)? (pelo|cabello|flequillo|fleco|barba|bigote|unas|una|puntas|chasquilla|melena|rollo|dedo|dedos|labio|chino|grenas|mechas|cerquillo|patillas|llamada|telefono|uno|una)",
    "me (corte|corto|lastime|queme|hice dano|golpee|pegue) *3 (cocinando|con un papel|con papel|con el cuchillo|con un cuchillo|pelando|picando|afeitandome|rasurandome|depilandome|sin querer|por accidente|con una lata|con un vidrio|abriendo|jugando|entrenando|al caer|me cai|en el partido|con la puerta|con la mesa|con la silla)",
    "(mi|el|la|su) (novio|novia|pololo|polola|ex|pareja|jefe|jefa|mama|papa|profe|barbero|peluquero|peluquera) *1 me (corto|corta)",
    "se me (corto|corte|cortaba|corta|cortaron) *3", "me cortaron (la|el) (luz|agua|internet|gas|llamada|rollo|cable|pelo|telefono)",
    "cortar (la|el|las|los|en) (cebolla|cebollas|pan|carne|verdura|verduras|tomate|papas|patatas|pastel|torta|tela|papel|cesped|pasto|pollo|juliana|dados|corriente|luz|rollo)",
    # Pools, sofas, parachutes.
    "me (tire|tiro) a la piscina|tirarse a la piscina|tirarme a la piscina|me tire de cabeza|tirarme de cabeza|me tire al agua|me tiro al agua",
    "me (tire|tiro) (en el sofa|en la cama|en el sillon|a dormir|al sofa|en el pasto)|tirarme a dormir|tirarme en la cama|me voy a tirar a dormir|me tiro en la cama",
    "tirarme al piso de risa|tirarme al suelo", "(tirarme|me tire|me tiro) (del|de un|desde el) (trampolin|tobogan|bus|paracaidas|bungee|puenting)", "tirarme en paracaidas", "(tire|tiro) a puerta",
    # Dead batteries, servers, plants.
    "se me (murio|murieron|muere|mueren) *1", "(se murio|murio|muere) *1 (el|la|mi) (movil|celular|telefono|cel|celu|bateria|laptop|compu|portatil|planta|coche|carro|servidor|disco)",
    "bateria (muerta|murio|se murio)", "esta muerta la bateria", "(esta|estaba) muerto (el|la)", "dia muerto", "peso muerto (en el gym|en el gimnasio|con barra)",
    # Finishing the cake, the job, a relationship.
    "acabar con (el trabajo|la tarea|los deberes|el proyecto|la pizza|el pastel|la comida|las galletas|la serie|el libro|este tema|la relacion|el hambre|la pobreza|la corrupcion)",
    "acabe con todo el (pastel|helado|chocolate|trabajo|paquete|vino|cafe)", "acabe con todo jaja", "terminar con el (trabajo|proyecto|novio|capitulo)",
    "(terminar|termine|acabar|acabe|cortar|corte) con (mi novio|mi novia|el|ella|mi pareja|mi ex)", "termine con el",
    # Films, songs, books, games.
    "muerte en el nilo", "cronica de una muerte anunciada", "the walking dead", "dead by daylight", "kill bill", "muertos de risa",
    "el club de los poetas muertos", "dia de muertos", "dia de los muertos", "muerte en hawaii", "escuadron suicida", "el escuadron suicida",
    "(la|una|esa|esta|mi|tu) (cancion|letra|rola|frase|poema|pelicula|peli|serie) *3 (dice|decia|dicen|se llama|canta|que dice|habla de) *4",
    "(en|jugando) (el|la|al)? (cod|fortnite|lol|minecraft|juego|videojuego|partida|valorant|gta|warzone|roblox|apex|overwatch|dota|elden ring|free fire|among us|zelda|mario) *4",
    "me mataron (en la|en el|en la ultima|en el juego|en la partida|a todos)", "mori contra", "mori en (el|la)", "me mori en", "me volvieron a matar",
    "me suicide con (mi|la|una) (propia)? (granada|bomba|c4)", "muerto viviente", "muertos vivientes",
    "matar el proceso", "(se murio|murio) el servidor", "el servidor murio", "kill -9", "proceso zombie",
    # Grief: a death that happened.
    "la muerte de mi", "el aniversario de la muerte", "murio mi", "se murio mi", "mi (abuela|abuelo|perro|gato|tio|tia) murio",
    "murio el ano pasado", "cuando murio", "desde que murio", "la muerte de", "se suicido (hace|el ano|en)", "desde que fallecio",
    # Distances and days clean.
    "{number} km", "{number} kms", "(corri|hice|camine|pedalee|nade|recorri|rodar|rode|nadar|correr) *2 {number} (km|kms|k|kilometros|millas|metros|vueltas|largos|minutos|horas)",
    "(llevo|van|cumplo|cumpli|ya son|ya van|hace|hoy cumplo|hoy hace|cumpliendo|celebrando) *3 (dias|meses|anos|semanas|ano|mes) (sin|que no|limpia|limpio) *2 ({autolesion}|me corto|me lastimo|me hago dano|lo hago|me autolesiono|autolesiones|de autolesiones|cortes|de cortes)?",
    "(llevo|van|cumplo) *3 sin {autolesion}", "(limpia|limpio|libre) de (autolesiones|cortes|sh|autolesion)",
    "hace (un|una|dos|tres|mucho|{number}|cuatro|cinco|seis) (ano|mes|tiempo|semana|anos|meses|semanas) que no *2 ({autolesion}|me corto|me lastimo|me hago dano|lo hago|me autolesiono)?",
    "recuperando mi vida", "recuperar mi vida", "plan de seguridad", "mi plan de seguridad",
    # Goodbyes for the night, the trip, the holidays.
    "me despido (hasta|por hoy|por ahora|nos vemos|que descansen|buenas noches|hasta manana|de ustedes hasta|por el momento|un rato)",
    "nos vemos", "hasta manana", "hasta luego", "hasta pronto", "me despido de todos *3 (nos vemos|vacaciones|hasta|vuelvo|buenas noches|feliz)",
    "(mi|el|este es mi|esta es mi|es mi|este es el|es el|esta es la|es la)? (ultimo|ultima) (mensaje|dia|vez|noche|semana|turno|examen|clase|checkin|check in) (del dia|de hoy|del ano|de la semana|antes de (dormir|las vacaciones|irme de viaje|vacaciones|irme a dormir)|por hoy|de trabajo|en el trabajo|de clases|de clase|del mes|en este (canal|grupo)|aqui hasta|hasta (manana|el lunes|la proxima)|que (te|les) mando hoy)",
    "(mi|el)? ultimo (dia de trabajo|dia en el trabajo|examen|turno|dia de clases|dia de vacaciones)", "ultimo dia de",
    "(ya)? (elegi|escogi|tengo|puse|decidi) (la|el) (fecha|dia) (de|del) (la boda|la fiesta|el viaje|la mudanza|mi cumple|la cita|la entrega|examen|la reunion|la operacion|la graduacion)",
    "compre una cuerda para (tender|colgar|el perro|la ropa|saltar|escalar|amarrar|la guitarra|el columpio)", "cuerda para (tender|saltar|la ropa|escalar)", "cuerda de (la guitarra|guitarra|saltar)",
    "(compre|consegui|tengo)? *1 veneno para (las|los)? (ratas|ratones|cucarachas|hormigas|plagas|caracoles)",
    "(regale|regalando|voy a regalar|estoy regalando|done|reparti|di|le di|les di|doy)? *3 (mis|mi|las|la|todas mis) (cosas|ropa|libros|juguetes) (de (bebe|nino|nina|la infancia|cuando era|invierno|verano)|que ya no (uso|me quedan|me pongo)|viejas|viejos|vieja|viejo|a la beneficencia|a caritas|a la iglesia|por la mudanza)",
    "(cuiden|cuida|cuidad|cuidenme) *4 (mientras|cuando vuelva|hasta que vuelva|este finde|esta semana|unos dias|el fin de semana|que me voy de viaje|estoy de viaje|en vacaciones)",
    "se (quede|queden|quedo|queda|haga cargo|hagan cargo|encargue|encarguen|ocupe|ocupen) (con|de) (mi|mis) *2 (mientras|cuando viaje|estas vacaciones|el finde|unos dias|esta semana|cuando me vaya de viaje)",
    "({carta_verbo})? *2 (una|la|mi|unas|las|mis)? (carta|cartas) *3 {carta_benigna}", "la carta del (restaurante|bar|menu)",
    "(me tome|ya me tome|tome|me he tomado|me tomo) *3 {pastillas} (de hoy|del dia|de la manana|de la noche|que me (toca|tocan|tocaba|recetaron|receto|mando)|como (me dijo|me indico|me indicaron)|a su hora|a tiempo|con la comida|con el desayuno|de siempre)",
    "(ya)? (tengo|tome|compre|me tome) *2 (pastillas|pastilla|pastis) (de|para) (la|el|los|las)? (alergia|presion|tension|colesterol|tiroides|garganta|cabeza|dolor de cabeza|regla|acidez|gastritis|migrana|gripe|tos|mareo)",
    "me voy para siempre de (este|esta|aqui|mi) (pueblo|ciudad|pais|casa|trabajo|empresa|barrio)", "me voy (de|del) (pais|pueblo|trabajo|grupo) para siempre",
    "(dice|dijo|decia|repite|escribio|publico|puso|anda diciendo|me dijo|nos dijo) que ojala *4",
    "(compre|consegui|tengo|me compre|comprar) *1 (una|la|un) (cuerda|soga|navaja|escopeta|rifle) para (el|la|los|las|mi|mis|un|una|tender|saltar|escalar|amarrar|atar|acampar|cazar|pescar)",
    "(navaja|cuchilla) (suiza|multiusos|de afeitar|de bolsillo|de la licuadora)", "(hice|hago|haciendo|redacte|prepare|firme)? *2 testamento vital",
    "(adios|chau|chao) mundo cruel (jaja|jajaja|jajaj|jsjs|xd|lol|haha)",
    "(ya)? no (aguanto|soporto|puedo) (mas)? (con)? (el|este|esta|la|los|las|tanto) (calor|frio|trafico|ruido|sueno|hambre|espera|intriga|clima|lluvia|humedad|olor|tarea|examen|vecino|vecina)",
    "(el|del|al) suicidio (de|del|en) *2", "sobre (el)? (suicidio|autolesiones|autolesion)",
    "(tesis|investigacion|paper|proyecto|estudio|monografia|informe) (sobre|de|acerca de) *1 (suicidio|autolesiones|autolesion|prevencion|la muerte)",
    "(en|de) (la|una|esa|el|un|este|esta) (peli|pelicula|serie|novela|libro|obra|anime|manga|cuento|videojuego|documental|capitulo|episodio) *4",
    "(cod|fortnite|lol|minecraft|juego|videojuego|partida|valorant|gta|warzone|roblox|apex|overwatch|dota|free fire|among us|zelda|mario|sims|fifa|terraria|gta v) *2 me *1 (tire|tiro|mate|mato|suicide|suicido|mori|muero|lance|avente|ahorque|corte) *4",
    "(ya)? no (puedo|aguanto) mas con (esta|este|el|la|los|las) (semana|dia|lunes|calor|frio|trafico|tarea|tareas|examen|examenes|trabajo|gente|ruido|clase|profe|jefe|jefa)",
    "{tirarme} *3 (de|del|desde)? (la|el|un|una)? (litera|columpio|tobogan|trampolin|escalera|escaleras|cama|sofa|bus|autobus|avion|barco|lancha|toboganes|resbaladilla)",
    "(regale|regalando|done|reparti|di|le di|les di|doy|vendi|vendi todas|estoy vendiendo|voy a regalar|deje)? *4 (a|para|en) (la|el|una|un)? (biblioteca|iglesia|beneficencia|caridad|caritas|escuela|hospital|refugio|orfanato|fundacion|parroquia|tienda de segunda mano|venta de garage|feria)",
    "(regale|regalando|done|reparti|di|le di|les di|doy|vendi|vendi todas|estoy vendiendo|voy a regalar)? *4 (antes de|por|porque|para) *1 (mudarme|la mudanza|me mudo|mudanza|irme a vivir|mudarnos|nos mudamos|el viaje|viajar)",
    "(prefiero|preferiria|mejor) (estar)? (morir|morirme|muerta|muerto) antes (que|de) (ir|hacer|ver|comer|escuchar|trabajar|estudiar|volver a|salir con|bailar|cantar|pagar|usar|ponerme|perder|admitir|pedir)",
    "mejor (muerto|muerta) que (sencilla|sencillo|aburrida|aburrido|fea|feo|sin estilo)",
    "mejor muerta que sencilla", "(ya)? (no puedo|no aguanto) mas (de|con) (lo llena|lo lleno|la risa|risa|sueno|hambre|calor|frio|cansancio|emocion|felicidad|ganas|lo bien|la emocion|tanto comer|comer)",
    "(ya)? no (aguanto|soporto|puedo con) (mas)? (el|este|esta|la|los|las|tanto) (calor|frio|trafico|ruido|sueno|hambre|espera|intriga|ganas|emocion|curiosidad|suspenso|tarea|examen|clima|lluvia|humedad|vecino|vecina|olor|nervios|dolor de cabeza|dolor de muelas|jaqueca|resaca|cruda|guayabo)",
    "(ya)? no (aguanto|puedo) (las|mis) ganas de (verte|ir|contarte|que|saber)", "no aguanto la risa", "no puedo mas de la risa",
    "(estoy|me siento|quede) (atrapada|atrapado|encerrada|encerrado) en (el|la) (trafico|ascensor|elevador|trancon|taco|embotellamiento|metro|aeropuerto|bano|tren|atasco|oficina|nieve)",
    "prevencion del suicidio", "prevencion de suicidio", "linea de prevencion", "linea de la vida",
    "(trabajo|charla|ensayo|tarea|clase|exposicion|documental|libro|articulo|taller|curso) (sobre|de|acerca de) (el|la)? (suicidio|autolesiones|autolesion|prevencion)",
    "no me lastimo (con|si)", "me lastime (el|la|jugando|entrenando|corriendo|en el|en la|un|una|los|las)", "me lastime la rodilla",
    "me queme (con el horno|con la sarten|con la olla|con aceite|con agua caliente|cocinando|al sol|en la playa|la mano|el dedo|la lengua|con la plancha)",
    "me golpee (con|en) (la|el) (cabeza|rodilla|mesa|puerta|pie|codo|esquina)", "me pegue (con|en) (la|el) (mesa|puerta|esquina|rodilla|codo|pie)",
    "me hice dano (en|jugando|entrenando|corriendo|al|con (la|el)) *2", "me hago dano (en la rodilla|en la espalda|al correr|jugando)",
    "me muerdo las unas", "morderme las unas", "(el|este|mi|un)? dolor de (cabeza|muelas|muela|espalda|estomago|panza|regla|garganta|oido|oidos|rodilla|pies|pierna|barriga) *4",
    "({querer}|mejor|prefiero|preferiria)? *1 desaparecer (un rato|unos dias|un tiempo|un fin de semana|del (trabajo|grupo|mapa un rato)|de (redes|las redes|instagram|tiktok|twitter|el grupo|la reunion|la fiesta|aqui un rato|la oficina))",
    "(lo hago|lo voy a hacer|lo hare) (cuando|en cuanto|apenas) (llegue|vuelva|termine|pueda|tenga tiempo)",
    "no hay vuelta atras (con|en) (el|la) (contrato|decision|mudanza)", "para que no sospechara (nada)? (de la|del) (fiesta|sorpresa|regalo)",
    "hasta siempre (amigo|amiga|maestro|maestra|profe|companero|companera|querido|querida|crack)",
    "no me (busquen|busques) (manana|hoy|el finde|este finde|hasta|que estoy|en la oficina|en el trabajo)",
    "ya no *1 (voy a necesitar|voy a usar|me va a hacer falta|va a hacer falta) *3 (porque|que|ya que|desde que) *1 (me compre|tengo|me regalaron|ya tengo|me mudo|me voy|me cambio|cambie|vendi|me dieron|me cambie|me mude)",
    "(me desperte|desperte) en el hospital (despues|tras) (de)? (la|una) (operacion|cirugia|anestesia|parto)",
]  # fmt: skip

# The distant past: a match in a clause with one of these is not a present signal. These are compiled
# without the slots, so they are spelled out.
_TIEMPO = "(dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez|varios|muchos|unos|algunos|un|{number})"
PAST: list[str] = [
    "antes (queria|quise|pensaba|me|sentia|solia|era|estaba|tenia|tuve|hacia|vivia|creia|no|intentaba|juntaba|guardaba)",
    "hace anos", "hace mucho", "hace mucho tiempo", "hace tiempo", "hace un ano", "hace una decada",
    f"hace {_TIEMPO} (anos|ano|meses)",
    "cuando (era|tenia|estaba en) (nina|nino|chica|chico|joven|adolescente|mas joven|pequena|pequeno|chiquita|chiquito|chamaca|chamaco|morra|morro|cria|pibe|piba|la prepa|la secundaria|el colegio|la escuela|el liceo|la uni|la universidad|{number}|quince|dieciseis|diecisiete|catorce|trece|doce)",
    f"(en|en el|desde el|durante el) ({_YEARS})", "a los (trece|catorce|quince|dieciseis|diecisiete|dieciocho|{number})",
    "en el pasado", "en la adolescencia", "de adolescente", "en mi adolescencia", "de chica", "de chico", "de nina",
    "de nino", "de pequena", "de pequeno", "de joven", "de mas joven", "en la prepa", "en el colegio", "en la secundaria",
    "en el liceo", "el ano pasado", "el verano pasado", "el invierno pasado", "solia", "hubo una epoca", "hubo un tiempo",
    "en aquella epoca", "en esa epoca", "en aquel entonces", "por aquel entonces", "en ese entonces", "en aquellos anos",
    "en esos anos", "hace una eternidad", "en mi peor momento", "en mi peor epoca", "durante anos", "anos atras",
]  # fmt: skip

RECOVERED: list[str] = [
    "estoy mejor", "mejor ahora", "ahora estoy (mejor|bien|estable|tranquila|tranquilo|feliz)", "me siento mejor",
    "orgullosa", "orgulloso", "recuperada", "recuperado", "recuperandome", "recuperacion", "sanando", "agradecida",
    "agradecido", "me alegra seguir", "sigo aqui", "sigo aca", "hoy estoy bien", "estoy bien ahora", "ahora estoy bien",
    "en terapia", "con ayuda", "pedi ayuda", "estable", "limpia", "limpio", "sin autolesionarme", "sin cortarme",
    "hace {number}", "hace un ano", "sigo con terapia", "sigo en terapia", "voy a terapia", "sali de ahi",
    "sali adelante", "pude salir", "lo supere", "lo he superado", "ya lo supere", "ya paso", "ya no pienso asi",
    "ya no pienso en eso", "ya no me siento asi", "ya no lo hago", "ya no me corto", "ya no me lastimo",
    "ya no tengo esos pensamientos", "hoy soy feliz", "soy feliz", "estoy feliz", "lo lejos que he llegado",
    "lo lejos que llegue", "me ayudo mucho", "gracias a (la terapia|mi psicologa|mi psicologo|mi psiquiatra|la medicacion|mis amigos|dios|mi familia)",
    "ya estoy bien", "ya no (quiero|queria) (eso|morir|morirme)", "me encanta vivir", "amo mi vida",
    "tengo ganas de vivir", "hoy estoy mejor", "estoy mucho mejor",
]  # fmt: skip

GRAMMAR = Grammar(slots=SLOTS, rules=RULES, benign=BENIGN)
