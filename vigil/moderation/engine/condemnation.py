"""Texts that only condemn an act of persecution or violence, matched as a form of words.

A wall about persecution is full of condemnation of what persecutors do, and the
contextual model reads the strong words of it as an attack: "Burning churches is a
barbaric crime." (identity_attack 0.85), "Kidnapping schoolgirls is a monstrous,
cowardly act." (0.98), "Forced conversions and forced marriages are an abomination."
(0.94) were held. The form matched here: an act (a gerund of harm, "burning churches",
"kidnapping schoolgirls", or a noun of one, "torture", "forced conversions", "blasphemy
laws") said to be evil, a crime, barbaric, an abomination, wrong, and so on.

``condemns_an_act`` is true when *every* sentence of a text is that form (or adds
nothing: "Whoever does it.", "It must end."), so anything else said beside it leaves
the text to the model. Being or believing something is never an act here ("Being gay
is an abomination", "Practising Islam is evil" do not match: no such gerund is in the
list), and a sentence naming a group of people (``contempt.GROUP``) does not match.
The policy then does not hold such a text on the model's identity_attack or insult
scores alone; everything else applies as ever.
"""

from __future__ import annotations

import re

from .contempt import GROUP
from .wording import fold, sentences

__all__ = ["condemns_an_act"]

_HARM_GERUND = (
    r"(?:burning|kidnapping|abducting|killing|murdering|torturing|beating|raping|bombing|"
    r"attacking|persecuting|imprisoning|jailing|detaining|executing|enslaving|trafficking|"
    r"forcing|abusing|harassing|bullying|threatening|lynching|massacring|terrori[sz]ing|"
    r"displacing|starving|silencing|censoring|banning|destroying|demolishing|looting|"
    r"shooting|stabbing|stoning|flogging|whipping|raiding|vandali[sz]ing|desecrating|"
    r"closing down|shutting down|tearing down|selling|marrying off|exploiting)"
)
_HARM_NOUN = (
    r"(?:torture|persecution|violence|kidnappings?|abductions?|forced (?:conversions?|"
    r"marriages?|labou?r|disappearances?)|child marriages?|blasphemy laws?|apostasy laws?|"
    r"anti-conversion laws?|discrimination|racism|antisemitism|islamophobia|homophobia|"
    r"transphobia|xenophobia|misogyny|sexism|ableism|hatred|hate|"
    r"bigotry|terrorism|genocide|ethnic cleansing|slavery|(?:human )?trafficking|rape|"
    r"murder|war crimes?|oppression|censorship|honou?r killings?|mob violence|lynchings?|"
    r"massacres?|(?:the )?death penalty for apostasy|debt bondage|bonded labou?r|"
    r"air ?strikes?|bombings?|arson|imprisonment|detention|executions?)"
)
_ACT = (
    rf"(?:(?:the|this|that|such|all|any|their|the regime'?s|the government'?s|[a-z]+'s)\s+)?"
    rf"(?:{_HARM_GERUND}\s+[a-z' -]{{1,60}}?|{_HARM_NOUN}(?:\s+(?:in|of|against|on|by)\s+"
    rf"[a-z' -]{{1,40}}?)?"
    # (or what someone suffers: "The abuse Muslim women receive for wearing hijabs")
    rf"|(?:abuse|hatred|hate|harassment|violence|discrimination|persecution|threats|insults|"
    rf"slurs|mockery|contempt)\s+(?:that\s+|which\s+)?[a-z' -]{{1,40}}?\s+(?:receive|"
    rf"receives|face|faces|suffer|suffers|endure|endures|get|gets|experience|experiences)"
    rf"(?:\s+[a-z' -]{{1,40}}?)?)"
)
_ACTS = rf"{_ACT}(?:,?\s+(?:and|or)\s+{_ACT})*"
_BAD_ADJ = (
    r"(?:evil|wicked|barbaric|barbarous|monstrous|cowardly|cruel|inhuman|inhumane|wrong|"
    r"vile|disgusting|despicable|shameful|sinful|heinous|horrific|horrible|abhorrent|"
    r"unacceptable|unjust|indefensible|appalling|outrageous|evil and wrong|criminal|"
    r"satanic|demonic|a disgrace|a crime|a sin|an abomination|an evil|a scandal|an outrage|"
    r"a tragedy|a horror|a stain on [a-z ]{1,30}|a crime against humanity)"
)
_INTENSIFIER = (
    r"(?:(?:truly|simply|utterly|absolutely|always|plainly|so|just|pure|nothing but|"
    r"a|an|the|such a|such an|deeply|completely)\s+)*"
)
_NOUN_AFTER = r"(?:\s+(?:act|acts|crime|crimes|sin|evil|practice|practices|thing|injustice))?"
_CONDEMNED = re.compile(
    # "India's anti-conversion laws go too far."
    rf"{_ACTS}\s+(?:go|goes|went|have gone|has gone)\s+(?:much |way |far |)too far"
    rf"(?:\s+(?:and (?:must|should) (?:go|end|be (?:scrapped|repealed|abolished))))?|"
    rf"{_ACTS}\s+(?:is|are|was|were|remains?)\s+{_INTENSIFIER}{_BAD_ADJ}"
    rf"(?:,?\s+(?:and\s+)?{_INTENSIFIER}{_BAD_ADJ})*{_NOUN_AFTER}"
    rf"(?:,?\s+(?:whoever (?:does|commits) it|wherever it happens|whoever is behind it|"
    rf"no matter who (?:does|did|commits) it|whatever the reason|"
    rf"plain and simple|full stop|and (?:it )?(?:must|should) (?:end|stop)|"
    rf"and (?:they |it )?(?:must|should) be (?:scrapped|abolished|ended|stopped|repealed)))?"
)
_FILLER = re.compile(
    r"(?:whoever does it|wherever it happens|no matter who does it|whatever the reason|"
    r"there(?:'s| is) no other word for it|no excuses|it must (?:end|stop)|(?:this|it) has to stop|"
    r"lord,? have mercy|amen|full stop|plain and simple)"
)
_NAMED = re.compile(rf"\b{GROUP}\b")
# Mistreatment of a people condemned: "It's wicked to treat Roma children as if they were
# less than human." — the one form here that may name the people, in one clause.
_MISTREAT = (
    r"(?:treat|call|describe|see|think of|speak of|talk about|label|brand|portray|paint|"
    r"stereotype|dehumani[sz]e|demoni[sz]e|mock|blame|scapegoat|insult|humiliate|bully|"
    r"harass|exclude|shun|persecute|abuse|attack|hate)"
)
_TREATMENT = re.compile(
    rf"(?:it is|it's|it was|it would be)\s+{_INTENSIFIER}{_BAD_ADJ}\s+to\s+{_MISTREAT}\s+"
    r"(?![^.!?]*\b(?:but|however|though|because they|since they|they are|they're)\b)"
    r"[^.!?,;:]{1,80}"
)


# A people may be named as those the act is done to, before the verb that condemns it:
# "Attacking Asian grandmothers on the street is cowardly.", "Violence against women is
# evil." — never as who does it ("… by …", "… from …").
_VERB = re.compile(r"\s(?:is|are|was|were|remains?)\s")


def _victims_only(sentence: str) -> bool:
    """Every people a condemning sentence names comes before its verb, not after "by"."""
    verb = _VERB.search(sentence)
    if not verb:
        return False
    for named in _NAMED.finditer(sentence):
        before = sentence[: named.start()].split()
        if named.start() > verb.start() or (before and before[-1] in ("by", "from")):
            return False
    return True


def condemns_an_act(text: str) -> bool:
    """Every sentence of ``text`` condemns an act of persecution or violence (or adds
    nothing), at least one does, and none names a group of people."""
    folded = fold(text)
    if '"' in folded:
        return False
    condemned = False
    for sentence in sentences(folded):
        if _TREATMENT.fullmatch(sentence):
            condemned = True
            continue
        condemning = _CONDEMNED.fullmatch(sentence) is not None
        if _NAMED.search(sentence) and not (condemning and _victims_only(sentence)):
            return False
        if condemning:
            condemned = True
        elif not _FILLER.fullmatch(sentence):
            return False
    return condemned
