"""Texts that only report harm a people suffered, matched as a form of words.

A wall about persecution tells of harm done to believers of every faith and to
every people, and the contextual model reads a people named beside a word of harm
as an attack on them: "Uyghur Muslims are being forced into camps in Xinjiang."
(identity_attack 0.64), "Yazidi women were sold as slaves by the Islamic State." (0.71),
"Trans women are murdered at terrible rates in Brazil." (0.93) were held.

The forms matched here: a sentence in the passive voice, a people (``contempt.GROUP``
or a people's adjective before "families", "monks", "shopkeepers" …, as the subject,
with no "all" or "every") *are, were, have been, are being* … harmed (killed, forced,
sold, jailed, beaten, driven out, denied …), then where, when, how or by whom; or what
the people face, suffer or endure, named as a harm ("Gay teenagers endure bullying at
school.", "Immigrants are often the targets of hate crimes.", "Indigenous women go
missing at alarming rates."). ``reports_harm_suffered`` is true when *every* sentence
of a text is one of them (or a petition for mercy, "Lord, have mercy."), so anything
else said beside it
leaves the text to the model. The rest of the sentence may not approve, wish, blame
or joke (``_APPROVAL``: "as they should be", "finally", "because …", "for being …",
"lol", a laughing face), speak of the writer or the reader ("in my town"), name a
people other than the victims (persecutors aside: "… by the Islamic State"), quote
anything, or use a slur or a word of vermin. The policy then does not hold such a
text on the model's identity_attack, insult or threat scores alone; the word lists
and every other form of words still apply.

``approves_harm_suffered`` is the mirror, a hold: such an account followed by a cheer
in its own clause or sentence ("…, hero mob.", "Good."), a purpose or an outcome that
welcomes it ("… to keep them in line", "… and the country thrived") or a laughing face.
"""

from __future__ import annotations

import re
import unicodedata

from .contempt import GROUP
from .imagery import PERSECUTORS
from .wording import SLURS, VERMIN, fold, sentences

__all__ = ["approves_harm_suffered", "reports_harm_suffered", "shrugs_at_harm"]

_AUX = (
    r"(?:are|is|were|was|have been|has been|had been|are being|is being|were being|"
    r"was being|get|gets|got|continue to be|continues to be|keep being|kept being)"
)
_ADVERB = (
    r"(?:still|often|routinely|regularly|systematically|brutally|violently|forcibly|"
    r"falsely|unjustly|wrongly|illegally|reportedly|allegedly|repeatedly|frequently|"
    r"openly|publicly|now|also|even|sometimes|increasingly|being|already|again|daily|"
    r"secretly|arbitrarily|summarily|mercilessly|savagely)"
)
_HARMED = (
    r"(?:killed|murdered|slaughtered|massacred|butchered|executed|hanged|hung|beheaded|"
    r"shot|stabbed|stoned|flogged|lashed|whipped|beaten(?: up)?|tortured|raped|"
    r"assaulted|attacked|abducted|kidnapped|trafficked|enslaved|sold|forced|coerced|"
    r"jailed|imprisoned|detained|arrested|interned|locked up|rounded up|sent to|"
    r"deported|expelled|evicted|displaced|driven (?:out|from|away)|forced out|chased "
    r"out|burned out|bombed|shelled|gassed|starved|persecuted|oppressed|harassed|"
    r"threatened|bullied|intimidated|discriminated against|denied|refused|banned|"
    r"barred|excluded|fired|sacked|targeted|hunted|lynched|disappeared|abused|"
    r"mistreated|humiliated|insulted|spat on|mocked|silenced|censored|surveilled|"
    r"watched|separated from|stripped of|robbed|looted|cheated|exploited|underpaid|"
    r"segregated|marginali[sz]ed|dehumani[sz]ed|demoni[sz]ed|scapegoated|vilified|"
    r"slandered|kicked out|thrown out|thrown off|thrown|searched|profiled|turned away|locked out|"
    r"left to die|buried alive|"
    r"burned alive|burnt alive|burned|burnt|drowned|maimed|wounded|injured|orphaned|"
    r"widowed|made homeless|left homeless|held captive|held hostage|held|abandoned|"
    r"neglected|poisoned|cut off|disowned|shunned|ostraci[sz]ed|cast out|disinherited|"
    r"rejected|betrayed|framed|sentenced|convicted|fined|pushed (?:off|out of|out)|"
    r"forced off|chased off|driven off|run off)"
)
# People of a faith or a people, named by an adjective: "Sikh shopkeepers", "Rohingya
# families", "Tibetan monks".
_FAITHFUL = (
    r"(?:muslim|christian|jewish|hindu|sikh|buddhist|baha'?i|yazidi|ahmadi|uyghur|uighur|"
    r"rohingya|kurdish|tibetan|coptic|catholic|protestant|evangelical|shia|sunni|gay|"
    r"lesbian|trans|transgender|black|african|asian|arab|roma|indigenous|disabled)\s+"
    r"(?:[a-z'-]+\s+)?(?:people|families|children|kids|men|women|girls|boys|believers|"
    r"pastors|priests|monks|nuns|imams|rabbis|leaders|villagers|students|workers|"
    r"shopkeepers|farmers|refugees|converts|activists|prisoners|communities|minorities|"
    r"worshippers|pilgrims|teenagers|youths|couples|journalists|lawyers|doctors|"
    r"teachers|neighbou?rs|citizens|residents|civilians)"
)
_QUANTITY = (
    r"(?:(?:the|many|some|several|thousands of|hundreds of|millions of|dozens of|scores of|"
    r"countless|at least [0-9,]+|more than [0-9,]+|over [0-9,]+|[0-9,]+)\s+)?"
)
# A word before the people named, not a verb, a pronoun or a joint of clauses ("Let's make
# the Hindus disappear …" is no account).
_WORD = (
    r"(?!(?:let'?s|lets|let|make|makes|made|help|see|watch|want|wants|need|needs|should|must|"
    r"will|would|can|could|may|might|i|we|you|they|them|us|to|go|get|and|or|but|that|who|"
    r"which|when|if|unless|until|so|hope|wish|pray)\b)[a-z'-]+"
)
# A time or a place first ("In Xinjiang, …", "Last year, …"), then the subject, which ends
# with the people named: "Uyghur Muslims", "hundreds of Yazidi women".
_SUBJECT = (
    r"(?:(?:in|across|during|since|last|this|every|each|on|at|after|before|throughout)"
    r"\b[^,]{1,50},\s*)?"
    rf"(?P<subject>{_QUANTITY}(?:{_WORD}\s+){{0,3}}?(?:{GROUP}|{_FAITHFUL})"
    rf"(?:\s+(?:in|from|of|across|near|around|to)\s+[a-z' -]{{1,40}}?)?)"
)
_REPORT = re.compile(
    rf"{_SUBJECT}"
    rf"\s+{_AUX}\s+(?:{_ADVERB}\s+)*{_HARMED}\b"
    rf"(?P<rest>[^.!?]*)"
)
# Or what they face, suffer or endure, named: "Gay teenagers endure bullying at school.",
# "Immigrants are often the targets of hate crimes.", "Indigenous women go missing …".
_HARM = (
    r"(?:discrimination|persecution|violence|abuse|harassment|threats|death threats|"
    r"prejudice|racism|antisemitism|islamophobia|homophobia|transphobia|hatred|hate crimes?|"
    r"bullying|attacks?|prison|jail|imprisonment|arrest|arrests|execution|death|torture|"
    r"trauma|poverty|exclusion|hostility|stigma|segregation|eviction|deportation|hunger|"
    r"rape|murder|kidnapping|abductions?|insults|slurs|mockery|contempt|suspicion|danger|"
    r"fines|beatings|raids|surveillance|killings?|lynchings?|sanctions|restrictions|bans?|"
    r"trafficking|slavery|exploitation|neglect|isolation|rejection|displacement|famine|"
    r"hardship|injustice|oppression|intimidation|assaults?|shootings?|bombings?|"
    r"sterili[sz]ation|abortions?|labou?r camps?|camps?|re-?education)"
)
_HARM_MODIFIER = (
    r"(?:the|a|an|daily|constant|growing|rising|widespread|systematic|severe|brutal|routine|"
    r"frequent|regular|open|serious|terrible|horrific|violent|sexual|verbal|physical|"
    r"racial|religious|police|online|state|mob|hate|great|grave|real|everyday|ongoing|"
    r"years of|decades of|long|harsh|heavy|unjust|arbitrary|forced)"
)
_SUFFER = (
    rf"(?:(?:face|faces|faced|suffer|suffers|suffered|endure|endures|endured|experience|"
    rf"experiences|experienced|receive|receives|received|risk|risks|live with|live under|"
    rf"live in fear of|(?:(?:are|were|have been) )?subjected to|(?:(?:are|were|become|became) )?"
    rf"(?:the )?(?:targets?|victims?) of)\s+(?:{_HARM_MODIFIER}\s+){{0,3}}{_HARM}"
    r"|go missing|went missing|have gone missing|disappeared|are disappearing"
    # "Black women are more likely to die in childbirth in the US.": harm told as a rate
    r"|(?:(?:far|much|many times|twice as|three times as|\w+ times) )?"
    rf"(?:more|as) likely (?:than [a-z ]{{1,30}} )?to (?:die|be {_HARMED}|be victims? of "
    rf"{_HARM}|face {_HARM}|suffer {_HARM}|live in poverty|go missing|lose their (?:jobs|homes|"
    r"lives|children)))"
)
_SUFFERS = re.compile(
    rf"{_SUBJECT}"
    rf"\s+(?:(?:are|is|were|was)\s+)?(?:{_ADVERB}\s+)*{_SUFFER}\b"
    rf"(?P<rest>[^.!?]*)"
)
_NAMED = re.compile(rf"\b{GROUP}\b")
_ADJECTIVE_NAMED = re.compile(rf"\b{_FAITHFUL}\b")
_PERSECUTOR = re.compile(rf"\b(?:the\s+)?{PERSECUTORS}\b")
_EVERYONE = re.compile(r"\b(?:all|every|each|any)\b")
_NOT_A_SUBJECT = re.compile(rf"\b(?:{SLURS}|{VERMIN}|i|we|you|they|my|our|your|their)\b")
# What turns an account into approval, a wish, blame or a joke, or brings in the writer
# or the reader ("… in my town", "… and you know why").
_APPROVAL = re.compile(
    r"\b(?:let|may|should|must|ought|deserv\w*|rightly|justly|rightfully|good|great|nice|"
    r"fine|ok|okay|glad|happy|finally|at last|about time|serves?|served|karma|enough|"
    r"more|better|best|hope|hopefully|wish|lol|lmao|rofl|haha\w*|hehe\w*|fortunately|"
    r"thankfully|luckily|yes|yay|as it should|for a reason|reason|no wonder|of course|"
    r"because|since|cause|cuz|coz|due to|for being|fault|asked for it|had it coming|"
    r"right|correct|proper|smart|wise|well done|the way|thank\w*|praise\w*|belong\w*|"
    r"heroe?s?|brave|patriot\w*|legend\w*|based|glorious|beautiful|wonderful|awesome|"
    r"amazing|excellent|perfect|bravo|congrat\w*|cheers|bye|goodbye|riddance|yeet|"
    r"keep|teach|lesson|in line|place|start|cleans\w*|purif\w*|clean|thriv\w*|"
    # ("… by every decent society": the harm done by those praised for it)
    r"decent|civili[sz]ed|normal|sane|right-thinking|respectable|proper|"
    r"prosper\w*|flourish\w*|improv\w*|safer|obey\w*|disobey\w*|don'?t|doesn'?t|"
    r"didn'?t|won'?t|misbehav\w*|out of line|talk back|consequences?|"
    # (a clause of comment after the account: "… and the country thrived")
    r"and (?:the|it|that|this|now|everyone|everybody|nobody|no one|life|things|crime)|"
    r"need|needs|needed|love|loves|like|likes|enjoy\w*|want|wants|which|what|that's|"
    r"(?<!if )(?<!when )(?<!after )(?<!before )(?<!while )(?<!until )they|they're|"
    rf"i|me|my|we|(?<!the )us|our|you|your|u|ur|not|never|no|{SLURS}|{VERMIN})\b"
)
_FILLER = re.compile(r"(?:lord,? have mercy|god,? have mercy|christ,? have mercy|amen)")


def _symbols(text: str) -> bool:
    return any(unicodedata.category(char) == "So" for char in text)


# The account told to God: "Lord, you see the Muslim converts who are beaten by their own
# families.", "Father, you know that Christians in Eritrea are held in shipping containers."
_TOLD_TO_GOD = re.compile(
    r"(?:o |oh |dear )?(?:lord|father|god|jesus|heavenly father|lord jesus|lord god),?\s+"
    r"(?:you|thou) (?:see|seest|know|knowest|hear|hearest|have seen|have heard|saw|heard|"
    r"remember|know about) (?:how |that )?"
)
_WHO = re.compile(rf"\b(?:who|that) (?={_AUX}\b)")


def _report_of_harm(sentence: str) -> re.Match[str] | None:
    """The account of harm a people suffered that ``sentence`` is, if any."""
    told = _TOLD_TO_GOD.match(sentence)
    if told:
        sentence = _WHO.sub("", sentence[told.end() :], count=1)
    for form in (_REPORT, _SUFFERS):
        match = form.fullmatch(sentence)
        if match and (_NAMED.search(match["subject"]) or _ADJECTIVE_NAMED.search(match["subject"])):
            return match
    return None


def _reports(sentence: str) -> bool:
    match = _report_of_harm(sentence)
    if not match:
        return False
    subject, rest = match["subject"], match["rest"]
    if _EVERYONE.search(subject):
        return False
    if _NOT_A_SUBJECT.search(subject):
        return False
    return not (_APPROVAL.search(rest) or _NAMED.search(_PERSECUTOR.sub(" ", rest)))


def reports_harm_suffered(text: str) -> bool:
    """Every sentence of ``text`` reports harm a people suffered (or asks for mercy), at
    least one does, and nothing in it approves, wishes, blames or jokes."""
    folded = fold(text)
    if '"' in folded or _symbols(folded):
        return False
    reported = False
    for sentence in sentences(folded):
        if _reports(sentence):
            reported = True
        elif not _FILLER.fullmatch(sentence):
            return False
    return reported


# Approval of the harm told: a clause that is only a cheer ("…, hero mob.", "Makes
# sense.", "Good.", "Best day in Spanish history."), or a purpose, a due or an outcome
# that makes it welcome ("… to keep them in line", "… and the country thrived").
_CHEER_CLAUSE = re.compile(
    r"(?:and |so |which is |that's |thats |it's |its )?(?:good|great|nice|excellent|perfect|"
    r"brilliant|awesome|amazing|beautiful|wonderful|glorious|finally|at last|about time|"
    r"long overdue|good riddance|riddance|bye|bye bye|goodbye|yeet|lol|lmao|rofl|haha\w*|"
    r"hehe\w*|bravo|well done|good job|great job|good work|makes sense|common sense|"
    r"rightly so|as it should be|as they should|as they should be|serves them right|"
    r"they deserved? it|deserved|had it coming|the right idea|the right call|best day"
    r"(?: [a-z' ]{1,40})?|best thing(?: [a-z' ]{1,40})?|those were the days|"
    r"the good old days|thank god|thankfully|keep it up|keep going|do it again|more please|"
    r"hero(?:es)?(?: [a-z]{1,20})?|[a-z]{1,20} heroe?s?|based(?: [a-z]{1,20})?|legends?|"
    r"patriots?|smart (?:country|move|idea|call|people)|(?:it was |that was |what )?a good "
    r"start|(?:just )?(?:like|as) they deserved?|(?:and )?(?:it's |its |that's )?not enough|"
    r"(?:and )?for good reason|too bad they missed (?:some|a few|one|the rest))"
    r"(?: (?:too|indeed|really|honestly|tbh|at last|finally|again))?"
)
_CHEER_ANY = re.compile(
    r"\b(?:to keep them in line|in their place|where they belong|what they (?:need|deserve)"
    r"|and rightly|rightly so|as it should be|as they should be|serves them right|"
    r"had it coming|asked for it|deserved? it|deserves it|good riddance|lol|lmao|haha\w*|"
    r"for a reason|for good reason|"
    r"(?:when|if|whenever) they (?:don'?t|do not|won'?t|refuse to) (?:obey|"
    r"listen|behave|submit|learn)|and the "
    r"(?:country|town|city|world|streets?|place|neighbou?rhood|nation) (?:thrived|prospered|"
    r"flourished|improved|got better|is better|was better|is safer|was safer|became safer))\b"
)
_CHEERING_SYMBOLS = frozenset("😂🤣😆😹👍👏💯🥳🎉")
_CLAUSES = re.compile(r"\s*(?:,|—|–| - )\s*")


def approves_harm_suffered(text: str) -> bool:
    """A sentence reports harm a people suffered and the text welcomes it: a cheer
    after it, in its own clause or sentence, a purpose or an outcome that makes it
    welcome, or a laughing face; or the harm is shrugged at (``shrugs_at_harm``)."""
    folded = fold(text)
    if _shrugs(folded):
        return True
    parts = sentences(folded)
    for number, sentence in enumerate(parts):
        # (or the people named with the harm in a clause of its own: "Muslims who are
        # killed deserve it.")
        match = _report_of_harm(sentence) or _report_of_harm(_WHO.sub("", sentence, count=1))
        if not match:
            continue
        if _CHEERING_SYMBOLS.intersection(folded) or _CHEER_ANY.search(match["rest"]):
            return True
        after = _CLAUSES.split(match["rest"])[1:] + parts[number + 1 :]
        if any(_CHEER_CLAUSE.fullmatch(clause.strip(" ,")) for clause in after):
            return True
    return False


# --- harm shrugged at -------------------------------------------------------------------
#
# Harm told in a line, a headline or a clause ("Another migrant boat sank.", "Pakistani taxi
# driver stabbed.", "Roma camp cleared by police today."), then a last clause that shrugs
# or cheers: "Can't say I'm sad.", "Oh well.", "Not my problem.", "Karma works.", "Finally
# some peace.", "Shouldn't have been so loud.", "what a beautiful morning". The harm's
# clause names a people and a harm, and nothing that relieves or mourns it ("released",
# "rescued", "pray", "sadly"); the shrug must be the text's last clause, whole, so that an
# attitude reported and answered ("'Not my problem', some say; but it is ours.") is not one.
_A_PEOPLE_WORD = (
    rf"(?:{GROUP}|(?:migrant|refugee|asylum|immigrant|jewish|muslim|christian|hindu|sikh|"
    r"buddhist|roma|gypsy|gay|lesbian|trans|black|asian|african|arab|pakistani|somali|afghan|"
    r"uyghur|uighur|ahmadi|nigerian|mexican|chinese|indian|kurdish|yazidi|rohingya|tibetan|"
    r"syrian|iraqi|iranian|palestinian|israeli|turkish|polish|romanian|albanian|eritrean|"
    r"sudanese|ethiopian|convert|coptic|catholic|shia|sunni|indigenous|aboriginal|"
    r"disabled|homeless)(?:s|es)?)"
)
_HARM_WORD = (
    r"(?:sank|sunk|sinks|capsized|drowned|drown|died|dies|dead|killed|murdered|stabbed|shot|"
    r"beaten|beaten up|attacked|assaulted|robbed|mugged|vandali[sz]ed|burned|burnt|torched|"
    r"deported|expelled|evicted|cleared|sealed|closed|arrested|jailed|imprisoned|detained|"
    r"lynched|hanged|executed|bombed|raided|banned|fired|sacked|kicked out|thrown out|"
    r"turned away|sent back|bulldozed|demolished|desecrated|firebombed|injured|hurt|wounded|"
    r"massacred|slaughtered|smashed|set on fire|set alight|froze|frozen|starved|starving|"
    r"kidnapped|abducted|raped|sealed off|shut down|closed down|camps?)"
)
_HARM_LINE = re.compile(
    rf"\b{_A_PEOPLE_WORD}\b(?=.*\b{_HARM_WORD}\b)|\b{_HARM_WORD}\b(?=.*\b{_A_PEOPLE_WORD}\b)"
)
_RELIEF = re.compile(
    r"\b(?:released|freed|rescued|survived|survivors?|escaped|acquitted|saved|safe|spared|"
    r"pray\w*|lord|god|jesus|mercy|sadly|tragic\w*|heartbroken|heartbreaking|horrific|"
    r"terrible|awful|shameful|disgrace\w*|condemn\w*|justice|rip|rest in peace|not|no one|"
    r"nobody|never|stop\w*|protest\w*|outrage\w*|said|says|told|replied|answered|asked|"
    r"shrugged|rebuilt|repaired|restored|reopen\w*|recover\w*|helped|welcomed|donat\w*|"
    r"raised|support\w*)\b"
)
# (the doers punished: "The men who attacked the Sikh temple were arrested. Good.")
_DOERS = (
    r"(?:attackers?|vandals?|thugs|mob|suspects?|culprits?|killers?|arsonists?|gang|men|"
    r"perpetrators?|those responsible|who (?:attacked|burned|torched|smashed|killed|beat|did))"
)
_PUNISHED = r"(?:arrested|caught|charged|convicted|sentenced|jailed|punished|prosecuted)"
_DOERS_PUNISHED = re.compile(rf"\b{_DOERS}\b.*\b{_PUNISHED}\b|\b{_PUNISHED}\b.*\b{_DOERS}\b")
_SHRUG = re.compile(
    r"(?:(?:and|so|well|honestly|tbh|frankly|meh|lol|welp)\W+)*"
    r"(?:can'?t say i'?m (?:sad|sorry|upset|crying|bothered|heartbroken|surprised)|"
    r"no tears(?: from me| here| shed| lost)?|(?:i'?m )?not shedding (?:a|any) tears?|oh well|"
    r"not my problem|who cares|(?:i )?don'?t care|(?:i )?couldn'?t care less|"
    r"karma(?: works| is real| at work| strikes(?: again)?)?|finally(?: some)? (?:peace|quiet|"
    r"peace and quiet)|what a (?:beautiful|lovely|great|wonderful) (?:morning|day|week)|"
    r"fewer mouths to feed|one less (?:problem|thing to worry about|headache)|"
    r"maybe (?:they|he|she)(?:'ll| will) learn[^.!?]*|that'?ll teach (?:them|him|her)[^.!?]*|"
    r"(?:they|he|she) (?:shouldn'?t|should not) have been so [a-z]+|shouldn'?t have been so "
    r"[a-z]+|should(?:'ve| have) stayed [a-z]+|what did (?:they|he|she) expect[^.!?]*|"
    r"(?:they|he|she) (?:probably |clearly |obviously )?(?:had it coming|asked for it)|"
    r"nothing of value (?:was )?lost|boo hoo|cry me a river|sad but necessary|"
    r"a good start|more please|next|moving on|bye|bye bye|good riddance|good|great|excellent|"
    r"nice|perfect|based|as it should be|as they should be|the more the better|more of this|"
    r"keep it up|about time(?: [^.!?]*)?|(?:i )?bet (?:they|he|she) deserved it|"
    r"(?:they|he|she) (?:probably |surely )?deserved it|"
    r"(?:it'?s a |what a |such a )?(?:shame|pity) (?:they|he|she) (?:weren'?t|wasn'?t) "
    r"(?:inside|in it|in there|there|home|at home))"
    r"\W*$"
)
_CLAUSE_SPLIT = re.compile(r"(?<=[.!?;,:])\s+|\s+[-–—]\s+")
_ONE_LESS = re.compile(
    rf"\bone (?:less|fewer) {_A_PEOPLE_WORD}\b(?![^.!?]*\b(?:sadly|tragic\w*|pray\w*|mourn\w*)\b)"
    rf"|\b(?:the )?(?:{_A_PEOPLE_WORD} )?(?:camps|deportations?|expulsions?|executions|"
    r"crackdown|bans?) (?:are|were|is|was) the best thing\b"
)


def shrugs_at_harm(text: str) -> bool:
    """Harm to a people told, then a last clause that shrugs or cheers at it; or "one less
    Muslim", or camps called "the best thing"."""
    return _shrugs(fold(text))


def _shrugs(folded: str) -> bool:
    """``shrugs_at_harm`` of a text already folded."""
    folded = " ".join(folded.split())
    if '"' in folded:
        return False
    if _ONE_LESS.search(folded):
        return True
    clauses = [c for c in _CLAUSE_SPLIT.split(folded) if c.strip(" .!?,;:")]
    if len(clauses) < 2 or not _SHRUG.fullmatch(clauses[-1].strip()):
        return False
    told = " ".join(clauses[:-1])
    return bool(_HARM_LINE.search(told)) and not (
        _RELIEF.search(told) or _DOERS_PUNISHED.search(told)
    )
