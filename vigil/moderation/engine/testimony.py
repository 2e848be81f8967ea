"""Texts in which one of a people speaks of their own life, matched as a form of words.

The contextual model reads a people named beside the words of a life as an attack, even
where the writer names their own: "As a Muslim woman I get spat at maybe twice a year."
(identity_attack 0.97), "As a lesbian in my 60s, I remember when we couldn't hold hands in
the street." (0.50), "I'm a Hindu convert to Christianity; my family has cut me off." were
held.

``speaks_of_own_life`` is true when the writer names the people they belong to ("as a
Muslim woman", "I'm a gay man", "we lesbians", "trans man here"), and the rest of the text
speaks in the first person, names no people (``contempt.names_a_people_or_house``: not
"As a Christian, I think Muslims …"), speaks to no one ("you"), and has no word the
polarity lexicon calls clearly bad, no slur and no word of vermin. The policy then does not
hold such a text on the model's identity_attack score alone; every other label, word list
and form of words applies.
"""

from __future__ import annotations

import re

from .contempt import GROUP, ONE_OF_A_PEOPLE, names_a_people_or_house
from .negation import has_a_bad_word
from .wording import SLUR_OR_VERMIN, fold

__all__ = ["speaks_of_own_life"]

_WHO = (
    rf"(?:{ONE_OF_A_PEOPLE}|woman|man|lesbian|gay man|gay woman|trans (?:man|woman|person)|"
    r"wheelchair user|refugee|immigrant|convert|deaf person|blind person|disabled person)"
)
_ROLE = (
    r"(?:woman|man|person|mum|mom|mother|dad|father|girl|boy|kid|teenager|student|nurse|"
    r"pastor|wife|husband|parent)"
)
_SELF = re.compile(
    rf"\b(?:as an?|i'?m an?|i am an?|being an?)\s+(?:[a-z-]+\s+){{0,3}}?{_WHO}(?:\s+{_ROLE})?\b"
    rf"|^(?:[a-z-]+\s+){{0,2}}{_WHO}\s+here\b"
    rf"|\b(?:we|us)\s+(?:{GROUP})\b"
)
_FIRST_PERSON = re.compile(r"\b(?:i|me|my|we|us|our|i'm|i've|we're|we've)\b")
_YOU = re.compile(r"\b(?:you|your|you're|yours|u|ur)\b")


def speaks_of_own_life(text: str) -> bool:
    """The writer names the people they belong to and speaks of their own life, of no
    other people, to no one, in no bad word."""
    folded = fold(text).replace("’", "'")
    found = _SELF.search(folded)
    if found is None or SLUR_OR_VERMIN.search(folded):
        return False
    rest = f"{folded[: found.start()]} {folded[found.end() :]}"
    return (
        bool(_FIRST_PERSON.search(rest))
        and not _YOU.search(rest)
        and not names_a_people_or_house(rest)
        and not has_a_bad_word(rest)
    )
