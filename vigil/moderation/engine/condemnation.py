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
    r"anti-conversion laws?|discrimination|racism|antisemitism|islamophobia|hatred|hate|"
    r"bigotry|terrorism|genocide|ethnic cleansing|slavery|(?:human )?trafficking|rape|"
    r"murder|war crimes?|oppression|censorship|honou?r killings?|mob violence|lynchings?|"
    r"massacres?|(?:the )?death penalty for apostasy|debt bondage|bonded labou?r|"
    r"air ?strikes?|bombings?|arson|imprisonment|detention|executions?)"
)
_ACT = (
    rf"(?:(?:the|this|that|such|all|any|their|the regime'?s|the government'?s)\s+)?"
    rf"(?:{_HARM_GERUND}\s+[a-z' -]{{1,40}}?|{_HARM_NOUN}(?:\s+(?:in|of|against|on|by)\s+"
    rf"[a-z' -]{{1,40}}?)?)"
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
    rf"{_ACTS}\s+(?:is|are|was|were|remains?)\s+{_INTENSIFIER}{_BAD_ADJ}"
    rf"(?:,?\s+(?:and\s+)?{_INTENSIFIER}{_BAD_ADJ})*{_NOUN_AFTER}"
    rf"(?:,?\s+(?:whoever (?:does|commits) it|wherever it happens|whoever is behind it|"
    rf"plain and simple|full stop|and (?:it )?(?:must|should) (?:end|stop)|"
    rf"and (?:they |it )?(?:must|should) be (?:scrapped|abolished|ended|stopped|repealed)))?"
)
_FILLER = re.compile(
    r"(?:whoever does it|wherever it happens|it must (?:end|stop)|(?:this|it) has to stop|"
    r"lord,? have mercy|amen|full stop|plain and simple)"
)
_NAMED = re.compile(rf"\b{GROUP}\b")


def condemns_an_act(text: str) -> bool:
    """Every sentence of ``text`` condemns an act of persecution or violence (or adds
    nothing), at least one does, and none names a group of people."""
    folded = fold(text)
    if '"' in folded:
        return False
    condemned = False
    for sentence in sentences(folded):
        if _NAMED.search(sentence):
            return False
        if _CONDEMNED.fullmatch(sentence):
            condemned = True
        elif not _FILLER.fullmatch(sentence):
            return False
    return condemned
