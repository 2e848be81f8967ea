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
from collections.abc import Callable

from .contempt import GROUP
from .wording import fold, sentences

__all__ = ["asks_an_end_to_harm", "asks_protection_from_harm", "condemns_an_act"]

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
    r"air ?strikes?|bombings?|arson|imprisonment|detention|executions?|attacks|assaults|"
    r"hate crimes?|beatings|killings|shootings|stabbings)"
)
# (what kind of harm: "the racist abuse …", "these cowardly attacks on …")
_KIND_OF_HARM = (
    r"(?:(?:racist|antisemitic|homophobic|transphobic|islamophobic|sexist|online|verbal|physical|"
    r"violent|vicious|brutal|cowardly|senseless|recent|latest|constant)\s+)*"
)
_ACT = (
    rf"(?:(?:the|this|that|these|those|such|all|any|their|the regime'?s|the government'?s|"
    rf"[a-z]+'s)\s+)?{_KIND_OF_HARM}"
    rf"(?:{_HARM_GERUND}\s+[a-z' -]{{1,60}}?|{_HARM_NOUN}(?:\s+(?:in|of|against|on|by)\s+"
    rf"[a-z' -]{{1,40}}?)?"
    # (or what someone suffers: "The abuse Muslim women receive for wearing hijabs")
    rf"|(?:abuse|hatred|hate|harassment|violence|discrimination|persecution|threats|insults|"
    rf"slurs|mockery|contempt|attacks)\s+(?:that\s+|which\s+)?[a-z' -]{{1,40}}?\s+(?:receive|"
    rf"receives|received|face|faces|faced|suffer|suffers|suffered|endure|endures|endured|get|gets|"
    rf"got|experience|experiences|experienced)"
    rf"(?:\s+[a-z' -]{{1,40}}?)?)"
)
_ACTS = rf"{_ACT}(?:,?\s+(?:and|or)\s+{_ACT})*"
_BAD_ADJ = (
    r"(?:evil|wicked|barbaric|barbarous|monstrous|cowardly|cruel|inhuman|inhumane|wrong|"
    r"vile|disgusting|despicable|shameful|sinful|heinous|horrific|horrible|abhorrent|"
    r"unacceptable|unjust|indefensible|appalling|outrageous|evil and wrong|criminal|"
    r"satanic|demonic|a disgrace|a crime|a sin|an abomination|an evil|a scandal|an outrage|"
    r"a tragedy|a horror|a stain on [a-z ]{1,30}|a crime against humanity|"
    # ("The attacks on trans people are sickening.", "… was disgusting")
    r"sickening|revolting|heartbreaking|horrifying|awful|terrible|gross|sick|so wrong)"
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
    rf"(?:and )?(?:no one|nobody) deserves (?:that|this|it)|never forget (?:that|this)|"
    rf"(?:and )?(?:this|the|such) hate (?:has|needs|must) to stop|"
    rf"and (?:they |it )?(?:must|should) be (?:scrapped|abolished|ended|stopped|repealed)))?"
)
_FILLER = re.compile(
    r"(?:whoever does it|wherever it happens|no matter who does it|whatever the reason|"
    r"there(?:'s| is) no other word for it|no excuses|it must (?:end|stop)|(?:this|it) has to stop|"
    r"lord,? have mercy|amen|full stop|plain and simple|"
    # ("…, no one deserves that", "…, never forget that", "…, this hate has to stop")
    r"(?:and )?(?:no one|nobody|no person) deserves (?:that|this|it)|never forget (?:that|this|it)|"
    r"(?:and )?(?:this|the|all this|such) hate (?:has|needs|must|have) to stop|"
    r"hate has no (?:place|home) here)"
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


_HARM_VERB = (
    r"burn|kill|murder|attack|persecute|imprison|jail|kidnap|abduct|beat|torture|bomb|raid|"
    r"hunt|harm|hurt|threaten|rape|abuse|shoot|stab|destroy|demolish|arrest|oppress"
)

# --- an end to harm, asked for ------------------------------------------------------------
#
# "We pray for an end to the killing of Christians.", "Lord, end the killing of Christians.",
# "Let the killing of Christians in Nigeria end.", "We pray that the murder of pastors will
# stop.": the model reads the harm named and holds them (threat 0.6–0.9). The people may be
# named as those the harm is done to, never after "by" or "from".
_ADDRESS = r"(?:(?:oh |o )?(?:lord|father|god|jesus|heavenly father|lord jesus)(?: god)?,?\s+)?"
_ENDED = (
    r"(?:end|stop|cease|be ended|be stopped|come to an end)(?: now| soon| forever| today| at last)?"
)
_ASKED_END = re.compile(
    rf"{_ADDRESS}(?:(?:(?:we|i) (?:pray|ask|cry out|call|plead|long|hope|beg|are praying|am "
    r"praying)(?: you)? for |(?:please )?(?:keep )?pray(?:ing)? for |(?:please )?(?:bring|"
    r"let there be|may there be|grant|send|give)(?: us)? )an end to "
    rf"|(?:please )?(?:end|stop|halt) )(?P<act>{_ACTS})(?:,? (?:we pray|lord|amen))?"
    rf"|{_ADDRESS}(?:please )?(?:let|may|make) (?P<act2>{_ACTS}) {_ENDED}"
    rf"|{_ADDRESS}(?:(?:we|i) (?:pray|ask|hope|long)(?: you)? (?:that )?)?(?P<act3>{_ACTS}) "
    rf"(?:will|would|may|must|should|has to|have to|needs to|need to) {_ENDED}"
    # "Stop the slaughter of Christians, Lord!"
    rf"|(?:please )?(?:end|stop|halt) (?P<act4>(?:the |this |all )?(?:slaughter|killings|murders|"
    r"attacks|raids|arrests|abductions|bloodshed) (?:of|on|against) [a-z' -]{1,40}?)"
    r"(?:,? (?:oh |o )?(?:lord|father|god|jesus))?"
    # "Lord, let no more churches be burned in Kazakhstan.", "May no more pastors be jailed."
    rf"|{_ADDRESS}(?:please )?(?:let|may)(?: there be)? no (?:more |other |further )?"
    r"(?P<act5>[a-z' -]{1,40}?) (?:be|get|are|will be) (?:killed|burned|burnt|bombed|attacked|"
    r"jailed|imprisoned|arrested|kidnapped|abducted|beaten|tortured|raided|closed|demolished|"
    r"destroyed|murdered|martyred|fined|harmed|hurt|persecuted|taken|sold|trafficked|forced "
    r"into [a-z ]{1,20})(?: (?:in|for|because of|anywhere|again|ever) [a-z' -]{1,40})?"
    # "Father, stop the hands of those who burn churches."
    r"|(?:(?:oh |o )?(?:lord|father|god|jesus),?\s+)?(?:please )?(?:stop|restrain|hold back|bind|"
    r"still|stay|weaken|break) the (?:hands?|arms?|plans|schemes|weapons) of (?:those|all those|"
    r"the ones|anyone|everyone|the men|the people|all) (?:who|that) "
    rf"(?P<act6>(?:{_HARM_VERB})[a-z' -]{{1,60}}?)"
)


# ("Let the killing of … never end": the act read lazily may swallow a negation)
_NEGATED = re.compile(r"\b(?:never|not|no|nothing|forever|continue|more)\b|n't\b")


def _asked_in_every_sentence(text: str, asks: Callable[[str], bool]) -> bool:
    """Every sentence of ``text`` (no quotation in it) is one that ``asks`` accepts or adds
    nothing ("Amen.", "Lord, have mercy."), and at least one is accepted."""
    folded = fold(text)
    if '"' in folded:
        return False
    asked = False
    for sentence in sentences(folded):
        plain = sentence.rstrip(" .!")
        if asks(plain):
            asked = True
        elif not _FILLER.fullmatch(plain):
            return False
    return asked


def _an_end_asked(sentence: str) -> bool:
    found = _ASKED_END.fullmatch(sentence)
    if not found:
        return False
    act = next(
        found.group(name)
        for name in ("act", "act2", "act3", "act4", "act5", "act6")
        if found.group(name)
    )
    return not (re.search(rf"\b(?:by|from)\s+(?:the\s+)?{GROUP}\b", act) or _NEGATED.search(act))


def asks_an_end_to_harm(text: str) -> bool:
    """Every sentence of ``text`` asks (or prays) for an act of persecution or violence to end
    (or adds nothing), at least one does, and no people is named as who does it."""
    return _asked_in_every_sentence(text, _an_end_asked)


# "Jesus, shield the Christians in Gaza from the bombs.": protection from harm asked for those
# who suffer it (not "… from the Muslims": what they are kept from is a harm, never a people).
_KEPT_FROM = re.compile(
    rf"{_ADDRESS}(?:please )?(?:shield|protect|guard|keep|hide|save|deliver|rescue|cover|defend|"
    r"spare|shelter) (?P<who>[a-z' -]{1,60}?) from (?:the |all |every |their |those |any |more )?"
    r"(?:bombs?|bombing|bombings|bullets?|shelling|missiles?|rockets?|drones?|air ?strikes?|"
    r"violence|attacks?|raids?|mobs?|fighting|war|fire|harm|danger|persecution|evil|kidnappings?|"
    r"abductions?|arrests?|guns?|gunfire|soldiers|militants|terrorists|jihadists|kidnappers|"
    r"extremists|gangs|bandits)(?: [a-z' -]{1,40})?(?:,? (?:oh |o )?(?:lord|father|god|jesus))?"
)


def asks_protection_from_harm(text: str) -> bool:
    """Every sentence of ``text`` asks God to keep people from harm (or adds nothing), and at
    least one does."""
    return _asked_in_every_sentence(text, lambda sentence: bool(_KEPT_FROM.fullmatch(sentence)))
