"""Stated contempt for a group, matched as a form of words.

The contextual model learnt from its contrast pairs that "hate" next to a group is
often counter-speech ("I will never hate …", "Hating … has no place here") and that
"not" often negates an attack, and it misses the plainest forms as a result: "I hate
Hindus.", "I despise Jews and everything they stand for.", "Muslims are animals, not
people." scored under its bars. The forms matched here:

* the speaker says they hate a group, or refuse it respect ("I hate …", "I really
  can't stand …", "I'm sick of …", "I will never trust …"), or hate "every single one
  of them" after naming it;
* a group called animals or vermin ("… are animals", "… are nothing but rats", "… are
  not human"), put in a zoo or called a burden on society;
* violence said to be deserved or wished ("… should all be shot", "… who speak up
  should be beaten", "I would love to see … suffer"), or "… lives don't matter";
* a place "was better before the … came";
* a group shut out: "No … allowed", "… are not welcome here", "… have no place in our
  country", "… don't deserve to live".

Only a sentence's own words count: quoted words are removed first, and most forms
must open their sentence (a clause opening with "and I" or "but I" counts as one), so
reported or quoted contempt ("He wrote 'I hate Jews' on the wall", "Saying Muslims are
animals is wicked") and negations ("I will never hate …", "… are not animals") do not
match. A match only *holds* the text for a moderator; it never rejects.
"""

from __future__ import annotations

import re

from .wording import QUOTED, SENTENCES, fold

__all__ = ["contempt_phrases"]

# Groups attacked for their religion, belief, ethnicity, nationality, origin, sex,
# sexuality or disability (plural forms, as contempt names them).
_RELIGIONS = (
    r"muslims|moslems|islamists|christians|catholics|protestants|evangelicals|mormons|"
    r"jews|jewish people|hindus|buddhists|sikhs|atheists|pagans|baha'?is|yazidis|ahmadis|"
    r"shias?|shiites|sunnis|copts|converts|jehovah'?s witnesses"
)
_PEOPLES = (
    r"arabs|kurds|uyghurs|uighurs|tamils|africans|asians|nigerians|pakistanis|indians|"
    r"mexicans|latinos|hispanics|somalis|iranians|afghans|syrians|iraqis|palestinians|"
    r"israelis|turks|roma|gypsies|gipsies|romanians|poles|russians|ukrainians|"
    r"eritreans|kazakhs|fulani|rohingya|blacks|whites|foreigners|immigrants|migrants|"
    r"refugees|asylum seekers|women|girls|gays|lesbians|homosexuals|queers|transgenders|"
    r"trannies|cripples|retards|natives|aboriginals"
)
_PEOPLE_OF = (
    r"(?:black|white|brown|asian|african|arab|jewish|muslim|christian|hindu|chinese|indian|"
    r"gay|lesbian|bisexual|queer|trans|transgender|disabled|handicapped|autistic|"
    r"deaf|blind|foreign|immigrant|mixed[- ]race|roma|indigenous|native)\s+"
    r"(?:people|folk|folks|men|women|kids|children|families|persons)"
)
GROUP = rf"(?:{_PEOPLE_OF}|{_RELIGIONS}|{_PEOPLES})"
_DETERMINER = (
    r"(?:(?:all|most|the|those|these|them|every single one of the|all of the|all the)\s+)?"
)
_EPITHET = r"(?:(?:fucking|filthy|dirty|damn|damned|bloody|stinking|stupid)\s+)?"

_CONTEMPT_VERB = (
    r"(?:hate|despise|detest|loathe|abhor|can'?t stand|cannot stand|can not stand|"
    r"can'?t bear|cannot bear|am (?:so |really )?(?:sick|tired) of|"
    r"am (?:disgusted|repulsed|sickened) by|have (?:no respect|nothing but contempt) for|"
    r"feel nothing but (?:hatred|contempt|disgust) for|want nothing to do with|"
    r"wish there were no)"
)
_INTENSIFIER = (
    r"(?:(?:really|just|truly|absolutely|simply|honestly|fucking|so|do|still|all|personally|"
    r"genuinely|seriously|literally|totally|completely|utterly|deeply|bloody)\s+)*"
)
# "I hate Christians being killed", "I hate Muslims' suffering": the speaker hates a
# wrong done to the group, not the group.
_NOT_THE_GROUP = (
    r"(?!\s*(?:'|being\b|getting\b|suffer|who (?:are|were) (?:persecuted|hurt|killed)))"
)

# "I don't respect …", "I will never trust …": contempt stated as a refusal.
_REFUSAL = (
    r"(?:do not|don'?t|dont|will never|won'?t ever|could never|can never|would never|"
    r"refuse to)\s+(?:ever\s+)?(?:respect|trust|accept|tolerate|like|want)"
)
_FIRST_PERSON = re.compile(
    rf"^i\s+{_INTENSIFIER}(?:{_CONTEMPT_VERB}|{_REFUSAL})\s+{_DETERMINER}{_EPITHET}{GROUP}\b"
    rf"{_NOT_THE_GROUP}"
)
# "… I hate every single one of them", after the group is named earlier in the text.
_FIRST_PERSON_THEM = re.compile(
    rf"^i\s+{_INTENSIFIER}(?:{_CONTEMPT_VERB}|{_REFUSAL})\s+"
    r"(?:every (?:single )?one of them|each (?:and every )?one of them|all of them|them all|"
    r"the lot of them|them)\b(?!\s*(?:being|getting|suffer))"
)
_LIVES = re.compile(
    r"^(?:black|white|muslim|jewish|christian|gay|trans|immigrant|refugee|asian|arab|"
    r"african|disabled|indigenous|native) lives (?:do not|don'?t|dont|will never|never) matter\b"
)
_GROUP_DISGUSTS = re.compile(
    rf"^{_DETERMINER}{_EPITHET}{GROUP}\s+(?:really\s+|just\s+)?(?:disgust|sicken|repulse)\s+me\b"
)

_VERMIN = (
    r"(?:animals|beasts|vermin|rats|cockroaches|roaches|parasites|leeches|pigs|swine|dogs|"
    r"apes|monkeys|insects|maggots|worms|rodents|savages|subhumans?|sub-humans?|"
    r"a plague|a disease|a cancer|a virus|scum|filth|trash|garbage|not human|less than human|"
    r"not (?:just |every bit |fully |really |truly )?as human as \w+(?: else)?|"
    r"not even human|not people)"
)
_DEHUMANISED = re.compile(
    rf"^{_DETERMINER}{_EPITHET}{GROUP}\s+(?:are|r|is)\s+"
    r"(?:(?:all|just|nothing but|no better than|basically|simply|literally|like|such|"
    r"only|nothing more than|worse than)\s+)*"
    rf"(?:(?:filthy|dirty|disgusting|stinking|dumb|stupid|wild|dangerous|diseased|"
    rf"fucking)\s+)?{_VERMIN}\b"
)

_HARMED = (
    r"(?:killed|shot|beaten|hanged|hung|burned|burnt|gassed|executed|exterminated|"
    r"wiped out|eliminated|slaughtered|butchered|stoned|lynched|raped|tortured|whipped|"
    r"beheaded|put down)"
)
_GROUP_HARMED = re.compile(
    rf"^{_DETERMINER}{_EPITHET}{GROUP}\s+(?:(?:who|that)\s+[^.!?]{{0,60}}?\s+)?"
    rf"(?:should|must|ought to|need to|deserve to|have to)\s+(?:all\s+|just\s+)?be\s+{_HARMED}\b"
)

# "I would love to see … suffer", "I hope … all die": harm wished on a group.
_SUFFERING = (
    r"(?:suffer|die|burn|rot|starve|hang|bleed|drown|disappear|perish|be killed|get killed|"
    r"be wiped out|get wiped out|dead|gone|killed|wiped out|in pain|get what they deserve)"
)
_WISHED = re.compile(
    r"^i\s+(?:would|'d|d)?\s*(?:really\s+|just\s+)?(?:love|like|want|wish|hope|long|can'?t wait)\s+"
    rf"(?:to see|that|for)?\s*{_DETERMINER}{_EPITHET}{GROUP}\s+(?:all\s+|to\s+)?{_SUFFERING}\b"
    r"(?!\s*(?:no more|no longer|less|never))"
)
# "… belong in a zoo", "… are a burden on society", "… was better before the … came".
_CAGED = re.compile(
    rf"^{_DETERMINER}{_EPITHET}{GROUP}\s+(?:all\s+|only\s+)?belong\s+(?:in|on)\s+"
    r"(?:a |the |an )?(?:zoo|cage|cages|jungle|trash|bin|dustbin|sewer|gutter|gas chamber|oven|"
    r"kennel|dump|landfill|pigsty|barn)\b"
)
_BURDEN = re.compile(
    rf"^{_DETERMINER}{_EPITHET}{GROUP}\s+(?:are|r)\s+(?:just\s+|nothing but\s+|only\s+)?"
    r"(?:a|such a|the)\s+(?:\w+\s+)?(?:burden|drain|blight|stain|curse|leech|parasite)\s+"
    r"(?:on|to|upon|of)\s+(?:society|this country|our country|us|the economy|everyone|the world|"
    r"our (?:town|city|nation|society|neighbourhood|neighborhood))\b"
)
_BEFORE_THEY_CAME = re.compile(
    r"\b(?:was|were|used to be)\s+(?:so\s+|much\s+|far\s+|a lot\s+)?(?:better|nicer|safer|"
    r"cleaner|lovely|great|fine|peaceful)\s+(?:before|until)\s+"
    rf"{_DETERMINER}{_EPITHET}{GROUP}\s+(?:came|arrived|moved in|showed up|got here|took over|"
    r"turned up|started coming)\b"
)

# "No … allowed", "… are not welcome here", "… have no place in our country", "…
# don't deserve to live": a group shut out, in its own sentence.
_PLACES = (
    r"(?:here|in (?:our|my|this) (?:country|town|city|street|neighbourhood|neighborhood|"
    r"church|parish|school|society|village|community|nation|land))"
)
_SHUT_OUT = re.compile(
    rf"^(?:no {_EPITHET}{GROUP}\s+(?:allowed|welcome|wanted|permitted)\b"
    rf"|{_DETERMINER}{_EPITHET}{GROUP}\s+(?:are|r)\s+(?:not|n'?t)\s+(?:welcome|wanted)\s+{_PLACES}"
    rf"|{_DETERMINER}{_EPITHET}{GROUP}\s+(?:have|has)\s+no\s+(?:place|business|right to be)\s+"
    rf"{_PLACES}"
    rf"|{_DETERMINER}{_EPITHET}{GROUP}\s+(?:do not|don'?t|dont)\s+deserve\s+to\s+"
    r"(?:live|exist|breathe|be here|have rights|be alive))"
)

_FORMS = (
    _FIRST_PERSON,
    _GROUP_DISGUSTS,
    _DEHUMANISED,
    _GROUP_HARMED,
    _LIVES,
    _WISHED,
    _CAGED,
    _BURDEN,
    _BEFORE_THEY_CAME,
    _SHUT_OUT,
)

# A clause that opens with "and" or "but" after a comma or on its own is read as a sentence.
_CLAUSES = re.compile(r",?\s+(?:and|but)\s+(?=i\s)")
_NAMED = re.compile(rf"\b{GROUP}\b")
_OPENER = re.compile(
    r"^(?:(?:honestly|frankly|seriously|tbh|well|and|but|so|yes|yeah|sorry|look|ok|okay|"
    r"personally|me|truth is|i admit it|i'?m sorry but|i am sorry but|"
    r"let'?s be honest|to be honest|i'?ll say it)[,:]?\s+)+"
)


def _sentences(text: str) -> list[str]:
    unquoted = QUOTED.sub(" ", fold(text))
    sentences = []
    for part in SENTENCES.split(unquoted):
        plain = " ".join(part.replace("i'm", "i am").split())
        sentences.append(_OPENER.sub("", plain.strip(" ,-–—*")))
    return sentences


def contempt_phrases(text: str) -> list[str]:
    """The forms of stated contempt for a group found in ``text``'s own sentences."""
    found = []
    named = False
    for sentence in _sentences(text):
        for clause in _CLAUSES.split(sentence):
            forms = (*_FORMS, _FIRST_PERSON_THEM) if named else _FORMS
            for form in forms:
                match = form.search(clause)
                if match:
                    found.append(match.group(0))
                    break
            named = named or bool(_NAMED.search(clause))
    return found
