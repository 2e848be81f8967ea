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

__all__ = ["innocent_sense"]

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


def innocent_sense(text: str, hit: TermHit) -> bool:
    """The banned word of ``hit`` is used in its innocent sense (see the module)."""
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
