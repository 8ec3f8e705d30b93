"""Shorthand, texting and contractions spelled out, so the grammar is written once in plain words.

Apostrophes are already gone when these are looked up: "don't" arrives as "dont".
"""

from __future__ import annotations

from bot.words.shorthand_es import SHORTHAND_ES


def _split(table: dict[str, str]) -> dict[str, tuple[str, ...]]:
    return {key: tuple(value.split()) for key, value in table.items()}


SHORTHAND_EN: dict[str, tuple[str, ...]] = _split(
    {
        # English contractions and texting
        "im": "i am", "iam": "i am", "ima": "i am going to", "imma": "i am going to", "ive": "i have",
        "id": "i would", "ill": "i will", "il": "i will", "dont": "do not", "doesnt": "does not",
        "didnt": "did not", "cant": "can not", "cannot": "can not", "couldnt": "could not", "wont": "will not",
        "wouldnt": "would not", "shouldnt": "should not", "isnt": "is not", "arent": "are not",
        "wasnt": "was not", "werent": "were not", "havent": "have not", "hasnt": "has not", "hadnt": "had not",
        "aint": "am not", "youre": "you are", "youll": "you will", "youd": "you would", "youve": "you have",
        "theyre": "they are", "theyll": "they will", "theyd": "they would", "itll": "it will", "itd": "it would",
        "thats": "that is", "whats": "what is", "theres": "there is", "hes": "he is", "shes": "she is",
        "lets": "let us", "wanna": "want to", "wana": "want to", "wnna": "want to", "wan": "want",
        "gonna": "going to", "gona": "going to", "gunna": "going to", "finna": "going to", "gotta": "got to",
        "hafta": "have to", "tryna": "trying to", "outta": "out of", "kinda": "kind of", "sorta": "sort of",
        "shoulda": "should have", "coulda": "could have", "woulda": "would have", "dunno": "do not know",
        "u": "you", "yu": "you", "yuo": "you", "ur": "your", "yr": "your", "urself": "yourself",
        "yourslef": "yourself", "yoself": "yourself", "yaself": "yourself", "yurself": "yourself",
        "uself": "yourself", "urselves": "yourselves", "myslef": "myself", "meself": "myself",
        "mself": "myself", "myselff": "myself", "r": "are", "n": "and", "b": "be", "c": "see",
        "2": "to", "4": "for", "2day": "today", "2nite": "tonight", "2night": "tonight", "tn": "tonight",
        "tonite": "tonight", "2morrow": "tomorrow", "tmrw": "tomorrow", "tmr": "tomorrow", "tmrrw": "tomorrow",
        "rn": "right now", "atm": "right now", "bc": "because", "cuz": "because", "coz": "because",
        "cos": "because", "becuz": "because", "b4": "before", "h8": "hate", "gr8": "great", "l8r": "later",
        "ppl": "people", "every1": "everyone", "evry1": "everyone", "evryone": "everyone", "no1": "no one",
        "noone": "no one", "nobody": "nobody", "some1": "someone", "any1": "anyone",
        "nvm": "never mind", "idk": "i do not know", "idc": "i do not care",
        "idec": "i do not even care", "tbh": "to be honest", "ngl": "not going to lie", "fr": "for real",
        "srsly": "seriously", "pls": "please", "plz": "please", "pleas": "please", "thx": "thanks",
        "ty": "thank you", "luv": "love", "bout": "about", "abt": "about", "cause": "because",
        "wat": "what", "wut": "what", "wth": "what the hell", "nd": "nada", "w": "with", "wo": "without",
        "w/o": "without", "4ever": "forever", "4eva": "forever", "forva": "forever", "gud": "good",
        "bcs": "because", "thru": "through", "tho": "though", "altho": "although", "prolly": "probably",
        "rlly": "really", "rly": "really", "realy": "really", "jus": "just", "jst": "just", "sry": "sorry",
        "gbye": "goodbye", "goodby": "goodbye", "gby": "goodbye",
        "selfharm": "self harm", "selfharming": "self harming", "selfharmed": "self harmed",
        "self-harm": "self harm", "unaliving": "unaliving", "suicidial": "suicidal", "sucidal": "suicidal",
        "sewerslide": "suicide", "sewer": "sewer", "ded": "dead", "dieing": "dying", "dyin": "dying",
        "killin": "killing", "hurtin": "hurting", "cuttin": "cutting", "endin": "ending", "livin": "living",
        "wakin": "waking", "thinkin": "thinking", "goin": "going", "doin": "doing", "tryin": "trying",
        "nothin": "nothing", "somethin": "something", "everythin": "everything",
        # Slips in the words a crisis frame is built on (a typo in a function word is never corrected)
        "dei": "die", "wnat": "want", "wnt": "want", "watn": "want", "wanto": "want to", "wantto": "want to", "wannt": "want",
        "needto": "need to", "goingto": "going to", "tonights": "tonight is", "mysefl": "myself", "mysef": "myself",
        "msyelf": "myself", "myelf": "myself", "mysel": "myself", "myslf": "myself", "myseld": "myself",
        "suisidal": "suicidal", "suicidle": "suicidal", "suicdal": "suicidal", "suicidel": "suicidal",
        "suisidel": "suicidal", "sucidle": "suicidal", "suiside": "suicide", "suicde": "suicide", "sucide": "suicide",
        "suacide": "suicide", "sucicide": "suicide", "suiscide": "suicide", "sueside": "suicide", "kermit": "commit",
        "unalve": "unalive", "overdoes": "overdoes",  # a real word, never "corrected" into overdose
    }
)  # fmt: skip

SHORTHAND: dict[str, tuple[str, ...]] = {**SHORTHAND_EN, **{k: tuple(v.split()) for k, v in SHORTHAND_ES.items()}}
