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

``without_denials`` reads a denial more widely, by the polarity of what is denied (the
VADER lexicon, ``wordlists/polarity_en.txt``), for texts the list of slurs cannot know
("Arabs are NOT terrorists - most of the Christians I pray for are Arabs!"): it gives the
rest of the text, which ``policy.model_scores`` reads alone for the identity_attack and
insult scores (see there), so that a denial followed by an attack ("…, they're animals")
is still scored as one. ``denies_something_good`` is the other side of the same lexicon:
"Black people are not intelligent" denies a people a good quality, and the policy holds
it as contempt whatever the scores.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator
from pathlib import Path

from .contempt import GROUP
from .wording import QUOTED, fold, sentences

__all__ = [
    "BAD",
    "SLURS",
    "approves_a_slur",
    "denies_a_slur",
    "denies_something_good",
    "has_a_bad_word",
    "says_against",
    "wishes_more_harm",
    "without_denials",
]

_DET = r"(?:(?:all|most|the|many|our)\s+)?"
# What is said against a people: the words a denial denies.
_SLUR = (
    r"(?:(?:all |just |simply |)(?:a |an )?)(?:[a-z]+-[a-z]+ )?"
    r"(?:vermin|rats|cockroaches|insects|lice|locusts|maggots|worms|germs|rodents|termites|"
    r"a virus|parasites|animals|savages|scum|trash|filth|pigs|snakes|"
    r"terrorists|criminals|thieves|liars|rapists|invaders|leeches|freeloaders|a plague|"
    r"a disease|a cancer|a burden|a threat|dangerous|violent|stupid|lazy|dirty|filthy|evil|"
    r"greedy|backward|primitive|inferior|subhuman|worthless|treacherous|dishonest|"
    r"barbaric|barbarians|brainwashed|idiots|morons|less intelligent|less capable|"
    r"less human|less than human|less worthy|the enemy|the problem|to blame|diseased|"
    r"unclean|disease-ridden|a danger|dangerous people|useless|ignorant|savage|pirates|"
    r"scammers|fraudsters|drug dealers|gangsters|extremists|jihadists|fanatics|bombers|"
    r"scroungers|spongers|benefit cheats|"
    # "It's not true that disabled people are faking it to get benefits"
    r"faking (?:it|their (?:illness|illnesses|disability|disabilities|conditions?|symptoms))"
    r"(?: to (?:get|claim) (?:benefits|money|attention|sympathy))?|fakers|frauds|"
    r"(?:bring|brings|spread|spreads|carry|carries) "
    r"(?:disease|diseases|crime|drugs)|"
    # "Jews do not control the world"
    r"(?:secretly )?(?:control|run|own) (?:the )?(?:world|media|banks|money|government|"
    r"everything|hollywood)|"
    r"paedophiles|pedophiles|groomers|predators|perverts|heathens|infidels|dogs|apes|"
    r"monkeys|snakes|devils|demons|lost pagans|pagans|sick|mentally ill|broken|a mistake|"
    r"an abomination|unnatural|cursed|objects|property|possessions|second-class citizens|"
    r"confused|delusional|disgusting|gross|repulsive|freaks|abnormal|perverted|perverts|"
    # "… aren't more likely to commit crimes"
    r"(?:any |no )?more likely to (?:commit crimes?|steal|lie|cheat|be violent|be criminals|"
    r"rape|be terrorists|abuse children))"
)
# "… are not dirty or diseased": slurs denied together.
SLURS = _SLURS = rf"{_SLUR}(?:(?:,| or| nor| and|, or|, nor) {_SLUR})*"
_NOT = (
    r"(?:are not|aren't|are in no way|are never|are no|are nothing like|are not like|"
    r"are far from|are by no means|are not at all)"
)
# "… are not a burden on our country": on whom the slur said they weigh.
_ON_US = r" (?:on|in|to|for) (?:our|this|the) (?:country|society|nation|community|town|city)"
# What a conspiracy says a people does ("… control the banks", "… want to take over Europe").
_PLOT = (
    r"(?:(?:secretly )?(?:control|run|own|rule) (?:the )?(?:(?:world|country|nation)(?:'s|s)? )?"
    r"(?:banks|media|world|government|money|finance|hollywood|politics)"
    r"|(?:steal|take) (?:our |your |all the |the )?jobs"
    r"|get (?:free |)(?:houses|housing|homes|council houses|money|benefits|handouts|phones)"
    r"(?: for free)?"
    r"|(?:create|created|make|made|spread|start|started|release|released) (?:the |this |that )?"
    r"(?:virus|covid|pandemic|disease)"
    r"|(?:want to|are trying to|plan to|will|are going to) (?:take over|replace us|outbreed us|"
    r"conquer|islami[sz]e|invade)(?: (?!(?:yet|now|already|anymore|so far|for now|quite|"
    r"entirely|openly)\b)[a-z]+){0,2})"
)
# Harm a people does not deserve, or should not suffer: "Christians don't deserve to die for
# their faith.", "Immigrants shouldn't be deported just for being immigrants."
_HARMS = (
    r"(?:die|be killed|be murdered|be hurt|be harmed|suffer|be persecuted|be attacked|"
    r"be punished|be jailed|be imprisoned|be deported|be hated|be mocked|be beaten|"
    r"be tortured|be harassed|be bullied|be arrested|be discriminated against|live in fear)"
)
_HARMED = (
    r"(?:killed|murdered|hurt|harmed|persecuted|attacked|punished|jailed|imprisoned|deported|"
    r"hated|mocked|beaten|tortured|harassed|bullied|arrested|discriminated against|"
    r"expelled|banned|silenced|treated (?:as|like) (?:criminals|property|objects|animals|"
    r"slaves|second[- ]class citizens|outsiders|suspects|a threat|less than human|dirt))"
)
_HARM_NOUNS = (
    r"(?:violence|death|hatred|hate|persecution|prison|jail|torture|abuse|contempt|"
    r"discrimination|harassment|suspicion|this|that)"
)
# (for what: "for their faith", "just for being immigrants", "for who they are")
_FOR_WHAT = (
    r"(?: (?:just |simply |only |merely )?(?:for|because of) (?:(?:their|his|her) "
    r"(?:faith|beliefs?|religion|identity|skin|colou?r|race|ethnicity|sexuality|origins?|"
    r"prayers?|worship)|being (?:an? )?[a-z]+|who they are|what they believe|how they pray|"
    r"praying|worshipping|believing))?"
)
# What a trope is called: "… is antisemitic.", "… is false and dangerous."
_FALSE = (
    r"(?:antisemitic|anti-semitic|racist|hateful|islamophobic|false|untrue|baseless|"
    r"dangerous|vile|poisonous|absurd|ridiculous|wrong)\b"
)
_FORMS = [
    # "Christians don't deserve to die for their faith.", "Hindus don't deserve violence."
    rf"{_DET}{GROUP}(?: (?:in|of) [a-z]+(?: [a-z]+)?)? (?:do not|don'?t|dont|never) deserve "
    rf"(?:to {_HARMS}|{_HARM_NOUNS}){_FOR_WHAT}",
    # "Immigrants shouldn't be deported just for being immigrants."
    rf"{_DET}{GROUP}(?: (?:in|of) [a-z]+(?: [a-z]+)?)? (?:should not|shouldn'?t|must not|"
    rf"mustn'?t|should never|must never) be {_HARMED}{_FOR_WHAT}",
    # "If you think Black people are lazy, you need to meet my family."
    # (or "If you call gay people perverts, you're a bigot.")
    rf"if you (?:(?:think|believe|say|claim|still think|still believe) (?:that )?{_DET}{GROUP} "
    rf"are|(?:call|still call) {_DET}{GROUP}) {_SLURS},? (?:then )?"
    r"(?:you (?:need to|should|ought to) (?:meet|get to know|talk to|"
    r"read|spend time with|open your eyes|educate yourself|look again|think again|go to church|"
    r"read your bible|visit)[^.!?]{0,50}|you(?: have|'ve) (?:clearly |obviously )?never "
    r"(?:met|known|talked to|spoken to|spent time with)[^.!?]{0,50}|you(?:'re| are) "
    r"(?:wrong|mistaken|a bigot|part of the problem|the problem))",
    # "When people say Muslims are dangerous, they're spreading hate."
    r"(?:when|whenever|if) (?:people|someone|somebody|anyone|they|politicians|you|he|she) "
    r"(?:say|says|said|claim|claims|call|calls|called) (?:that )?"
    rf"{_DET}{GROUP} (?:are )?{_SLURS},? (?:they|he|she|you|it)(?:'re| are| is|'s)? "
    r"(?:spreading|repeating|peddling|showing|revealing|exposing|wrong|lying|mistaken|"
    r"betraying|being (?:racist|hateful|ignorant|cruel|bigoted))"
    r"(?:(?!\b(?:but|and|though|however|yet|right|correct|true|truth)\b)[^.!?]){0,50}",
    # "The idea that immigrants are invading is a racist myth."
    r"(?:the )?(?:idea|claim|notion|belief|lie|myth|narrative|story|theory|accusation) that "
    rf"{_DET}{GROUP} (?:are (?:{_SLURS}|invading|taking over)|{_PLOT}) is (?:(?:a |an |just a |"
    r"just an |pure |simply |nothing but )?(?:(?:racist|hateful|dangerous|antisemitic|"
    r"islamophobic|old|tired|ugly|baseless|vile|nasty|ignorant|stupid|false|total|complete) )*"
    r"(?:myth|lie|nonsense|falsehood|conspiracy theory|smear|slander|fantasy|fiction|"
    # ("… is antisemitic.")
    r"propaganda|rubbish|garbage)|(?:simply |just |plainly |both |deeply |utterly )?"
    rf"{_FALSE}(?:(?:,|,? and|,? but also) {_FALSE})*)",
    # "Jokes about Jews and ovens are never funny."
    rf"jokes about {_DET}{GROUP}(?: and [a-z ]{{1,20}})? (?:are never|are not|aren'?t|are no "
    r"longer) (?:funny|ok|okay|acceptable|harmless|just jokes)",
    # "It's wrong to say that Arabs are savages."
    r"(?:it is|it's|its) (?:so |simply |just |plainly )?(?:wrong|hateful|racist|bigoted|"
    r"unacceptable|not ok|not okay|never ok|never okay|disgusting|cruel|evil|ignorant) to "
    rf"(?:(?:say|claim|think|pretend|suggest|believe) (?:that )?{_DET}{GROUP} are|(?:call|label|"
    rf"compare) {_DET}{GROUP}(?: as| to| with)?) {_SLURS}",
    # "Jews don't control the banks", "Muslims don't want to take over Europe": a conspiracy
    # denied
    rf"{_DET}{GROUP} (?:do not|don'?t|dont|never|did not|didn'?t) {_PLOT}",
    # "There is no such thing as an inferior race."
    r"there(?: is|'s| is simply|'s simply) no such thing as (?:an? )?(?:inferior|superior|"
    r"lesser|subhuman|dirty|evil|criminal|stupid|lazy|violent|savage|bad|cursed|backward) "
    r"(?:race|people|religion|ethnicity|nation|tribe|culture)s?",
    # "Refugees are not vermin", "Women are in no way less capable than men"
    rf"{_DET}{GROUP} {_NOT} {_SLURS}(?: than [^.!?,;]{{1,40}}| at all|{_ON_US}"
    r"|(?: just| simply| only)? because (?:they'?re|they are|they wear|they pray|they speak|"
    r"they look|they come from|of (?:their|the) [a-z]+) [a-z ]{1,25})?",
    # "Comparing Muslims to rats is disgusting.", "Don't compare refugees to animals."
    rf"(?:comparing|to compare) {_DET}{GROUP} (?:to|with) {_SLURS} is (?:so |just |plainly "
    r"|simply |always )?(?:wrong|disgusting|hateful|racist|bigoted|dehumani[sz]ing|cruel|evil|"
    r"vile|ignorant|unacceptable|never ok|never okay|not ok|not okay)",
    r"(?:(?:please |so )?(?:do not|don'?t|dont|never|stop)|(?:we|you|people) (?:should|must) "
    r"(?:never|not|stop)|(?:nobody|no one|no-one) should) compar(?:e|ing) "
    rf"{_DET}{GROUP} (?:to|with) {_SLURS}(?:,? ever)?",
    # "So sick of hearing that immigrants are leeches."
    r"(?:(?:i am|i'm|im) )?(?:so |really |just )?(?:sick|tired|weary) of (?:hearing|being told|"
    r"people (?:saying|claiming|pretending)|reading) (?:that )?"
    rf"{_DET}{GROUP} are {_SLURS}",
    # "It is simply not true that Christians are stupid", "It's a lie that Jews are greedy"
    rf"(?:it is|it's|it isn't) (?:simply |just |plainly )?(?:not true|untrue|false|a lie|a myth)"
    rf" that {_DET}{GROUP} (?:are {_SLURS}|{_PLOT})",
    # "Muslims aren't all the same any more than Christians are."
    rf"{_DET}{GROUP} {_NOT} all (?:the same|alike),? (?:any|no) more than [a-z ]{{1,30}}",
    # "It's nonsense that women can't lead a church."
    r"(?:it is|it's) (?:total |complete |utter |just |simply )?(?:nonsense|rubbish|absurd|"
    r"ridiculous|a lie|a myth|not true|untrue|false) that "
    rf"{_DET}{GROUP} (?:can'?t|cannot|can not|shouldn'?t|should not|aren'?t able to) (?:lead|"
    r"preach|teach|pray|serve|vote|work|drive|think|learn|read|be (?:pastors|priests|leaders|"
    r"trusted|good parents))\b[^.!?,]{0,30}",
    # "Nobody is born a terrorist, whatever their religion."
    r"(?:nobody|no one|no-one|no child|no baby) is born (?:a |an )?(?:terrorist|criminal|thief|"
    r"racist|bigot|extremist|killer|hater)(?:,? (?:whatever|whichever|regardless of) (?:their|"
    r"his|her|the) (?:religion|faith|race|colou?r|background|nationality|people))?",
    # "Being Jewish has nothing to do with money."
    r"being (?:an? )?(?:jewish|jew|muslim|black|arab|gay|trans|hindu|sikh|african|asian|"
    r"immigrant|refugee|woman|disabled|roma|chinese|mexican) has nothing to do with "
    r"(?:money|greed|terror\w*|violence|crime|intelligence|honesty|dirt|disease|laziness)",
    # "I would never say that immigrants are scum", "Nobody should say Muslims are terrorists"
    r"(?:(?:i|we) (?:would|will|could|'d)? ?never|nobody should|no one should|no-one should|"
    r"(?:you|we|people) should never|never) (?:say|claim|think|agree|pretend) "
    rf"(?:that )?{_DET}{GROUP} are {_SLURS}",
    # "Wearing a hijab doesn't make a woman oppressed or dangerous."
    r"(?:wearing|having|being|praying|fasting|keeping|practi[sc]ing|going to) [a-z' -]{1,30}? "
    r"(?:doesn'?t|does not|won'?t|will not|never) make (?:a |an |you |someone |somebody |anyone |"
    r"her |him |them |people |women |men |girls |boys )?(?:[a-z]+ )?"
    rf"(?:{_SLURS}|oppressed|a (?:terrorist|criminal|threat|danger|bad person))"
    rf"(?:(?:,| or| nor| and|, or) (?:{_SLURS}|oppressed))*",
    # "I'd never call refugees criminals."
    r"(?:(?:i|we) (?:would|will|could|'d)? ?never|nobody should|no one should|no-one should|"
    r"(?:you|we|people) should never|never) (?:call|label|brand) "
    rf"{_DET}{GROUP} (?:as )?{_SLURS}",
    # "I don't believe for a second that Hindus are idol-worshipping savages"
    r"(?:(?:(?:i|we) (?:do not|don'?t|dont|never|will never|refuse to)|(?:i|we)'?ll never) "
    r"believe|(?:nobody|no one|"
    r"no-one)(?: here| i know)? (?:believes|thinks)) (?:for (?:a|one) "
    rf"(?:second|minute|moment) )?(?:that |the lie that )?{_DET}{GROUP} (?:are {_SLURS}"
    r"(?: by nature| at heart| deep down| by birth)?|"
    rf"{_PLOT})",
]
# What a denial may call the people it defends ("they're exhausted people who need shelter").
_KIND = (
    r"(?:ordinary|normal|exhausted|frightened|scared|desperate|hard-?working|good|decent|kind|"
    r"innocent|vulnerable|traumati[sz]ed|tired|hungry|real|honest|loving|peaceful|gentle)"
)
# (and nothing after it that wishes them harm or says they do it: "… most are people who
# should be deported", "… they are families trying to take over" add something)
_UNHARMED = (
    r"(?![^.!?]*\b(?:deport\w*|sent back|send them|kick\w* out|thrown out|throw them|removed|"
    r"expelled|shot|hanged|gassed|kill\w*|die|dead|burn\w*|destroy\w*|take over|taking over|"
    r"invade|invading|steal\w*|rape\w*|replace\w*|wipe\w* out)\b)"
)
# Sentences that add nothing to a denial, or say the group's members are people.
_FILLERS = [
    # "…, they are families like ours."
    r"(?:they|these|those)(?: are|'re) (?:just |simply )?(?:families|mothers and fathers|"
    r"brothers and sisters|neighbou?rs|children)(?: (?:just )?like (?:ours|us|yours|any other|"
    r"everyone else))?",
    r"(?:that|this|it|thats|its)(?: is|'s|) (?:a |an |just a |just an )?"
    r"(?:(?:old|tired|ugly|racist|poisonous|dangerous|lazy|cruel|hateful|harmful|vile|"
    r"offensive|baseless|common|nasty|ignorant|stupid|false|antisemitic|bigoted|sexist|"
    r"misogynist|misogynistic|homophobic|transphobic|islamophobic|xenophobic|ableist|"
    r"prejudiced|total|complete|outright|damaging) )*"
    r"(?:myth|lie|stereotype|slander|smear|falsehood|trope|prejudice|slur)",
    # "…, that idea is racist garbage."
    r"(?:that|this|the) (?:idea|claim|notion|belief|view|stereotype|trope|theory)(?: is|'s) "
    r"(?:a |an |just a |just an |pure |simply |nothing but )?(?:(?:old|tired|ugly|racist|"
    r"poisonous|dangerous|hateful|vile|baseless|nasty|ignorant|stupid|false|antisemitic|"
    r"bigoted|sexist|homophobic|transphobic|islamophobic|xenophobic|ableist|total|complete|"
    r"outright) )*(?:myth|lie|stereotype|slander|smear|falsehood|trope|prejudice|garbage|"
    r"rubbish|nonsense|trash|bigotry|racism|racist|sexist|wrong|false|hateful|ignorant)",
    # "…, poverty is the real factor."
    r"(?:poverty|racism|colonialism|history|injustice|corruption|discrimination|war|"
    r"persecution) (?:is|was) the (?:real |true |main )?(?:factor|reason|cause|problem)",
    # "Immigrants don't steal jobs, they create them."
    r"(?:they|they've|they have) (?:create|created|build|built|pay|paid|start|started|run|"
    r"contribute|contributed|give|gave|help|helped|fill|do) (?:them|jobs|businesses|taxes|"
    r"the economy|so much|a lot|more than their share|this country|our hospitals)"
    r"(?: [a-z]+){0,3}",
    # "Refugees are not invaders; they are families running for their lives." (what they flee,
    # not what is wished on them: "… families who should be sent back" is not this)
    r"(?:they|they're|they are) (?:just |simply |only )?(?:families|parents|mothers|fathers|"
    rf"children|kids) (?:trying|fleeing|running|looking|searching){_UNHARMED}[^.!?]{{0,50}}",
    # "sikhs are not extremists, a turban isnt a threat", "asians didnt cause covid, blaming
    # them is wrong", "atheists arent evil, plenty of them are kinder than church ppl"
    r"(?:a|the|their|his|her) [a-z]+ (?:isn't|is not|aren't|are not) (?:a threat|dangerous|a "
    r"weapon|a crime|anything to fear)",
    r"(?:blaming|hating|attacking|mocking|targeting) (?:them|all of them) (?:is|was) (?:wrong|"
    r"unfair|racist|cruel|evil|stupid|not ok(?:ay)?)",
    r"(?:plenty|many|most|lots) of them are (?:kinder|nicer|better|more honest|more generous|"
    r"more loving|more faithful) than [a-z' ]{1,30}",
    # "The Fulani are not all killers, most are poor herders who also suffer attacks."
    r"(?:most|many) (?:of them )?are (?:just |simply |poor |ordinary |peaceful |hard-?working )*"
    r"(?:herders|farmers|workers|families|people|traders|students|parents)"
    rf"(?: who{_UNHARMED} [^.!?]{{0,50}})?",
    # "Sikhs are not dirty, and the turban is nothing to mock."
    r"(?:and )?(?:the|their|a|his|her) [a-z]+(?: [a-z]+)? (?:is|are) nothing to (?:mock|laugh at|"
    r"fear|be afraid of|be ashamed of|sneer at|ridicule|make fun of)",
    rf"(?:they|these|those)(?: are|'re) (?:(?:just |simply )?(?:{_KIND} )?"
    r"(?:people|human beings|humans|our neighbou?rs|children of god|made in god's image)"
    r"[^.!?]{0,60})",
]

# What adds nothing after a denial and says nothing more of the people it defends
_NOTHING_MORE = [
    # "…, they're just trying to live", "…, most of them want peace as much as we do", "…, if
    # anything they're stronger", "…, most work harder than anyone i know"
    r"(?:they|they're|they are)(?: just| only| simply)? (?:trying to|want to|wanting to) "
    r"(?:live|survive|get by|be themselves|exist|work|raise their (?:kids|families)|be happy|"
    r"find safety|stay alive|feed their families)(?: [a-z' ]{1,30})?",
    r"(?:most|many|all|the vast majority) of them (?:just )?want (?:peace|the same things?|a quiet "
    r"life|to live in peace|safety)(?: as much as (?:we|you|anyone) do| like (?:us|everyone|"
    r"anyone(?: else)?))?",
    r"if anything,? (?:they're|they are|we're|we are) (?:stronger|braver|wiser|better|more "
    r"faithful|kinder|more patient)",
    r"most(?: of them)? work harder than (?:anyone|most|me|us|most of us)(?: i know)?",
    # "The Rohingya are not criminals. They are refugees who lost everything."
    r"(?:they|they're|they are) (?:just |simply |only )?(?:refugees|victims|survivors|farmers|"
    r"herders|workers|students) (?:who|trying|fleeing|"
    r"running|looking|searching)[^.!?]{0,50}",
    # "Deaf people aren't stupid, they just communicate differently."
    r"(?:they|he|she)(?: just| simply| only)? (?:communicate|think|learn|speak|talk|work|live|"
    r"pray|see the world|do things|process things|move|hear|sign) differently",
]
_NOTHING_MORE += [
    # "Trans women aren't predators, and pretending they are puts real people in danger."
    r"(?:and )?(?:pretending|saying|claiming|acting like|implying|suggesting) (?:that )?"
    r"(?:they are|they're|they do|so|otherwise|it) (?:puts (?:real )?(?:people|lives|them|kids|"
    r"children|women|families) (?:in danger|at risk)|(?:is|is just) (?:cruel|dangerous|wrong|"
    r"hateful|bigotry|a lie|lying|slander|fearmongering)|hurts (?:real )?(?:people|them|kids|"
    r"families)|gets people (?:hurt|killed))",
    # "Lesbians are not confused. They know exactly who they are."
    r"(?:they|we) (?:know|knew) (?:exactly |perfectly well |full well )?who (?:they|we) are",
    # "… - fraud rates are well under 1%."
    r"(?:the )?(?:benefit )?(?:fraud|crime|conviction|arrest|offending) (?:rates?|figures?|"
    r"numbers?) (?:are|is|were|was) (?:well |far |much |actually )?(?:under|below|lower than|"
    r"less than|tiny|low|negligible)[^.!?]{0,30}",
]
_FILLERS += _NOTHING_MORE

_FORM = re.compile("|".join(f"(?:{form})" for form in _FORMS))
_FILLER = re.compile("|".join(f"(?:{filler})" for filler in _FILLERS))
_ADDS_NOTHING = re.compile("|".join(f"(?:{filler})" for filler in _NOTHING_MORE))


# "No, …", "Nope. …": an answer before the denial.
_ANSWER = re.compile(r"^(?:no|nope|wrong|false|rubbish|not true)\s*[,:-]+\s*")
# A denial's clauses may follow it after a comma or a dash: "Somalis aren't pirates,
# they're people made in God's image.", "no, jews dont control the banks, thats an old lie"
_CLAUSE = re.compile(
    r"\s*(?:,|\s-|\s–|\s—)\s*(?=(?:they|that|thats|this|it|its|poverty|racism|colonialism|"
    r"history|injustice|corruption|discrimination|and (?:the|their|his|her)|a|blaming|hating|"
    r"attacking|mocking|targeting|plenty|many|most|lots|(?:and )?(?:pretending|saying|claiming)|"
    r"(?:the )?(?:benefit )?(?:fraud|crime|conviction|arrest|offending) (?:rates?|figures?|"
    r"numbers?))\b)"
)


# "When people say Muslims are dangerous, they're spreading hate.": "they" after such an
# opening are those who say it, and the sentence is read whole.
_WHEN_SAID = re.compile(
    r"^(?:when|whenever|if) (?:people|someone|somebody|anyone|they|politicians|you|he|she) "
    r"(?:say|says|said|claim|claims|call|calls|called)\b"
)


def _clauses(folded: str) -> list[str]:
    found = []
    for sentence in sentences(folded):
        answered = _ANSWER.sub("", sentence)
        if _WHEN_SAID.match(answered):
            found.append(answered)
        else:
            found += [c for c in _CLAUSE.split(answered) if c]
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


# --- denials read by a word's polarity -------------------------------------------------
#
# The list of slurs above cannot know every word said against a people ("Arabs are NOT
# terrorists", "Immigrants don't steal jobs", "It's a myth that Roma are thieves"). A
# denial is also a clause that says a group is not, or does not do, something the VADER
# lexicon (``wordlists/polarity_en.txt``) calls bad, with no word it calls good: "…
# are not peaceful", "… are not welcome here", "… don't deserve respect" deny something
# good and are attacks, so they are no denial here; nor is "… are not human" (no word
# of it is bad).

POLARITY = Path(__file__).resolve().parent / "wordlists" / "polarity_en.txt"
# Words whose valence is a negation or a filler, not what is said of the group.
_NEUTRAL = frozenset({"no", "not", "never", "nothing", "none", "nobody", "nor", "nope"})
_LESS = frozenset({"less", "least"})
# Words the lexicon calls good in a sense a denial does not use: "… treated like animals",
# "… more likely to commit crimes".
_NOT_PRAISE = frozenset({"like", "likely", "commit", "commits", "committing"})


@functools.cache
def polarity() -> dict[str, float]:
    """Word → valence (-4 to +4) for the words of ``POLARITY``."""
    words = {}
    for line in POLARITY.read_text("utf-8").splitlines():
        if line and not line.startswith("#"):
            word, value = line.split("\t")
            words[word] = float(value)
    return words


_WORD = re.compile(r"[a-z][a-z'-]*")
_SLUR_WORDS = re.compile(rf"\b{_SLUR}\b")
BAD = -1.5
"""The valence at or below which the lexicon calls a word clearly bad."""


def has_a_bad_word(folded: str) -> bool:
    """A word of ``folded`` (folded text) that the polarity lexicon scores at ``BAD`` or
    lower."""
    scores = polarity()
    return any(scores.get(word, 0.0) <= BAD for word in _WORD.findall(folded))


def says_against(folded: str) -> bool:
    """``folded`` says something against someone: a slur of the denial list, or a word
    the polarity lexicon calls clearly bad."""
    return bool(_SLUR_WORDS.search(folded)) or has_a_bad_word(folded)


# What is done to a people, or what they suffer, is no slur: "… are not persecuted",
# "… don't suffer", "… are not victims" deny their suffering, and "… aren't punished
# enough" wishes more of it.
_DONE_TO = re.compile(
    r"^(?:(?:really|being|getting|always|ever|even|actually|truly) )*\w+(?:ed|en)\b"
    r"|\b(?:victims?|suffer\w*|die|dying|dead|hurt|harm|pain|enough)\b"
)


def _bad(said: str) -> bool:
    """What is said has a word of negative valence (or a slur on a people) and none of
    positive valence, and is not what is done to them."""
    if _DONE_TO.search(said) and not _SLUR_WORDS.match(said):
        return False
    values, before = [], ""
    for word in _WORD.findall(said):
        if word not in _NEUTRAL and word not in _NOT_PRAISE:
            value = polarity().get(word)
            if value is None and word.endswith("s"):
                value = polarity().get(word[:-1])  # "crimes" as "crime"
            # "less intelligent" says something bad
            values.append((value or 0.0) * (-1 if before in _LESS else 1))
        before = word
    negative = any(value <= -1.0 for value in values) or bool(_SLUR_WORDS.search(said))
    return negative and not any(value >= 1.0 for value in values)


def _only_good(said: str) -> bool:
    """What is said has a word of positive valence and none of negative valence, or is a
    willingness the lexicon does not weigh ("… don't want to work", "… can't integrate")."""
    if _WILLING.match(said):
        return True
    values = [polarity().get(word, 0.0) for word in _WORD.findall(said) if word not in _NEUTRAL]
    return any(value >= 1.0 for value in values) and not any(value <= -1.0 for value in values)


# What a slur denies a people that the lexicon has no weight for: "It's simply not true that
# Roma don't want to work."
_WILLING = re.compile(
    r"(?:(?:even |really |ever )?(?:want|wish|try|like|care) to )?(?:work|integrate|"
    r"contribute|pay (?:their |any )?taxes|learn (?:the )?(?:language|english)|fit in|"
    r"belong|be trusted|raise (?:their )?(?:kids|children|families)|"
    r"love their (?:children|kids|families|country))(?: (?:here|hard|properly|at all))?$"
)


_DET_A = r"(?:(?:all|most|the|many|our|a|an)\s+)?"
_IS_NOT = (
    r"(?:are not|aren't|arent|are never|are in no way|is not|isn't|isnt|is never|"
    r"were not|weren't|werent|was not|wasn't|wasnt|are nothing like|is nothing like|"
    r"are far from|is far from|are by no means|is by no means)"
)
_DO_NOT = (
    r"(?:do not|don't|dont|does not|doesn't|doesnt|did not|didn't|didnt|never|will not|"
    r"won't|wont)"
)
# A claim denied may itself deny something good: "It is simply false that Muslims can't be
# trusted." denies that they cannot be trusted.
_CANNOT = r"can'?t|cannot|can not|won'?t|will not|don'?t|do not|never|are not|aren'?t"
_DENIALS = re.compile(
    "|".join(
        f"(?:{form})"
        for form in (
            rf"{_DET_A}(?P<g1>{GROUP}) (?:{_IS_NOT}|{_DO_NOT}) (?P<s1>.{{1,80}})",
            rf"(?:it is|it's|its|it isn't|that is|that's|thats) (?:simply |just |plainly )?"
            rf"(?:not true|untrue|false|a lie|a myth|nonsense|rubbish) that "
            rf"{_DET_A}(?P<g2>{GROUP}) (?:are|is|were|(?P<n2>{_CANNOT})) (?P<s2>.{{1,80}})",
            rf"(?:(?:i|we) (?:do not|don't|dont|never|no longer|will never|would never) "
            r"(?:think|believe|agree|accept|buy(?: the idea)?)|(?:nobody|no one|no-one)"
            r"(?: here| i know| on this wall| in this church)? (?:thinks|believes|says|"
            r"agrees|seriously thinks|really believes)) (?:for (?:a|one) (?:second|minute|"
            r"moment) )?(?:that |the lie that |with those who say )?"
            rf"{_DET_A}(?P<g3>{GROUP}) (?:are|is|were|(?P<n3>{_CANNOT})) (?P<s3>.{{1,80}})",
            # "I'd never call refugees criminals, …"
            r"(?:(?:i|we)(?:'d| would| will| could)? never|(?:nobody|no one|no-one) (?:should|"
            r"would|could)|(?:you|we|people) should never) (?:call|label|brand) "
            rf"{_DET_A}(?P<g4>{GROUP}) (?:as )?(?P<s4>.{{1,80}})",
        )
    )
)
# Where a sentence's clauses part: a comma, a dash, "but", "and" before a new subject, or
# "they" running on without a stop ("… are not humans theyre lab experiments").
_PARTS = re.compile(
    r"\s*(?:,|\s[-–—]+|\bbut\b|\band\b(?=\s+(?:they|theyre|that|thats|it|its|this|i|we|"
    r"he|she|you|real|most|many)\b)|\s(?=(?:theyre|they're|they are)\b))\s*"
)
_THEY = re.compile(
    r"^(?:(?P<are>they(?:'re| are)|theyre)|they|the ones(?: i know| i(?:'ve| have) met| here)?)\b"
)
# A clause with no subject of its own after a denial says it of the same group: "Women
# are not weak, just stupid." reads "women are just stupid".
_NO_SUBJECT = re.compile(r"^(?:just|only|merely|simply|rather|more like|worse|far worse|mostly)\b")
# "… are not the problem, their religion is": the denied word said of something else
# (a clause ending in a bare "is" or "are", not of "they") takes the denial back.
_ELLIPSIS = re.compile(r"^(?!.*\bthey\b).*\b(?:is|are|was|were|does|do)$")
# (unless it is said of a power, an evil or those who wrong them: "Blacks aren't criminals,
# the system is.", "Immigrants aren't the problem, greedy landlords are.")
_BLAME_TAKER = (
    r"(?:the |our |this )?(?:(?:real|greedy|corrupt|rich|big) )?(?:system|government|state|"
    r"regime|politicians|police|media|economy|law|laws|society|racism|poverty|bigotry|hatred|"
    r"prejudice|discrimination|racists|bigots|corruption|greed|war|colonialism|elites?|banks|"
    r"rich|criminals|landlords|employers|bosses|traffickers|smugglers|corporations|"
    r"companies|billionaires|violence|tyranny|terrorism|extremism|extremists|terrorists|"
    r"dictators|oppression)"
)
# (or two of them: "Islam isn't the enemy here. Violence and tyranny are.")
_BLAMED_ELSEWHERE = re.compile(
    rf"^{_BLAME_TAKER}(?:,? (?:and|or) {_BLAME_TAKER})? (?:is|are|was|were)$"
)
# After a denial, a clause that condemns the claim denied ("Hindus are not dirty, that
# stereotype is disgusting.", "…, and saying so is a lie") or denies it of everyone
# ("Arabs aren't violent by nature, nobody is.") says nothing more of the people.
_CLAIM_CONDEMNED = re.compile(
    r"^(?:and )?(?:that|this|such|the (?:stereotype|claim|idea|myth|lie|rumou?r|notion|slur)|"
    r"saying (?:so|that|it)|whoever (?:says|said|wrote) (?:so|that|it)|anyone who says (?:so|that|"
    r"it))\b(?![^.!?]*\b(?:ones|them|they|those|these)\b)[^.!?]{0,30}?\b(?:stereotypes?|lie|lies|myths?|"
    r"antisemitic|islamophobic|homophobic|transphobic|xenophobic|conspirac\w*|propaganda|"
    r"invention|fiction|fabricat\w*|made up|untrue|not true|smear|fear-?mongering|"
    r"scare-?mongering|"
    r"racist|racism|bigoted|bigotry|prejudiced?|slander|smear|nonsense|rubbish|hateful|false|"
    r"ignorant|offensive|shameful)\b"
)
# "Sikhs aren't a threat to anyone. Why would you even think that?": the claim questioned
# after the denial.
_CLAIM_QUESTIONED = re.compile(
    r"^(?:so |and |but )?(?:why|how) (?:would|could|do|does|did|can) (?:you|anyone|anybody|"
    r"people|someone|somebody|they|he|she) (?:even |still |ever |seriously |possibly )*"
    r"(?:think|say|believe|claim|assume|suggest|imagine) (?:that|this|so|such (?:a )?(?:thing|"
    r"nonsense|rubbish|lie|stereotype))(?: about (?:them|anyone|people))?$"
)
# "Pakistanis are not all extremists; most are ordinary families just trying to get by."
_MOST_ARE = re.compile(
    r"^(?:in fact |actually )?(?:most|many|almost all|nearly all|the (?:vast |great )?majority|"
    r"most of them|the ones i know|the rest)(?: of them)? (?:are|were) (?:just |simply |only |"
    r"really |)(?:ordinary|normal|decent|good|kind|peaceful|hard-?working|law-?abiding|honest|"
    r"regular|everyday|loving|gentle|generous|lovely|quiet|devout)\b"
)
# "Roma aren't thieves. Stereotypes like that are why their kids get bullied at school.":
# the harm the claim does, after the denial.
_CLAIM_HARMS = re.compile(
    r"^(?:and )?(?:stereotypes?|lies|myths|slurs|rumou?rs|words|claims) like (?:that|this|those|"
    r"these) (?:are|is) (?:why|how|what|the reason)\b"
)
_NOBODY_IS = re.compile(
    r"^(?:and )?(?:nobody|no one|no-one|no people|no race|no group|no nation|no religion|"
    r"none of us) (?:is|are)(?: by nature| born that way)?$"
)
# Sarcasm or a question turns a denial into its opposite: "Oh sure, immigrants don't
# steal jobs. Right.", "Muslims aren't violent? Look at the news."
_IRONY = re.compile(
    r"\b(?:yeah,? right|oh,? sure|sure,? sure|riii+ght|as if|lol|lmao|rofl|haha\w*|"
    r"of course not|totally)\b|/s\b|😂|🤣|🙄|😏"
)
# A sentence that ends in "?" (tried only where a sentence starts, so a long text costs
# one pass).
_QUESTION = re.compile(r"(?:^|(?<=[.!?;\n]))[^.!?;\n]*\?")
# Any word a denial needs (a cheap test before the clauses are read).
_NEGATING = re.compile(
    r"n't|\b(?:no|not|never|nobody|no-one|untrue|dont|doesnt|didnt|arent|isnt|wasnt|werent|wont|"
    r"true|false|lie|"
    r"myth|nonsense|rubbish)\b"
)


def _parts(folded: str) -> Iterator[tuple[str, str]]:
    """(sentence, clause) for each non-empty clause of each sentence of ``folded``, an
    answer before it ("No, …") left out."""
    for sentence in sentences(folded):
        for clause in _PARTS.split(_ANSWER.sub("", sentence)):
            if clause.strip():
                yield sentence, clause.strip()


def _denied_group(clause: str) -> str | None:
    """The group a clause denies something bad of, or None."""
    found = _DENIALS.fullmatch(clause)
    if not found:
        return None
    said = next(value for name, value in found.groupdict().items() if name[0] == "s" and value)
    cannot = any(value for name, value in found.groupdict().items() if name[0] == "n")
    if not (_only_good(said) if cannot else _bad(said)):
        return None
    return next(value for name, value in found.groupdict().items() if name[0] == "g" and value)


# The word a denial takes back, in quotes as the claim's own: "Africans are not 'backward'."
_DENIED_WORD_QUOTED = re.compile(
    r"\b(?P<not>(?:are|is|were|was) not|aren't|isn't|arent|isnt)\s+['\"‘“](?P<word>[a-z-]+(?: "
    r"[a-z-]+)?)['\"’”](?=\s*[.!,;]|\s*$)"
)

# What takes a denial back at once: "…, though many are", "…, but most of them are".
_TAKEN_BACK = re.compile(
    r"^(?:(?:but|though|although|tho|yet|except)\s+)?(?:most|many|lots|plenty|a lot|the majority|"
    r"nearly all|almost all|half|loads|too many)\b(?:\s+of\s+them)?\s+(?:are|is|do|does|"
    r"were)(?:\s+(?:though|tho|tbh|honestly|really|lol))?\W*$"
)


def without_denials(text: str) -> str | None:
    """``text`` folded, without each clause that denies something bad of a group ("Arabs
    are NOT terrorists", "It's a myth that Roma are thieves"); a clause after one that
    opens with "they" names the group instead ("…, they're thieves" reads "roma are
    thieves"). None when no clause is such a denial, or when the text quotes anything."""
    folded = _DENIED_WORD_QUOTED.sub(r"\g<not> \g<word>", fold(text))
    if not _NEGATING.search(folded) or QUOTED.search(folded) or _IRONY.search(folded):
        return None
    questions = {" ".join(part.split()).strip(" ,-–—*?") for part in _QUESTION.findall(folded)}
    kept: list[str] = []
    group = ""
    denied = False
    for sentence, clause in _parts(folded):
        named = _denied_group(clause) if sentence not in questions else None
        if named:
            denied, group = True, named
        elif group and (
            _CLAIM_CONDEMNED.match(clause)
            or _CLAIM_HARMS.match(clause)
            or _NOBODY_IS.match(clause)
            or _CLAIM_QUESTIONED.match(clause)
            or (_MOST_ARE.match(clause) and not _bad(clause))
            or _ADDS_NOTHING.fullmatch(clause.strip(" ,.!?"))
        ):
            continue  # "…, that stereotype is disgusting", "…, nobody is": the denial's own
        elif group and _ELLIPSIS.search(clause) and not _BLAMED_ELSEWHERE.match(clause):
            return None
        elif group and _TAKEN_BACK.match(clause):
            return None  # "Not all Muslims are terrorists, though many are."
        elif group and (they := _THEY.match(clause)):
            kept.append((f"{group} are" if they.group("are") else group) + clause[they.end() :])
        elif group and _NO_SUBJECT.match(clause):
            kept.append(f"{group} are {clause}")
        else:
            kept.append(clause)
    return ". ".join(kept) if denied else None


# --- something good denied of a people: an attack ---------------------------------------
#
# The other side of the same lexicon: "Black people are not intelligent", "Muslims are
# not good people", "Women are not capable of leading" deny a people a quality the
# lexicon calls good, and the model reads some of them as mild. A state they may lack for
# what is done to them ("… are not safe", "… are not free to worship", "… are not happy
# here") is no such denial.
_STATES = frozenset(
    {"safe", "free", "happy", "glad", "comfortable", "lucky", "protected", "secure", "sure",
     "ok", "okay", "true", "well", "healthy", "rich", "proud", "strong", "welcome", "welcomed",
     "allowed", "alone", "together", "ready", "fine", "alright", "content", "satisfied"}
)  # fmt: skip
_ANSWERABLE = frozenset({"responsible", "accountable", "answerable"})
# How others treat a people, said to be too little: "Muslims aren't accepted enough",
# "Women are not respected enough in this church" speak up for them.
_TREATED = frozenset(
    {"accepted", "respected", "valued", "loved", "welcomed", "included", "appreciated",
     "supported", "heard", "helped", "represented", "recognised", "recognized",
     "celebrated", "understood", "protected", "cared", "paid", "listened", "prayed",
     "thanked", "defended", "encouraged"}
)  # fmt: skip
_INTENSIFIERS = r"(?:(?:very|really|so|that|particularly|even|fully|truly|at all|ever|all) )*"
_DENIED_GOOD = re.compile(
    rf"(?:{_DET_A}{GROUP} (?:{_IS_NOT}|can never be|will never be|could never be|can't be|"
    rf"cannot be)|i (?:do not|don't|dont|never|no longer) (?:think|believe|feel) (?:that )?"
    rf"{_DET_A}{GROUP} (?:are|can be|will ever be|could ever be))"
    rf" {_INTENSIFIERS}(?P<quality>[a-z][a-z-]*)(?P<rest>(?: [^,;:]{{1,40}})?)"
)
# A people's humanity or normality denied, the clause ending there ("Disabled people are
# not real humans.", "Gay people are not normal."; not "… are not people we should fear").
_HUMANITY_DENIED = re.compile(
    r"(?:(?:fully|really|truly|actually|proper|real|decent|normal) )?(?:human|humans|"
    r"human beings|people|persons|normal|natural|equal|civili[sz]ed|decent)"
    r"(?: (?:like us|at all|to me|in my eyes|in any way))?"
)


def denies_something_good(text: str) -> bool:
    """A clause of ``text`` (quotes aside) says a group is not something the lexicon calls
    good, a quality rather than a state they may lack, with no word it calls bad."""
    folded = QUOTED.sub(" ", fold(text))
    if not _NEGATING.search(folded):
        return False
    for _sentence, clause in _parts(folded):
        found = _DENIED_GOOD.fullmatch(clause)
        if not found or found.group("quality") in _STATES:
            continue
        if found.group("quality") in _ANSWERABLE and found.group("rest").startswith(" for "):
            continue  # "… are not responsible for their government's crimes": not to blame
        if found.group("quality") in _TREATED and found.group("rest").startswith(" enough"):
            continue
        said = found.group("quality") + found.group("rest")
        if _HUMANITY_DENIED.fullmatch(said.strip()):
            return True
        values = [polarity().get(word, 0.0) for word in _WORD.findall(said)]
        if polarity().get(found.group("quality"), 0.0) >= 1.0 and min(values) > -1.0:
            return True
    return False


# --- a slur approved in those who say it ---------------------------------------------------
#
# "When people say Muslims are dangerous, they're right.", "People who call immigrants
# parasites are telling the truth.": what is said of the people must be bad by the lexicon
# (or a slur of the list above), so "When people say Muslims are peaceful, they're right."
# is no such thing.
_SAYERS_RIGHT = re.compile(
    r"^(?:(?:when|whenever|if) (?:people|someone|somebody|anyone|they|politicians|you) "
    r"(?:say|says|said|claim|claims|call|calls|called)|(?:people|those|anyone|everyone) who "
    r"(?:say|says|claim|claims|call|calls|think|thinks)|(?:many|most|some|lots of|a lot of|"
    r"plenty of) people (?:say|think|claim|believe)) (?:that )?"
    rf"{_DET_A}{GROUP} (?:are |is )?(?P<said>[^.!?,]{{1,40}}?),? (?:and )?"
    r"(?:they|he|she|you|are|is)(?:'re| are| is|'s)? "
    r"(?:(?:absolutely|completely|totally|just|simply|only|100%) )?"
    r"(?:right|correct|spot on|telling the truth|spreading the truth|onto something|not wrong|"
    r"brave|honest|stating facts|saying what we all think)\b"
)


# "It is fair to call refugees parasites.", "Comparing Muslims to rats is accurate.": calling
# a people something bad, said to be fair (the model reads the frame of its denials, "It is
# wrong to call …", and scores these low).
_FAIR = (
    r"(?:only |just |perfectly |entirely |completely |totally |quite |simply |100% )?"
    r"(?:fair|accurate|right|correct|true|fine|ok|okay|reasonable|justified|honest|apt|"
    r"fitting|deserved|earned|spot on|about right|not wrong|no exaggeration|an understatement|"
    r"too kind|generous|being kind|being generous|unfair to|an insult to|insulting to)"
)
_CALLED = (
    rf"(?:call(?:ing)? {_DET_A}{GROUP} (?:as )?|compar(?:e|ing) {_DET_A}{GROUP} (?:to|with) |"
    rf"say(?:ing)? (?:that )?{_DET_A}{GROUP} are |describ(?:e|ing) {_DET_A}{GROUP} as )"
    r"(?P<said>[^.!?,]{1,40}?)"
)
_CALLING_FAIR = (
    re.compile(rf"^(?:it is|it's|its) {_FAIR} to {_CALLED}\s*(?:[,;:]|\s-|$)"),
    re.compile(rf"^{_CALLED} is {_FAIR}\b"),
)


# "Is it really so wrong to say Muslims are animals?", "What's wrong with saying women are
# inferior?": a slur defended as a question.
_ASKED_WHY_WRONG = re.compile(
    r"^(?:is it|why is it|how is it|since when is it|what(?:'s| is|s)) (?:(?:really|so|that|even|"
    r"actually|still) )*(?:wrong|bad|racist|hateful|offensive|bigoted|a crime|controversial|"
    r"hate speech|a sin)(?: (?:with|about))? (?:to |in )?(?:say|saying|point out|pointing out|"
    r"admit|admitting|call|calling|think|thinking|state|stating|notice|noticing) (?:that )?"
    rf"{_DET_A}{GROUP} (?:are |is )?(?P<said>[^.!?,]{{1,40}}?)\s*\??$"
)
# "Don't you think refugees are a bit of a burden?": a slur offered for agreement.
_ASKED_TO_AGREE = re.compile(
    r"^(?:(?:but|so|come on|honestly),? )?(?:don'?t you (?:think|agree|feel)|wouldn'?t you (?:say|"
    r"agree)|do you not (?:think|agree)|isn'?t it (?:true|obvious|clear|a fact)|can'?t we (?:all )?"
    r"(?:agree|admit)|shouldn'?t we (?:admit|say)) (?:that )?"
    rf"{_DET_A}{GROUP} (?:are|is|have become|are becoming) (?P<said>[^.!?,]{{1,40}}?)\s*\??$"
)
# "Anyone who defends Muslims is a traitor.": those who stand by a people, attacked for it.
_ALLIES = re.compile(
    r"^(?:anyone|anybody|everyone|people|those|whoever|all those) (?:who|that) (?:defends?|"
    r"supports?|helps?|protects?|welcomes?|stands? (?:up )?(?:for|with)|likes?|loves?|"
    r"marr(?:y|ies)|befriends?|hires?|votes? for|sides? with|shelters?|feeds?) "
    rf"{_DET_A}{GROUP} (?:is|are) (?P<said>[^.!?,]{{1,40}})"
)
_ALLY_SLURS = re.compile(
    r"\b(?:traitors?|enem(?:y|ies)|collaborators?|quislings?|sell-?outs?|cucks?|race traitors?|"
    r"part of the problem|complicit|guilty|no better)\b"
)


def approves_a_slur(text: str) -> bool:
    """A sentence of ``text`` says those who say something bad of a people are right, or
    that calling a people something bad is fair."""
    for sentence in sentences(QUOTED.sub(" ", fold(text))):
        for form in (_SAYERS_RIGHT, *_CALLING_FAIR, _ASKED_WHY_WRONG, _ASKED_TO_AGREE):
            found = form.match(sentence)
            if found and _bad(found.group("said")):
                return True
        found = _ALLIES.match(sentence)
        if found and (_bad(found.group("said")) or _ALLY_SLURS.search(found.group("said"))):
            return True
    return False


# --- more harm wished on a people -----------------------------------------------------------
#
# "Muslims are not punished enough.", "Refugees aren't deported nearly enough": a people said
# to suffer too little of a harm (not "… are not protected enough", which speaks up for them).
_NOT_HARMED_ENOUGH = re.compile(
    rf"\b{_DET_A}{GROUP}(?: (?:in|of|from) [a-z ]{{1,30}}?)? (?:are not|aren'?t|arent|r not|"
    r"are never|do not|don'?t|dont) (?:being |getting |get )?(?:punished|jailed|imprisoned|"
    r"locked up|deported|expelled|kicked out|sent back|sent home|thrown out|beaten|killed|"
    r"shot|hanged|hated|feared|watched|monitored|controlled|persecuted|attacked|hurt|harmed|"
    r"banned|arrested|searched|hunted|shamed|restricted|sterili[sz]ed|segregated|purged|"
    r"removed|treated (?:harshly|badly|strictly|severely|roughly|like (?:the )?[a-z]+))"
    r"(?: (?:nearly|hard|often|harshly|severely|strictly|quickly|fast))? enough\b"
)


def wishes_more_harm(text: str) -> bool:
    """``text`` (quotes aside) says a people suffers too little of a harm."""
    return bool(_NOT_HARMED_ENOUGH.search(QUOTED.sub(" ", fold(text))))
