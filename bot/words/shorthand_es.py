"""Spanish texting spelled out ("kiero" → quiero, "xq" → porque, "q" → que). Accents are already gone.

Besides texting, three kinds of entry:

- spellings that sound the same (h dropped, s for c, c for qu): "arta" → harta, "suisidarme" → suicidarme;
- a typo in a crisis word that the reader would otherwise split into pieces ("suisidar" is not "sui si dar");
- Spanish forms read as themselves (`_PLAIN`): the word lists the reader knows hold few inflected Spanish
  forms ("quiera", "hubiera", "piernas", "encontró"), and an unknown word near a crisis word is read as
  that word ("cuentas" as cuantas, "arruino" as a ruin o, "despidió" as despido). A form listed here is a
  word, so it stays what it is.
"""

from __future__ import annotations

SHORTHAND_ES: dict[str, str] = {
        # Texting.
        "q": "que", "k": "que", "ke": "que", "qe": "que", "xq": "porque", "xk": "porque", "pq": "porque",
        "porq": "porque", "porke": "porque", "pk": "porque", "x": "por", "d": "de", "tb": "tambien",
        "tmb": "tambien", "tbn": "tambien", "tmbn": "tambien", "toy": "estoy", "toi": "estoy", "stoy": "estoy",
        "estoi": "estoy", "tas": "estas", "kiero": "quiero", "qiero": "quiero", "qero": "quiero", "kero": "quiero",
        "quero": "quiero", "qro": "quiero", "quiro": "quiero", "quieo": "quiero", "qeiro": "quiero", "kieor": "quiero", "soi": "soy", "doi": "doy",
        "boi": "voy", "morime": "morirme", "matrme": "matarme", "suicidarm": "suicidarme", "aorcar": "ahorcar",
        "aorcarme": "ahorcarme", "kortarme": "cortarme", "cotarme": "cortarme", "kiera": "quiera", "kieres": "quieres", "kisiera": "quisiera",
        "qisiera": "quisiera", "keria": "queria", "qeria": "queria", "kise": "quise", "aki": "aqui", "aka": "aca",
        "mas": "mas", "vdd": "verdad", "vrdd": "verdad", "pa": "para", "pal": "para el", "na": "nada",
        "nadien": "nadie", "naiden": "nadie", "salu2": "saludos", "ntp": "no te preocupes", "bn": "bien",
        "mñn": "manana", "mnn": "manana", "mñna": "manana", "grax": "gracias", "grcs": "gracias", "xfa": "por favor",
        "xfavor": "por favor", "porfa": "por favor", "pf": "por favor", "sta": "esta", "sto": "esto",
        "tonces": "entonces", "weno": "bueno", "ta": "esta", "voi": "voy", "boy": "voy", "m": "me", "tngo": "tengo",
        "tng": "tengo", "dsd": "desde", "dnd": "donde", "kmo": "como", "cmo": "como", "ps": "pues", "pss": "pues",
        "nse": "no se", "ns": "no se", "tqm": "te quiero mucho", "tkm": "te quiero mucho", "msj": "mensaje",
        "dsp": "despues", "dps": "despues", "xo": "pero", "aver": "a ver", "nd": "nada", "tmpc": "tampoco",
        "hdp": "hijo de puta", "ctm": "concha tu madre", "mrd": "mierda", "vrg": "verga", "bb": "bebe",
        "ahorita": "ahorita", "nomas": "nomas", "nomás": "nomas", "kmas": "que mas", "yaa": "ya", "sii": "si",
        "noo": "no",
        # Sounds the same: a dropped h, s for c or z, c for qu, b for v.
        "arta": "harta", "arto": "harto", "asta": "hasta", "ablar": "hablar", "acer": "hacer", "aser": "hacer",
        "acerme": "hacerme", "aserme": "hacerme", "ise": "hice", "echo": "echo",
        "bida": "vida", "bivir": "vivir", "bibir": "vivir", "vibir": "vivir", "biviendo": "viviendo", "bibiendo": "viviendo", "bibo": "vivo", "kitarme": "quitarme", "qitarme": "quitarme",
        "kitar": "quitar", "matarm": "matarme", "morirm": "morirme", "cortarm": "cortarme",
        "sucidio": "suicidio", "suisidio": "suicidio", "suisida": "suicida", "suisidarme": "suicidarme",
        "suicidarne": "suicidarme", "suisidar": "suicidar", "sucidar": "suicidar", "sucidarme": "suicidarme",
        "suicidarse": "suicidarse", "suisidarse": "suicidarse", "matarne": "matarme", "morirne": "morirme",
        "autolesionarne": "autolesionarme", "autolecionarme": "autolesionarme", "autolecion": "autolesion",
        "autoleciones": "autolesiones", "autolesionarse": "autolesionarse", "pastiyas": "pastillas",
        "pastiyitas": "pastillas", "pastillitas": "pastillas", "pastis": "pastis", "ojala": "ojala",
        "ojalah": "ojala", "ojla": "ojala", "ahorcarme": "ahorcarme",
        "ahorkarme": "ahorcarme", "desapareser": "desaparecer", "despertarme": "despertarme",
        "nesesito": "necesito", "nececito": "necesito", "nesecito": "necesito", "aguanto": "aguanto",
        "aguantoo": "aguanto", "soporto": "soporto", "balazo": "balazo", "kansada": "cansada", "kansado": "cansado",
        "canzada": "cansada", "cansao": "cansado", "cansá": "cansada", "harto": "harto", "harta": "harta",
        "perdon": "perdon", "perdonenme": "perdonenme", "esperansa": "esperanza", "esperanza": "esperanza",
        "tristesa": "tristeza", "cabesa": "cabeza", "sufrimiento": "sufrimiento",
        # Regional words, read as themselves.
        "wey": "wey", "guey": "wey", "wei": "wey", "güey": "wey", "boludo": "boludo", "boluda": "boluda",
        "weon": "weon", "weona": "weona", "huevon": "huevon", "hueon": "huevon", "won": "won", "cachai": "cachai",
        "pololo": "pololo", "polola": "polola", "chido": "chido", "chida": "chida", "bro": "bro", "parcero": "parcero",
        "parcera": "parcera", "chamba": "chamba", "laburo": "laburo", "laburar": "laburar", "currar": "currar",
        "curro": "curro", "compi": "compi", "compis": "compis", "pibe": "pibe", "piba": "piba", "morra": "morra",
        "morro": "morro", "chamaco": "chamaco", "chamaca": "chamaca", "cuate": "cuate", "pana": "pana",
        "panas": "panas", "vieja": "vieja", "viejo": "viejo", "viejos": "viejos", "tronco": "tronco",
        "chaval": "chaval", "chavala": "chavala", "guayabo": "guayabo", "cruda": "cruda", "chamo": "chamo",
        "diosito": "diosito", "mijo": "mijo", "mija": "mija", "amix": "amix", "celu": "celu", "peli": "peli",
        "tranqui": "tranqui", "finde": "finde", "liceo": "liceo", "prepa": "prepa", "uni": "uni",
        # Voseo: "vos sabés", "no entendés".
        "sabes": "sabes", "entendes": "entendes", "queres": "queres", "podes": "podes", "tenes": "tenes",
        "decis": "decis", "venis": "venis", "vivis": "vivis", "sentis": "sentis", "pensas": "pensas",
        "estas": "estas", "sos": "sos", "mira": "mira", "fijate": "fijate", "escuchame": "escuchame",
}  # fmt: skip


# --- Spanish forms read as themselves -------------------------------------------------------------
# The reader's lists of ordinary words hold Spanish lemmas ("hablar", "perro") but few inflected forms
# ("hablé", "perros", "quiera", "hubiera", "todos"); an unknown form is read through a typo into a
# crisis word ("llaves" as claves, "siendo" as siento) or cut into pieces ("quiera" as que you i er a).
# So the paradigms of common verbs, and the plurals and genders of common nouns and adjectives, are
# listed here as themselves. A verb's mark says how its stem changes: "ie" (pensar: pienso), "ue"
# (volver: vuelvo), "i" (pedir: pido), "ie-i" (sentir: siento, sintió), "ue-u" (dormir: duermo, durmió).

_VERBS = """
hablar llamar llorar llegar pasar quedar dejar tomar mandar cambiar gritar ganar apagar pagar buscar sacar
tocar acabar terminar intentar tratar ayudar cuidar mirar escuchar trabajar estudiar cansar odiar amar
extranar necesitar esperar usar cortar lastimar golpear quemar matar tirar lanzar aguantar soportar cargar
molestar importar preocupar asustar explicar cenar bailar cantar cocinar limpiar viajar fumar saltar gustar
arreglar luchar bajar caminar preguntar aceptar robar echar disparar funcionar descansar recuperar manejar
enviar continuar olvidar respirar imaginar revisar firmar cruzar abandonar visitar presentar celebrar
preparar nadar guardar ensenar investigar mejorar entregar disfrutar contestar montar levantar utilizar
explotar alcanzar mencionar arruinar ocultar causar asegurar lidiar realizar superar considerar participar
practicar llenar liberar besar agarrar enfrentar lavar votar informar confirmar pasear rezar aclarar gastar
pintar saludar alimentar vigilar curar cobrar cancelar grabar organizar invitar avisar girar culpar avanzar
observar reparar conversar solucionar perdonar conservar pegar callar iniciar ordenar enojar revelar encantar
borrar arriesgar declarar retirar aumentar aprovechar completar respetar apoyar operar colocar tardar criar
marcar expresar fallar rescatar charlar ignorar provocar anunciar desear ocupar verificar conectar ahorrar
notar arrancar examinar inventar publicar prestar armar separar rechazar empacar dudar juntar empujar
planear dibujar mudar enterar llevar destrozar rodear sobrepasar apostar:ue remover:ue suspender hundir rematar reiniciar retomar sudar ajustar tragar drogar emborrachar ahogar ahorcar envenenar suicidar autolesionar
rasgunar aranar pellizcar sangrar desahogar agobiar estresar angustiar frustrar fracasar aislar alejar
atrapar escapar abrazar sobrar faltar acompanar animar calmar controlar crear desayunar detestar
encargar entrenar equivocar estallar evitar experimentar fijar ilusionar lograr motivar ocultar odiar
parar quitar regalar regresar relajar reservar salvar secar soltar sospechar tardar trasnochar vomitar
agradar alegrar amenazar apuntar cachar chatear chambear currar laburar postear stalkear textear
bloquear ghostear vapear chequear checar platicar chingar joder putear flipar molar pillar petar mamar
sanar superar sobrellevar medicar internar hospitalizar desintoxicar rehabilitar
colgar:ue costar:ue contar:ue sonar:ue acostar:ue recordar:ue probar:ue encontrar:ue mostrar:ue volar:ue
soltar:ue rogar:ue jugar:ue acordar:ue demostrar:ue almorzar:ue comprobar:ue aprobar:ue avergonzar:ue
pensar:ie despertar:ie empezar:ie cerrar:ie sentar:ie comenzar:ie negar:ie calentar:ie confesar:ie
atravesar:ie enterrar:ie gobernar:ie recomendar:ie apretar:ie encerrar:ie merendar:ie
comer beber correr leer creer temer deber aprender meter romper vender responder comprender sorprender
esconder prometer ofender coser barrer recorrer depender suceder cometer toser poseer
perder:ie entender:ie encender:ie defender:ie atender:ie tender:ie volver:ue doler:ue mover:ue morder:ue
llover:ue devolver:ue resolver:ue envolver:ue soler:ue
conocer parecer merecer crecer agradecer aparecer desaparecer nacer ofrecer padecer permanecer reconocer
obedecer establecer anochecer amanecer enloquecer entristecer fortalecer pertenecer escoger recoger proteger suspender
coger
vivir escribir subir decidir sufrir existir abrir recibir compartir permitir cumplir partir asistir discutir
describir cubrir descubrir unir insistir resistir admitir interrumpir aburrir dividir ocurrir consumir
prohibir deprimir sobrevivir hundir
sentir:ie mentir:ie preferir:ie herir:ie convertir:ie divertir:ie arrepentir:ie sugerir:ie advertir:ie
dormir:ue morir:ue pedir:i repetir:i servir:i vestir:i medir:i despedir:i impedir:i competir:i seguir:i
conseguir:i perseguir:i elegir:i corregir:i
construir destruir huir incluir concluir contribuir distribuir conducir producir traducir reducir
"""

# Irregular verbs, spelled out (folded), one block a verb ("| lemma forms…"): present, preterite,
# imperfect, future and conditional, subjunctives, gerund, participle, imperatives, common clitics.
_IRREGULAR = """
| ser soy eres es somos sois son sos fui fuiste fue fuimos fuisteis fueron era eras eramos erais eran sere seras
  sera seremos sereis seran seria serias seriamos seriais serian sea seas seamos seais sean fuera fueras fueramos
  fuerais fueran fuese fueses fuesen siendo sido se sed
| estar estoy estas esta estamos estais estan estuve estuviste estuvo estuvimos estuvisteis estuvieron estaba
  estabas estabamos estabais estaban estare estaras estara estaremos estareis estaran estaria estarias
  estariamos estariais estarian este estes estemos esteis esten estuviera estuvieras estuvieramos estuvierais
  estuvieran estuviese estuviesen estando estado estate estense
| ir voy vas va vamos vais van fui fuiste fue fuimos fueron iba ibas ibamos ibais iban ire iras ira iremos ireis
  iran iria irias iriamos iriais irian vaya vayas vayamos vayais vayan yendo ido ve vete andate idos irme irte
  irse irnos irnos vamonos vayanse
| tener tengo tienes tiene tenemos teneis tienen tenes tuve tuviste tuvo tuvimos tuvisteis tuvieron tenia tenias
  teniamos teniais tenian tendre tendras tendra tendremos tendreis tendran tendria tendrias tendriamos tendriais
  tendrian tenga tengas tengamos tengais tengan tuviera tuvieras tuvieramos tuvierais tuvieran tuviese teniendo
  tenido ten tenerlo tenerla tenerte tenerme
| hacer hago haces hace hacemos haceis hacen hice hiciste hizo hicimos hicisteis hicieron hacia hacias haciamos
  hacian hare haras hara haremos hareis haran haria harias hariamos hariais harian haga hagas hagamos hagais
  hagan hiciera hicieras hicieramos hicierais hicieran hiciese haciendo hecho hecha hechos hechas haz hace
  hacerme hacerte hacerse hacerlo hacerla hacerle hacernos haciendome haciendote haciendose haciendolo hazlo
  hazme hagalo
| decir digo dices dice decimos decis dicen dije dijiste dijo dijimos dijisteis dijeron decia decias deciamos
  decian dire diras dira diremos direis diran diria dirias diriamos diriais dirian diga digas digamos digais
  digan dijera dijeras dijeramos dijerais dijeran dijese diciendo dicho dicha di dime dile diles decile decime
  decirle decirte decirles decirme decirlo diganle digale diganme dimelo diselo
| poder puedo puedes puede podemos podeis pueden podes pude pudiste pudo pudimos pudisteis pudieron podia
  podias podiamos podiais podian podre podras podra podremos podreis podran podria podrias podriamos podriais
  podrian pueda puedas podamos podais puedan pudiera pudieras pudieramos pudierais pudieran pudiese pudiendo
  podido
| poner pongo pones pone ponemos poneis ponen puse pusiste puso pusimos pusisteis pusieron ponia ponias ponian
  pondre pondras pondra pondremos pondran pondria pondrias pondrian ponga pongas pongamos pongan pusiera
  pusieras pusieran poniendo puesto puesta pon ponte ponerme ponerte ponerse ponerlo ponerle
| venir vengo vienes viene venimos venis vienen vine viniste vino vinimos vinisteis vinieron venia venias venian
  vendre vendras vendra vendremos vendran vendria vendrias vendrian venga vengas vengamos vengan viniera
  vinieras vinieran viniendo venido ven veni
| saber se sabes sabe sabemos sabeis saben supe supiste supo supimos supisteis supieron sabia sabias sabiamos
  sabian sabre sabras sabra sabremos sabran sabria sabrias sabrian sepa sepas sepamos sepan supiera supieras
  supieran sabiendo sabido
| querer quiero quieres quiere queremos quereis quieren queres quise quisiste quiso quisimos quisisteis
  quisieron queria querias queriamos queriais querian querre querras querra querremos querran querria
  querrias querrian quiera quieras queramos querais quieran quisiera quisieras quisieramos quisierais
  quisieran quisiese queriendo querido querida quererme quererte quererla quererlo
| dar doy das da damos dais dan di diste dio dimos disteis dieron daba dabas daban dare daras dara daremos daran
  daria darias darian de des demos den diera dieras dieran diese dando dado dame dale danos darme darte darle
| ver veo ves ve vemos veis ven vi viste vio vimos visteis vieron veia veias veiamos veian vere veras vera veremos
  veran veria verias verian vea veas veamos vean viera vieras vieran viendo visto vista verme verte verlo verla
| salir salgo sales sale salimos salis salen sali saliste salio salimos salieron salia salias salian saldre
  saldras saldra saldremos saldran saldria saldrias saldrian salga salgas salgamos salgan saliera salieras
  salieran saliendo salido sal salite
| traer traigo traes trae traemos traen traje trajiste trajo trajimos trajeron traia traian traere traeria
  traiga traigas traigan trajera trajeran trayendo traido
| oir oigo oyes oye oimos oyen oi oiste oyo oyeron oia oian oire oiria oiga oigas oigan oyera oyendo oido
| haber he has ha hemos habeis han hay hube hubo hubieron habia habias habiamos habian habre habras habra habran
  habria habrias habriamos habrian haya hayas hayamos hayan hubiera hubieras hubieramos hubierais hubieran
  hubiese hubiesen habiendo habido
| caer caigo caes cae caemos caen cai caiste cayo caimos cayeron caia caian caere caeria caiga caigas caigan
  cayera cayeran cayendo caido caerme caerse
| andar ando andas anda andamos andan anduve anduviste anduvo anduvieron andaba andaban andare andaria ande andes
  anden anduviera andando andado
| valer valgo vales vale valemos valen vali valio valia valdria valga valgas valgan valiera valiendo valido
| reir rio ries rie reimos rien rei reiste rio rieron reia reian reire reiria ria rias rian riera riendo reido
  reirme reirse
| volver vuelto devuelto resuelto envuelto romper roto rota rotos escribir escrito escrita escritos abrir abierto
  abierta cubrir cubierto morir muerto muerta muertos muertas descubrir descubierto
| aquel aquella aquellos aquellas aquello estos estas esos esas esto eso nosotros nosotras vosotros vosotras ellos
  ellas ustedes mios mias tuyos tuyas suyos suyas nuestros nuestras
"""

# Nouns and adjectives: the singular (masculine for adjectives); plurals and feminines follow.
_NOUNS = """
amigo hermano hijo primo tio abuelo novio esposo vecino companero compa chico nino sobrino nieto alumno
profesor doctor medico psicologo psiquiatra terapeuta jefe dueno perro gato gatito perrito pajaro
papa mama padre madre familia pareja persona gente
dia noche semana mes ano hora minuto segundo momento vez rato tarde manana fin finde lunes martes
casa cuarto cama sofa mesa puerta ventana pared piso techo calle ciudad pueblo pais barrio escuela colegio
liceo clase examen tarea trabajo oficina reunion proyecto curso carrera universidad
cosa problema pregunta respuesta mensaje carta nota foto video audio cancion pelicula serie libro juego
partida capitulo pastilla medicina receta cita terapia sesion consulta
brazo pierna mano dedo pie ojo cabeza cara boca espalda rodilla muneca herida cicatriz corte golpe marca
lagrima sueno pesadilla pensamiento idea recuerdo sentimiento emocion miedo duda culpa razon motivo
deuda cuenta llave clave contrasena red foto cuenta regalo plan opcion salida solucion manera forma
vecina chica nina hija hermana prima tia abuela novia esposa amiga companera alumna profesora doctora
fiesta boda viaje vacacion vuelo tren bus metro coche carro auto moto bici camion
cafe cerveza vaso botella comida cena almuerzo desayuno fideo tostada galleta pastel torta
cigarro cigarrillo encendedor cuchillo tijera navaja cuchilla cuerda soga arma pistola
grito risa broma chiste meme historia cuento noticia verdad mentira
celular telefono movil compu computadora laptop cargador audifono
alma corazon mente cuerpo vida muerte
"""

_ADJECTIVES = """
aquel este ese uno dos tres cuatro cinco seis siete ocho nueve diez once doce trece catorce quince dieciseis
diecisiete dieciocho diecinueve veinte treinta cuarenta cincuenta cien mil primero segundo tercero ultimo
cansado agotado harto aburrido triste solo vacio roto perdido atrapado encerrado ahogado hundido
asustado preocupado nervioso ansioso estresado deprimido desesperado frustrado enojado molesto
tranquilo feliz contento alegre emocionado orgulloso agradecido recuperado limpio sano enfermo herido
lastimado cortado quemado golpeado mareado raro malo bueno mejor peor nuevo viejo propio
todo otro mismo poco mucho tanto varios algunos ninguno cualquier
listo preparado decidido seguro claro pesado fatal horrible terrible
"""

# The commonest other Spanish words of the reader's lists (lemmas, a few thousand uses and more):
# their plurals ("cambios", "lados", "navidades") are not on those lists.
_COMMON = """
vez era usted verdad casa tiempo ella favor son mucho mejor hombre vida esa sobre tambien senor dia poco hecho
sin noche ahi alguien acuerdo bueno gente mismo hasta trabajo nunca otra uno padre mundo pasa siempre dinero
momento fuera otro estado tipo cosa amigo nuevo hijo nadie madre desde manana alli nombre nuestro gran espera
conmigo parte mio dije seguro mal tal visto contigo razon nuestra buena serio problema idea toda luego tanto
hora tarde hoy buen mierda hola familia dicho pasado papa demasiado cierto mama claro cada amor entre cuenta
chica debe cabeza lado policia alguna hermano forma muerto algun camino caso puerta contra chico supuesto
primera manera historia persona dentro hacia ayuda suerte siquiera semana ciudad esposa ano importante hija
miedo muerte rapido vale corazon mano durante realidad pronto carino nino cara agua cerca viejo haya bajo auto
alla sangre fin mira grande punto misma clase primero dificil suficiente loco guerra casi todavia vuelta
equipo ninguna genial bastante tio ningun pequeno igual senora feliz oportunidad cuerpo telefono cinco arriba
posible justo llama vaya juego coche final pregunta culpa fuerte abajo jefe numero malo arma cuatro fiesta
puta segundo listo facil hermana comida ello lista cuidado escuela sentido sola joven nueva habitacion amo
vino plan palabra medio trata luz segura queda mayor oido cama seguridad pequena vivo paz afuera habla doctor
adelante acerca pueblo minuto oficina peor sitio quiza tampoco paso tierra idiota nina tenga cuarto deja
perdido dado increible resto llamado maldito libro marido orden falta informacion mia especial real perro
viaje hospital calle mucha fuego libre recuerdo duro llamada extrano puesto raro pelicula ropa modo frente
cual prueba asunto cuanto futuro asesino anoche correcto encima lleva mensaje alto mala cafe trato derecho
dano boca incluso mil error cielo diez cambio diferente propia encontrado nave secreto capitan amiga sueno
pena bano divertido gusto tuyo sistema grupo dolor voz sexo sino situacion agente aire musica novia vuelto
maldita querido mitad aunque medico pienso pie campo negocio fuerza llegado siguiente personal propio querida
largo toma linea salvo atencion proxima foto negro imposible cita accidente aca respuesta caja escucha vista
edad rey barco compania muchacho loca abogado avion asesinato pelo perfecto hambre estupido tonto alrededor
traje cena relacion normal culo oficial necesario decision monton blanco direccion ataque mesa hermosa
programa carta hotel suelo senorita senal muerta reunion dejado basta esposo pase novio gracioso odio horrible
terrible carcel regalo contacto amable tren sol prisa broma verdadero ten piso ley peligro carrera boda
general tuya bonito embargo locura honor cancion capaz principio alegro adentro mision edificio gobierno sala
camara interesante papel centro basura espacio ejercito servicio alma investigacion conocido junto derecha
cerebro rato energia juro trasero doy ante crimen izquierda presidente posicion dulce permiso mayoria cargo
media triste cualquiera delante destino perra pensado simple oro peligroso infierno deseo ocho humano libertad
pobre duda planeta prision inteligente matrimonio opinion llave escena carne frio vestido pelea caballo lindo
vieja companero abuela regreso temprano publico lamento hermoso agradable sorpresa segunda base tema causa
cocina ventana hablado especie profesor diferencia salida espalda cerveza maravilloso caliente llega pistola
respeto abuelo encuentro verme bomba radio baile respecto intento juicio cliente universidad fondo club
victima alegra enfermo ejemplo tranquilo precio nivel banco enemigo lleno color acabo debajo paciente bonita
pista alta vuelo vistazo molesta esperanza completo enseguida experiencia bolsa opcion estacion viva comun
consejo cuestion diablo objetivo principal ojo proximo batalla silencio obra culpable busca suyo nena valor
brazo iglesia cuello baja luna ninguno debido partido tia corte acabado nota imbecil entrada estrella marcha
entendido golpe informe doble aun proposito estilo piel anillo departamento rio isla calma director bosque
zona mentira tarjeta banda calor interior trago trampa repente maquina verano pedido heroe haz perdon arte
azul traido tomado camion confianza pareja dejo suya memoria ama visita eleccion laboratorio salud llena norte
preparado ganado noticia maestro linda movimiento conversacion reloj responsable inocente nueve soldado
presion motivo larga absoluto herido salido toca ridiculo olvidado riesgo embarazada pared mando enorme turno
asiento cansado codigo operacion posibilidad ruido testigo millon salga brillante puente rojo casado escrito
guardia aquel rico prensa velocidad reina copa restaurante sur beso taxi imagen emergencia espada silla
contrario pasada desastre pierna hielo cine excelente tiro naturaleza accion empresa tanta bala estudio gato
humana cuchillo enfermedad sospechoso total teniente television nariz verdadera nervioso cabello justicia juez
anda monstruo orgulloso caballero evidencia apoyo carga oscuridad puto sentado lucha excepto maldicion playa
sonido sal distancia leche politica cantidad viento espiritu defensa roto ultimo extrana perfecta muestra
botella oferta verde magia fantastico amenaza bienvenida proyecto animal abierto vuestro inmediato oscuro robo
herida enferma estupida acceso descanso contrato borracho arbol intencion peso colegio belleza vuestra
presente paseo humor grave gana demonio dama menudo verguenza espectaculo profesional bienvenido alguno
sargento uso serie privado dueno mercado abierta cinta dormido preciosa limpio responsabilidad sombrero
enamorado voluntad dedo dura pan fuente efecto don necesidad paga despierta resultado unidad debil cabo piedra
menor techo colega teoria busqueda marca agujero universo cerdo sabido parque lengua local natural intenta
quedo diario valiente bote aquella contento propiedad pastel entero pago mapa jardin pecho metido bordo
comienzo dispuesto aspecto genio cerrado perdida sexual comandante polvo cuesta profundo mirada resulta
proceso carretera jurado cambia mio blanca almuerzo coronel correo cuento camioneta toque periodico fantasma
tonta miembro tamano aeropuerto cabron sociedad talento tome red inutil primo desayuno disparo mata exito
sujeto truco esquina tormenta apuesto escenario venganza disculpa robado olor montana invitado rostro pollo
campamento gordo enviado camisa cura conexion examen felicidad antiguo complicado ladron droga criminal
declaracion pedazo parecido sensacion proteccion bastardo cien maravillosa extra cansada vision oeste entera
victoria lastima tecnologia negra estupendo probable guapo leido alcohol tarea discurso despacio presencia
contado princesa combate unico curso futbol enfermera piloto lluvia ciencia efectivo credito tumba medicina
clave teatro completa gracia funeral modelo queso tercera costa amante favorito famoso sucio superior empleo
pongo tranquila solucion violencia socio entrevista registro santo antigua premio paquete cerrada guapa
original helado disco material chocolate bebida corriente fortuna encargo bella sabado falso pieza seria
americano carro impresionante quieto caido corto bolsillo firma legal diversion siglo roja estomago area
principe pintura precioso tomo nieve correcta humanidad promesa domingo tenia esfuerzo cierta honesto granja
fiscal rara motor importancia milagro copia fria campana planta ocupada explosion escucho estudiante cirugia
barrio aventura cadena ruego bolso crea lago tesoro pelota leccion articulo parado sotano taza molesto poquito
tratado abrigo artista encantado comido aburrido obvio interesado cobarde fecha chaqueta amistad casada
despierto ritmo limpia exacto descubierto arena pesadilla salon pagina plata madera cheque corta cero sonrisa
vaso alcalde mono lio castillo anterior criatura bruja desierto inteligencia mato usado venta comunidad
poderoso compromiso conocimiento movil tribunal tratamiento espejo consigo regla cola escritorio tripulacion
reino ventaja curiosidad ciento vigilancia recien plato uniforme ambulancia seguido desgracia alegria pene
arresto celda trafico trabajado sencillo rastro licencia ilegal asistente grandioso charla invierno fabrica
conciencia encantador maximo coincidencia elegido muera nerviosa frontera social pescado ocasion pasillo ciego
cuerda mentiroso muchacha vehiculo armario comportamiento campeon ruta grado ira saco pez homicidio rapida
parada despacho bola altura archivo temporada
"""


def _plural(word: str) -> str:
    if word.endswith("z"):
        return word[:-1] + "ces"
    return word + ("s" if word[-1] in "aeiou" else "es")


def _nominal() -> set[str]:
    forms: set[str] = set()
    for noun in _NOUNS.split() + _COMMON.split():
        forms.update({noun, _plural(noun)})
    for adjective in _ADJECTIVES.split():
        forms.update({adjective, _plural(adjective)})
        if adjective.endswith("o"):
            feminine = adjective[:-1] + "a"
            forms.update({feminine, feminine + "s"})
        if adjective[-1] in "oe":  # cansadísimo, tristísima
            forms.update(adjective[:-1] + "isim" + end for end in ("o", "a", "os", "as"))
    return forms


def _spell(stem: str, ending: str) -> str:
    """A stem and an ending joined as Spanish spells them: busc+e is busque, lleg+e llegue, empez+e empece."""
    if ending[:1] in ("e", "i"):
        if stem.endswith("c"):
            return stem[:-1] + "qu" + ending
        if stem.endswith("g"):
            return stem + "u" + ending
        if stem.endswith("z"):
            return stem[:-1] + "c" + ending
    return stem + ending


_CHANGES = {"ie": ("e", "ie"), "ue": ("o", "ue"), "i": ("e", "i"), "u": ("o", "u")}


def _change(stem: str, kind: str) -> str:
    """The stem's last e or o diphthongised or closed: pens → piens, volv → vuelv, ped → pid, jug → jueg."""
    vowel, becomes = _CHANGES[kind]
    i = stem.rfind(vowel)
    if i < 0 and kind == "ue":
        i = stem.rfind("u")  # jugar: juego
    return stem[:i] + becomes + stem[i + 1 :] if i >= 0 else stem


def _vowel_stem(stem: str) -> bool:
    """leer, caer, construir: the ending's i turns to y between vowels (leyó, cayendo, construyo)."""
    return stem[-1:] in "aeo" or (stem.endswith("u") and not stem.endswith(("gu", "qu")))


def paradigm(lemma: str) -> set[str]:
    """A verb's forms, folded (no accents): present, preterite, imperfect, future, conditional, both
    subjunctives, imperatives (tú, vos, usted, ustedes), gerund, participle, and common enclitics."""
    word, _, mark = lemma.partition(":")
    strong, _, weak = mark.partition("-")  # "ie-i": ie in the present, i in the preterite (sentir)
    stem, kind = word[:-2], word[-2:]
    ar, ir = kind == "ar", kind == "ir"
    if not weak and ir and strong:
        weak = "u" if strong == "ue" else "i"  # dormir: durmió; pedir, sentir: pidió, sintió
    changed = _change(stem, strong) if strong else stem
    closed = _change(stem, weak) if weak else stem
    uy = ir and _vowel_stem(stem)  # construir: construyo, construyes
    present_stem = changed + ("y" if uy else "")
    yo_stem = present_stem
    if stem.endswith("g") and not ar:
        yo_stem = changed[:-1] + "j"  # escoger: escojo
    elif stem.endswith("gu") and ir:
        yo_stem = changed[:-2] + "g"  # seguir: sigo
    elif stem[-1:] == "c" and stem[-2:-1] in "aeiou" and not ar and not mark:
        yo_stem = stem[:-1] + "zc"  # conocer: conozco
    theme = "a" if ar else "e"
    present = [yo_stem + "o", present_stem + theme + "s", present_stem + theme, present_stem + theme + "n"]
    present += [stem + ("imos" if ir else theme + "mos"), stem + ("ais" if ar else "eis" if not ir else "is")]
    vos = stem + ("as" if ar else "is" if ir else "es")
    mood = "e" if ar else "a"
    other_stem = closed if ir else stem
    subjunctive = [_spell(yo_stem, mood + end) for end in ("", "s", "n")]
    subjunctive += [_spell(other_stem, mood + end) for end in ("mos", "is")]
    if ar:
        preterite = [_spell(stem, "e"), stem + "aste", stem + "o", stem + "amos", stem + "asteis", stem + "aron"]
        third_plural = stem + "aron"
    elif _vowel_stem(stem):
        preterite = [stem + "i", stem + "iste", stem + "yo", stem + "imos", stem + "isteis", stem + "yeron"]
        third_plural = stem + "yeron"
    else:
        preterite = [stem + "i", stem + "iste", other_stem + "io", stem + "imos", stem + "isteis"]
        third_plural = other_stem + "ieron"
    past_subjunctive = third_plural[:-3]  # hablaron → habla-ra, habla-se
    imperfect = ("aba", "abas", "abamos", "abais", "aban") if ar else ("ia", "ias", "iamos", "iais", "ian")
    if ar:
        gerund, participle = stem + "ando", stem + "ad"
    else:
        gerund = stem + "yendo" if _vowel_stem(stem) else other_stem + "iendo"
        participle = stem + "id"
    imperatives = {present[2], stem + ("a" if ar else "i" if ir else "e"), subjunctive[0], subjunctive[1][:-1] + "n"}
    forms = {word, vos, gerund, third_plural, *present, *subjunctive, *preterite, *imperatives}
    forms.update(stem + end for end in imperfect)
    forms.update(word + end for end in ("e", "as", "a", "emos", "eis", "an", "ia", "ias", "iamos", "iais", "ian"))
    forms.update(past_subjunctive + "r" + end for end in ("a", "as", "amos", "ais", "an"))
    forms.update(past_subjunctive + "s" + end for end in ("e", "es", "emos", "eis", "en"))
    forms.update(participle + end for end in ("o", "a", "os", "as"))
    for clitic in ("me", "te", "se", "lo", "la", "le", "los", "las", "les", "nos"):
        forms.update({word + clitic, gerund + clitic}, {imperative + clitic for imperative in imperatives})
    forms.update(word + clitic for clitic in ("melo", "mela", "selo", "sela", "telo", "tela"))
    return {form for form in forms if form.isalpha()}


def _forms() -> set[str]:
    forms = _nominal()
    for lemma in _VERBS.split():
        forms |= paradigm(lemma)
    for block in _IRREGULAR.split("|"):
        found = block.split()
        if not found:
            continue
        forms.update(found)
        for prefix in _COMPOUNDS.get(found[0], "").split():
            forms.update(prefix + form for form in found if len(form) > 2)
    return forms


# Verbs built on an irregular one conjugate like it: suponer like poner, mantener like tener.
_COMPOUNDS = {
    "poner": "su pro com dis ex im re pre trans",
    "tener": "man ob con de sos re entre",
    "venir": "pre con inter pro sobre",
    "hacer": "des re",
    "traer": "a dis con sus",
    "decir": "contra",
    "ver": "pre",
}


# English shorthand the Spanish forms must not shadow ("id" is "i would", not a form of "ir").
_ENGLISH_SHORTHAND = frozenset(("id", "ill", "il", "im", "cos", "cause", "wan", "tho", "thru", "wat", "ty", "ur", "yr"))

SHORTHAND_ES.update({w: w for w in sorted(_forms()) if w not in SHORTHAND_ES and w not in _ENGLISH_SHORTHAND})
