"""Banned words in their innocent sense, matched as a form of words.

A dyke is also a bank against the sea ("The dyke broke and the village flooded; pray for
the farmers."), and faggots are also meatballs of the English kitchen ("faggots and peas
for the church supper") or a bundle of sticks for the fire. The banned list holds both
words for a person wherever they appear. ``innocent_sense`` is true for a hit whose
sentence speaks of the thing: the word follows an article or a preposition of place
("the dyke", "along the dyke", "a faggot of sticks"), a word of that sense stands in the
same sentence (water and land, or food and firewood), nothing in it is wished on the
word or said of all of them ("should", "every", "those"), no other word of the sentence
but those of that sense ("broke", "flooded") is a bad word of the polarity lexicon
("disgusting", "gross"), and the sentence names no person or people
(``things.names_people``: no "you", "they", "those", no group). The policy then leaves
that hit out and the models decide the text as ever, so the word turned on people is
still held wherever the scores, the contempt or the threat forms find an attack.
"""

from __future__ import annotations

import re

from .negation import has_a_bad_word
from .terms import TermHit
from .things import names_people
from .wording import fold

__all__ = ["in_plain_senses", "innocent_sense"]

_THING = r"(?:the|a|an|this|that|our|its|their|old|sea|river|canal|grass|stone|earth)"
_SENSES = {
    "dyke": (
        re.compile(rf"\b(?:{_THING}|along|on|over|behind|beside|across|atop|of)\s+dykes?\b"),
        re.compile(
            r"\b(?:flood\w*|water\w*|river\w*|sea|seas|canal\w*|polders?|burst|broke|"
            r"breach\w*|embankments?|levees?|dams?|dutch|holland|netherlands|fens?|"
            r"marsh\w*|tides?|storm|surge|walk\w*|cycl\w*|farm\w*|fields?|ditch\w*|"
            r"sheep|cattle|dig\w*|repair\w*|rebuil\w*|built|mud|sandbags?)\b"
        ),
    ),
    "faggot": (
        re.compile(
            rf"\b(?:{_THING}|of|with|and|some|homemade|pork|beef)\s+faggots?\b|"
            r"\bfaggots?\s+(?:and|with|in|of)\b"
        ),
        re.compile(
            r"\b(?:peas|mushy|gravy|onions?|supper|dinner|lunch|butcher\w*|recipes?|"
            r"meatballs?|pork|liver|mash|sticks|firewood|kindling|bundles?|brushwood|twigs)\b"
        ),
    ),
}
_SENTENCE_END = re.compile(r"[.!?;\n]")
# What is wished on something or said of everyone is said of people: a dyke that
# "should be thrown in the river", "every faggot in this town", "the dyke next door".
_AT_PEOPLE = re.compile(
    r"\b(?:should|must|shall|deserves?|ought|needs? to|has to|have to|gotta|let'?s|"
    r"let (?:him|her|them)|go and|go jump|next door|every|all|each|those|these|any|"
    r"no more)\b"
)


# Set phrases in which a listed word has only its other sense: the cock that crowed when
# Peter denied Christ, the ass Christ rode and Balaam's that spoke, a degree "cum laude", a
# chink of light or in the armour. Each stands for the listed word wherever it is, whoever
# else the sentence names; the model reads it put plainly ("rooster", "donkey", "with
# honours", "crack"), since its word pieces read the word as the swear word.
_FIXED: dict[str, tuple[re.Pattern[str], str]] = {
    "cock": (
        re.compile(
            r"\b(?P<w>cock)\s*-?\s*(?:crows?|crowed|crowing|crew|had crowed|would crow|"
            r"will crow|shall crow|crow twice)\b|\bthe crowing of the (?P<w2>cock)\b|"
            r"\b(?:a|the) (?P<w3>cock) and (?:a |the |his )?hens?\b",
            re.IGNORECASE,
        ),
        "rooster",
    ),
    "ass": (
        re.compile(
            r"\b(?:upon|on|of) an (?P<w>ass)\b(?!\s*(?:hole|wipe|kiss))|"
            r"\b(?P<w2>ass)'?s colt\b|\bbalaam'?s (?P<w3>ass)\b|"
            r"\b(?:the|his|an) (?:ox|oxen) and (?:the |his |an )?(?P<w4>ass)\b|"
            r"\bthe (?P<w5>ass) and the ox\b|\bwild (?P<w6>ass(?:es)?)\b|"
            r"\bsaddled (?:his|the|an|her) (?P<w7>ass)\b",
            re.IGNORECASE,
        ),
        "donkey",
    ),
    "cum": (re.compile(r"\b(?P<w>cum laude)\b", re.IGNORECASE), "with honours"),
    "chink": (
        re.compile(
            r"\b(?P<w>chinks?) (?:of (?:light|hope|daylight|sunlight|blue sky)|in (?:the|his|"
            r"her|their|our|its|your|my) armou?r)\b",
            re.IGNORECASE,
        ),
        "crack",
    ),
}


def _spans(pattern: re.Pattern[str], text: str) -> list[tuple[int, int]]:
    """Where the listed word stands inside each set phrase ``pattern`` finds."""
    spans = []
    for found in pattern.finditer(text):
        for name, value in found.groupdict().items():
            if value is not None:
                spans.append(found.span(name))
    return spans


def in_plain_senses(text: str) -> str:
    """``text`` with the listed word of each set phrase of ``_FIXED`` put plainly, for a
    model to read: "the cock crowed" as "the rooster crowed"."""
    for pattern, plain in _FIXED.values():
        for start, end in reversed(_spans(pattern, text)):
            plural = text[end - 1 : end].lower() == "s" and not plain.endswith("s")
            text = text[:start] + plain + ("s" if plural else "") + text[end:]
    return text


def innocent_sense(text: str, hit: TermHit) -> bool:
    """The banned word of ``hit`` is used in its innocent sense (see the module)."""
    fixed = _FIXED.get(hit.term)
    if fixed is not None:
        return any(start < hit.end and hit.start < end for start, end in _spans(fixed[0], text))
    senses = _SENSES.get(hit.term)
    if senses is None:
        return False
    placed, context = senses
    starts = [m.end() for m in _SENTENCE_END.finditer(text, 0, hit.start)]
    start = starts[-1] if starts else 0
    end_match = _SENTENCE_END.search(text, hit.end)
    end = end_match.start() if end_match else len(text)
    sentence = fold(text[start:end])
    # The word itself is on the lists of words for people; the rest of its sentence
    # must name none.
    around = fold(text[start : hit.start] + " thing " + text[hit.end : end])
    return bool(
        placed.search(sentence)
        and context.search(sentence)
        and not _AT_PEOPLE.search(sentence)
        and not has_a_bad_word(context.sub(" ", around))
        and not names_people(around)
    )
