"""What the form-of-words rules (``threats`` aside) share: a text folded for matching,
quoted words, and its sentences."""

from __future__ import annotations

import re
import unicodedata

_QUOTES = str.maketrans({"“": '"', "”": '"', "„": '"', "«": '"', "»": '"', "‘": "'", "’": "'"})
QUOTED = re.compile(r'"[^"]*"?|(?<![a-z])\'[^\']{3,}\'(?![a-z])')
"""A quoted span of a folded text ("…", or '…' of three letters or more)."""
SENTENCES = re.compile(r"[.!?;\n]+")
SLURS = (
    # (not "night", "nightmare", "nigh", "Niger", "Nigeria", "Nigel", "nigiri", "niggling")
    r"nig(?!ht|h\b|eri?an?|erien|ers?\b|el|iri|gl)\w*|negro\w*|coons?|spics?|kikes?|pakis?|chinks?|gooks?|wetbacks?|trann\w*|"
    r"fag\w*|dykes?|retard\w*|mongol\w*"
)
"""Slurs, as regular-expression alternatives (words a form of words must not overlook)."""
VERMIN = (
    r"rats?|cockroach\w*|roach\w*|vermin|parasites?|leeches|apes?|monkeys?|pigs?|swine|"
    r"dogs?|animals?|beasts?|snakes?|plagues?|infest\w*"
)
"""The words of dehumanisation, whatever they are said of, as alternatives."""
SLUR_OR_VERMIN = re.compile(rf"\b(?:{SLURS}|{VERMIN})\b")
"""A slur or a word of dehumanisation anywhere in a folded text."""

NATIONS = (
    r"latin[oax]s?|latinx|hispanics?|koreans?|japanese|vietnamese|filipinos?|thai|"
    r"arabs?|kurds?|turks?|persians?|iranians?|iraqis?|syrians?|afghans?|pakistanis?|"
    r"somalis?|nigerians?|ethiopians?|eritreans?|kenyans?|europeans?|americans?|"
    r"canadians?|australians?|british|brits?|english|irish|scottish|welsh|french|"
    r"germans?|italians?|spanish|poles?|polish|romanians?|russians?|ukrainians?|"
    r"israelis?|palestinians?|uyghurs?|uighurs?|kazakhs?|tamils?|natives?|indigenous|"
    r"aboriginals?|china|india|africa|mexico|israel|palestine|gaza|pakistan|iran|iraq|"
    r"syria|somalia|afghanistan|turkey|russia|ukraine|korea|japan|europe|america|usa|"
    r"us|uk|britain|england|france|germany|poland|nigeria|kazakhstan"
)
"""Peoples and their countries, singular or plural, as alternatives."""


def fold(text: str) -> str:
    """NFKC, typographic quotes made plain, casefolded."""
    return unicodedata.normalize("NFKC", text).translate(_QUOTES).casefold()


def sentences(folded: str) -> list[str]:
    """The non-empty sentences of a folded text, spaces collapsed and edges trimmed."""
    found = []
    for part in SENTENCES.split(folded):
        sentence = " ".join(part.split()).strip(" ,-–—*")
        if sentence:
            found.append(sentence)
    return found


# Contractions written without their apostrophe ("im going to", "youre so ugly", "people r
# not"), as the forms of words expect them; "ill" only before a verb ("I'm ill" stays).
_CONTRACTIONS = {
    "im": "i'm", "ive": "i've", "youre": "you're", "youve": "you've", "youll": "you'll",
    "theyre": "they're", "theyll": "they'll", "theyve": "they've", "dont": "don't",
    "doesnt": "doesn't", "didnt": "didn't", "isnt": "isn't", "arent": "aren't",
    "wasnt": "wasn't", "werent": "weren't", "cant": "can't", "couldnt": "couldn't",
    "shouldnt": "shouldn't", "wouldnt": "wouldn't", "havent": "haven't", "hasnt": "hasn't",
    "thats": "that's", "whats": "what's", "hows": "how's", "wont": "won't", "r": "are",
    # and the words of texting a form of words would miss ("trans ppl are not a danger",
    # "paying u a visit", "ur a man in a dress", "ur address"); "ur" is "you're" before what
    # is said of someone, else "your"
    "ppl": "people", "u": "you", "ur": "your",
    # ("idk abt asian churches", "curious bc my friend is sikh", "waited 3 yrs", "tbh")
    "abt": "about", "bc": "because", "bcuz": "because", "cuz": "because", "coz": "because",
    "idk": "i don't know", "tbh": "to be honest", "ngl": "not gonna lie", "rn": "right now",
    "yrs": "years", "pls": "please", "plz": "please", "thx": "thanks",
}  # fmt: skip
_YOU_ARE_NEXT = frozenset({
    "a", "an", "the", "so", "such", "just", "not", "gonna", "going", "being", "all", "really",
    "too", "very", "literally", "nothing", "no", "always", "never", "still", "probably",
    "clearly", "obviously", "definitely", "actually", "only", "also", "even", "gay", "trans",
    "muslim", "jewish", "black", "disabled", "pathetic", "stupid", "dumb", "sick", "ugly",
    "disgusting", "delusional", "insane", "crazy", "mentally", "worthless", "useless", "weak",
    "wrong", "right", "welcome",
})  # fmt: skip
_WITHOUT_APOSTROPHE = re.compile(
    r"(?<![\w'’.])(?:(?P<word>" + "|".join(_CONTRACTIONS) + r")(?![\w'’])(?!\.\w)(?!\s*[.!?]*$)|"
    r"(?P<ill>ill)(?=\s+(?:make|find|come|get|tell|show|send|post|share|kill|hurt|see|be|do|"
    r"keep|never|always|just|not|pray|give|call|visit|report|expose|ruin|end|teach|break|"
    r"smash|burn|shoot|stab|beat|wait|pay|take|put|have)\b))",
    re.IGNORECASE,
)


def with_apostrophes(text: str) -> str:
    """``text`` with the common contractions written without an apostrophe restored."""

    def restore(match: re.Match[str]) -> str:
        if match.group("ill"):
            return "I'll"
        word = match.group("word")
        restored = _CONTRACTIONS[word.casefold()]
        if (
            word in ("U", "UR", "Ur", "PPL", "BC", "RN")
            or match.string[match.end() : match.end() + 1] == "-"
        ):
            return word  # a letter or an initialism ("U-turn", "UR"), not texting
        if word.casefold() == "ur":
            following = match.string[match.end() :].split(maxsplit=1)
            said = following[0].casefold().strip(".,!?") if following else ""
            if said in _YOU_ARE_NEXT or said.endswith(("ing", "ed")):
                restored = "you're"
        return restored.capitalize() if word[0].isupper() else restored

    return _WITHOUT_APOSTROPHE.sub(restore, text)
