"""Texts that only deny a slur on a group, matched as a form of words.

The contextual model reads a denial by the slur it denies: "Refugees are not vermin;
they are human beings made in God's image." (identity_attack 0.76), "Roma are not
thieves. That's a myth." (0.47), "It is simply not true that Christians are stupid."
(0.39) are held.

``denies_a_slur`` is true when *every* sentence of a text is such a denial — a group,
"are not" (or "aren't", "are in no way", "are never"), and a word from the list of
slurs on a people below, with at most a comparison after it ("… than men") and no
clause beyond; or "it is (simply) not true / a lie / a myth
that" the same — or a sentence that adds nothing ("That's a myth.", "They are human
beings.", "They're people fleeing danger."). Only the *negative* words count: "… are
not human", "… are not welcome here", "… are not smart", "… are not clean" deny
something good and are attacks, so they never match (and the contempt forms hold the
first two whatever this says). The policy then does not hold such a text on the
model's identity_attack or insult scores alone; the word lists, the threat, contempt
and harassment forms, the language rule and the other labels apply as ever, and it
never releases a rejection.
"""

from __future__ import annotations

import re

from .contempt import GROUP
from .wording import QUOTED, fold, sentences

__all__ = ["denies_a_slur"]

_DET = r"(?:(?:all|most|the|many|our)\s+)?"
# What is said against a people: the words a denial denies.
_SLUR = (
    r"(?:(?:all |just |simply |)(?:a |an )?)"
    r"(?:vermin|rats|cockroaches|parasites|animals|savages|scum|trash|filth|pigs|snakes|"
    r"terrorists|criminals|thieves|liars|rapists|invaders|leeches|freeloaders|a plague|"
    r"a disease|a cancer|a burden|a threat|dangerous|violent|stupid|lazy|dirty|filthy|evil|"
    r"greedy|backward|primitive|inferior|subhuman|worthless|treacherous|dishonest|"
    r"barbaric|barbarians|brainwashed|idiots|morons|less intelligent|less capable|"
    r"less human|less than human|less worthy|the enemy|the problem|to blame|diseased|"
    r"unclean|disease-ridden|a danger|dangerous people|useless|ignorant|savage|pirates|"
    r"scammers|fraudsters|drug dealers|gangsters|extremists|jihadists|fanatics|bombers|"
    r"paedophiles|pedophiles|groomers|predators|perverts|heathens|infidels|dogs|apes|"
    r"monkeys|snakes|devils|demons|lost pagans|pagans|sick|mentally ill|broken|a mistake|"
    r"an abomination|unnatural|cursed)"
)
# "… are not dirty or diseased": slurs denied together.
_SLURS = rf"{_SLUR}(?:(?:,| or| nor| and|, or|, nor) {_SLUR})*"
_NOT = r"(?:are not|aren't|are in no way|are never|are no)"
_FORMS = [
    # "Jews don't control the banks": a conspiracy denied
    rf"{_DET}{GROUP} (?:do not|don'?t|dont|never) (?:secretly )?(?:control|run|own|rule) "
    r"(?:the )?(?:banks|media|world|government|money|finance|hollywood|politics)",
    # "Refugees are not vermin", "Women are in no way less capable than men"
    rf"{_DET}{GROUP} {_NOT} {_SLURS}(?: than [^.!?,;]{{1,40}}| at all)?",
    # "It is simply not true that Christians are stupid", "It's a lie that Jews are greedy"
    rf"(?:it is|it's|it isn't) (?:simply |just |plainly )?(?:not true|untrue|false|a lie|a myth)"
    rf" that {_DET}{GROUP} are {_SLURS}",
]
# What a denial may call the people it defends ("they're exhausted people who need shelter").
_KIND = (
    r"(?:ordinary|normal|exhausted|frightened|scared|desperate|hard-?working|good|decent|kind|"
    r"innocent|vulnerable|traumati[sz]ed|tired|hungry|real|honest|loving|peaceful|gentle)"
)
# Sentences that add nothing to a denial, or say the group's members are people.
_FILLERS = [
    r"(?:that|this|it|thats|its)(?: is|'s|) (?:a |an |just a |just an )?"
    r"(?:(?:old|tired|ugly|racist|poisonous|dangerous|lazy|cruel) )*"
    r"(?:myth|lie|stereotype|slander|smear|falsehood)",
    rf"(?:they|these|those)(?: are|'re) (?:(?:just |simply )?(?:{_KIND} )?"
    r"(?:people|human beings|humans|our neighbou?rs|children of god|made in god's image)"
    r"[^.!?]{0,60})",
]

_FORM = re.compile("|".join(f"(?:{form})" for form in _FORMS))
_FILLER = re.compile("|".join(f"(?:{filler})" for filler in _FILLERS))


# "No, …", "Nope. …": an answer before the denial.
_ANSWER = re.compile(r"^(?:no|nope|wrong|false|rubbish|not true)\s*[,:-]+\s*")
# A denial's clauses may follow it after a comma or a dash: "Somalis aren't pirates,
# they're people made in God's image.", "no, jews dont control the banks, thats an old lie"
_CLAUSE = re.compile(r"\s*(?:,|\s-|\s–|\s—)\s*(?=(?:they|that|thats|this|it|its)\b)")


def _clauses(folded: str) -> list[str]:
    found = []
    for sentence in sentences(folded):
        found += [c for c in _CLAUSE.split(_ANSWER.sub("", sentence)) if c]
    return found


def denies_a_slur(text: str) -> bool:
    """Every sentence of ``text`` denies a slur on a group (or adds nothing), and at
    least one does."""
    folded = fold(text)
    if QUOTED.search(folded):
        return False
    denied = False
    for sentence in _clauses(folded):
        if _FORM.fullmatch(sentence):
            denied = True
        elif not (denied and _FILLER.fullmatch(sentence)):
            return False
    return denied
