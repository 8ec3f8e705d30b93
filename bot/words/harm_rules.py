"""Words that tell or wish someone else to kill or hurt themselves, or threaten them, in English and
Spanish: second person ("yourself", "you", "te", "-te" on the verb, voseo "matate vos", "andate a
morir"), imperatives, modals ("you should", "deberías"), wishes ("hope you…", "ojalá te…"), "nobody would
miss you", "the world would be better without you", and threats ("i'll find you", "te voy a matar").

Two habits keep caring words apart without listing caring sentences:

- a rule never lets a negation inside it: what may stand between its words is `{fill}` (adverbs,
  vocatives, laughter, emoji), never a free gap, so "you do not deserve to die", "i would never hurt
  you" and "the world would NOT be better without you" do not match at all;
- a CARING span is a structure that opens before the harmful words and ends after them: a prohibition
  ("please don't…", "no te…"), a condition or an urge ("if you ever feel like…", "si alguna vez…", "the
  urge to…"), a question ("are you thinking about…", "¿estás pensando en…?"), worry ("i'm scared
  you'll…"), a denial or the other's own thought ("it's not true that…", "i know it feels like…", "no
  creas que…"), reported speech ("someone told me to kys"), and idioms ("you killed it", "me muero de
  risa", "te voy a matar a besos").

Rules are written in the second person, so first-person pain ("i should just die", "nobody would miss
me", "quiero desaparecer") never matches: it is the crisis detector's to answer, not a reason to refuse.
"""

from __future__ import annotations

from bot.words.grammar import Grammar, Rule

SLOTS: dict[str, list[str]] = {
    # ================================================================== shared
    # What may stand between the words of a rule: adverbs, vocatives, laughter, emoji (the reader turns
    # 💀🔪🔫💊 into words). Never a negation, never a subject.
    "fill": [
        "just", "really", "honestly", "seriously", "literally", "actually", "fucking", "fuckin", "freaking", "totally",
        "definitely", "probably", "already", "all", "so", "go", "go and", "please", "lol", "lmao", "haha", "bro", "dude",
        "to be honest", "for real", "to god", "even", "finally", "now", "kindly", "maybe", "kind of", "legit", "lowkey",
        "deadass", "like", "bruh", "i swear", "skull", "knife", "gun", "pills", "rope", "coffin", "blood", "ya",
        "de una vez", "pronto", "vos", "usted", "por favor", "jaja", "xd", "cabron", "pendejo", "boludo", "pues", "re",
        "solo", "de verdad", "en serio", "literalmente", "wey",
    ],
    "fills": ["{fill} {fill}?"],
    "you": [
        "you", "you all", "you guys", "yall", "ya", "you lot", "you people", "people like you", "your kind",
        "your type", "you and your family", "you and your friends", "all of you", "everyone like you", "you two",
        "both of you", "you both", "you yourself", "ye", "thou",
    ],
    # "you're", and the "your" people type for it ("your dead", "ur gonna die").
    "you_are": ["{you} (are|re|r)", "youre", "your", "ur", "you", "u"],
    "yourself": [
        "yourself", "yourselves", "your self", "your selves", "yoself", "thyself", "your own self", "your life",
        "your own life", "yourslef", "your whole self", "your sorry self", "your pathetic self", "your worthless self", "your ugly self", "your fat self", "your dumb self", "your stupid self",
    ],
    "relative": [
        "family", "whole family", "mom", "mum", "mother", "mommy", "mama", "dad", "father", "daddy", "parents", "kids",
        "children", "kid", "son", "daughter", "sister", "brother", "siblings", "wife", "husband", "girlfriend",
        "boyfriend", "gf", "bf", "baby", "dog", "cat", "pets", "grandma", "grandpa", "friends", "loved ones", "partner",
    ],
    "nobody": [
        "nobody", "no one", "no body", "not a single person", "not one person", "not a soul", "nobody here",
        "no one here", "nobody at all", "nadie", "literally nobody", "literally no one",
    ],
    # ================================================================== English: telling someone to die
    "kill_verb": [
        "kill", "killing", "kil", "unalive", "unaliving", "end", "ending", "hang", "hanging", "neck", "necking",
        "rope", "off", "offing", "shoot", "shooting", "stab", "stabbing", "cut", "cutting", "hurt", "hurting", "harm",
        "harming", "burn", "burning", "poison", "poisoning", "delete", "erase", "suffocate", "choke", "choking",
        "starve", "starving", "slit", "gas", "knife", "overdose", "od", "strangle", "yeet", "behead", "suicide", "injure",
        "injuring", "mutilate",
    ],
    # What may end an imperative "die": "die already", "die lol", "die 💀", "die in a fire".
    "die_tail": [
        "$", "already", "now", "today", "tonight", "soon", "asap", "please", "lol", "lmao", "lmfao", "haha", "hahaha",
        "xd", "to be honest", "honestly", "for real", "irl", "bitch", "loser", "idiot", "moron", "retard", "slowly",
        "alone", "painfully", "horribly", "quickly", "fast", "in a fire", "in a hole", "in a ditch", "in a car crash",
        "in your sleep", "in hell", "and rot", "and go to hell", "of cancer", "of aids", "bro", "dude", "man", "you",
        "then", "forever", "ffs", "ok", "okay", "pussy", "fag", "faggot", "whore", "slut", "cunt", "freak", "idc",
        "i do not care", "nobody cares", "no one cares", "again", "and do", "ya", "yall", "skull", "knife", "gun",
        "pills", "rope", "coffin", "blood", "cabron", "pendejo", "pendeja", "puta", "perra", "idiota", "imbecil",
        "like a dog", "on the street", "in a gutter", "for all i care", "stupid", "dumbass", "asshole", "kid",
        "yourself", "jaja", "jajaja", "nobody will miss you", "no one will miss you", "nobody would miss you",
        "no one would miss you", "nobody likes you", "nobody wants you", "and never come back", "and stay dead",
    ],
    "end_tail": ["$", "already", "now", "today", "tonight", "please", "lol", "lmao", "haha", "bitch", "loser", "idiot", "bro", "dude", "man", "you", "skull", "knife", "gun", "pills", "rope", "coffin", "blood", "ya", "jaja", "for real", "to be honest", "asap", "pls", "plz"],
    "jump_off": [
        "(jump|leap|throw yourself|yeet yourself|fling yourself) (off|from|in front of|under|onto) (a|an|the|some|your|that|this)? "
        "(bridge|building|roof|rooftop|cliff|balcony|window|skyscraper|tower|train|bus|car|truck|ledge|overpass|highway|subway|metro|tall building|something|anything|something tall)",
        "(jump|leap|throw yourself) out (of )?(a|the|your|that|this)? (window|building|skyscraper|tower)",
        "step (in front of|under) (a|an|the|some)? (train|bus|car|truck|subway|metro|semi|lorry)",
    ],
    # Ways of telling someone to die that mean nothing else.
    "die_act": [
        "drop dead ($|{end_tail})", "rot in hell", "burn in hell", "rot in a ditch", "kill yourself", "kill yourselves", "kys",
        "end it all", "end your life", "end your own life", "end yourself", "end it ($|already|now|tonight|today|lol|bro|please)",
        "stop existing", "stop breathing", "cease to exist", "cease existing", "{jump_off}", "walk into traffic",
        "play in traffic", "run into traffic", "drink (some )?bleach", "swallow bleach", "eat glass", "eat a bullet",
        "eat lead", "swallow a bullet", "blow your brains out", "blow your head off", "blow your brain out",
        "put a (gun|bullet|knife) (to|in|through) your (head|brain|mouth|skull|throat|heart)", "shoot yourself",
        "hang yourself", "slit your (wrists|wrist|throat)", "get hit by (a|the) (bus|car|truck|train|van|semi)",
        "never wake up ($|{end_tail})", "commit suicide", "commit die", "commit sudoku", "commit not alive",
        "unalive ($|yourself|{end_tail})", "take your (own )?life", "off yourself", "neck yourself", "rope yourself",
        "rope ($|{end_tail})", "croak", "lay down and die", "lie down and die", "curl up and die",
        "crawl (in|into|under) (a|the) (hole|ditch|rock|corner|cave) and die", "bleed out", "bleed to death",
        "(take|swallow) all (your|the|of your|those) pills (at once|all at once|and (die|be done|never wake up|sleep forever|end it|get it over with)|lol|bitch|loser|idiot|already|skull|coffin)",
        "take a long walk off a short pier", "(overdose|od) ($|already|{end_tail}|on (your|the|those|all your|all the|some|all of your) (meds|pills|medication|drugs|heroin|fentanyl|tylenol|insulin|xanax|painkillers|sleeping pills))",
        "disappear forever", "go away forever", "leave this (world|earth|planet)", "starve to death",
        "drown yourself", "choke and die", "choke on it and die", "set yourself on fire", "light yourself on fire",
        "burn yourself alive", "get cancer and die", "die ({die_tail})", "just die", "fucking die", "die die die",
        "perish ($|{end_tail})", "(commit|take|have) (a )?toaster bath", "(go )?play (on|in) the (highway|freeway|motorway|interstate|road|train tracks|tracks)",
        "drink (some )?(antifreeze|poison|drano|bleach|gasoline|acid)", "eat (a|some)? (tide pod|tide pods|rat poison)", "(walk|run|drive|ride|jump) off (a|the) (cliff|bridge|roof|building|ledge)",
        "drive (your car )?(into|off) (a|the) (wall|tree|cliff|bridge|lake|river)", "drive your car off (a|the) (cliff|bridge|road)",
        "drown ($|{end_tail}|in (a|the|some) (lake|river|pool|ocean|sea|bathtub|toilet|ditch|puddle))",
        "cut (deeper|harder) ($|{end_tail}|next time|this time)", "cut (vertically|vertical|down the road not across)", "rest in piss", "(go back|crawl back|slither back|go) (to|into|in) (your|a|the) (hole|cave|rock|grave) and die", "eat shit and die", "choke on it and die", "an hero", "go an hero", "(lie|lay|sit|stand|play|sleep) (down )?on (the )?(train )?(tracks|rails|railroad|railway)",
        "(slit|slice|cut|open) (your|ur) (wrists|wrist|veins|throat) (open)?",
        "(swallow|take|down|eat|pop) (a bottle of|a whole bottle of|a handful of|the whole bottle of|a whole bottle of your|every single one of your) (pills|tylenol|sleeping pills|xanax|painkillers)",
        "remove yourself from (the gene pool|this earth|existence|the planet|this world|life)", "uninstall (yourself|your life|life)",
    ],
    # What an imperative may open with, at the start of a clause.
    "lead": [
        "just", "go", "go and", "pls", "please", "now", "then", "so", "ok", "okay", "and", "lol", "lmao", "haha", "bro",
        "dude", "man", "hey", "yo", "omg", "ugh", "seriously", "honestly", "literally", "for real", "idc", "really",
        "fucking", "mate", "bitch", "loser", "buddy", "pal", "sis", "girl", "boy", "well", "yeah", "yes", "kindly",
        "go ahead and", "why not", "maybe", "maybe just", "also", "anyway", "anyways", "lmfao", "stfu", "gtfo",
        "shut up and", "fuck off and", "piss off and", "get lost and", "go away and", "stfu and", "gtfo and",
        "skull", "knife", "gun", "pills", "rope", "coffin", "blood", "good", "cool", "great", "nice", "thanks",
        "welp", "alright", "then just", "you", "bye", "goodbye", "bye bye", "idiot", "moron", "please just",
        "you should", "you can", "you could",
    ],
    # Words that may stand before a command in the middle of a clause: "you're so annoying, just die".
    "vocative": [
        "lol", "lmao", "lmfao", "haha", "hahaha", "xd", "omg", "ugh", "bro", "dude", "man", "bitch", "loser", "idiot",
        "moron", "retard", "stupid", "ugly", "fat", "fatass", "annoying", "pathetic", "worthless", "useless", "cringe",
        "weirdo", "freak", "fag", "faggot", "whore", "slut", "cunt", "asshole", "dumbass", "kid", "sis", "mate", "pal",
        "buddy", "hey", "yo", "seriously", "honestly", "literally", "please", "stfu", "gtfo", "shut up and",
        "fuck off and", "piss off and", "get lost and", "go away and", "skull", "knife", "gun", "pills", "rope",
        "coffin", "blood", "cabron", "pendejo", "pendeja", "puta", "perra", "idiota", "imbecil", "boludo", "boluda",
        "wey", "trash", "garbage", "scum", "piece of shit", "piece of trash", "waste of space", "nobody likes you",
        "nobody loves you", "everyone hates you", "no one likes you", "no one loves you", "nobody wants you",
        "nobody cares", "no one cares", "to be honest", "for real", "okay", "ok", "now", "bye", "goodbye", "thanks",
    ],
    "modal": [
        "should", "should go", "should just", "need to", "needs to", "ought to", "have to", "has to", "got to",
        "must", "better", "had better", "would better", "might as well", "may as well", "are supposed to",
        "were supposed to", "can go", "can just", "could go", "could just", "can go ahead and", "could go ahead and",
        "are free to", "are welcome to", "have my permission to", "are allowed to", "should really",
    ],
    "die_ing": [
        "ending it", "ending it all", "killing yourself", "ending your life", "ending your own life", "dying", "offing yourself",
        "hanging yourself", "unaliving yourself", "taking your own life", "taking your life", "suicide", "jumping off a (bridge|building|cliff|roof)",
        "overdosing", "slitting your wrists", "shooting yourself", "drinking bleach", "not existing", "disappearing forever",
    ],
    "should_have": ["should have", "should of", "should ve", "shouldve", "ought to have"],
    # What one wishes on someone: "hope you die", "wish you were dead", "pray you get hit by a bus".
    "wish_vp": [
        "die", "dies", "died", "drop dead", "get hit (by|with)? (a|the)? (bus|car|truck|train|van|semi|tram)",
        "get hit $", "get run over", "get ran over", "get cancer", "get aids", "get killed", "get murdered", "get shot",
        "get stabbed", "get raped", "get hurt", "get beaten", "get tortured", "rot", "suffer", "choke", "burn in hell",
        "burn alive", "burn to death", "drown ($|{end_tail})", "overdose", "od", "crash and die", "crash and burn",
        "never wake up", "do not wake up ($|{end_tail}|tomorrow|ever)", "stop breathing", "stop existing",
        "kill yourself", "kill yourselves", "kys", "end it ($|all|already|tonight|{end_tail})", "end your life",
        "end yourself", "were dead", "was dead", "are dead", "be dead", "would die", "would just die",
        "would drop dead", "had died", "had never been born", "were never born", "was never born", "never existed",
        "did not exist", "would disappear", "disappear forever", "fall off a cliff", "fall down the stairs",
        "step on a landmine", "have a heart attack", "have a stroke", "get in a car crash", "in a car crash",
        "get sick and die", "bleed out", "bleed to death", "starve", "starve to death", "go to hell", "hang yourself",
        "{jump_off}", "to die", "to kill yourself", "to suffer", "die slowly", "die alone", "die painfully",
        "rot in hell", "get what is coming to you", "never been born", "would kill yourself", "would just kill yourself",
        "would end it", "d die", "d just die", "perish", "would perish", "would never (have )?been born", "would never have existed", "had not been born",
    ],
    "gone_vp": [
        "died", "die", "dead", "were dead", "was dead", "are dead", "killed yourself", "kill yourself", "kys",
        "were gone", "was gone", "are gone", "disappeared", "disappear", "vanished", "vanish", "left forever",
        "stopped existing", "did not exist", "never existed", "never came back", "were not here", "was not here",
        "were not around", "stopped breathing", "ended it", "ended your life", "took your life", "took your own life",
        "hung yourself", "hanged yourself", "overdosed", "lived or died", "live or die", "were never born",
        "had never been born", "dropped dead", "ended it all", "offed yourself", "unalived yourself", "were to die",
        "were to disappear", "got hit by a bus", "got hit by a car", "stopped living", "were not alive",
    ],
    "others": [
        "world", "the world", "everyone", "everybody", "we", "we all", "people", "they", "your family",
        "your friends", "your parents", "your mom", "your mum", "your kids", "this server", "the server",
        "this place", "earth", "the planet", "society", "humanity", "all of us", "everyone here", "life", "things",
        "it", "everything", "the whole world", "your {relative}", "wed", "everyone at (school|work|home)",
        "(the|this|our|your|ur|my) (chat|group chat|gc|server|discord|group|team|class|school|community|internet|house|office|squad|friend group|channel|guild|world|planet|family)",
    ],
    "without_you": [
        "without you", "without you in it", "without you around", "without you here", "without you alive",
        "if you (were|was) (gone|dead|not here|not around|never born|not alive)", "if you died", "if you killed yourself",
        "if you did not exist", "if you disappeared", "if you left forever", "if you were to die", "if you kys",
        "if you ended it", "when you are gone", "when you are dead", "when you die", "after you die",
        "once you are gone", "once you are dead", "with you gone", "with you dead", "with you out of the picture",
        "if you never existed", "if you had never been born", "if you stopped existing", "if you just died",
        "if you just disappeared", "if you just killed yourself", "if you offed yourself", "if you unalived yourself", "without your existence", "without people like you", "without your (sorry|pathetic|worthless|miserable|useless) (self|ass|existence)",
    ],
    "better": [
        "better", "better off", "happier", "a better place", "relieved", "better place", "much better",
        "so much better", "way better", "a lot better", "way happier", "much happier", "so much happier", "at peace",
        "more peaceful", "a happier place", "lighter", "safer",
    ],
    # ================================================================== English: threats
    "i_will": [
        "(i|we|were) {fills}? (will|shall|would|should|could|can|might|am going to|are going to|going to|am about to|"
        "are about to|am coming to|are coming to|want to|would love to|would like to|am ready to|are ready to|"
        "am planning to|are planning to|plan to|intend to|am tempted to|am gonna|swear i will|swear to god i will|"
        "promise i will|will make sure to|am so going to|am fixing to|am finna|am down to|must|d) {fills}?",
    ],
    "you_obj": [
        "you", "ya", "yall", "you all", "you guys", "you two", "both of you", "all of you", "your whole family",
        "your {relative}", "you and your family", "you and your {relative}",
    ],
    "threat_end": ["$", "bitch", "loser", "idiot", "kid", "lol", "lmao", "i swear", "trust me", "mark my words", "one day", "for real"],
    # What a threat does to someone, written with its object ("kill you", "break your legs").
    "threat_vp": [
        "(kill|murder|stab|shoot|strangle|choke|rape|torture|skin|gut|behead|decapitate|stomp|maim|mutilate|execute|"
        "slaughter|butcher|assassinate|poison|suffocate|lynch|knife|shank|curb stomp|pistol whip|"
        "run over|cut up|cut open|tear apart|rip apart|beat up|fuck up|mess up|f up) {you_obj}",
        "(hurt|harm|punch|slap|smack|injure) {you_obj} ({threat_end}|so|so bad|so badly|badly|real bad|bad|until|till|if|when|for|again|tonight|tomorrow|next time|and|right now)",
        "beat {you_obj} (up|to death|to a pulp|senseless|bloody|black and blue|half to death|until|till|so hard|within an inch|with a|with my|with the)",
        "(beat|kick|knock) the (shit|crap|hell|fuck|life|living daylights|snot|piss) out of {you_obj}", "(beat|kick|whoop|whup) (your|ur) (ass|butt|face|head in)",
        "(hit|kick|knee|headbutt|punch|slap) {you_obj} (in|on) (the|your) (face|head|mouth|teeth|balls|nuts|throat|stomach|gut|jaw|nose|skull)",
        "hit {you_obj} (so hard|with (a|my|the) (bat|car|brick|hammer|crowbar|pipe|truck|bottle|chair))",
        "(end|destroy|ruin|wreck|bury|break|smash|cut|burn|jump|dox|doxx|expose|erase|eliminate|obliterate|annihilate|finish) {you_obj} ({threat_end}|tonight|tomorrow|soon|irl|next)", "(get|find) {you_obj} ({threat_end})",
        "(hunt|track|run|chase) {you_obj} down", "find {you_obj} (and|wherever|anywhere|no matter|eventually)",
        "find (out )?where {you_obj} (live|lives|work|works|sleep|sleeps)",
        "(bury|burn) {you_obj} alive", "bury {you_obj} (six feet under|in the (backyard|woods|ground))",
        "cut {you_obj} (up|open|into|to pieces|to ribbons|so deep)", "get {you_obj} (for this|for that|back for this|back for that)",
        "(come|coming) (for|after) {you_obj} ({threat_end}|next|tonight|soon|and your family|and i will)",
        "make (you|ya|yall) (pay ($|for (this|that|what|it|everything)|dearly|with|in blood)|regret|suffer|bleed|disappear|scream|beg|wish you were dead|wish you were never born|wish you had never been born)",
        "put (you|ya) (in|into|six feet) (the hospital|hospital|the ground|a grave|your grave|a coffin|a body bag|a wheelchair|under|deep|the dirt|a box|the morgue|an early grave)", "put (you|ya) six feet (deep|under)",
        "put a (bullet|knife|cap|hole|round) (in|into|through) (you|ya|your (head|skull|brain|chest|face|heart|back))",
        "(slit|cut|slice|rip out) (your|ur) (throat|neck|tongue|wrists|face)",
        "(break|snap|smash|crush|bash|cave|shatter) (your|ur) {fills}? (legs|leg|neck|face|arms|arm|bones|jaw|nose|teeth|"
        "fingers|skull|kneecaps|knees|knee|spine|ribs|head|back|hands|skull in|face in|head in)",
        "(burn|blow up|torch|firebomb) (down )?(your|ur) (house|home|car|school|place|apartment|flat)",
        "(burn|blow) (your|ur) (house|home|car|place|apartment) (down|up)",
        "make sure (you|ya) (never|do not|can not|will not) (walk|wake up|see|breathe|talk|live) (again)?",
        "(kill|hurt|harm|murder|stab|shoot|rape|torture|hunt down|come after|track down|beat up) (your|ur) {relative}",
        "(end|take) (your|ur) (life|miserable life|pathetic life)", "make (your|ur) life (hell|a living hell|miserable|a nightmare|hell on earth)",
        "(shoot up|bomb|firebomb) (the|your|this|my) (school|server|class|office|workplace|work|party|church|mall|house|home|place|car)",
        "(swat|doxx|dox) {you_obj}", "(smoke|pop|cap|off|merk|murk|clap|wet|body|ice|whack|snuff|waste|bust a cap in|pop a cap in|put hands on|put a cap in) {you_obj} ($|{threat_end}|tonight|tomorrow|soon|next|irl|for real)", "break every bone in (your|ur) body", "(rip|tear|cut|chop|blow|knock) (your|ur) (head|face|arms|heart|throat|tongue|legs|balls|teeth) (off|out)",
    ],
    # ================================================================== Spanish
    "te": ["te", "t"],
    # An imperative that means nothing but "kill yourself", in tú, vos, usted, vosotros and ustedes.
    "matate": [
        "matate", "suicidate", "muerete", "morite", "muerase", "ahorcate", "ahorquese", "envenenate", "envenenese",
        "ahogate", "ahoguese", "desvivete", "autoeliminate", "suicidese", "matese", "matense", "mueranse", "muranse",
        "suicidense", "ahorquense", "mataos", "morios", "suicidaos", "ahorcaos", "pudrete", "pudrite", "pudrase",
        "autolesionate", "hazte dano", "hacete dano", "hagase dano", "haganse dano", "lastimate", "lastimese",
        "mutilate", "degollate", "desangrate", "electrocutate", "estrangulate", "asfixiate",
        "(cuelgate|cuelguese) ($|ya|de (un|una|el|la) (arbol|puente|viga|soga|cuerda|techo|rama)|del (techo|arbol|puente|ventilador|cuello)|con (una|la|tu) (soga|cuerda|correa|cinturon)|{end_tail})",
        "(pegate|date|metete|peguese|dese|metase|pegaos|daos) un (tiro|balazo|tiro en la cabeza|plomazo|escopetazo)",
        "(volate|vuelate|volaos|vuelese) (la cabeza|los sesos|la tapa de los sesos)", "(quitate|quitese|quitaos) la vida",
        "(acaba|acaba ya|termina|acabe|termine) con tu vida",
        "(cortate|cortese) ($|las venas|la vena|el cuello|la garganta|las munecas|los brazos|ya|de una vez|vos)",
        "colgate (de|del|ya|vos|de una vez)",
        "(tirate|tirese|tiraos|lanzate|lanzese|avientate|aventate|arrojate|botate|tirense|lancense) (de|del|desde|desde el|desde la|por|por el|por la|a|al|a la|bajo|frente a|delante de|debajo de|debajo del|abajo de|abajo del|bajo el|frente al|delante del) "
        "(un|una|el|la|lo|las|los)? (puente|ventana|edificio|balcon|azotea|techo|acantilado|barranco|precipicio|tren|metro|rascacielos|torre|vias|via|"
        "camion|coche|auto|carro|carretera|autopista|pozo|decimo piso|quinto piso|abismo|trafico|tren en marcha)",
        "(tomate|tomese|traga|tragate|bebe|bebete|toma) (todas las|todas tus|un bote de|un frasco de|todo el frasco de|todo el bote de|un monton de|el bote entero de|el frasco entero de|toda la caja de|la caja entera de|un puñado de|un punado de) (pastillas|pildoras|pills|antidepresivos|somniferos)",
        "(bebe|bebete|toma|tomate|traga|tragate) (un litro de|una botella de|un vaso de|un bote de|un poco de|la|el|tu|toda la|todo el)? (lejia|cloro|veneno|raticida|matarratas|lavandina|acido|un veneno|anticongelante|gasolina)",
        "(ve|anda|vete|andate|id) a jugar (a|en|por) (la|las|el) (autopista|carretera|vias|via del tren|trafico)",
        "(corta|cortate|cortá) (mas hondo|mas profundo|en vertical|a lo largo|mas fuerte)",
        "desaparece (del mundo|para siempre|de este mundo|de la faz de la tierra|de una vez y para siempre)",
        "(deja|deje|dejen|dejad) de (existir|respirar) ($|ya|de una vez|vos|por favor)",
    ],
    # Infinitives of dying with the second person on them: "deberías matarte", "mejor morirte".
    "morirte": [
        "matarte", "morirte", "suicidarte", "ahorcarte", "colgarte", "quitarte la vida", "cortarte las venas",
        "tirarte (de|desde|por|a|al|bajo|frente a|delante de) (un|una|el|la|las|los)? (puente|ventana|edificio|balcon|azotea|techo|acantilado|tren|metro|vias|camion|coche)",
        "pegarte un (tiro|balazo)", "darte un (tiro|balazo)", "meterte un (tiro|balazo)", "volarte (la cabeza|los sesos)",
        "envenenarte", "ahogarte", "pudrirte", "acabar con tu vida", "terminar con tu vida", "irte a morir",
        "ir a morirte", "largarte y morirte", "hacerte dano", "lastimarte", "morirte ya", "estrangularte",
        "desangrarte", "matarte ya", "suicidarte ya",
    ],
    # The same said with a second-person modal: "deberías estar muerto", "tenés que morirte".
    "morir_you": [
        "{morirte}", "morir", "estar muerto", "estar muerta", "estar muertos", "estar muertas", "haber muerto",
        "haberte muerto", "no haber nacido", "nunca haber nacido", "haberte matado", "haberte suicidado", "no existir",
        "dejar de existir", "dejar de respirar", "desaparecer $", "desaparecer (para siempre|del mundo|de este mundo|de la faz de la tierra|del mapa)",
        "pudrirte en el infierno", "arder en el infierno", "haber sido abortado", "haber sido abortada", "estar bajo tierra", "estar en una tumba", "estar en un ataud", "estar en el cementerio",
    ],
    "deberias": [
        "deberias", "deberiais", "deberian", "tendrias que", "tienes que", "tenes que", "tendriais que", "tendrian que",
        "te toca", "ya deberias", "ya es hora de", "harias bien en", "haz el favor de", "hazme el favor de",
        "hace el favor de", "debes", "debeis", "necesitas", "lo mejor que puedes hacer es", "lo mejor que podrias hacer es",
        "lo unico que puedes hacer es", "lo mejor que podes hacer es",
        "(haznos|hazle|hazles|haceme|hacenos|hacele|hazme|podrias hacernos|podrias hacerle) un favor (a todos|al mundo|a la humanidad|a todo el mundo|a tu familia)? y",
        "por que no vas a", "anda a", "ve a", "vete a", "andate a", "vaya a", "idos a", "id a", "podrias ir a",
        "(deberias|podrias|tendrias que|tienes que|tenes que) (hacerle|hacernos|hacerles|hacerme) un favor (a todos|al mundo|a la humanidad|a todo el mundo|a tu familia)? y",
    ],
    "te_deberias": ["deberias", "deberiais", "tendrias que", "tienes que", "tenes que", "debes", "tendrias que haber", "deberias haber", "debiste", "debiste haber"],
    # The verb after "te" in "te deberías matar", "te tenés que morir".
    "te_morir": [
        "matar", "morir", "suicidar", "ahorcar", "colgar", "tirar (de|desde|por) (un|una|el|la)? (puente|ventana|edificio|balcon|azotea|techo|acantilado)",
        "cortar las venas", "quitar la vida", "envenenar", "pegar un (tiro|balazo)", "ir a morir", "pudrir",
        "matado", "muerto", "suicidado", "ahorcado",
    ],
    "te_matas": [
        "matas", "mueres", "moris", "suicidas", "ahorcas", "cuelgas", "colgas",
        "tiras (de|desde|por|a|al|bajo|frente a|delante de) (un|una|el|la|las|los)? (puente|ventana|edificio|balcon|azotea|techo|acantilado|tren|metro|vias|camion|coche)",
        "pegas un (tiro|balazo)", "das un (tiro|balazo)", "cortas las venas", "quitas la vida", "vas a morir",
        "vas a matar", "envenenas", "desapareces (para siempre|del mundo|de este mundo|de una vez)", "largas a morir",
        "vas a la mierda y te mueres", "mueres ya", "matas ya", "ahogas", "pudres",
    ],
    # Subjunctive wishes after "ojalá", "espero que", "que…": "ojalá te mueras", "espero que te atropelle un camión".
    "te_mueras": [
        "mueras", "murieras", "muras", "murieses", "murais", "pudras", "pudrieras", "suicides", "suicidaras",
        "suicidases", "ahorques", "ahorcaras", "cuelgues", "colgaras", "maten", "mataran", "matasen", "mates", "mataras",
        "mate (un|una|el|la|alguien)", "caiga (un rayo|un meteorito|un piano|una bomba|un edificio|una piedra|el techo|encima)", "choque (un|una|el|la)", "pise (un|una|el|la)", "arrolle (un|una|el|la)", "carguen ($|los demonios|el diablo)", "cargue (la chingada|el payaso|el diablo|la verga|la muerte)", "atropelle", "atropellen", "atropellara", "atropellaran", "choquen", "revienten", "parta un rayo",
        "lleve el diablo", "lleve la verga", "lleve la chingada", "coma el cancer", "de cancer", "de un infarto",
        "de un cancer", "de sida", "den un tiro", "peguen un tiro", "disparen", "apunalen", "violen", "quemes",
        "ahogues", "envenenes", "caigas muerto", "caigas muerta", "caigas (de|por) (un|una|el|la|las|los) (puente|edificio|balcon|escaleras|ventana|acantilado|precipicio)",
        "pase algo (malo|terrible|horrible|feo|grave|muy malo)", "pase lo peor", "secuestren", "torturen",
    ],
    # The same wishes with no "te": "ojalá revientes", "ojalá estuvieras muerto".
    "mueras": [
        "mueras", "murieras", "muras", "revientes", "sufras", "pudras", "ardas en el infierno", "estuvieras muerto",
        "estuvieras muerta", "estuvieses muerto", "estuvieses muerta", "estuvieran muertos", "estes muerto", "estes muerta", "esten muertos", "acabes muerto", "acabes muerta", "no existieras",
        "no existieses", "nunca hubieras nacido", "no hubieras nacido", "nunca hubieses nacido", "no hubieses nacido",
        "desaparezcas (para siempre|del mundo|de este mundo|de una vez|$)", "no despiertes", "nunca despiertes",
        "no despertaras", "no vuelvas a despertar", "mueras atropellado", "mueras atropellada",
        "tu {relative_es} se muera", "se muera tu {relative_es}", "tu {relative_es} muera",
    ],
    "ojala": [
        "ojala", "ojala que", "ojala y", "espero que", "quiero que", "deseo que", "rezo (para|por) que", "rezo que",
        "ruego (a dios)? que", "pido (a dios)? que", "dios quiera que", "me gustaria que", "me encantaria que",
        "quisiera que", "solo espero que", "solo quiero que", "^ que", "ya quiero que", "tengo ganas de que",
        "sueno con que", "me alegraria que", "seria genial que", "estoy esperando que", "hope", "i hope",
    ],
    "relative_es": [
        "familia", "madre", "mama", "padre", "papa", "padres", "hijos", "hijo", "hija", "hijas", "hermana", "hermano",
        "hermanos", "novia", "novio", "esposa", "esposo", "mujer", "marido", "perro", "gato", "abuela", "abuelo",
        "amigos", "vieja", "viejo", "bebe", "pareja", "familia entera",
    ],
    "nadie_te": [
        "extranaria", "extranarian", "echaria de menos", "echaria en falta", "va a extranar", "va a echar de menos",
        "extranara", "echara de menos", "lloraria", "va a llorar", "llorara", "recordaria", "va a recordar",
        "recordara", "notaria", "va a notar", "extrana", "extrana ni un poco",
        "quiere ($|aqui|vivo|viva|cerca|en este server|en este mundo|de verdad|tampoco|ni un poco|para nada|nada)",
        "quiso nunca", "quiso jamas", "va a querer nunca", "querra nunca", "querra jamas", "va a querer jamas",
        "necesita ($|aqui|vivo|viva|en este mundo|para nada)", "soporta", "aguanta", "ama ($|de verdad|aqui)",
    ],
    "sin_ti": [
        "sin ti", "sin vos", "sin usted", "sin ustedes", "sin ti aqui", "sin ti vivo", "sin ti viva",
        "si (te|tu te|vos te)? (murieras|mueres|muriera|mataras|matas|suicidaras|suicidas|fueras para siempre|largaras para siempre)",
        "si (desaparecieras|desapareces|no existieras|no estuvieras|no hubieras nacido|nunca hubieras nacido|estuvieras muerto|estuvieras muerta)",
        "cuando te mueras", "el dia que te mueras", "con tu muerte", "contigo muerto", "contigo muerta",
        "sin tu existencia", "si dejaras de existir", "si te fueras de este mundo",
    ],
    "otros_es": [
        "el mundo", "todos", "todo el mundo", "tu familia", "tus padres", "tu madre", "tu mama", "tus amigos", "la gente",
        "nosotros", "este server", "el server", "aqui", "todos aqui", "el planeta", "la humanidad", "todo", "las cosas",
        "tu {relative_es}", "tus {relative_es}", "la vida", "este grupo", "el grupo", "todos nosotros", "la tierra",
    ],
    "estaria": [
        "estaria", "estarian", "seria", "serian", "estariamos", "seriamos", "viviria", "vivirian", "viviriamos",
        "estara", "estaran", "sera", "seran", "va a estar", "van a estar", "iria", "irian", "ira",
    ],
    "mejor_es": [
        "mejor", "mejores", "feliz", "felices", "mas felices", "mas feliz", "mas tranquilo", "mas tranquilos",
        "mas tranquila", "en paz", "aliviado", "aliviados", "aliviada", "mucho mejor", "muchisimo mejor",
        "mil veces mejor", "mas contento", "mas contentos", "de fiesta", "un lugar mejor", "mas a gusto",
    ],
    "merecer_es": [
        "morir", "sufrir", "la muerte", "estar muerto", "estar muerta", "que te maten",
        "que te pase algo (malo|terrible|horrible)", "pudrirte", "arder en el infierno", "el infierno", "un tiro",
        "un balazo", "que te peguen", "que te violen", "cancer", "lo peor", "todo lo malo", "una paliza",
        "que te den una paliza", "que te hagan dano", "que te lastimen", "ser torturado", "ser torturada", "morirte",
        "matarte", "suicidarte", "que te mueras", "que te atropellen", "que te torturen", "morir solo", "morir sola",
        "una muerte lenta", "morir lentamente", "ser violada", "ser violado", "que te apunalen", "que te disparen",
        "la horca", "estar bajo tierra",
    ],
    # Threats: what comes after "te voy a", written to read as harm only with its object.
    "te_hago": [
        "matar", "matara", "asesinar", "apunalar", "acuchillar", "disparar", "balear", "golpear", "reventar", "madrear",
        "hacer dano", "lastimar", "hacer sufrir", "hacer pagar ($|por esto|por eso|por lo que|caro|cara|con sangre|con tu vida|todo|cabron|pendejo)", "hacer mierda", "hacer pure", "destrozar", "destruir",
        "ahorcar", "estrangular", "ahogar", "degollar", "violar", "torturar", "desaparecer ($|del mapa|de la faz de la tierra|para siempre|cabron|pendejo)", "cazar $", "rajar",
        "chingar", "joder la vida", "arruinar la vida", "hundir $", "acabar $", "linchar", "descuartizar", "decapitar",
        "partir (tu madre|su madre|toda tu madre|la cara|la madre|el alma|la boca|la cabeza|el cuello|las piernas|en dos|la jeta|la crisma|los dientes|la espalda|la nariz|la mandibula|el hocico|los brazos|todos los huesos)", "romper todos los huesos", "cargar $", "hacer que te arrepientas",
        "romper (el orto|el culo|el hocico|la cara|las piernas|los huesos|el cuello|la boca|la cabeza|la nariz|los dientes|la madre|la crisma|las costillas|los brazos|el craneo|la mandibula|la espalda|las manos|el hocico|la jeta)",
        "quemar (vivo|viva|la casa|$)", "enterrar (vivo|viva|$)",
        "cortar (el cuello|la cara|la garganta|la lengua|en pedazos|en cachitos|los dedos|las manos|la cabeza|las bolas|los huevos)",
        "encontrar ($|y|hasta|donde|dondequiera|aunque|cabron|pendejo|hdp|perra)", "buscar (hasta|y te|y cuando|donde sea|dondequiera|adonde|a donde|aunque)",
        "dar (chumbimba|plomo|bala|balazos|tiros|una hostia|de hostias|hostias|una paliza|una golpiza|un tiro|un balazo|una putiza|un navajazo|una punalada|de golpes|de palos|de hostias|una madriza|una chinga|una verguiza|en la madre|matarile|una tunda)",
        "pegar (un tiro|un balazo|una paliza|una golpiza|una patada|un punetazo|un putazo|un navajazo|una punalada|una hostia|tan fuerte|hasta|$|cabron|pendejo|hdp|perra|idiota)",
        "meter (un tiro|un balazo|una bala|un plomazo|un navajazo|una punalada|un cuchillo|una paliza|una golpiza|una hostia|una patada|plomo|un punetazo)",
        "cagar a (palos|golpes|trompadas|tiros|patadas|pinas)", "sacar la (mierda|cresta|chucha|madre|cresta a golpes)", "levantar $", "arrancar (la cabeza|los ojos|la piel|la lengua)",
        "volar (la cabeza|los sesos)", "llenar de plomo", "ir a buscar (hasta|y te|donde sea|a tu casa y)",
        "hacer desaparecer", "mandar a matar", "mandar matar", "mandara matar", "quebrar ($|cabron|pendejo|hdp)", "fajar", "poner una (madriza|chinga|golpiza|paliza|putiza|verguiza)", "mandar al hospital", "mandar al otro mundo", "mandar al cementerio", "dejar en silla de ruedas",
        "sacar los ojos", "esperar a la salida ($|y|cabron|pendejo)", "esperara la salida ($|y|cabron|pendejo)", "tirar por la ventana", "matar a golpes", "matar a palos", "hacer la vida imposible",
    ],
    "matarte": [
        "matarte", "asesinarte", "apunalarte", "acuchillarte", "dispararte", "balearte", "golpearte", "reventarte",
        "madrearte", "hacerte dano", "lastimarte", "hacerte sufrir", "hacerte pagar ($|por esto|por eso|por lo que|caro|con sangre|con tu vida|todo)", "hacerte mierda", "destrozarte",
        "destruirte", "ahorcarte", "estrangularte", "degollarte", "violarte", "torturarte", "desaparecerte ($|del mapa|para siempre)",
        "cazarte $", "rajarte", "lincharte", "descuartizarte", "acabar contigo", "terminar contigo",
        "partirte (la cara|la madre|el alma|la boca|la cabeza|el cuello|las piernas|en dos|la jeta|la crisma|los dientes)",
        "romperte (la cara|las piernas|los huesos|el cuello|la boca|la cabeza|la nariz|los dientes|la madre|la crisma|las costillas)",
        "quemarte (vivo|viva|la casa|$)", "enterrarte (vivo|viva|$)", "cortarte (el cuello|la cara|la garganta|la lengua|en pedazos|la cabeza)",
        "darte (una paliza|una golpiza|un tiro|un balazo|una putiza|un navajazo|una punalada|de golpes|de palos|una madriza|en la madre)",
        "pegarte (un tiro|un balazo|una paliza|una golpiza|una patada|un punetazo|un putazo|$)",
        "meterte (un tiro|un balazo|una bala|un plomazo|un navajazo|una punalada)", "cagarte a (palos|golpes|trompadas|tiros|patadas)",
        "sacarte la mierda", "arrancarte (la cabeza|los ojos|la piel)", "volarte (la cabeza|los sesos)",
        "hacerte desaparecer", "mandarte al hospital", "mandarte al otro mundo", "matar a tu {relative_es}",
        "matara tu {relative_es}", "hacerle dano a tu {relative_es}", "hacer dano a tu {relative_es}", "lastimar a tu {relative_es}",
        "matar a toda tu familia", "joderte la vida", "arruinarte la vida", "hacerte la vida imposible",
    ],
    "voy_a": [
        "voy a", "vamos a", "voy a ir a", "vamos a ir a", "juro que voy a", "te juro que voy a", "quiero", "queremos",
        "pienso", "pensamos", "tengo ganas de", "me dan ganas de", "podria", "estoy por", "estoy a punto de",
        "un dia de estos voy a", "algun dia voy a", "ire a", "iremos a", "voy a terminar por", "no dudare en",
        "me encantaria", "me gustaria", "me muero por", "juro por dios que voy a", "prometo", "de verdad voy a",
        "en serio voy a", "voy a ir y",
    ],
    "te_mato": [
        "mato", "matare", "mataremos", "matamos", "reviento", "parto la cara", "parto la madre", "rompo la cara",
        "rompo las piernas", "rompo el cuello", "rompo la madre", "pego un tiro", "meto un tiro", "meto un balazo",
        "apunalo", "rajo", "quemo la casa", "degollo", "estrangulo", "ahorco", "madreo", "cago a palos", "saco la mierda",
        "hago mierda", "entierro vivo", "lleno de plomo", "vuelo la cabeza", "hare dano", "haremos dano", "hare pagar",
        "hare sufrir", "rompere la cara", "partire la cara", "buscare hasta", "cazare", "asesinare", "acuchillo",
        "doy un tiro", "partire la madre", "reventare", "matare a golpes", "arrancare la cabeza", "doy una paliza",
    ],
}  # fmt: skip

RULES: list[Rule] = [
    # ================================================================== English: telling someone to die or hurt themselves
    Rule("kill_yourself", "harm", "{kill_verb~} {fills}? {yourself}"),
    # "^ ll yourself": "k!ll yourself" reaches the grammar as "k | ll yourself" (the reader takes "!" for a sentence end).
    Rule("kys", "harm", "kys/kyss/kms2u/kysplease/kysnow/kysrn|k y s|kill ur self|kill urself|^ ll {yourself}"),
    # "just die", "go jump off a bridge", "die already": an imperative opening its clause.
    Rule("imperative", "harm", "^ {lead}? {lead}? {lead}? {die_act~}"),
    Rule("go_die", "harm", "{vocative} {lead}? {lead}? {die_act~}"),
    # "if you want to kill yourself, go ahead": the act with encouragement after it.
    Rule("go_ahead", "harm", "({kill_verb} {fills}? {yourself}|{die_act}|die|end it|ending it) {fills}? (go ahead|just do it|do it already|do it then|then do it|nobody will stop you|no one will stop you|no one is stopping you|nobody is stopping you|i dare you|what are you waiting for|nobody cares|no one cares|we will not stop you|i will not stop you|do us a favor|do us a favour|and get it over with|and be done with it)"),
    # "you should just die", "u need to kys", "you might as well end it".
    Rule("you_should_die", "harm",
         "{you} {fills}? {modal} {fills}? {lead}? ({die_act~}|die|be dead|be in a coffin|be in the ground|be six feet under|not be alive|not exist|stop living)|"
         "{you} {fills}? {modal} {fills}? (consider|think about|try|look into|start|go ahead with|get on with) {fills}? {die_ing}"),
    # "if i were you i'd kill myself": the sender's "myself" said for the other.
    Rule("if_i_were_you", "harm",
         "(if i (were|was) you|if i looked like you|if i had your life|if i had your face|if i were in your shoes|in your shoes|if i was as (ugly|fat|stupid|pathetic|dumb|useless|worthless) as you|if i were as (ugly|fat|stupid|pathetic|dumb|useless|worthless) as you|with a face like yours|looking like you) "
         "{fills}? i {fills}? (would|will|d|should|could)? {fills}? ((kill|hang|off|shoot|unalive|end|drown|kms) {fills}? (myself|my life|it all|it)|kms|die|jump off a bridge|jump|rope|neck myself|end it)|"
         "i {fills}? (would|d) {fills}? (kill|hang|off|shoot|unalive|end) {fills}? (myself|my life|it all) (if i (were|was|looked like|had your)|in your shoes)"),
    Rule("best_thing", "harm",
         "(best|only|kindest|nicest|most useful|smartest|one) (thing|favor|favour) {you} {fills}? (can|could|should|will ever|would ever|ever) {fills}? (do|give) {fills}? (for (everyone|everybody|us|all of us|the world|your family|society|humanity|this server|anyone))? (is|would be) {fills}? (to )?({die_act}|die|end it|end your life|kill yourself|disappear|disappear forever|stop existing|not exist|dying|killing yourself|ending it|leave this world)|"
         "(your|ur) (existence|birth|life|being alive|being born) (is|was) {fills}? (a mistake|a waste|an error|a curse|a joke|an accident|pointless|useless|worthless|a waste of (oxygen|space|air))|"
         "(do not|could not|can not) {fills}? (care|give a shit|give a fuck|give a damn|care less) (if|whether|when) {you} {fills}? {gone_vp}"),
    Rule("too_bad", "harm",
         "(too bad|shame|what a shame|pity|what a pity|sad|a shame|a pity|unfortunate|unlucky) (that )?{you} {fills}? (did not|didnt|never) {fills}? (die|kill yourself|succeed|finish the job|finish it|make it (die|dead))|"
         "(too bad|shame|pity) (it|that|the (pills|rope|attempt|overdose|fall)) (did not|didnt) (kill|work on) (you|ya)|"
         "{you} {fills}? (should have|should of|should ve|shouldve|need to|needed to|better|should|should just|could not even) {fills}? (finished|finish) (the job|it|what you started)|"
         "(next time|try harder|this time|and next time) {fills}? (cut deeper|use a rope|take more pills|finish the job|tie the knot tighter|use a gun|take the whole bottle)"),
    Rule("you_should_have", "harm",
         "{you} {fills}? {should_have} {fills}? (died|killed yourself|been aborted|never been born|not been born|been killed|"
         "been a miscarriage|been swallowed|stayed dead|been strangled at birth|been drowned at birth|ended it|offed yourself)|"
         "(your|ur) (mom|mother|mum|parents|dad|father|mama) {fills}? {should_have} {fills}? (aborted|swallowed|killed|drowned|strangled) (you|ya)|"
         "it should have been you ($|who died|instead|not (him|her|them))|(you|ya) should (have|ve) been (aborted|a miscarriage|swallowed)"),
    # "why don't you just die", "why are you still alive".
    Rule("why_not_die", "harm",
         "(why|how come|why the fuck|why the hell|why tf|so why) (do not|not|can not|did not|have not) {you}? {fills}? {lead}? ({die_act~}|die|died|killed yourself|ended it)|"
         "why (are|r) {you} {fills}? (still|even|still even) (alive|breathing|living|on this earth|in this world)|"
         "why do {you} {fills}? (still|even) (exist|live|breathe)|why (were|was) {you} {fills}? (ever|even)? born|"
         "why (are|r) {you} (not|n t) dead (yet)?"),
    # "do us all a favour and die", "jump off a cliff and do the world a favour".
    Rule("favour", "harm",
         "(favor|favour) {fills}? (and|by)? {fills}? {lead}? ({die_act~}|die|dying|killing yourself|disappear|disappearing|not existing|ending it|ending your life|stop existing|stop breathing)|"
         "({die_act}|die) and (do|make) (us|everyone|everybody|the world|humanity|the planet|society|your family|me|us all|all of us|the server|this server|yourself|everyone here) (all )?a (favor|favour)"),
    # Telling someone to finish an attempt, or to use the means in front of them.
    Rule("finish_it", "harm",
         "(finish|complete|end|do) (the job|what you started|it properly|it right) (this time|next time|already|properly|for real)?|"
         "(next time|this time) {fills}? (finish the job|do it properly|do it right|make sure it works|cut deeper|take more)|"
         "(take|swallow|drink|chug|down) (the whole|the entire|all the|all of the|all your|every|a whole) (bottle|pack|box|pills|meds|packet|jar)|"
         "(knife|gun|rope|pills|blade|razor|noose) {fills}? (use it|use them|go on|here you go|fix it|fix that|do it|have fun)|"
         "(use it|use them|here you go|fix it|go on) {fills}? (knife|gun|rope|pills|blade|razor|noose)|"
         "(doing|do) (us|everyone|the world|us all|all of us|everybody) (all )?a (favor|favour) (if|by|when) (you|ya|u) *2 (were not|was not|werent|wasnt|are not|stopped|stop|died|die|disappeared|left this|ended|killed) *1 (alive|breathing|existing|here|around|yourself|it)?"),
    Rule("means_here", "harm",
         "(bridge|rope|gun|pills|knife|belt|tracks|train|roof|razor|blade|noose) *4 (;)? (use it|use them|go on then|go on|you know what to do|figure it out|problem solved)|"
         "pills *2 (all of them|every one of them|every last one)|"
         "rope *1 neck|neck *1 rope|(belt|rope|cord|cable) and a (doorknob|door|tree|beam|hook)|"
         "(walk|swim|go|wade|jump) (into|in) the (lake|sea|ocean|river|water|traffic) and (do not|dont|never) come (back|out)|"
         "(log off|leave|disappear|go away|vanish|get lost|delete yourself|remove yourself) (permanently|forever|for good)|make it permanent|"
         "(hope|hoping|pray|praying|wish) *2 (the )?(tumor|tumour|cancer|disease|illness|virus|infection|overdose) (wins|kills you|gets you|takes you|spreads)|"
         "(puente|soga|cuerda|pistola|pastillas|cuchillo|cuchilla|vias|tren|azotea|bridge|rope|pills|knife|gun) *4 (ya sabes que hacer|ya sabes lo que tienes que hacer|usala|usalo)|"
         "(pastillas|pills) *1 todas|"
         "hasta que te (mueras|murieras|muera|revientes)|(que )?se te pare el corazon|(ojala|que) (te de|te dé|te agarre) (un infarto|cancer|un paro)"),
    Rule("threat_where", "harm",
         "(i|we) (know|have|got|found) (your|ur) (school|address|house|home|work|job|class|schedule|route|street|car|locker|ip|door|room|gym)|"
         "(waiting|wait|be waiting|standing|parked|outside|coming) *2 (outside|at|by|near|for you at|for you outside) (your|ur) (work|school|house|home|door|job|place|class|car|gym)|"
         "(tengo|ya tengo|consegui|conseguimos|se|sabemos|encontre) (tu|su) (direccion|casa|numero|ip|escuela|colegio|trabajo|cuarto|horario)|"
         "te (espero|estoy esperando|vamos a esperar|esperamos|voy a buscar|vamos a buscar|busco) *1 (afuera|a la salida|fuera|en la puerta|en la esquina|en tu casa|en tu trabajo|en el colegio|en la escuela)"),
    Rule("go_on_then", "harm",
         "(if|since) (you|u) (are|re|r)? (going to|gonna|want to|wanna) do it *2 (just do it|do it already|do it then|stop whining|stop talking|stop crying|stop complaining|get it over with)|"
         "(hope|hoping|pray|praying|wish|wishing) *1 (your|ur) (heart|lungs|brain|breathing|liver|kidneys) *2 (stops|stop|fails|fail|gives out|explodes|quits)|"
         "(your|ur) (parents|family|mom|mum|dad|friends|kids|partner|siblings|brother|sister|teachers) *2 (would|will|d) (be )?(relieved|happier|better off|glad|celebrate|throw a party)"),
    Rule("spelled_out", "harm", "^ (colgate|cuelgate|ahorcate|matate|muerete|suicidate|tirate|kys|die) $"),
    Rule("threat_know", "harm",
         "(i|we) (know|found out|know exactly) (which|what|where|when|the) *1 (bus|train|route|school|class|gym|car|time|shift|stop|house|street|door|room|hospital) *2 (you|your|u|ur)|"
         "(i|we) know (when|what time) (you|u) (leave|get off|finish|go|walk|get home|sleep)|"
         "(se|sabemos|ya se) (en que|a que hora|cual es|por donde|que|en cual) *1 (escuela|colegio|hora|bus|camion|ruta|trabajo|casa|calle|cuarto|gimnasio|parada)? *2 (estudias|sales|trabajas|vives|vas|tomas|entrenas|duermes|llegas|caminas)"),
    Rule("termina", "harm",
         "(termina|acaba|terminá|acabá|terminalo|acabalo|termine|acabe|hazlo|hacelo) (lo que empezaste|lo que empezo|el trabajo|bien esta vez|de una vez|lo que intentaste|de verdad esta vez)|"
         "(soga|cuerda|cuchillo|cuchilla|navaja|pistola|pastillas|veneno|rope|knife|gun|pills|blade) {fills}? (usala|usalo|usalas|usalos|ahi tienes|toma|tomá|ya sabes que hacer|ya sabes lo que tienes que hacer)|"
         "(usala|usalo|ahi tienes|ya sabes que hacer) {fills}? (soga|cuerda|cuchillo|cuchilla|navaja|pistola|pastillas|veneno)|"
         "(tomate|tragate|bebete|toma|traga) (todo el|toda la|el|la) (frasco|bote|caja|blister|tableta) (entero|entera|completo|completa)?"),
    # Wishes.
    Rule("hope_die", "harm",
         "(hope|hoping|hopefully|wish|wishing|pray|praying|may|ojala|ojala que|espero que|i bet) (that|to god|to god that)? {you} {fills}? {wish_vp~}|"
         "(want|wanna|need|would love|would like|would pay|can not wait|cant wait|love|enjoy|would enjoy|d love|d pay|d like|am going to|going to|would be happy|d be happy|would be glad|d be glad|will be happy|would be thrilled) {fills}? (to|for)? (see|watch|seeing|watching)? {you} {fills}? "
         "(dead|to die|die|to suffer|suffer|to kill yourself|kill yourself|to kys|to drop dead|drop dead|to rot|rot|to bleed|bleed|in pain|in a coffin|in the ground|"
         "six feet under|to disappear forever|gone forever|to end it ({end_tail})|to get hit by (a|the) (bus|car|truck|train)|get hit by (a|the) (bus|car|truck|train)|(to )?burn ({end_tail}|alive|in hell|to death)|(to )?choke ({end_tail}|on it|to death)|(to )?hang ({end_tail}|yourself|from a tree)|dying|suffering|bleeding|"
         "rotting|choking|gone for good|in a body bag|end your life|to end your life|six feet deep)|"
         "(can not wait|cant wait|will celebrate|would celebrate|will dance|would dance|will laugh|would laugh|will party|would party|would be happy|"
         "would be glad|would not care|would not even care|would not cry|will not cry|will throw a party|would throw a party|would be relieved|"
         "would smile|will smile|will be happy|will be glad|would cheer|will cheer|would rejoice|will rejoice|would not shed a tear|will not shed a tear|"
         "would not miss you) {fills}? (for|till|until|til|when|if|the day|once|after)? {you} {fills}? "
         "(die|died|dies|are dead|were dead|is dead|kill yourself|killed yourself|kys|drop dead|dropped dead|get hit|got hit|rot|disappear forever|"
         "to die|finally die|finally died|stop breathing|stopped breathing|end it|ended it|overdose|overdosed|hang yourself|hanged yourself|hung yourself)|"
         "(dance|piss|spit|shit|party|laugh|pee|celebrate) (on|at|over) (your|ur) (grave|corpse|dead body|funeral)|(can not wait|cant wait|looking forward) to (go to|attend|see|be at|plan|dance at|laugh at) (your|ur) (funeral|grave|burial)|"
         "(hope|wish|pray|hoping|praying) {you} *4 and (die|rot|drop dead|kill yourself|suffer|choke|burn in hell|rot in hell|never wake up)|"
         "(would be|would not it be|be|is|d be|would it not be) {fills}? (nice|great|good|awesome|funny|lovely|a relief|a blessing|amazing|hilarious|better) (if|when) {you} {fills}? (died|just died|were dead|dropped dead|killed yourself|kys|disappeared forever|got hit by a (bus|car|truck|train)|never woke up)|"
         "imagine (if )?{you} {fills}? (died|were dead|killed yourself|dropped dead|disappeared forever|got hit by a (bus|car|truck|train))|"
         "may {you} {fills}? (rot|burn|die|suffer|choke|never wake up|drop dead|rest in piss|burn in hell|rot in hell)|"
         "(hope|wish|pray|praying|hoping) {fills}? (that )?(your|ur) {fills}? {relative} {fills}? (dies|die|gets cancer|get cancer|gets hit|get hit|gets killed|"
         "get killed|burns|rots|suffers|suffer|chokes|is dead|are dead|drops dead|were dead|was dead|get raped|gets raped|get murdered|gets murdered|die in a fire)|"
         "(hope|wish|pray|praying|hoping) {fills}? (that )?something (bad|terrible|horrible|awful|tragic|really bad|very bad|painful|fatal) {fills}? (happens|will happen|would happen|happen) to {you_obj}"),
    Rule("deserve_die", "harm",
         "{you} {fills}? (deserve|deserves|deserved|merit|have earned) {fills}? (to die|to suffer|to be dead|to rot|to burn|to be hurt|to get hurt|to be killed|to get killed|"
         "to be shot|to get shot|to be raped|to get raped|to be tortured|to die alone|to feel pain|to be in pain|to bleed|death|cancer|to get cancer|"
         "to be beaten|to get beaten|everything bad|all the pain|hell|to go to hell|to be stabbed|to get stabbed|to choke|to drown|to starve|"
         "to kill yourself|to hang|to be hanged|to be hung|a bullet|to be erased|to be put down|to be gassed|to be murdered|to get murdered|"
         "to be dead already|to burn in hell|to rot in hell|to die slowly|a slow death|a painful death|to be lynched|the death penalty|to be in a coffin|to {wish_vp}|to be run over)|"
         "{you} {fills}? (do not|never|did not) {fills}? (deserve|deserved) to (exist|be alive|breathe|have been born|be born|be on this earth|"
         "be in this world|live ($|anymore|on this earth|in this world|after what you did|another day|lol|to be honest|honestly|bitch|loser)|walk this earth)"),
    Rule("should_not_exist", "harm",
         "{you} {fills}? (should not|should never|never should|were never supposed to|were not supposed to|was never supposed to|"
         "were not meant to|were never meant to|are not supposed to|do not get to) {fills}? (have )?(exist|existed|be alive|live $|have been born|been born|be born|breathe|"
         "be breathing|be on this earth|be in this world|have lived|walk this earth)|"
         "{you} {fills}? (are|were|re|r) {fills}? (a|an) {fills}? (mistake|failed abortion|abortion|miscarriage|waste of (space|oxygen|air|skin|life|a life|sperm|flesh|cum|resources))|"
         "waste of (oxygen|air|skin|sperm|flesh|cum)|"
         "(the )?(world|earth|planet|universe|society|everyone|everybody|humanity) (does not|do not) (need|want) (you|ya|people like you) ($|anymore|alive|here|around|in it)|"
         "there is no (place|room) for (you|ya|people like you) (in|on) this (world|earth|planet)|(your|ur) birth was a mistake|"
         "{you} {fills}? (are|re|r) {fills}? (worthless|useless|pathetic|trash|garbage|scum) (and|so|just)? {fills}? ({die_act}|die|should die|deserve to die|should kill yourself)|"
         "{you} {fills}? (are|re|r|will always be) {fills}? (nothing but)? (a|an) {fills}? (burden|drain|parasite) (to|on|for) (everyone|everybody|your family|us|all of us|the world|society|your friends|your parents|this server|the server|everyone around you|all)|"
         "{you_are} {fills}? worthless ($|and|piece|trash|loser|bitch|idiot|lol|to be honest)|(your|ur) {fills}? (a|an) {fills}? (mistake|failed abortion|waste of (space|oxygen|air|skin|life|sperm))"),
    Rule("better_dead", "harm",
         "{you} {fills}? (would be|are|would|will be|be|were|are so much|would be so much|would be way|are way|would be much|would be a lot) {fills}? better (off )?(dead|gone|not existing|not alive|in a coffin|six feet under|in the ground|if you died|if you were dead|if you killed yourself|dying)|"
         "{you} {fills}? (would|d) (do|be doing) (the world|everyone|us|everybody|humanity|us all|all of us) a (favor|favour) (if|by) (you )?(died|dying|killed yourself|killing yourself|disappeared|disappearing|ended it|ending it)"),
    Rule("nobody_miss", "harm",
         "{nobody} {fills}? (would|will|is going to|going to|would ever|will ever|could|would even|will even|is ever going to|is even going to|ever|even|d)? {fills}? "
         "(miss|mourn|grieve|cry for|cry over|mourn for|shed a tear for|weep for|remember|grieve for) (you|ya|yall|you all)|"
         "{nobody} {fills}? (would|will|is going to|going to|d|does|do|is|ever)? {fills}? (notice|care|even notice|even care|give a shit|give a damn|give a fuck|mind|be sad|cry|shed a tear|bat an eye|blink) "
         "(if|when|that|whether|once|after|about it if|at all if) {you} {fills}? {gone_vp}|"
         "{nobody} {fills}? (would|will|is going to|going to|d|ever|even)? {fills}? notice (you are|you were|your) (gone|dead|missing|absence|not here|not around|death)|"
         "{nobody} {fills}? *3 (your|ur) (funeral|grave|wake|memorial|burial)|"
         "{nobody} {fills}? (cares|cared|gives a shit|gives a damn|gives a fuck|would care|will care|ever cared|has ever cared|even cares) (about you|for you) ({end_tail}|at all|anyway|anymore|here)|"
         "{nobody} {fills}? (cares|cared|gives a shit|gives a damn|gives a fuck|would care|will care|even cares) (if|whether|when) {you} {fills}? {gone_vp}|"
         "{nobody} {fills}? (loves|likes|wants|needs|will ever love|would ever love|could ever love|cares about|will ever want|ever loved|has ever loved|could love|would love|will love|ever liked|will ever like|would miss|will miss) "
         "(you|ya|yall) ({end_tail}|here|alive|around|anymore|at all|go die|kys|idiot|loser|bitch|in this world|on this earth|in this server|and nobody|and no one|and never)|"
         "(everyone|everybody|everyone here|everybody here|people here|we all|all of us|the whole server|the server|this server|the whole world|the world|literally everyone|they all|all of them|every single person|your own family|your family|even your family|your friends) {fills}? "
         "((hates|hate|despises|despise) (you|ya) ({end_tail}|so much|for|and|because)|(wants|want|wanted) (you|ya) (dead|gone for good|to die|to kill yourself))"),
    # "someone should kill you", "i hope a bus hits you", "i'll pay someone to kill you".
    Rule("someone_should", "harm",
         "(someone|somebody|anyone|people|somebody out there|someone out there|someone here|one of us|a real man) {fills}? (should|needs to|ought to|has to|must|better|gotta|got to|should really|should just|needs to just) {fills}? (kill|shoot|stab|murder|hurt|run over|beat up|rape|strangle|hang|lynch|end|put down|off) (you|ya|yall|your {relative})|"
         "(hope|wish|pray|hoping|praying) {fills}? (that )?(someone|somebody|a car|a bus|a truck|a train|a meteor|lightning|god|karma|cancer|a drunk driver|a shark|a bear) {fills}? ((kills|shoots|stabs|murders|hurts|runs over|rapes|strangles|hangs|hits|ends|strikes|beats up|takes|gets|finds) (you|ya|your {relative})|(runs|hits|knocks|mows|run|hit|mow) (you|ya) (over|down))|"
         "(pay|hire|get|send|paying|hiring|sending|call|calling) (someone|somebody|people|a guy|some guys|my boys|my friends|my brothers|my cousins|a hitman|hitmen|the boys) (to|who will|that will|and they will|and they are going to) (kill|hurt|beat up|shoot|stab|jump|find|murder|end|visit|rape|deal with) (you|ya|your {relative})|"
         "{i_will} (have|get) (you|ya) (killed|shot|stabbed|beaten up|hurt|murdered|jumped|raped|disappeared|whacked)"),
    Rule("nobody_rhetorical", "harm",
         "(not like|as if) (anyone|anybody|someone|people|your family|your friends) {fills}? (would|will|is going to|is gonna|d)? {fills}? (miss|care about|notice|mourn|cry for|cry over|care if|care when|notice if) (you|ya)|"
         "^ who {fills}? (would|will|is going to|is gonna|d) {fills}? (even|ever|actually|really)? (miss|mourn|cry for|cry over|notice|care about|come to your funeral|go to your funeral|care if you died|care if you die) (you|ya)? $"),
    Rule("better_without", "harm",
         "{others} {fills}? (would|will|d|is|are|be|would be|will be|d be|would all be|will all be|would honestly be|would really be|were) {fills}? {better} {fills}? (for (everyone|everybody|all|us|all of us|the world|your family|them))? {fills}? {without_you}|"
         "(better|best) for (everyone|everybody|all of us|us|the world|your family|them|all|society|the server) if {you} {fills}? {gone_vp}|"
         "(better|happier) (world|place|server) without (you|ya|people like you)"),
    # ================================================================== English: threats
    Rule("will_hurt", "harm", "{i_will} {threat_vp}|^ {fills}? (going to|about to|will|finna|gon|bout to|fixing to|gunna) {fills}? {threat_vp}|(i|we) {fills}? (am|are) (coming|going to come) (for|after) (you|ya|yall) ({threat_end}|next|tonight|soon|and your family)"),
    Rule("know_where", "harm",
         "(i|we) {fills}? (know|found out|found|figured out|have found out|know exactly|will find out|am going to find out) where (you|ya|your {relative}|ur {relative}|your family) "
         "(live|lives|work|works|sleep|sleeps|go to school|goes to school|hang out|park|stay|stays)"),
    Rule("watch_back", "harm",
         "watch (your|ur) back ($|bitch|loser|buddy|pal|kid|boy|girl|idiot|i swear)|count (your|ur) days|sleep with one eye open|(your|ur) days are numbered|"
         "{you} {fills}? (will|are going to|going to|shall) {fills}? regret (this|it|that) ($|bitch|loser|i promise|trust me|i swear|idiot|kid)|"
         "{you} {fills}? (will|are going to|going to|shall) {fills}? regret (ever|the day|being born|crossing|messing|saying that|what you did|doing that|this day|talking to me|that you were born|you were born)|"
         "{you} {fills}? (will|are going to|going to) {fills}? pay (for this|for that|for what you did|for what you said|$|with your life|in blood)|"
         "{you} {fills}? (will|are going to|going to) {fills}? be sorry ($|bitch|loser|i promise|trust me|i swear)|"
         "{you} {fills}? (will not|will never|are not going to|never going to|are never going to|not going to) {fills}? see (it|me|us|this|what is) coming|"
         "({you} {fills}? (are|re|r|is)|youre|your|ur) {fills}? (so dead|dead meat|a dead man|a dead woman|a dead girl|a dead boy|done for|as good as dead|dead) "
         "($|when|if|once|after|the moment|tomorrow|tonight|bro|dude|bitch|buddy|pal|kid|next time|i swear)|"
         "^ {you_are} (done|finished|toast|history|next) $|(your|ur) (so dead|dead meat|a dead man|dead) $|"
         "({you} {fills}? (will|shall)|{you_are} {fills}? (going to|about to)) {fills}? die ($|tonight|tomorrow|soon|today|when i|if i|by my hand|slowly|painfully|bitch|i swear|next)|(catch|catching|gonna catch|going to catch) (these|my|some) (hands|fists|bullets|hollows)|catch a (bullet|fade|beating|bullet to the head)|"
         "{you_are} {fills}? (getting|going to get|about to get|finna get) (jumped|merked|smoked|capped|popped|clapped|bodied|beat up|your ass beat|your ass kicked|your ass whooped|what is coming to you)|dead man walking|(you|ya) (will not|are not going to|will never|are never going to|not going to) (live|survive|make it) (to see|till|until|through) (tomorrow|another day|the weekend|next week|your next birthday|the night|monday|christmas)|"
         "(again|one more time|once more) and (see|watch) what happens|something (bad|terrible|horrible|awful) (is going to|will|is about to) happen to (you|ya|your {relative})|"
         "(wait|just wait) (till|until|til) i (get my hands on you|catch you|find you)|(before|till|until|til) (i|we) (find|get|catch|kill|hurt|come for|end|get to) (you|ya) ($|{end_tail})|"
         "(you|ya) (have|got|get) {number}? (more )?(hours|days|minutes|seconds|weeks|hour|day) (left )?(to live|to run|to hide|to say goodbye|before (i|we|they) (find|get|catch|kill|hurt|come for|end|get to) (you|ya))|(when|once|if) i get my hands on (you|ya)|"
         "(bring|bringing|brought|take|taking) (a|my) (gun|knife|rifle|bomb|pistol|shotgun) to (school|work|class|your|the office|the mall|church)"),
    # ================================================================== Spanish: telling someone to die or hurt themselves
    Rule("matate", "harm", "{matate~}|muerte a (ti|vos|usted|ustedes|todos ustedes|vosotros)|^ {lead}? (muere|morid|mueran) ($|ya|de una vez|{die_tail})"),
    Rule("vete_a_morir", "harm",
         "(vete|ve|andate|anda|idos|id|vayase|vaya|vayanse|vayan|andese|andense|largate|vete ya|ve ya|andate ya|vete de una vez|vete mejor) {fills}? "
         "(a morir|a morirte|a morirse|a matarte|a matarse|a suicidarte|a suicidarse|a colgarte|a ahorcarte|a tirarte|a pegarte un tiro|a podrirte|a pudrirte|"
         "y muerete|y matate|y suicidate|y morite|y muerase|y matese|y ahorcate|y pudrete|a la mierda y muerete|a la verga y muerete|al infierno y muerete|"
         "a morir lejos|a morir a otro lado|al carajo y muerete|al diablo y muerete|a la chingada y muerete|a ahogarte|a envenenarte|a cortarte las venas|a quitarte la vida)|"
         "(vetea|andatea) (morir|morirte|matarte|suicidarte|colgarte|ahorcarte|tirarte)|((vete|ve|andate|anda|andá|andate ya|vayase) (a matar|a suicidar|a colgar|a ahorcar)|(vetea|andatea) (matar|suicidar|colgar|ahorcar)) (vos|te|usted)"),
    Rule("por_que_no_te", "harm",
         "(por que|porque|por que mejor|y por que|para que|por que ya|y si mejor|a ver si|a ver cuando|y si|que tal si|que tal si mejor|mejor) no? {te} {fills}? {te_matas}|"
         "(por que|porque|por que mejor|y por que) no (vas|te vas|te largas|vas y te|vais|van) (a morir|a morirte|a matarte|a suicidarte|a colgarte|a tirarte|y te matas|y te mueres)|"
         "(por que|para que) (sigues|seguis) (vivo|viva|vivos|respirando|existiendo|viviendo|con vida|en este mundo)|"
         "(por que|para que) (existes|naciste|respiras|existis|viniste al mundo) ($|si|todavia|aun)"),
    # "deberías matarte", "tenés que morirte", "haznos un favor y muérete".
    Rule("deberias", "harm",
         "{deberias} {fills}? ({morir_you}|{matate})|(mejor|es mejor|seria mejor|lo mejor seria|lo mejor es) {fills}? ({matate}|{morirte}|que te mueras|que te mates|que te suicides|que desaparezcas para siempre|que no existieras|que te murieras|que te mataras)|"
         "(debiste|debiste haber|debias haber|debiste de|tenias que haber|tendrias que haber|deberias haber|deberias de haber) {fills}? (morir|morirte|muerto|muerta|matarte|matado|suicidarte|suicidado|nacido muerto|nacido muerta|sido abortado|sido abortada|haberte muerto)|"
         "(nunca|no) (debiste|deberias haber|tendrias que haber|debiste haber|debias|deberias|deberias estar|debes estar|tendrias que estar) {fills}? (nacer|nacido|existir|haber nacido|venir al mundo|vivo|viva|vivos|vivas|respirar|respirando|en este mundo|aqui $|vivir $)|"
         "(mejor|ojala|hubiera sido mejor que|seria mejor que|habria sido mejor que|es una pena que|que pena que) (ni|no|nunca) (hubieras|hubieses) nacido|"
         "(tu|su) (madre|mama|vieja|familia|padre|papa|padres) {fills}? (debio|debia|tendria que haber|debio haberte|tuvo que|deberia haberte|debieron|debio de) {fills}? (abortarte|abortar|haberte abortado|matarte|ahogarte|tirarte a la basura|abortado)|"
         "(debieron|deberian haberte|tendrian que haberte) {fills}? (abortarte|matarte|ahogarte|abortado)"),
    Rule("te_deberias", "harm",
         "{te} {fills}? {te_deberias} {fills}? {te_morir}|{te} (mueres|moris|matas|suicidas) (ya|de una vez|de una puta vez|pronto|hoy|mismo|o que) *2 $"),
    # Wishes: "ojalá te mueras", "espero que te atropelle un camión", "que te parta un rayo"; and the
    # subjunctive alone, which is a wish unless a caring frame holds it ("no quiero que te mueras").
    Rule("ojala_te", "harm",
         "{ojala} {fills}? {te} {fills}? {te_mueras~}|{ojala} {fills}? {mueras~}|"
         "{te} {fills}? (mueras|murieras|muras|murieses|pudras|pudrieras|suicides|suicidaras|ahorques|ahorcaras|parta un rayo|lleve el diablo|lleve la verga|lleve la chingada|coma el cancer)|"
         "{ojala} {fills}? se (muera|muriera|mueran|murieran|mate|matara|suicide|suicidara|pudra|ahorque) (ya|de una vez|pronto|hoy|usted|ustedes)?"),
    Rule("lo_mejor_es", "harm",
         "(lo mejor|lo unico bueno|lo unico util|lo unico|el mejor favor) que {fills}? (puedes|podrias|podes|podés|vas a poder) hacer {fills}? (por (todos|el mundo|tu familia|nosotros|la humanidad|todo el mundo))? (es|seria) {fills}? ({morir_you}|{matate}|morirte|desaparecer|matarte)|"
         "(tu|su) (existencia|vida|nacimiento) (es|fue) {fills}? (un error|un desperdicio|una equivocacion|una maldicion|un asco|inutil|una perdida de (oxigeno|espacio|aire))|"
         "(me da igual|me daria igual|me importa una mierda|me importaria una mierda|me importa un carajo|me vale|me valdria|me chupa un huevo|me tiene sin cuidado|me importa poco|me da lo mismo|me daria lo mismo|no me importa|no me importaria) {fills}? (si|que) {fills}? {te} {fills}? (mueres|moris|murieras|mueras|matas|mataras|mates|suicidas|suicides|suicidaras|ahorcas|ahorques|desapareces para siempre)"),
    Rule("que_pena", "harm",
         "(que pena|lastima|una pena|una lastima|mala suerte|que lastima|es una pena|es una lastima) (que )?no {te} (moriste|murieras|mataste|hayas muerto|hayas matado|suicidaste|hayas suicidado|salio bien)|"
         "(la proxima vez|la proxima|otra vez|esta vez) {fills}? (corta mas hondo|corta mas profundo|termina el trabajo|tomate mas pastillas|usa una soga|asegurate de morir)"),
    Rule("alguien_te", "harm",
         "({ojala}|que) {fills}? (alguien|algun dia alguien|un dia alguien|un camion|un coche|un auto|un carro|un rayo|dios|el karma|el cancer) {fills}? {te} (mate|maten|pegue un tiro|apunale|viole|atropelle|haga dano|dispare|golpee|destroce|revienten|reviente|lleve)|"
         "(pagar|pagarle|pagare|pagarle a|voy a pagar|voy a pagarle|contratar|contratare|mandar|mandare) (a )?(alguien|unos|a unos|a un sicario|un sicario|a mis amigos|a mis primos|a los chicos) (para que|que) {te} (mate|maten|pegue|peguen|haga dano|hagan dano|golpee|golpeen|apunale|dispare|busque|busquen|parta la cara)|"
         "alguien {fills}? (deberia|tendria que|tiene que|debe) {fills}? (matarte|pegarte un tiro|apunalarte|atropellarte|hacerte dano|darte una paliza)"),
    Rule("mereces", "harm",
         "(mereces|te mereces|mereceis|merecen|te merecen|mereces que|te mereces que) {fills}? {merecer_es}|"
         "no {fills}? (mereces|te mereces|mereceis|merecen|mereces ni) {fills}? (vivir ($|en este mundo|mas|un dia mas|ni un dia mas|cabron|pendejo|perra|hdp|idiota)|existir|estar vivo|estar viva|estar vivos|respirar|el aire que respiras|ni el aire|estar en este mundo|haber nacido|seguir vivo|seguir viva|seguir respirando|seguir existiendo)"),
    Rule("nadie_te", "harm",
         "(nadie|ni tu familia|ni tus amigos|ni tu madre|ni tu mama|ni tus padres|ni tu propia familia|ni dios|ni un alma|ni una sola persona) {fills}? {te} {fills}? {nadie_te}|"
         "a nadie le {fills}? (importas|importarias|vas a importar|importaste nunca|importaste jamas|has importado nunca|importas ni un poco)|"
         "a nadie le {fills}? (importaria|importara|va a importar|importa|importo|iba a importar) {fills}? (si|que|cuando) {fills}? ({te} (mueres|moris|murieras|mueras|matas|mataras|mates|suicidas|suicidaras|suicides|vas para siempre|fueras para siempre|ahorcas|ahorcaras|desapareces para siempre)|"
         "vives o mueres|vivas o mueras|desaparecieras|desapareces|desaparezcas|no existieras|no existes|estas vivo|estas viva|estas muerto|estas muerta|sigues vivo|sigues viva|existes|dejas de existir|dejaras de existir|ya no estas|ya no estuvieras|no estuvieras)|"
         "(nadie|ni tu familia|ni tu madre|ni un alma) {fills}? (iria|va a ir|vendria|va a venir|asistiria|va a asistir|lloraria|va a llorar|llorara|iran|ira) {fills}? (a|en|por)? (tu|su) (funeral|entierro|velorio|tumba|muerte)|"
         "(nadie|ni tu familia) {fills}? (notaria|va a notar|notara|se daria cuenta|se va a dar cuenta|echaria en falta) {fills}? (si|que|cuando) {fills}? ({te} (mueres|moris|murieras|mueras|matas|mataras|vas|fueras)|desaparecieras|desapareces|no estas|no estuvieras|faltas|faltaras|dejas de existir|dejaras de existir|ya no estas)|"
         "(nadie|ni tu familia) {fills}? (lloraria|va a llorar|llorara) {fills}? (por ti|por vos|si te mueres|si te murieras|si te matas|si te mataras|tu muerte|cuando te mueras)|"
         "(todos|todo el mundo|todos aqui|todos nosotros|la gente|todo el server|hasta tu familia|tu propia familia|tu familia) {fills}? {te} (odian|odia|odiamos|detestan|detesta|desprecian|desprecia|quieren muerto|quieren muerta|quiere muerto|quiere muerta|queremos muerto|queremos muerta)|"
         "(el mundo|la tierra|la humanidad|el server) {fills}? no {te} (necesita|quiere) ($|vivo|viva|aqui|para nada)"),
    Rule("mejor_sin_ti", "harm",
         "{otros_es} {fills}? {estaria} {fills}? (mucho|mas|tanto|muchisimo)? {fills}? {mejor_es} {fills}? (para todos|para todo el mundo)? {fills}? {sin_ti}|"
         "(seria|es|va a ser|estaria|sera|seria mucho) {fills}? (mejor|mejor para todos|mejor para todo el mundo|lo mejor|un alivio|un favor|una bendicion) {fills}? (si|que) {fills}? ({te} (murieras|mueras|mueres|mataras|mates|matas|suicidaras|suicides|fueras para siempre|largaras para siempre|ahorcaras|ahorques)|"
         "desaparecieras|desaparezcas para siempre|no existieras|no estuvieras|no hubieras nacido|nunca hubieras nacido|estuvieras muerto|estuvieras muerta|dejaras de existir|no existas|murieras|mueras)|"
         "(estarias|estarian|estas) {fills}? (mucho|tanto|mil veces)? mejor {fills}? (muerto|muerta|muertos|muertas|bajo tierra|en una tumba|en un ataud)|"
         "(le )?(harias|hacias) un favor (al mundo|a todos|a la humanidad|a todo el mundo|a tu familia) (si (te murieras|te mataras|desaparecieras|te suicidaras|no existieras|te fueras para siempre|murieras)|muriendote|matandote|suicidandote)|"
         "^ (tu|vos|usted)? {fills}? sobras (en este mundo|en el mundo|aqui|en esta vida|en la tierra|en este server)? $|(tu|vos) sobras|(estas) de sobra (en este mundo|en el mundo|aqui|en esta vida|en la tierra)|"
         "(eres|sos|es usted|son|fuiste) {fills}? (un|una)? {fills}? (desperdicio|perdida|gasto) de (oxigeno|espacio|aire|piel|esperma|recursos|carne)|"
         "(eres|sos|fuiste|es usted) {fills}? (un|una) {fills}? (error|aborto|aborto fallido|equivocacion) ($|de la naturaleza|que no debio nacer|de tus padres|de tu madre|cabron|pendejo|perra)|"
         "(eres|sos|es usted) {fills}? (una carga|un estorbo|un lastre|un parasito) {fills}? (para todos|para tu familia|para todo el mundo|para el mundo|para la sociedad|para nosotros|para todos aqui|$)"),
    # ================================================================== Spanish: threats
    Rule("te_voy", "harm",
         "({te}|os|los|las) {fills}? (voy a|vamos a|voy a ir a|vamos a ir a|juro que voy a|quiero|queremos|pienso|podria|estoy por|estoy a punto de|voy a terminar por|vamos a terminar por) {fills}? {te_hago}|"
         "{voy_a} {fills}? {matarte}|(voy a|vamos a|juro que voy a|te juro que voy a) {fills}? (encontrarte|buscarte) ($|y|hasta|donde sea|dondequiera|aunque|cabron|pendejo)|"
         "({te}|os|los|las) {fills}? {te_mato}|"
         "(le|les) {fills}? (voy a|vamos a) {fills}? (hacer dano|matar|lastimar|hacer sufrir|violar|golpear|disparar|apunalar|partir la cara|romper la cara|quemar la casa|desaparecer) {fills}? a (tu|tus) {relative_es}|"
         "(voy a|vamos a|juro que voy a) {fills}? ((matar|hacer dano|lastimar|violar|golpear|secuestrar|quemar|degollar|apunalar|disparar|torturar) {fills}? (a|a toda)|matara|matara toda) (tu|tus) {relative_es}|"
         "(voy a|vamos a) {fills}? (quemar|incendiar|volar|balear|tirotear) tu (casa|coche|carro|auto|escuela|colegio|trabajo)|"
         "(me|nos) (voy|vamos) a cargar a (tu|tus|toda tu) {relative_es}|(voy a|vamos a) {fills}? hacer que te arrepientas (de haber nacido|de todo|de esto)?|"
         "(voy|vamos) {fills}? (a por|a ir a por) (ti|vos|usted|ustedes|tu familia) ($|cabron|pendejo|hijo de puta|hdp|perra)|(voy|vamos) (por|a ir por) (ti|vos) (cabron|pendejo|hijo de puta|hdp|perra)|"
         "(voy a|vamos a|juro que voy a) {fills}? (acabar|terminar) contigo|acabare contigo|acabaremos contigo"),
    Rule("se_donde", "harm",
         "(se|sabemos|ya se|ya sabemos|averigue|averiguamos|descubri|descubrimos|voy a averiguar|vamos a averiguar) {fills}? donde (vives|vivis|trabajas|estudias|duermes|dormis|vive tu {relative_es}|viven tus {relative_es}|estudian tus hijos|estudia tu hijo|estudia tu hija|esta tu casa|queda tu casa|vive tu familia)"),
    Rule("amenaza", "harm",
         "(me|nos) (la|las) (vas|van) (a pagar|apagar)|(la|las) (vas|vais) (a pagar|apagar)|la pagaras|me las pagaras|me la pagaras|"
         "((vas|vais|van) (a pagar|apagar)) (por esto|por eso|por lo que hiciste|por lo que dijiste|con tu vida|con sangre)|"
         "{te} (vas a|van a|vais a) arrepentir ($|de esto|de eso|de lo que (hiciste|dijiste|me hiciste)|de haber nacido|de haberme|toda tu vida|cabron|pendejo|te lo juro|te lo prometo)|"
         "{te} (arrepentiras) ($|de esto|de eso|de lo que (hiciste|dijiste)|de haber nacido|de haberme)|"
         "(cuidate|cuida|cuidese) (la|tu|las) espalda/espaldas ($|cabron|pendejo|perra)|(mas te vale|mejor) (cuidarte|que te cuides|cuidar) (la|tu) espalda|"
         "(duerme|dormi|duerma|duermete) con un ojo abierto|tus dias estan contados|(tienes|tenes) los dias contados|"
         "(estas|ya estas|eres|sos|ya eres|ya sos) {fills}? (muerto|muerta|hombre muerto|mujer muerta|carne muerta|fiambre|cadaver|boleta) "
         "($|cuando|si|la proxima|cabron|pendejo|hijo de puta|hdp|perra|te lo juro|en cuanto|apenas|manana|esta noche)|"
         "(date|dese|daos|denme) por (muerto|muerta|muertos)|"
         "(no )?(lo|la|me|nos|los)? (vas|van) a ver venir|no (sabes|tienes idea de|te imaginas) lo que te espera|lo que te va a pasar $|"
         "{te} (vas a|va a) morir ($|cabron|pendejo|hoy|esta noche|manana|pronto|lentamente|te lo juro|hijo de puta|hdp|perra|idiota|de verdad)|(ya )?(veras|vas a ver|ya vas a ver) (lo que te pasa|lo que te va a pasar|lo que te hago|lo que te espera|cabron|pendejo|hijo de puta|hdp)|"
         "(te|les|os) (va|van) a pasar algo (malo|terrible|horrible|feo|grave)? ($|cabron)|(ya )?(te|les|os) (va a|van a|cargo|llevo) (cargar|llevar)? (el payaso|la chingada|la verga|el diablo|la muerte|la calaca)|algo (malo|terrible|horrible) {fills}? (te|les|os) (va a|puede) pasar ($|cabron)|"
         "te espero a la salida ($|cabron|pendejo|y)|"
         "no (vas a|vais a|van a) (vivir|sobrevivir|llegar) (para contarlo|a manana|a ver manana|otro dia|al lunes|a tu cumpleanos|hasta manana)|"
         "(voy a|vamos a) (llevar|traer) (un|una|mi) (pistola|arma|cuchillo|navaja|bomba|escopeta) (a la escuela|al colegio|a clase|a tu casa|al trabajo|a la uni)"),
]  # fmt: skip

# ---------------------------------------------------------------------------------------------- CARING
# A harmful rule's match is caring, not harmful, when one of these covers it: each opens before the
# harmful words and ends after them. `_CORE` is what the harmful words may be.
_CORE = (
    "({kill_verb} {fills}? {yourself}|{die_act}|die|dies|died|dying|suicide|kys|end it|end it all|ending it|"
    "end your life|ending your life|suffer|suffering|kill yourself|killing yourself|hurting yourself|harming yourself|cutting yourself)"
)
# What may stand between a negation and the harmful words: "please don't EVER…", "i don't WANT YOU TO…".
_NEG_MID = (
    "(ever|even|you|ever again|again|yet|go|go and|just|really|please|dare|you dare|you ever|you even|try to|ever try to|"
    "think about|think of|even think about|consider|want to|want you to|wanted you to|need to|have to|feel like you have to|"
    "feel like you need to|feel the need to|feel like|go out and|do anything to|do something to|do something stupid like|"
    "be tempted to|let anyone|let anybody|let them|let him|let her|let people|let anyone make you|let them make you|"
    "let it make you|let this make you|let that make you|listen to anyone who tells you to|listen to them|tell you to|"
    "tell anyone to|tell someone to|tell people to|say|type|joke about|deserve to|plan to|planning to|going to|gonna|"
    "thinking about|thinking of|ever think about|actually|seriously|ever want to|make you|let yourself|let this|"
    "let that|let it|let anyone tell you to|let them tell you to|let anybody tell you to|i|we|want to see you|"
    "need you to|want anyone to|want anybody to|ask you to|expect you to|tell you|ever have to|ever need to|have to ever)"
)
_NEGATION = (
    "(do not|never|please do not|please never|do not ever|never ever|try not to|careful not to|be careful not to|"
    "make sure you do not|make sure not to|promise me not to|promise not to|promise me you will not|promise you will not|"
    "promise me you will never|stop|quit|please stop|no need to|there is no need to|you do not have to|you do not need to|"
    "you never have to|you should not have to|you will not have to|nobody wants you to|no one wants you to|"
    "would not want you to|will not|would not|will never|would never|not going to|never going to|not gonna|"
    "not planning to|no reason to|should not|should never|must not|must never|can not|could not|hope you do not|"
    "hope you never|hope you will not|hope you did not|hope you would not|not to|never to|did not|have not|has not|"
    "had not|were not|was not|am not|are not|is not|not want|not wanting|do not want|did not want|never wanted|never want|"
    "(nobody|no one|noone|no body) (should|deserves to|has to|needs to|has the right to|gets to|is allowed to|can|wants to|"
    "will|would|is going to|must|should ever|ought to|should have to)|not a reason to|not worth it to)"
)
_URGE = (
    "(feel like|felt like|feeling like|feel the urge to|felt the urge to|have the urge to|get the urge to|urge to|urges to|"
    "think about|thinking about|thought about|think of|thinking of|thought of|thoughts of|thoughts about|thought|thoughts|"
    "want to|wanted to|wanting to|start to|start thinking about|consider|considering|considered|plan to|planning to|"
    "planning on|tempted to|close to|ready to|decide to|decided to|struggle with|struggling with|need to|feel you need to|"
    "feel like you want to|feel like you need to|feel like you should|feel like you have to|start feeling like|"
    "do anything to|do something to|get close to|are about to|were about to|talk about|talking about|mentioned)"
)
# A statement about the other that the caring writer denies or attributes to the other's own pain.
_WORLD_END = (
    "((you|ya) {fills}? {gone_vp}|{without_you}|(to|you) {fills}? {die_act}|{die_act}|{gone_vp}|to die|to suffer|to exist|to live|(you|ya) (here|alive|around|anymore)|"
    "(you|ya)|yourself|die|dead|alive|here|anymore|exist|existed|born|a mistake|a burden|worthless|a waste of space|a waste of (space|oxygen|air|skin))"
)
_WORLD = (
    "({nobody}|{others}|everyone|everybody|{you}|people|they|we|the world|earth|your|it|a|an|no one|none of us) *4 "
    + _WORLD_END
    + "?"
)
_DENIAL = (
    "((not true|is a lie|a lie|lies|lying|wrong|false|untrue|bullshit|nonsense|not real|not a fact|not the truth) "
    "(that|when (it|they|he|she|people|your brain|your mind|your head|depression|anxiety) (says|tells you|say|tell you|whispers))?|"
    "(do not|never|stop|please do not|please stop) (believe|believing|think|thinking|listen to|listening to|let anyone tell you|"
    "let them tell you|let anybody tell you|let anyone make you think|tell yourself|telling yourself|feel like|buy|accept|"
    "let your brain tell you|let your mind tell you|let depression tell you|let the voices tell you) (that|anyone who says|"
    "them when they say|it when it says|the voice that says|the thoughts that say|your brain when it says|yourself that)?|"
    "(who|whoever|anyone who|someone who|people who|if anyone|if someone|the person who|whoever it was that) (told|tells|said|says|say|tell) (you)? (that)?|"
    "(would never|will never|never|do not|did not|would not|could never) (say|said|think|thought|believe|mean|meant|want|wish|tell you|say to you)|"
    "(your|ur|the) (brain|mind|depression|anxiety|head|illness|disorder|inner critic|voice|voices|thoughts|bpd|ocd|trauma|sickness) "
    "(says|tells you|is telling you|lies|is lying|lying|might say|may say|will say|keeps saying|wants you to think|makes you think|"
    "makes you feel like|is saying|will tell you|says that|tells you that|convinces you)|"
    "{you} (think|feel|believe|said|say|thought|felt|might think|may think|might feel|may feel|probably think|probably feel|"
    "keep saying|keep thinking|are thinking|were thinking|told me|wrote|mentioned|feel like|felt like|think that|believe that|"
    "worry|worried|fear|are convinced|were convinced|seem to think|keep telling yourself|tell yourself|told yourself|"
    "are scared|were scared|are afraid|were afraid|might believe|may believe|probably believe)|"
    "(it|that|this|everything|life) (feels|seems|felt|seemed|might feel|may feel|can feel|might seem|may seem|must feel|probably feels|sounds|looks)|"
    "(deserve to|have to|need to|should|want you to|like you to|make you|made you|makes you|making you|to|ever) (feel|think|believe) (like|that)|"
    "(when|if|whenever) (it|your brain|your mind|your head|depression|the illness|the depression|the voice|the voices|they|someone|anyone|people) (says|tells you|say|tell you|whispers|insists|screams)|"
    "(even if|even when|although|though) (it|you) (feels|seems|feel|think|believe|felt|thought)|"
    "(i know|i understand|i get|i hear|i know that|i understand that|i get that) (it feels|you feel|you think|you believe|that you feel|"
    "that you think|how much it feels|it seems|it can feel|it might feel|you said|you are thinking|you have been thinking|you have been feeling|you felt|you thought)) "
    "(like|that|as if|as though)? (that )?"
)
_CORE_ES = (
    "({te} {fills}? (mates|mueras|suicides|hagas dano|hagas algo|lastimes|cortes|ahorques|tires|quites la vida|maten|pase algo|"
    "murieras|mataras|suicidaras|cuelgues|envenenes|ahogues|pudras|mueras de|hagas mal|autolesiones|hieras|suicidaras)|"
    "{morirte}|{matarte}|{morir_you}|{merecer_es}|morir|morirse|suicidarse|matarse|hacerse dano|desaparecer|no existir|dejar de existir|"
    "quitarse la vida|hacerte algo|hacerte dano|sufrir)"
)
_NEG_MID_ES = (
    "(quiero que|queremos que|quiero verte|vayas a|pienses en|intentes|trates de|se te ocurra|te atrevas a|deberias|debes|"
    "tienes que|tenes que|necesitas|hace falta|hay que|vale la pena|es necesario|dejes que|dejare que|dejaria que|"
    "permitas que|permitire que|vuelvas a|me hagas|nos hagas|lo hagas|intentar|tratar de|pensar en|por favor|nunca|jamas|"
    "mas|otra vez|de nuevo|ya|vos|tu|seas capaz de|pensaras en|quisiera que|quieras|mereces|te mereces|merecés|te merecés|"
    "se merece|merece|mereceis|merecen|deseo que|espero que|ruego que|dejes|vuelvas|pienses|quiero)"
)
_WORLD_ES = (
    "(nadie|a nadie|el mundo|todos|todo el mundo|tu familia|la gente|tus amigos|mereces|te mereces|no mereces|eres|sos|"
    "estarias|sobras|deberias|ni tu familia|seria|estaria|tu|te|que) *4 "
    "({sin_ti}|{te} {fills}? ({te_mueras}|{nadie_te}|mueres|moris|matas|murieras|mataras|suicidaras|necesita|quiere|odian|odia)|{merecer_es}|{morir_you}|{mejor_es} {sin_ti}|mejor (muerto|muerta)|"
    "(muerto|muerta|vivo|viva|existir|vivir|respirar|nacido|un error|una carga|un estorbo|un desperdicio de (oxigeno|espacio|aire)|de sobra))?"
)
_DENIAL_ES = (
    "(no (me|te)? (digas|diga|digan|repitas|vuelvas a decir)|no es verdad|no es cierto|es mentira|eso es mentira|mentira|falso|no creas|no pienses|no te creas|no escuches a|"
    "no le hagas caso a|no hagas caso a|nunca pienses|nunca creas|no dejes que nadie te diga|no dejes que te digan|quien te dijo|"
    "el que te dijo|la que te dijo|quien te diga|si alguien te dice|si alguien dice|cualquiera que diga|la gente que dice|"
    "(tu|la) (mente|cabeza|cerebro|depresion|ansiedad|enfermedad) (te miente|te dice|te hace creer|te hace sentir|dice|miente|te susurra)|"
    "(nunca|no|jamas) (diria|digo|dije|pensaria|pienso|creo|he dicho|dire|diria nunca|pense|quise decir|quiero decir)|(se|entiendo|sé) que (sientes|sentis|piensas|pensas|crees)|(sientes|sentis|piensas|pensas|crees|dijiste|dices|decis|pensabas|sentias|creias) (que|como si)|"
    "aunque (sientas|pienses|parezca|creas|te parezca|sientes)|(parece|parecera|puede parecer|se siente como|sentir) (que|si)|"
    "no (seria|serian|estaria|estarian|estariamos|seriamos|es|esta|va a estar|va a ser|sera|estara|estarias|estas)) "
    "(cuando|al decir|al decirte|y dice|y te dice|cuando dice|cuando te dice|cuando dicen|cuando te dicen|si te dice|si dice)? (que)?"
)

CARING: list[str] = [
    "(i|we) know (your|ur) (school|work|job|class|gym|house|schedule) (has|is|was|offers|does|got|gets|will|can|must|would|might)",
    # Taking one's medicine is care; words quoted to condemn them are care.
    "(make sure|remember|dont forget|do not forget|did you|have you) *2 (take|took|taken) (all )?(your|ur) (pills|meds|medication|medicine|tablets)",
    "(deserves|deserve|should ever|should have to|has to) (to )?(hear|be told|read|get) *1 ({die_act}|kill yourself|kys|die)",
    "(nadie|ninguna persona) (merece|deberia|tiene que) (escuchar|oir|leer|que le digan) *1 {matate}",
    "(if|whenever|when) {you}? (ever )?(wish|wished|think|feel) (that )?(you|u) (were|was) (dead|gone|not here|never born)",
    # --- English prohibitions: "please don't hurt yourself", "i don't want you to die", "stop cutting yourself".
    _NEGATION + " " + _NEG_MID + "? " + _NEG_MID + "? " + _NEG_MID + "? " + _CORE,
    "(promise|swear|tell me|say) *3 (will not|will never|would not|would never|are not going to|are never going to|never|not to) " + _NEG_MID + "? " + _CORE,
    # --- Conditions and urges: "if you ever feel like ending it", "when the urge to cut yourself hits", "thoughts of killing yourself".
    "(if|when|whenever|before|in case|every time|anytime|any time|the moment|the next time|next time|once|should|until|while|even if|even when|if ever|lest) "
    "*3 " + _URGE + " {fills}? " + _CORE,
    "(feel like|felt like|feeling like|feelings of|thoughts of|thoughts about|thought of|thought about|thinking about|thinking of|think about|"
    "talk about|talking about|talked about|urge to|urges to|the urge to|impulse to|impulses to|tempted to|temptation to|struggling with|"
    "struggle with|history of|risk of|signs of|wanting to|wanted to|ideation|mentioned|the idea of|ideas of|ideas about|fantasies of|fantasize about) {fills}? " + _CORE,
    "if {you} {fills}? (ever|still|ever again|again)? (hurt|harm|cut|burn|injure|hurting|cutting|harming|burning|injuring) {yourself}",
    # --- Questions (word order, since "?" is only a break): "are you thinking about killing yourself?", "how did you cut yourself?".
    "(are|were|have|had|did|do|does|r) {you} *3 " + _CORE,
    "(how|why|where|what) (did|do|does|have|had|were|would|could) {you} *3 " + _CORE,
    "when (did|do|have|had|were) {you} *3 " + _CORE,
    "(whether|wondering if|wonder if|asking if|ask if|asked if|checking if|check if|see if|know if|sure if|ask you if|asking you if|ask whether) {you} *3 " + _CORE,
    # --- Worry: "i was worried you might hurt yourself", "scared of you hurting yourself".
    "(worried|worry|worrying|scared|afraid|fear|feared|terrified|concerned|frightened|anxious|nervous|panicking|panicked|petrified|dread|dreading|worries) "
    "(that|about|of|for)? (you|ya) (will|would|might|could|may|are going to|were going to|d|are|were|had|have|ll|might have|could have|would have|"
    "will try to|might try to|wanted to|want to|were thinking of|are thinking of|are planning to|were planning to|are gonna|re|did|do)? (try to|actually|really|go and)? " + _CORE,
    "(worried|worry|worrying|scared|afraid|fear|terrified|concerned|frightened|nervous) (about|of) (you )?(hurting|killing|harming|cutting|ending|starving|burning|losing) *2",
    "(scared|afraid|worried|fear|terrified|worry|worried that|afraid that|scared that) (that )?(i|we) (might|will|could|would|may|am going to) (hurt|harm|upset|lose) (you|ya)",
    "(worried|scared|afraid|terrified|fear|worry|nervous|pray|praying) (that )?something (bad|terrible|horrible|awful) (will|is going to|might|could|would|may) happen to",
    # --- Denials and the other's own thoughts: "it's not true that nobody would miss you", "your brain lies when it says…".
    _DENIAL + _WORLD,
    # --- Reported speech: "someone told me to kys", "a guy in chat said kill yourself to me".
    "(told|tells|telling|tell|keeps telling|kept telling|keep telling|would tell|used to tell|tried to tell|said to|says to|saying to|asked|asking|"
    "wrote to|messaged|texted|dmd|commented on|replied to|yelled at|shouted at|screamed at|called|sent|spammed) (me|us|him|her|them|my {relative}|"
    "people|someone|somebody|others|other people|anyone|everyone|a kid|kids|each other|a person|a friend|members|users|other members|strangers) "
    "(to|that i should|that we should|i should|that they should|they should|he should|she should|to go|that|stuff like|things like|the words|a message saying|messages saying)? {fills}? " + _CORE,
    "(he|she|they|someone|somebody|people|my ex|a guy|a girl|this guy|this girl|some guy|some girl|some kid|a kid|kids|a user|a member|a stranger|"
    "anon|anonymous|my {relative}|my classmate|my classmates|my boss|my coworker|a bully|the bully|bullies|my bully|trolls|a troll|haters|my abuser|everyone|a random) "
    "{fills}? (said|says|wrote|typed|posted|texted|sent|commented|replied|dmd|messaged|keeps saying|kept saying|would say|used to say|yelled|shouted|screamed|"
    "told me|tells me|keeps telling me|kept telling me|used to tell me|would tell me|told us|tell me|spam|spams|spammed|called me|told him|told her|told them) "
    "(me|to me|at me|us)? (to|that i should|i should|that|stuff like|things like|the words)? {fills}? " + _CORE,
    "(voice|voices|thoughts|brain|mind|depression|illness|intrusive thoughts|head|demons|bpd|psychosis|schizophrenia) (that )?(tell|tells|telling|say|says|saying|told|said|keep telling|keeps telling|is telling|are telling) (you|me|us|him|her|them) (to|that you should|you should|that i should|i should|that)? {fills}? " + _CORE,
    "(illness|depression|disease|anxiety|trauma|pain|sickness|brain) (talking|speaking) *4 " + _CORE,
    "(said|saying|telling|typing|posting|writing|spamming|yelling|sending|dming|messaging|typed|wrote|posted|yelled|sent) {fills}? " + _CORE + " (to|at) (people|someone|somebody|others|me|us|him|her|them|kids|members|users|anyone|everyone|strangers|a kid|a person|new members)",
    "(hope|wish) {you} *4 and die (happy|old|peacefully|of old age|laughing|in your sleep at 100|at 100|surrounded by)",
    "(telling|tell|told|saying|say|said) (someone|somebody|people|anyone|others|other people|a person|each other|kids|members|users|strangers|another person|anybody) (to|that they should|they should)? " + _CORE,
    _CORE + " (is|are|was|would|will|does|do|can|could|is going|would be|will never be|is never|are never|is not|is no|was never|has never been)? (not|never|no) (be|going to)? "
    "(the answer|a solution|an option|fix|solve|help|change|make|bring|end|the way|worth|funny|ok|okay|a joke|fix anything|solve anything|fair|right)",
    _CORE + " (is|are|was|would be|will never be|is never|are never|is not|is no|was never|has never been) (not|never|no|the answer|a solution|an option|a joke|funny|ok|okay|acceptable|cool|the way|"
    "fine|harassment|bullying|against|wrong|cruel|abuse|abusive|hurtful|a crime|bannable|reportable|violence|not ok|not okay|not funny|not a joke|never ok|never okay|never the answer|not the answer|not an option|never an option)",
    # --- Warnings and idioms with "yourself": "you'll hurt yourself lifting like that", "cut yourself some slack".
    "{you} {fills}? (will|would|could|might|may|are going to|gonna|going to) {fills}? {kill_verb} {fills}? {yourself} (doing|with|working|like|that way|trying|lifting|running|on|at|studying|training|playing|from|by|over|out|when|for|carrying|climbing|cooking|falling)",
    "{you} {fills}? (will|would|could|might|may|are going to|gonna|going to) {fills}? (hurt|injure|burn|cut|harm) {fills}? {yourself} (if|when)",
    "(take|taking|took|get|getting|got|give|giving|live|living|enjoy|enjoying|start|starting|love|loving) (your|ur) (own )?life (back|again|seriously|to the fullest|fully|easy|slowly|at your own pace|one day|one step|day by day|in your own hands|into your own hands|as it comes|a day at a time|step by step)",
    "(cut|cutting) {yourself} (some|a|off|short|a break|a slice|a piece|loose|free|in|out)", "(gas|gassing|hype|hyping) {yourself} up",
    "(pressure|weight|load|stress|burden|heat|blame) off {yourself}", "(burn|burning|burned|burnt|wear|wearing) {yourself} out",
    "end it (with|on|at|there|early|here|before|after|by|for|when|between|so|gently|kindly)",
    "(hurt|hurting|injure|injuring|kill|killing|cut|cutting|burn|burning|harm) {yourself} (lifting|at the gym|running|training|playing|cooking|shaving|working out|exercising|on|with the|doing|while|by accident|accidentally|carrying|practicing|skating|climbing)",
    "shoot {yourself} (a|an|in the foot|some|my way|over|a message|a text|an email|a reminder)",
    "(kill|killing|killed) {yourself} (over|with|for|at|studying|working|training|trying|laughing|doing|at work|to please|on|to make|to get|to finish|to keep|to be)",
    "(off|offing) {yourself} (the|from|of|to)",
    "(careful|be careful|take care|watch out) (not to|that you do not|you do not|so you do not|or you will|or you might|or you could|you will not|lest you) {fills}? " + _CORE,
    # --- Idioms and praise: "you killed it", "knock 'em dead", "i'm dying to see you", "i'll destroy you at chess".
    "*4 (kill|killed|killing|kills|slay|slayed|slaying|slays) (it|that|this|the|them|em|tomorrow|today|tonight|out there|in there|on stage|at)",
    "*4 (die|died|dying|dead|dies) (of|from|with|on) (laughter|laughing|embarrassment|cringe|cuteness|happiness|boredom|jealousy|envy|shame|excitement|joy|"
    "old age|natural causes|love|cute|cuteness overload|that hill|this hill|the hill|fomo|suspense|anticipation|curiosity|secondhand embarrassment)",
    "*4 (die|died|dying) (laughing|happy|old|peacefully|in your sleep at 100|at 100|at a ripe old age|a legend|a hero|trying|of old age|doing what you love|for a cause)",
    "*4 (die|dying) (to|for) (see|meet|hear|know|try|go|watch|read|get|tell|talk|hug|taste|eat)",
    "break a leg", "knock (em|them|em all|them all) dead", "drop dead (gorgeous|beautiful|handsome|stunning|sexy|fine)",
    "(dead|deadly) (gorgeous|serious|right|tired|wrong|on|ass|set|center|last|sexy|beautiful|cute|funny|silent|quiet|ringer|end)",
    "to die for", "(you are|are) killing me (lol|lmao|haha|smalls|with|right now|here|$)", "killing me softly",
    "drown (in|with) (presents|gifts|love|compliments|money|cash|candy|chocolate|cake|happiness|joy|blessings|kisses|hugs)",
    "*4 (kill|beat|destroy|crush|wreck|murder|smash|annihilate|demolish|obliterate|own|smoke|end|bury|get) (you|ya|yall) (at|in|on) (chess|mario|mario kart|smash|fortnite|cod|league|"
    "tennis|basketball|football|soccer|golf|cards|poker|pool|ping pong|scrabble|monopoly|uno|trivia|karaoke|racing|running|arm wrestling|this game|that game|"
    "games|ranked|pvp|1v1|minecraft|valorant|overwatch|apex|tetris|checkers|a race|our race|the race|the next round|next round|our match|the match|wordle|"
    "every game|darts|bowling|halo|roblox|among us|dota|csgo|the finals|the tournament|board games|video games|a dance battle|a debate|jenga|the quiz|the game|a game|smash bros)",
    "*4 (kill|killing|kills|murder|smother|drown|bury|shower|choke) (you|ya) (with|in) (kindness|love|kisses|hugs|cuteness|compliments|affection|questions|memes|gifts|cookies|praise|good vibes|glitter|tickles)",
    "(find|get|make|bring|buy|give|send|pick|cook|bake|order|grab) (you|ya) (a|an|some|something|the|help|someone|anything|everything|food|coffee|tea|water|soup|snacks|ice cream|medicine|dinner|lunch|breakfast|flowers|resources|support|one|home|up|people|more|extra|whatever)",
    "(come|coming) (for|to get|to see|to visit|to pick up) (you|ya) (at|after|around|in the morning|in an hour|when|from|with the car|early)",
    "(hit|hitting) (you|ya) (up|back)", "(kick|kicking|kicked) (you|ya) (out|off|from)", "(break|breaking) (it|this|the news) to (you|ya)",
    "(you|ya) (will|are going to) (regret|miss) (it|this|that)? (if|when) (you|ya) (do not|miss|skip|never|leave|stop|go)",
    "watch (your|ur) back (when|while|if|as|during|on|at|lifting|deadlifting|squatting|bending|carrying|at the gym)",
    "(let us|let us just|we will|we can|we could|wait and|we shall) *2 see what happens",
    "(congrats|congratulations|yay|woo|woohoo|hooray|finally|well done|great job|good job|nice|amazing|awesome|so proud|proud of you|at last|phew) *2 {you} (are|re) (done|finished|over|free|through|next)",
    "suffer (less|no more|anymore)",
    "{you} {fills}? (cut|hurt|burned|burnt|injured|harmed|scratched|bruised|starve|burn|harm|injure|scratch) {yourself}",
    "{you} {fills}? (keep|kept|have been|were|are|re|been|used to|tend to|sometimes|always|often|still|usually|started|stopped|quit|end up|ended up|have|had) {fills}? {kill_verb} {fills}? {yourself}",
    "{you} {fills}? (poison|poisons|drown|drowns|starve|burn|hurt|cut|harm|choke) {yourself} (with|in|on|over|by|when|every|each|whenever|for)",
    "{you} {fills}? (sometimes|ever|still|really|kind of|just|honestly|probably|might|may|often)? (want to|wanted to|feel like|felt like|are thinking about|were thinking about|think about|thought about|have thought about|have been thinking about|tried to|have tried to|try to|were going to|planned to|feel the urge to|get the urge to) {fills}? " + _CORE,
    "{nobody} *3 miss (you|ya) (more|as much|like|the way)",
    # --- Spanish prohibitions: "no te hagas daño", "no quiero que te mueras", "ni se te ocurra matarte".
    "(no|nunca|jamas|ni|ni se te ocurra|no vayas a|por favor no|porfa no|tampoco|deja de|dejar de|para de|evita|evitar|sin|que no|para que no|ojala no|espero que no) "
    + _NEG_MID_ES + "? " + _NEG_MID_ES + "? " + _CORE_ES,
    "*4 ({te_hago}|ahogar|comer|llenar|matar|matarte|ahogarte|comerte|llenarte|aplastar|apachurrar|estrujar) (a|en|con|de) (besos|abrazos|cosquillas|mimos|amor|regalos|preguntas|mensajes|stickers|memes|carino|piropos)",
    "(nadie|nunca|jamas|ni loco|ni loca|ni en suenos|ni en broma|no) {fills}? (te|os|los|las|le|les)? {fills}? ({voy_a}|va a|van a|voy a poder|podria|haria|hare|vamos a poder|dejare que nadie|dejaria que nadie)? {fills}? ({te_hago}|{matarte}|{te_mato}|hacerte dano|lastimarte|hacer dano|lastimar|haria dano|lastimaria|mataria)",
    "(no|nunca|jamas|tampoco|ni) (eres|sos|seras|serias|fuiste|has sido|es usted|estas|estarias|estaras) *4 (de sobra|bajo tierra|{mejor_es}|(muerto|muerta|muertos|muertas)|para (nadie|nada|todos|tu familia|el mundo|la sociedad))?",
    "(no|nunca|jamas|tampoco) (te|os|los|las) (vas|van|vais|va) a morir",
    "(no|nunca|jamas) (te|os|los|las) (vas|van|vais) a arrepentir", "no (te )?arrepentiras",
    "no (se|sabemos) {fills}? donde *2", "(nadie|no) (te|os|los) (va|van|vamos) a (hacer dano|lastimar|matar|tocar|juzgar)",
    # Subjunctive "te mueras" held by time, doubt or fear: "antes de que te mueras", "tengo miedo de que te hagas daño".
    "(cuando|antes de que|antes que|despues de que|el dia que|el dia en que|para cuando|en cuanto|apenas|no creo que|dudo que|sin que|aunque|"
    "por si|miedo (de|a)? que|preocupa que|me preocupa que|no quiero que|evitar que|impedir que|para que no|es imposible que|imposible que|es normal que|"
    "no es que|hasta el dia que|no dejare que|no dejes que|no permitas que|no permitire que|como si|ni aunque|que no|temo que|me aterra que|me asusta que|"
    "no puedo imaginar que|no soportaria que|me moriria si|no quisiera que|odiaria que) {fills}? {te} {fills}? (mueras|murieras|muras|murieses|pudras|suicides|suicidaras|ahorques|ahorcaras|maten|mataran|pase algo)",
    # Spanish conditions, urges and questions: "si alguna vez piensas en quitarte la vida", "¿estás pensando en hacerte daño?".
    "(si|cuando|antes de|antes de que|en caso de que|cada vez que|siempre que|mientras|hasta que|apenas|en cuanto|la proxima vez que|por si|por si acaso|aunque) "
    "*3 (piensas|pensas|pienses|sientes|sentis|sientas|quieres|queres|quieras|tienes ganas de|tenes ganas de|tengas ganas de|te sientes|te sentis|te dan ganas de|"
    "te den ganas de|te vienen ganas de|te vuelven las ganas de|vuelven las ganas de|vienen las ganas de|ganas de|pensamientos de|pensaras|llegas a|llegaras a|"
    "tentado de|tentada de|planeas|piensas en|pensas en|estas pensando en|has pensado en|se te pasa por la cabeza|se te ocurre|necesitas|sintieras|quisieras|"
    "intentas|consideras|te da por|te agarran ganas de|te entran ganas de|pensar en|pensando en|te viene la idea de|tienes la idea de|sientes que quieres|sientes que debes) *2 " + _CORE_ES,
    "(ganas|pensamientos|pensamiento|ideas|idea|impulso|impulsos|deseo|deseos|tentacion|riesgo|intento|intentos|historia|cicatrices|senales) (de|sobre|con|en)? {fills}? " + _CORE_ES,
    "(estas pensando en|estás pensando en|has pensado en|pensaste en|piensas en|pensas en|piensas|pensas|quieres|queres|sientes ganas de|tienes ganas de|tenes ganas de|"
    "te dan ganas de|has intentado|intentaste|planeas|te has hecho|te hiciste|te lastimaste|te cortaste|te has cortado|te estas haciendo|sigues pensando en|"
    "alguna vez has pensado en|has tenido ganas de|tuviste ganas de|has querido|quisiste|has sentido ganas de|pensabas en|pensabas|vas a|ibas a) *2 " + _CORE_ES,
    "(me preocupa|me preocupas|preocupado|preocupada|preocupados|tengo miedo|miedo|temo|me asusta|asustado|asustada|me aterra|aterrado|aterrada|me angustia|no quiero perderte) "
    "(de|que|a que|por|porque|si|de que)? (te|tu|vos)? *2 " + _CORE_ES,
    "(miedo|temo|me preocupa|preocupado|preocupada|me asusta) (de )?(que )?algo (malo|terrible|horrible) (te|les|os) (pase|vaya a pasar|pueda pasar)",
    # Denials, in Spanish: "no es verdad que nadie te quiere", "tu cabeza te miente cuando dice que…", "no estarías mejor muerto".
    _DENIAL_ES + " " + _WORLD_ES,
    # Reported speech, in Spanish: "alguien me dijo que me matara", "decir 'mátate' nunca está bien".
    "(me|le|les|nos) (dijo|dijeron|dice|dicen|escribio|escribieron|mando|mandaron|grito|gritaron|decia|decian|ha dicho|han dicho|puso|pusieron|comento|comentaron|"
    "escribe|escriben|manda|mandan) (que)? {fills}? ({matate}|{morirte}|{matarte}|{te_mueras})",
    "(voz|voces|mente|cabeza|cerebro|depresion|enfermedad|pensamientos|demonios) (que )?(te|me|le|les|nos) (dice|dicen|decia|decian|pide|piden|grita|gritan|susurra|susurran|manda|mandan|ordena|ordenan) (que)? {fills}? ({matate}|{morirte}|{matarte}|{te} (mates|mueras|suicides|hagas dano|lastimes|cortes|ahorques|tires|quites la vida))",
    "(decir|decirle|decirles|diciendo|decirte|escribir|escribirle|mandar|mandarle|bromear con|bromas como|chistes como|frases como|la frase|palabras como|comentarios como|mensajes como) "
    "(a alguien|a la gente|a otros|a otra persona|a nadie|cosas como)? (que)? ({matate}|{morirte}|{te_mueras})",
    # Idioms, in Spanish: "me muero de risa", "la rompiste", "te voy a matar a besos", "tírate a la piscina".
    "*4 (muero|muerto|muerta|muerte|morir|morirte|morirse|muere|muerete|morite|mueres|murio|mueras|moria|mori|morimos|morirme|matar|matarla|matarlo|mata|matas|mato|mataste|matarte|matate|maten) "
    "(de|por|a) (risa|la risa|ganas|envidia|la envidia|celos|verguenza|la verguenza|sueno|amor|ternura|emocion|la emocion|nervios|los nervios|aburrimiento|"
    "el aburrimiento|curiosidad|la curiosidad|besos|abrazos|cosquillas|mimos|trabajo|estudiar|estudiando|trabajar|trabajando|entrenar|entrenando|ver|verte|conocerte|abrazarte|"
    "saber|probar|ir|hablar|hablarte|contarte|escucharte|leer|comer|viajar|volver|ternurita|lo lindo|lo bonito|gusto|alegria|felicidad|orgullo|ilusion|bonito|lindo)",
    "*4 matara (besos|abrazos|cosquillas|mimos|preguntas|gritos de alegria)",
    "*4 (reventar|llenar|spamear|bombardear|inundar) (el|tu) (chat|movil|celular|telefono|whatsapp|buzon|instagram|dm|insta|correo)",
    "(matate|matense|matese|te mates|te matas|matarte) (estudiando|trabajando|entrenando|leyendo|practicando)",
    "*4 (matar|mata|matas|mato|matando|maten) (el|la|los|las) (tiempo|aburrimiento|hambre|sed|antojo|ansiedad|rato|estres|sueno|gusanillo|nervios|tarde|espera|malas hierbas|bichos|mosquitos|cucarachas|plantas)",
    "(la rompiste|lo rompiste|la mataste|lo mataste|la vas a romper|la vas a matar|lo vas a matar|la rompes|la rompe|la rompen|la petaste|lo petaste|la vas a petar)",
    "(vas a|van a|vais a) (matar la|matar lo|romper la|romper lo|arrasar) (en|con|manana|hoy|$)", "(mataste|matastes|rompiste) *2",
    "(no )?(te )?mates (estudiando|trabajando|entrenando|por|con|tanto|asi|de|a)", "(matarte|matandote|te matas|te mataste) (estudiando|trabajando|entrenando|por|con|tanto|asi|a)",
    "*4 (paliza|golpiza|matar|mato|destrozar|destrozo|reviento|reventar|aplastar|ganar|dar una paliza|doy una paliza|hacer pure) (en|al|a) (el )?(fifa|juego|ajedrez|mario|fortnite|futbol|tenis|cartas|poker|uno|parchis|damas|videojuego|partido|la partida|una partida|el partido|la carrera|carrera|la play|play|ping pong|basket|padel|mario kart|smash|trivial)",
    "(tirate|lanzate|avientate|aventate|atrevete|animate) (a la piscina|a la pileta|al agua|a por|por ello|por eso|ya|tu puedes|vos podes|sin miedo|$)",
    "(tirate|tirese|echate|acuestate) (en|sobre) (la|el|un|una) (cama|sofa|sillon|suelo|piso|pasto|cesped|arena|playa|hamaca)",
    "(cortate|cortese) (el|la|las|los|un|una) (pelo|cabello|flequillo|unas|barba|puntas|melena|fleco|trozo|pedazo|rebanada)",
    "(cuidate|cuida|cuidese) (la|tu|las) espalda/espaldas (cuando|al|si|en|con|levantando|que no)",
    "(te|los|las|os) (voy a|vamos a|paso a|pasamos a|ire a|iremos a) (buscar|encontrar|recoger) (un|una|ayuda|a alguien|algo|el|la|los|las|al|a la|a las|a tu|en|manana|luego|despues|cuando|temprano|a|para)",
    "(voy|vamos|paso|pasamos) (por|a por) (ti|vos|usted|ustedes) (a|al|a la|en|manana|luego|despues|cuando|temprano|para)",
    "(estas|estoy|estamos|esta) (muerto|muerta|muertos|muertas) de (cansancio|sueno|hambre|sed|risa|miedo|frio|calor|envidia|ganas|verguenza|aburrimiento)",
    "(ya )?(veras|vas a ver) (que|como|lo bien|lo bonito|lo lindo|lo rico)",
    "sufras (menos|poco|nada|nunca mas)",
]  # fmt: skip

GRAMMAR = Grammar(slots=SLOTS, rules=RULES, benign=CARING)
