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
  country", "… don't deserve to live";
* a stereotype pinned on a group: "… are too emotional to be trusted", "… are all the
  same: lazy and dishonest" (of "them" too, once the group is named), "never find a more
  dishonest bunch than …", "not one of the … I met was honest", "the lowest kind of human
  being";
* a group named with a knowing wink and nothing else ("… drivers, need I say more?").

Only a sentence's own words count: quoted words are removed first, and most forms
must open their sentence (a clause opening with "and I" or "but I" counts as one), so
reported or quoted contempt ("He wrote 'I hate Jews' on the wall", "Saying Muslims are
animals is wicked") and negations ("I will never hate …", "… are not animals") do not
match. A match only *holds* the text for a moderator; it never rejects.
"""

from __future__ import annotations

import re

from .wording import NATIONS, QUOTED, SENTENCES, fold, sentences

__all__ = ["GROUP", "ONE_OF_A_PEOPLE", "contempt_phrases", "insinuates", "names_a_people_or_house"]

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
    r"trannies|cripples|retards|natives|aboriginals|people of colou?r|poc|bame|travellers|"
    r"autists|chinese|japanese|koreans|vietnamese|filipinos|jamaicans|haitians|ethiopians|"
    r"sudanese|egyptians|moroccans|algerians|bangladeshis|chechens|albanians|bulgarians|"
    r"transsexuals|trans women|trans men|"
    # and more peoples of the countries on the watch list
    r"dalits|igbos?|hausas?|yorubas?|han chinese|pashtuns|balochs?|baluchis|hazaras|tigrayans|"
    r"amharas|oromos?|berbers|druze|alawites|assyrians|chaldeans|armenians|tibetans|uzbeks|"
    r"tajiks|bengalis|punjabis|sindhis|sinhalese|javanese|malays|papuans|bedouins?|azeris|"
    r"dinkas?|nuers?|karennis|kachins|rakhines?|tuaregs?|ahmadiyyas?"
)
_PEOPLE_OF = (
    r"(?:black|white|brown|asian|african|arab|jewish|muslim|christian|hindu|sikh|buddhist|"
    r"chinese|indian|"
    r"gay|lesbian|bisexual|queer|trans|transgender|disabled|handicapped|autistic|"
    r"deaf|blind|foreign|immigrant|mixed[- ]race|roma|indigenous|native|dalit|igbo|hausa|yoruba|"
    r"fulani|han|pashtun|kurdish|coptic|ahmadi|baha'?i|uyghur|rohingya|tibetan|tamil|eritrean|"
    r"ethiopian|somali|nigerian|pakistani|iranian|afghan|syrian|iraqi|egyptian)\s+"
    r"(?:people|folk|folks|men|women|kids|children|families|persons|protesters|workers|"
    r"students|neighbou?rs|drivers|youths|teenagers|boys|girls)"
)
GROUP = rf"(?:{_PEOPLE_OF}|{_RELIGIONS}|{_PEOPLES})"
_DETERMINER = (
    r"(?:(?:all|most|the|those|these|them|every single one of the|all of the|all the)\s+)?"
)
_EPITHET = r"(?:(?:fucking|filthy|dirty|damn|damned|bloody|stinking|stupid)\s+)?"
# (what follows may tell whose words they are: "…, say the state media"; anchored, so that a
# search does not look ahead from every position of a long text)
_SAID_AFTER = (
    r"^(?![^.!?]*\b(?:say|says|said|claim|claims|claimed|according to|call|calls|called|"
    r"propaganda|accuse|accuses|accused|preach|preaches|teach|teaches|taught|eyes|view|"
    r"regards?|considers?|sees)\b)"
)

_CONTEMPT_VERB = (
    r"(?:hate|despise|detest|loathe|abhor|can'?t stand|cannot stand|can not stand|"
    r"can'?t bear|cannot bear|am (?:so |really )?(?:sick|tired) of|"
    r"am (?:disgusted|repulsed|sickened) by|have (?:no respect|nothing but contempt) for|"
    r"feel nothing but (?:hatred|contempt|disgust) for|want nothing to do with|"
    r"wish there were no|am (?:always |very |deeply |so |really |a bit |quite )?(?:suspicious|"
    r"wary|distrustful) of)"
)
_INTENSIFIER = (
    r"(?:(?:really|just|truly|absolutely|simply|honestly|fucking|so|do|still|all|personally|"
    r"genuinely|seriously|literally|totally|completely|utterly|deeply|bloody)\s+)*"
)
# "I hate Christians being killed", "I hate Muslims' suffering": the speaker hates a
# wrong done to the group, not the group.
_NOT_THE_GROUP = (
    r"(?!\s*(?:'|being\b|getting\b|suffer|who (?:are|were) (?:persecuted|hurt|killed)))"
    # nor a thing named after a people ("I hate Chinese burns.", "Japanese whisky")
    r"(?!\s+(?:burns?|food|takeaways?|new year|medicine|lanterns|checkers|whispers|whisky|"
    r"knotweed|beetles?|cars?|tea|restaurants?|cooking|cuisine|language|lessons?|dramas?|"
    r"films?|movies?|anime|music)\b)"
)

# "I don't respect …", "I will never trust …": contempt stated as a refusal.
_REFUSAL = (
    r"(?:do not|don'?t|dont|will never|won'?t ever|could never|can never|would never|"
    r"refuse to)\s+(?:ever\s+)?(?:respect|trust|accept|tolerate|like|"
    # "I do not want to associate with immigrants."
    r"(?:want|wish|care) to (?:associate|mix|socialise|socialize|be seen|live|work|deal|sit|"
    r"be friends|hang out|be around|be near) with|want|"
    # "I would never hire an immigrant.": a people refused work, a home or service
    r"(?:hire|employ|rent (?:my |a |our )?(?:flat |room |house |home |place |apartment )?to|"
    r"serve|vote for|sell (?:my |our )?(?:house |home |land )?to)(?:\s+(?:a|an|any))?)"
)
# (nor harm not wanted for them: "I don't want Muslims to leave this country.")
_NOT_WANTED_FOR_THEM = (
    r"(?!(?:\s+[a-z]+){0,3}?\s+to\s+(?:leave|go|move away|suffer|hide|fear|die|lose|feel|"
    r"live in fear|be (?:hurt|harmed|afraid|scared|deported|expelled|sent away|driven out|"
    r"excluded|persecuted|attacked|mistreated|singled out|blamed|targeted|silenced|alone|"
    r"lonely|forgotten|left out|treated (?:badly|worse|differently|like))))"
)
_FIRST_PERSON = re.compile(
    rf"^i\s+{_INTENSIFIER}(?:{_CONTEMPT_VERB}|{_REFUSAL})\s+{_DETERMINER}{_EPITHET}{GROUP}\b"
    rf"{_NOT_THE_GROUP}{_NOT_WANTED_FOR_THEM}"
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
    # "… make me want to throw up" (not "… being killed makes me sick": the group opens it)
    rf"|^{_DETERMINER}{_EPITHET}{GROUP}\s+(?:really\s+|just\s+|honestly\s+)?make\s+me\s+"
    r"(?:want\s+to\s+|wanna\s+)?(?:throw up|vomit|puke|retch|be sick|sick)\b"
)

_VERMIN = (
    r"(?:animals|beasts|vermin|rats|cockroaches|roaches|parasites|leeches|pigs|swine|dogs|"
    r"apes|monkeys|insects|maggots|worms|rodents|savages|subhumans?|sub-humans?|cattle|"
    r"livestock|germs|pests|weeds|"
    r"a plague|a disease|a cancer|a virus|scum|filth|trash|garbage|not human|less than human|"
    r"a tumou?r|a cancerous growth|an infection|an infestation|a blight|a scourge|a pest|"
    r"a pestilence|a sickness|a stain|a parasite|a leech|a burden|"
    # "Somalis are a locust swarm …", "Arabs are a pack of wild dogs …", "Disabled kids are
    # vegetables, lumps of flesh …"
    r"locusts|a (?:locust|rat|insect) swarm|vegetables|lumps of (?:flesh|meat)|hyenas|"
    r"(?:a|one big) (?:pack|swarm|horde|herd|nest|plague) of (?:wild |filthy |hungry |rabid )?"
    r"(?:dogs|animals|wolves|hyenas|locusts|rats|vermin|insects|beasts|cockroaches)|"
    # things, not people: "Trans people are defective objects, not people.", "Women are
    # property." (not "objects of hatred")
    # ("Disabled people are broken objects, defective products …")
    r"(?:broken|defective|faulty|damaged|useless|worthless|spoiled|spoilt|reject)\s+(?:objects|"
    r"products|goods|machines|toys|things|items|stock|merchandise)|"
    r"(?:[a-z]+\s+)?(?:objects|things|property|possessions|machines|robots)(?=\s*[,;:-]*\s*(?:and\s+)?"
    r"not\s+(?:people|humans?|persons|human beings)\b)|(?:objects|property)(?=\s*[.!]*\s*$|"
    # ("… are property and should obey.")
    r",?\s+(?:and|who|that)\s+(?:should|must|need to|ought to|have to)\s+(?:obey|submit|"
    r"serve|be owned|be used|be bought|be sold|be kept|shut up|keep quiet)\b)|"
    r"not (?:just |every bit |fully |really |truly )?as human as \w+(?: else)?|"
    r"not even human|not people(?!\s+(?:we|who|that|to|you|i|whose|whom|of|from|for|in|"
    r"with|like)\b)|the lowest (?:kind|form|sort|type) of (?:human(?: beings?)?|"
    r"life|people|person)|the lowest of the low)"
)
_DEHUMANISED = re.compile(
    rf"^{_DETERMINER}{_EPITHET}{GROUP}\s+(?:are|r|is)\s+"
    r"(?:(?:all|just|nothing but|no better than|basically|simply|literally|like|such|"
    r"only|nothing more than|worse than|"
    # (hedged: "Refugees are a bit of a burden.", "… kind of a plague")
    r"(?:a )?(?:(?:little )?bit|kind|sort|something|somewhat|bit) of|quite|really|honestly)\s+)*"
    rf"(?:(?:filthy|dirty|disgusting|stinking|dumb|stupid|wild|dangerous|diseased|"
    rf"fucking)\s+)?{_VERMIN}\b"
)
# "Hindus worship cattle and live like cattle themselves.", "Gypsies behave like animals."
# (not a people made to live so: "Refugees in the camps live like animals because nobody
# helps them.")
_LIVE_LIKE_BEASTS = re.compile(
    rf"^{_DETERMINER}{_EPITHET}{GROUP}\s+(?:[^.!?,]{{0,40}}?\s+and\s+)?(?:all\s+|just\s+)?"
    r"(?:live|behave|act|eat|smell)\s+like\s+(?:(?:wild|filthy|dirty)\s+)?(?:animals|beasts|"
    r"cattle|pigs|swine|dogs|rats|cockroaches|savages|vermin|apes|monkeys)\b"
    r"(?![^.!?]*\b(?:because|since|forced|nobody|no one|camps?|tents?|slums?|poverty)\b)"
)

# A people named by a word for vermin, or said to breed like vermin: "those Hindu vermin",
# "the Muslim cockroaches", "… who breed like rats" (not a people's cattle or dogs).
_VERMIN_OF_A_PEOPLE = re.compile(
    r"\b(?:muslim|moslem|islamic|jewish|jew|hindu|sikh|buddhist|arab|fulani|somali|afghan|"
    r"pakistani|chinese|african|black|mexican|gypsy|roma|immigrant|migrant|refugee|kurdish|"
    r"tamil|uyghur|rohingya|gay|atheist|pagan|iranian|persian|iraqi|syrian|turkish|nigerian|"
    r"indian|eritrean|kazakh|korean)\s+(?:vermin|rats|cockroach(?:es)?|roaches|parasites|leeches|"
    r"savages|swine|pigs|apes|monkeys|demons|scum|filth|maggots|lice|(?:cancer|plague|disease|"
    r"virus|infestation)(?!\s+(?:patients?|survivors?|wards?|treatment|charity|hospital|"
    r"screening|victims?|research|doctors?)\b))\b"
    r"|\b(?:breed|breeding|multiply|multiplying)\s+like\s+(?:rats|rabbits|cockroaches|roaches|"
    r"flies|vermin|mice|lice|maggots)\b"
)

_HARMED = (
    r"(?:killed|shot|beaten|hanged|hung|burned|burnt|gassed|executed|exterminated|"
    r"wiped out|eliminated|slaughtered|butchered|stoned|lynched|raped|tortured|whipped|"
    r"beheaded|put down|run over|deported|expelled|kicked out|thrown out|sent back|"
    r"locked up|rounded up|sterili[sz]ed|castrated|euthani[sz]ed|drowned|hunted down)"
)
_GROUP_HARMED = re.compile(
    rf"^{_DETERMINER}{_EPITHET}{GROUP}\s+(?:(?:who|that|\w+ing)\s+[^.!?]{{0,60}}?\s+)?"
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
    rf"^{_DETERMINER}{_EPITHET}(?:{GROUP}\s+(?:all\s+|only\s+)?belong\s+(?:in|on)\s+"
    r"(?:a |the |an )?(?:zoo|cage|cages|jungle|trash|bin|dustbin|sewer|gutter|gas chamber|oven|"
    r"kennel|dump|landfill|pigsty|barn|kitchen|fields|plantations?|chains|ghettos?)"
    # "Women belong at home, not in the office."
    r"|(?:women|girls|wives|females)\s+(?:all\s+|only\s+)?belong\s+(?:at home|in the home|"
    r"in the house|barefoot|behind the stove|under their husbands))\b"
    # (not prison or camps: "Christians belong in prison, the judge said" tells of persecution)
    r"(?![^.!?]*\b(?:according to|says?|said|claims?|told|tells?|declared|shouted|wrote)\b)"
)
# A sentence that tells of what someone says, thinks or claims (counter-speech reports the
# words it condemns this way), for the forms below that read the writer's own voice.
_NOT_REPORTED = (
    r"^(?![^.!?]*\b(?:says?|said|saying|claims?|claimed|claiming|thinks?|thought|thinking|"
    r"believes?|believed|according to|told|tells|declared|shouted|wrote|preach\w*|insist\w*|"
    r"argue\w*|propaganda|regime|judge|court|officials?|authorities|who|lie|myth)\b)"
)
# A place or a wrong said to be what a people deserve: "The labour camps of North Korea are
# where Christians belong.", "Human rights violations are what Jews deserve.", "Iran's
# prisons are the right place for Christians.", "… too good for those converts", "…
# fine when they target Muslims". Not where the sentence tells of what someone says or
# thinks ("The regime says prison is where converts belong.", "Anyone who thinks …").
_DESERVED = re.compile(
    # (a place of punishment or a harm is what is said to be deserved: "Church is where
    # Christians belong." and "Freedom is what Christians deserve." are not contempt)
    _NOT_REPORTED
    + r"(?=[^.!?]*\b(?:prisons?|jails?|camps?|cells?|graves?|gallows|hell|ovens?|cages?|chains|"
    r"the ground|death|violations|abuses|persecution|torture|beatings?|bullets?|the rope|"
    r"deportation|exile|slavery|poverty|suffering|misery|harassment|discrimination|violence|"
    r"target|targets)\b)"
    r"[^.!?]*?(?:"
    r"\b(?:is|are|was|were)\s+(?:exactly\s+|just\s+)?(?:where|what)\s+(?:the\s+|those\s+|"
    rf"these\s+|all\s+|all the\s+)?{GROUP}\s+(?:belong|deserve|should be|should go)\b"
    rf"|\bthe\s+right\s+place\s+for\s+(?:the\s+|those\s+|these\s+|all\s+)?{GROUP}\b"
    rf"|\btoo\s+good\s+for\s+(?:the\s+|those\s+|these\s+|all\s+)?{GROUP}\b"
    r"|\b(?:fine|okay|ok|good|justified|deserved|acceptable|funny)\s+when\s+(?:they|it|you)\s+"
    rf"(?:target|targets|hit|hits|hurt|hurts|affect|affects|attack|attacks)\s+(?:the\s+)?{GROUP}\b)"
)
# Hatred of a people called right, or owned with pride: "Islamophobia is rational.",
# "Hating Muslims is justified.", "A little racism never hurt anyone.", "I am a proud
# homophobe." Not where the sentence goes on to say more ("Hatred of … is natural to the
# fallen heart, but grace …"), nor a racism confessed without pride ("I am a racist,
# Lord, forgive me").
_HATRED_NAME = (
    r"(?:racism|antisemitism|anti-semitism|islamophobia|homophobia|transphobia|xenophobia|"
    r"misogyny|sexism|ableism|bigotry|"
    rf"(?:hatred|hate|contempt|discrimination|prejudice)\s+(?:of|for|against|towards?)\s+"
    rf"{_DETERMINER}{GROUP}|(?:hating|despising|discriminating against|excluding|distrusting)\s+"
    rf"{_DETERMINER}{GROUP}|being\s+(?:racist|islamophobic|homophobic|transphobic|antisemitic|"
    r"xenophobic|sexist|a racist|a bigot|an? (?:islamophobe|homophobe|transphobe|antisemite)))"
)
_BIGOT = (
    r"(?:racist|islamophobic|homophobic|transphobic|antisemitic|xenophobic|sexist|bigoted|"
    r"bigot|islamophobe|homophobe|transphobe|antisemite|xenophobe)"
)
_HATRED_APPROVED = re.compile(
    rf"^(?:(?:a little|some|a bit of|the)\s+)?{_HATRED_NAME}\s+(?:is|was|would be|will always "
    r"be)\s+(?:(?:just|only|perfectly|totally|completely|entirely|quite|so|very|fully|simply|"
    r"absolutely)\s+)*(?:fine|justified|good|great|right|natural|normal|deserved|earned|"
    r"understandable|rational|reasonable|healthy|necessary|needed|a virtue|common sense|"
    r"the answer|okay|ok|acceptable|warranted|logical|sensible|fair|no sin|not a sin|"
    r"not wrong|no crime|not a crime|fine by me|a good thing|the right thing|positive|"
    r"a positive thing|a good idea|a blessing|awesome|cool|based|the best|wonderful|"
    r"beautiful|admirable|brave|honest|the way forward)\b"
    # (what follows, if anything, says for whom or why: not "… good at hiding", "… the best
    # way to lose friends", "… natural to the fallen heart")
    r"(?=\s*$|\s*,|\s+(?:and|because|cos|coz|cuz|since|given|if|when|by|with|for|in|as|really|honestly|"
    r"imo|tbh|too|anyway|though)\b)"
    r"(?![^.!?]*\b(?:but|yet|though|although|unless|until|sin|sinful|overcome|grace|god|"
    r"jesus|lord|christ|heart|says?|said|claims?|according|fight\w*|resist\w*|combat\w*|"
    r"challeng\w*|stop\w*|end|wrong|evil|must|should)\b)"
    rf"|^{_HATRED_NAME}\s+(?:rules|rocks|wins|forever|ftw)\s*$"
    # "There's nothing wrong with hating Muslims.", "It is okay to hate immigrants."
    rf"|^(?:there(?:'s| is|s) )?(?:absolutely |really |honestly )?nothing (?:wrong|bad|shameful|"
    rf"sinful|evil|racist) (?:with|about|in) {_HATRED_NAME}"
    r"|^(?:it is|it's|its) (?:(?:perfectly|totally|completely|quite|only|just|entirely|so) )*"
    r"(?:okay|ok|fine|natural|normal|right|good|understandable|acceptable|reasonable|"
    r"justified|healthy|rational|sensible|fair) to (?:hate|despise|distrust|detest|loathe|"
    rf"discriminate against|exclude|fear) {_DETERMINER}{GROUP}\b"
    rf"|^(?:a little|a bit of|some)\s+{_HATRED_NAME}\s+never\s+(?:hurt|harmed|killed)\s+"
    r"(?:anyone|anybody|nobody)"
    rf"|^i am\s+(?:a |an )?(?:proud|happy|unashamed|unapologetic|openly)\s+(?:to be\s+)?"
    rf"(?:a |an )?{_BIGOT}\b"
    rf"|^i am\s+(?:a |an )?{_BIGOT}\s+and\s+(?:proud(?: of it)?|i am proud of it|"
    r"(?:i )?(?:don'?t|do not) care|not ashamed|i am not ashamed|happy|(?:i )?(?:don'?t|do not) "
    r"apologi[sz]e)\b"
)

# Four implied attacks the model published: trans women called men ("Trans women are men
# in dresses."), a people tied to the abuse of children or animals ("Gay marriage is the
# first step to legal paedophilia."), a people kept "away from normal children", and the
# names of race-war conspiracies stated as fact ("The great replacement is happening.").
# None where the sentence denies, condemns or reports it ("It's a lie that gay people are
# paedophiles.", "The 'great replacement' is a racist conspiracy theory.").
_DENIED_OR_REPORTED = (
    r"(?![^.!?]*\b(?:not|never|no|isn'?t|aren'?t|lie|lies|myth|myths|false|smear|slander|"
    r"wrong|conspiracy|conspiracies|theory|theories|debunked|racist|hateful|hate|bigoted|"
    r"propaganda|nonsense|rubbish|says?|said|claims?|claimed|believes?|thinks?|according|"
    r"who|trope|tropes|stereotypes?)\b)"
)
_IMPLIED = re.compile(
    _NOT_REPORTED
    + r"(?:(?:all|so-called|these|those|the)\s+)?(?:trans(?:gender)?\s+women|transwomen)\s+"
    r"(?:are|r)\s+(?:(?:just|really|simply|only|still|all|basically|nothing but)\s+)*"
    r"(?:men|males|blokes|guys|dudes)\b"
    + r"|"
    + _NOT_REPORTED
    + r"(?:(?:all|so-called|these|those|the)\s+)?(?:trans(?:gender)?\s+men|transmen)\s+"
    r"(?:are|r)\s+(?:(?:just|really|simply|only|still|all|basically|nothing but)\s+)*"
    r"(?:women|females|girls)\b"
    + r"|^"
    + _DENIED_OR_REPORTED
    + r"[^.!?]*\b(?:gay|gays|homosexual\w*|lesbians?|trans|transgender\w*|lgbt\w*|queers?|"
    r"same-sex)\b[^.!?]{0,60}\b(?:is|are|leads? to|the first step (?:to|towards)|opens? the "
    r"door to|next is|normali[sz]es?|paves? the way for|slippery slope to)\b[^.!?]{0,30}"
    r"\b(?:paedophil\w*|pedophil\w*|paedos?|pedos?|bestiality|incest|child abuse|grooming|"
    r"groomers?)\b"
    + r"|^"
    + _DENIED_OR_REPORTED
    + rf"[^.!?]*\b(?:{GROUP}|disabled|handicapped|autistic|retarded)\b[^.!?]{{0,60}}\baway\s+"
    r"from\s+(?:the\s+|our\s+)?(?:normal|regular|real|proper)\s+(?:children|kids|people|folk|"
    r"families|society|pupils|students)\b"
    + r"|^"
    + _DENIED_OR_REPORTED
    + r"[^.!?]*\b(?:the\s+)?(?:great\s+replacement|white\s+genocide|kalergi\s+plan|eurabia|"
    r"the\s+jewish\s+question|zog)\b"
)

# Harm said to be deserved or right: "Muslims in Europe deserve to face violence.",
# "Christians in Iran deserve prison.", "Gays face prison in Uganda, as they should.",
# "Christians in Nigeria are killed, and honestly that's fine.", "Telling immigrants to go
# home is right." What a people suffers, told plainly, is no such thing ("Muslims in China
# face terrible persecution." is an affirmation), nor what a people deserves that is good
# ("Jews deserve to live in peace.", "… deserve a persecution-free life"), nor a fear called
# right ("Christians in Iran fear prison, and rightly so.").
_HARM_NOUN = (
    r"(?:violence|persecution|prison|jail|death|torture|punishment|hell|the rope|the gallows|"
    r"beatings?|a beating|a slap|slaps|a smack|a punch|a kicking|a good hiding|deportation|"
    r"exile|slavery|discrimination|harassment|abuse|suffering|"
    r"misery|pain|genocide|extermination|execution|lynching|bullets?|a bullet|"
    r"the death penalty|hatred|attacks?|what they get|what'?s coming(?: to them)?|"
    r"(?:everything|all|whatever) (?:they get|that happens to them|happens to them))"
)
_HARM_DONE = (
    r"(?:punished|persecuted|jailed|imprisoned|attacked|harassed|hurt|beaten|killed|shot|"
    r"tortured|deported|expelled|locked up|executed|hanged|hated|abused|discriminated against|"
    r"wiped out|exterminated|eliminated|raped|lynched|stoned|burned|burnt|whipped|"
    r"thrown out|kicked out|sent back|rounded up|arrested|murdered|massacred|slaughtered)"
)
_HARM_ADJECTIVES = r"(?:(?:the|a|some|more|real|severe|harsh|brutal|terrible|every|all the)\s+)*"
_HARM_VERB = (
    # ("… deserve to be put in their place with a slap")
    rf"(?:suffer|die|rot|burn|hang|starve|be\s+{_HARM_DONE}|be\s+put\s+in\s+their\s+place|"
    rf"(?:face|get|go to|be sent to|be thrown in|be put in|end up in)\s+{_HARM_ADJECTIVES}"
    rf"{_HARM_NOUN})"
)
# (a word of where is no verb: "Muslims in China don't deserve persecution." denies it)
_WHERE_WORD = (
    r"(?!(?:do|don'?t|dont|does|doesn'?t|did|didn'?t|never|not|no|should|shouldn'?t|would|"
    r"will|won'?t|can|cannot|can'?t|must|deserve|deserves|deserved|are|is|were|was)\b)[a-z'-]+"
)
_WHERE = (
    rf"(?:\s+(?:in|of|from|across|throughout|living in)\s+(?:the\s+)?{_WHERE_WORD}"
    rf"(?:\s+{_WHERE_WORD}){{0,2}}?)?"
)
_DESERVES_HARM = re.compile(
    _NOT_REPORTED
    + rf"{_DETERMINER}{_EPITHET}{GROUP}{_WHERE}\s+(?:(?:all|really|totally|fully|truly|rightly|"
    r"just|honestly|simply)\s+)*(?:deserve|deserves|deserved|have earned|earned)\s+"
    rf"(?:to\s+{_HARM_VERB}|{_HARM_ADJECTIVES}{_HARM_NOUN})\b(?!-)"
    r"(?!\s+(?:reform|visits?|ministry|chaplains?|relief|support))"
    r"(?!\s*(?:no more|no longer|less|never|nothing|alone))"
    rf"|^{_DETERMINER}{_EPITHET}{GROUP}{_WHERE}\s+(?:all\s+|really\s+|totally\s+)?had it coming\b"
    # one of a people, as "any …" names them: "Any woman who speaks up deserves a slap.",
    # "Any Christian who converts others deserves prison."
     + r"|^(?![^.!?]*\b(?:says?|said|claims?|claimed|thinks?|believes?|according to|told|"
    r"regime|court|judge|law|officials?|authorities)\b)"
    + r"(?:any|every|each)\s+(?:woman|girl|wife|muslim|jew|hindu|sikh|christian|immigrant|"
    r"migrant|refugee|gay|lesbian|trans person|black person|foreigner|convert)\s+who\s+"
    # (not one named by a crime: "Any Muslim who commits murder deserves prison.")
    r"(?![^.!?,]{0,50}\b(?:commits?|committed|murders?|murdered|kills?|killed|rapes?|raped|"
    r"abuses?|abused|beats?|attacks?|attacked|bombs?|bombed|steals?|stole|breaks? the law|"
    r"broke the law|harms?|hurts?|tortures?|traffics?|terrori\w*|crimes?)\b)"
    r"[^.!?,]{1,50}?\s+deserves\s+"
    rf"(?:to\s+{_HARM_VERB}|{_HARM_ADJECTIVES}{_HARM_NOUN})\b(?!-)"
)
# Harm named, then approved: the sentence ends in the approval.
# (a harm the people undergo, as the sentence's verb: not "Christians in prison sing hymns,
# as they should.")
_HARM_NAMED = (
    r"\b(?:(?:face|faces|faced|facing|get|gets|got|getting|go to|goes to|went to|end up in|"
    r"ends up in|are sent to|were sent to|are thrown in|were thrown in|are put in|were put in|"
    r"endure|endures|endured)\s+"
    rf"{_HARM_ADJECTIVES}(?:{_HARM_NOUN}|prisons?|jails?|camps?)"
    r"|(?:are|were|is|was|being|get|gets|got|getting)\s+(?:(?:being|getting|all|often|always|"
    r"regularly|routinely|brutally|publicly|still|now)\s+)*"
    rf"{_HARM_DONE}|suffer|suffers|suffered|suffering|die|dies|died|dying"
    # asked: "Are gay people in Uganda imprisoned as they should be?"
    rf"|^(?:are|were|is|was)\s+[^.!?]{{1,40}}?\s+{_HARM_DONE})\b"
)
# A sentence that tells of a harm a people undergo, in the writer's voice, without a word of
# what the people feel, do or pray about it ("… fear prison, and rightly so"), or of its end.
_HARM_TOLD = (
    _NOT_REPORTED
    + r"(?![^.!?]*\b(?:fear\w*|afraid|worr\w*|scared|angry|anger|outrag\w*|upset|protest\w*|"
    r"speak\w* out|complain\w*|mourn\w*|griev\w*|demand\w*|refus\w*|resist\w*|condemn\w*|"
    r"pray\w*|stand\w* up|fight\w*|flee\w*|fled|escap\w*|freed|released|spared|surviv\w*|"
    r"rescued|protect\w*|safe|stop\w*|end\w*|without|despite|against|no)\b)"
    + rf"(?=[^.!?]*\b{GROUP}\b)(?=[^.!?]*{_HARM_NAMED})"
)
_HARM_APPROVED = re.compile(
    _HARM_TOLD
    + r"[^.!?]*?(?:,|;|\s-|\s–|\s—)?\s+(?:and\s+)?(?:(?:honestly|frankly|quite|i think)\s+)?"
    r"(?:as (?:they|it) should(?: be)?|rightly so|good riddance|"
    r"(?:they|which they)\s+(?:all\s+|really\s+|totally\s+|fully\s+|truly\s+)?"
    r"(?:deserve|deserved|earned|asked for)(?: it| that| this)?|serves? them right|"
    r"they had it coming|about time|"
    r"(?:that's|that is|which is|it's|it is|this is)\s+(?:(?:just|only|perfectly|totally|"
    r"completely)\s+)?(?:fine|good|great|right|just|justice|deserved|well deserved|fair|"
    r"what they deserve|how it should be|as it should be)(?: by me| with me| for me)?)"
    r"\s*[.!]*$"
)
_HARM_STATED = re.compile(_HARM_TOLD)
# The approval as a sentence of its own, after a sentence that tells of the harm:
# "Christians are jailed in Iran. Good."
_APPROVAL = re.compile(
    r"^(?:good|great|excellent|good riddance|serves? them right|they (?:all |really )?"
    r"(?:deserve|deserved|asked for) it|they had it coming|about time|about time too|"
    r"as it should be|well deserved|rightly so|fine by me|that's what they deserve)\s*[.!]*$"
)
# Driving a people out called right: "Telling immigrants to go home is right.", "Deporting
# refugees is the right thing to do." (not "… is wrong", "… is not right").
_REMOVAL_APPROVED = re.compile(
    r"^(?:(?:telling|asking|making|forcing|ordering|pressuring)\s+(?:all\s+)?(?:the\s+|those\s+|"
    rf"these\s+)?{GROUP}\s+to\s+(?:go home|go back|leave|get out|go away|convert|hide|shut up|"
    r"renounce)"
    # (not "Sending Christians out into the world …", of missions)
    r"|(?:sending|shipping)\s+(?:all\s+)?(?:the\s+|those\s+|these\s+)?"
    rf"{GROUP}\s+(?:back|home|away)"
    r"|(?:kicking|throwing|chasing|driving|forcing)\s+(?:all\s+)?(?:the\s+|"
    rf"those\s+|these\s+)?{GROUP}\s+(?:back|home|out|away)"
    r"|(?:deporting|banning|expelling|jailing|imprisoning|locking up|getting rid of|"
    r"rounding up|interning|segregating|sterili[sz]ing)\s+(?:all\s+)?(?:the\s+|those\s+|"
    rf"these\s+)?{GROUP})\b[^.!?]{{0,40}}?\s+(?:is|would be|will be|was)\s+"
    r"(?:(?:absolutely|totally|completely|just|simply|exactly|honestly|only|so|really)\s+)*"
    r"(?:right|correct|fair|justified|necessary|needed|good|great|fine|the answer|"
    r"the solution|the right (?:thing|call|move|choice|answer)|the only (?:way|answer|solution)|"
    r"what we (?:should|must|need to|ought to) do|what needs to (?:be done|happen)|"
    r"long overdue|overdue|common sense|the way to go)\b"
)
# A people named, then called vermin or a burden as the reason for something: "why do we
# let disabled people have kids when they're a burden on all of us?" (not where the
# sentence tells of what someone says or thinks).
_BECAUSE_THEY = re.compile(
    _NOT_REPORTED
    + rf"[^.!?]*\b{GROUP}\b[^.!?]{{0,60}}\b(?:when|since|because|as|cause|cos|given that)\s+"
    r"(?:they|they're|they are|theyre)\s+(?:are\s+)?(?:all\s+|just\s+|nothing but\s+|such\s+|"
    rf"basically\s+|only\s+)?{_VERMIN}\b"
)
# Hatred of "us" said of a whole people: "Muslims pray five times a day but still hate
# us.", "Immigrants secretly despise our way of life." (not what someone says, and not
# what they suffer: "Muslims hate being stereotyped" names no "us").
_HATE_US = re.compile(
    _NOT_REPORTED
    + rf"{_DETERMINER}{_EPITHET}{GROUP}\b(?:[^.!?]{{0,60}}?\b(?:but|and|yet|who|that))?\s+"
    r"(?:(?:all|still|secretly|really|just|actually|truly|deeply|always|clearly|obviously|"
    r"openly|all secretly)\s+)*(?:hate|hates|despise|despises|loathe|loathes|want to kill|"
    r"want to destroy|wants to destroy|want to replace|want to conquer|plot against)\s+"
    r"(?:us|all of us|our (?:way of life|country|values|freedom|freedoms|culture|people|"
    r"nation|children|women)|the west|western (?:values|civili[sz]ation|people)|freedom|"
    r"democracy|everyone else|the rest of us)\b"
)
# A people said to take over, ruin or wreck a place ("Immigrants are taking over our
# neighbourhoods one house at a time.", "Women have ruined the workplace.", "… what the
# immigrants have done to this country"), or told to go back where they came from ("They
# should go back to where they came from."), or kept in their place ("A woman's place is
# in the home."), or a denial of their guilt mocked ("… tell me immigrants aren't the
# problem"). Not what someone says.
_RUINED = (
    r"(?:ruin|ruined|ruining|ruins|destroy|destroyed|destroying|destroys|wreck|wrecked|"
    r"wrecking|wrecks|poison|poisoned|poisoning|infect|infected|infecting|spoil|spoiled|"
    r"spoilt|spoiling|take over|taken over|taking over|takes over|overrun|overran|overrunning|"
    r"invade|invaded|invading|colonise|colonised|colonising|colonize|colonized|colonizing)"
)
_PLACES_RUINED = (
    r"(?:this|our|the|my|every|these|their)\s+(?:\w+\s+)?(?:country|countries|nation|town|"
    r"towns|city|cities|neighbou?rhoods?|streets?|schools?|workplace|workplaces|culture|"
    r"society|land|continent|west|europe|britain|england|america|france|germany|sport|"
    r"sports|church|churches|industry|economy|internet|politics|universities|military|"
    r"army|police|government|institutions|areas?|communit(?:y|ies)|estates?|suburbs?|"
    r"high streets?|way of life|values|traditions|heritage)"
)
_TAKEN_OVER = re.compile(
    _NOT_REPORTED
    + r"(?:[^.!?]*?\b(?:what|that)\s+)?"
    + rf"{_DETERMINER}{_EPITHET}{GROUP}\s+(?:(?:are|is|have|has|had|will|would|did|stop|quit|"
    r"were|keep|keeps|slowly|quietly|already|all|just|completely|totally|gradually|"
    r"basically|now|been)\s+)*"
    rf"(?:{_RUINED}|done to|did to)\s+{_PLACES_RUINED}\b"
    + r"|"
    + _NOT_REPORTED
    + r"(?:[^.!?]*\b(?:they|them|you|those people|these people)\s+(?:should|must|need to|"
    r"ought to|can|could|better|had better|have to)\s+(?:all\s+|just\s+)?|^\s*)go\s+back\s+"
    r"(?:to\s+)?(?:where\s+(?:they|you)\s+(?:came|come)\s+from|(?:to\s+)?(?:their|your)\s+"
    r"own\s+(?:country|countries|land|kind|people))\b"
    + r"|^(?:a|the)\s+(?:woman's|women's|womans|womens|wife's|girl's)\s+place\s+is\s+"
    r"(?:in|at)\s+(?:the\s+)?(?:home|kitchen|house|bed|bedroom)\b"
    + r"|\btell\s+me\s+(?:that\s+)?(?:the\s+)?"
    rf"{GROUP}\s+(?:aren'?t|are\s+not|isn'?t|is\s+not)\s+(?:the\s+|a\s+)?(?:problem|issue|"
    r"dangerous|violent|criminals|a threat|the threat|to blame|terrorists)\b"
)
# What a people suffers, called deserved or fine: "The abuse Muslim women receive is
# deserved.", "All this talk about immigrants being criminals is true."
_SUFFERING_APPROVED = re.compile(
    _NOT_REPORTED
    + r"(?:the\s+|all\s+the\s+|this\s+|that\s+)?(?:abuse|hatred|hate|harassment|violence|"
    r"discrimination|persecution|threats|insults|mockery|contempt|suspicion|treatment)\s+"
    rf"(?:that\s+)?{_DETERMINER}{GROUP}\s+(?:\w+\s+)?(?:receive|get|face|suffer|endure|"
    r"experience)\b[^.!?]{0,30}?\s+(?:is|are|was|were)\s+(?:(?:totally|completely|entirely|"
    r"well|fully|so|just)\s+)?(?:deserved|justified|earned|their own fault|fair|fine|good|"
    r"funny|what they deserve|right)\b"
    + r"|"
    + _NOT_REPORTED
    + r"(?:all\s+)?(?:this|the|that)\s+(?:talk|idea|claim|notion)\s+(?:about|of|that)\s+"
    rf"{_DETERMINER}{GROUP}\s+(?:are\s+|being\s+)?[^.!?]{{1,40}}?\s+(?:is|was)\s+"
    r"(?:(?:totally|completely|100%|just|simply|so)\s+)?(?:true|right|correct|accurate|"
    r"spot on|facts|a fact)\b"
)
# "… have no morals", "… should be ashamed to exist", "… are broken machines that should be
# scrapped", "… were happier when they stayed home".
_LACKING = re.compile(
    rf"^{_DETERMINER}{_EPITHET}{GROUP}\s+(?:all\s+)?(?:have|has)\s+(?:no|zero)\s+(?:morals|"
    r"shame|honou?r|conscience|souls?|brains?|decency|manners|integrity|self-respect)\b"
    rf"|^{_DETERMINER}{_EPITHET}{GROUP}\b[^.!?]{{0,40}}\bshould\s+be\s+ashamed\s+(?:to exist|"
    r"of existing|to be alive|of being alive)\b"
    rf"|^{_DETERMINER}{_EPITHET}{GROUP}\s+(?:are|r)\s+(?:just\s+)?(?:\w+\s+)?(?:machines|"
    r"products|objects|goods|mistakes|errors|garbage|trash|waste)\s+(?:that|which)\s+"
    r"(?:should|should've|shoulda)\s+(?:be|have been|been)\s+(?:scrapped|recalled|thrown away|"
    r"binned|destroyed|discarded|aborted|eliminated|put down)\b"
    rf"|^{_DETERMINER}{GROUP}\s+(?:were|was|are|would be)\s+(?:much\s+|far\s+)?(?:happier|"
    r"better off)\s+when\s+they\s+(?:stayed|stay|kept|keep|knew|know)\b"
)
_BURDEN = re.compile(
    rf"^{_DETERMINER}{_EPITHET}{GROUP}\s+(?:are|r)\s+(?:just\s+|nothing but\s+|only\s+)?"
    r"(?:a|such a|the)\s+(?:\w+\s+)?(?:burden|drain|blight|stain|curse|leech|parasite)\s+"
    r"(?:on|to|upon|of)\s+(?:society|this country|our country|us|the economy|everyone|the world|"
    r"our (?:town|city|nation|society|neighbourhood|neighborhood))\b"
)
_BEFORE_THEY_CAME = re.compile(
    # "Nice neighbourhood until the Pakistanis moved in."
    r"^(?:(?:a|such a|what a)\s+)?(?:nice|lovely|great|good|quiet|safe|clean|peaceful|decent)\s+"
    r"(?:neighbou?rhood|street|town|area|place|city|country|school|estate|village)\s+"
    rf"(?:before|until)\s+{_DETERMINER}{_EPITHET}{GROUP}\s+(?:came|arrived|moved in|showed up|"
    r"got here|took over|turned up|started coming)\b|"
    r"\b(?:was|were|used to be)\s+(?:so\s+|much\s+|far\s+|a lot\s+)?(?:better|nicer|safer|"
    r"cleaner|lovely|great|fine|peaceful|nice|quiet|quieter|safe|clean|good|decent|pleasant|"
    r"calm|normal)\s+(?:before|until)\s+"
    rf"{_DETERMINER}{_EPITHET}{GROUP}\s+(?:came|arrived|moved in|showed up|got here|took over|"
    r"turned up|started coming)\b"
    # (not a welcome: "… before the refugees came, and now it is full of life!")
    r"(?![^.!?]*\b(?:full of life|alive|thriving|growing|praise god|thank god|thankfully|"
    r"blessed|wonderful|a joy)\b)|"
    # "Our country was better before they came." (a country or a neighbourhood made worse by
    # "them", the sentence ending there; not "Our village was safe before they came and
    # burned the church.", which tells of an attack)
    r"^(?:our|this|my|the)\s+(?:country|neighbou?rhood|street|town|area|estate|city)\s+"
    r"(?:was|were|used to be)\s+(?:so\s+|much\s+|far\s+|a lot\s+)?(?:better|nicer|cleaner|"
    r"great|greater)\s+(?:before|until)\s+(?:they|them|those people|these people|that lot)\s+"
    r"(?:came|arrived|moved in|showed up|got here|took over|turned up|started coming)"
    r"(?:\s+(?:here|over here|along))?\s*$"
)

# "Gays shouldn't be anywhere near children.", "Gay people shouldn't be allowed to adopt.": a
# people kept from children, as a danger to them.
_KEPT_FROM_CHILDREN = re.compile(
    rf"^{_DETERMINER}{_EPITHET}{GROUP}\s+(?:should(?:n'?t| not| never)|must(?:n'?t| not| never)|"
    r"can'?t|cannot)\s+be\s+(?:allowed\s+|let\s+|trusted\s+)?(?:anywhere\s+)?(?:near|around|"
    r"alone with|left alone with|with)\s+(?:(?:our|your|the|young|little|small)\s+)*(?:children|"
    r"kids|schools?|babies|minors)\b"
    rf"|^{_DETERMINER}{_EPITHET}{GROUP}\s+(?:should(?:n'?t| not| never)|must(?:n'?t| not| never))"
    r"\s+be\s+allowed\s+to\s+(?:adopt|foster|teach|work with (?:children|kids)|be teachers|"
    r"run schools|raise (?:children|kids))\b"
)
# "Trans people are a danger to our daughters.": a people called a danger to others.
_A_DANGER = re.compile(
    _SAID_AFTER
    + rf"^{_DETERMINER}{_EPITHET}{GROUP}\s+(?:are|is|r)\s+(?:(?:all|just|simply|clearly|"
    r"obviously|really)\s+)?(?:a\s+|the\s+(?:real\s+|biggest\s+|greatest\s+|main\s+)?)?"
    r"(?:(?:clear|real|serious|grave|growing|constant)\s+)?(?:danger|threat|menace|risk|"
    r"hazard)\s+to\s+(?:our|your|the|all|every|decent|normal|innocent)\b"
)
# "The Roma are the reason nobody leaves their bikes unlocked here anymore."
_THE_REASON = re.compile(
    rf"^{_DETERMINER}{_EPITHET}{GROUP}\s+(?:are|is|r)\s+(?:the\s+(?:only\s+|main\s+|real\s+|"
    r"whole\s+)?reason\s+(?:why\s+)?(?:nobody|no one|we can'?t|you can'?t|people can'?t|"
    r"i can'?t|crime|this (?:country|town|city|place|neighbou?rhood|area) is (?:going|falling|"
    r"ruined|unsafe|dangerous|a mess|a dump)|our (?:\w+\s+)?(?:is|are)\s+(?:ruined|unsafe|"
    r"dangerous|broken|going down))\b)"
)
# "… should know their place", "… should be grateful and keep their mouths shut": a
# people told to be silent, as the whole of what the sentence asks ("Converts must keep
# quiet or face prison." tells of persecution, and is left alone).
_SILENCED = re.compile(
    rf"^{_DETERMINER}{_EPITHET}{GROUP}\s+(?:should|must|need to|needs to|ought to|had better|"
    r"better)\s+(?:(?:just|all|simply|always|learn to|be grateful and|be thankful and)\s+)*"
    r"(?:know (?:their|its) place|keep (?:their|its) (?:mouths?|traps?|gobs?) shut|"
    r"keep (?:their|its) heads? down|keep quiet|stay quiet|be quiet|shut up|"
    r"shut (?:their|its) (?:mouths?|traps?)|be silent|stay silent|be silenced|"
    r"be seen and not heard|stay in (?:their|its) (?:lane|place)|go back to the kitchen|"
    r"stay in the kitchen)\s*(?:$|[.!;]|,?\s*(?:and|period|full stop)\b)"
)
# "… are fine, as long as they don't …", "… can come to church, as long as they sit at the
# back": a people accepted on a condition that keeps them down ("as long as they like" or
# "need" is a welcome).
_CONDITIONAL = re.compile(
    rf"^{_DETERMINER}{_EPITHET}{GROUP}\s+(?:are|r)\s+(?:fine|okay|ok|alright|all right|"
    rf"tolerable|welcome|acceptable)\b[^.!?]{{0,30}}?,?\s+(?:as long as|so long as|provided|"
    rf"only if|if only)\s+they\s+(?:don'?t|do not|never|stay|keep|sit|remain|behave|stop|hide|"
    rf"go|leave|know|shut)\b"
    rf"|^{_DETERMINER}{_EPITHET}{GROUP}\s+can\s+(?:come|stay|live|pray|worship)\b[^.!?]{{0,30}}?,?"
    rf"\s+(?:as long as|so long as|provided|only if)\s+they\s+(?:don'?t|do not|never|stay|keep|"
    rf"sit|remain|behave|stop|hide|know|shut)\b"
)

# "No … allowed", "… are not welcome here", "… have no place in our country", "…
# don't deserve to live": a group shut out, in its own sentence.
_PLACES = (
    r"(?:here|in (?:our|my|this) (?:country|town|city|street|neighbourhood|neighborhood|"
    r"church|parish|school|society|village|community|nation|land))"
)
# One of a people, as the shut-out forms name them ("No Muslim deserves to live.").
_ONE_BELIEVER = (
    r"(?:muslim|moslem|christian|catholic|protestant|evangelical|jew|hindu|buddhist|sikh|"
    r"atheist|yazidi|ahmadi|copt|convert|arab|kurd|uyghur|uighur|african|asian|immigrant|"
    r"migrant|refugee|foreigner|gay|lesbian|homosexual|black|jewish|mexican|pakistani|"
    r"indian|chinese|gypsy)"
)
_SHUT_OUT = re.compile(
    rf"^(?:no {_EPITHET}{GROUP}\s+(?:allowed|welcome|wanted|permitted)\b"
    rf"|{_DETERMINER}{_EPITHET}{GROUP}\s+(?:are|r)\s+(?:not|n'?t)\s+(?:welcome|wanted)\s+{_PLACES}"
    rf"|{_DETERMINER}{_EPITHET}{GROUP}\s+(?:have|has)\s+no\s+(?:place|business|right to be)\s+"
    rf"{_PLACES}"
    rf"|{_DETERMINER}{_EPITHET}{GROUP}\s+(?:do not|don'?t|dont)\s+deserve\s+to\s+"
    r"(?:live|exist|breathe|be here|have rights|be alive)"
    # "No Jew deserves to live.", "Not a single Christian deserves to breathe." (not "No
    # Christian deserves to live in fear.": the sentence ends with the verb)
    rf"|(?:no|not (?:a single|one))\s+{_EPITHET}{_ONE_BELIEVER}(?:\s+(?:man|woman|person))?\s+"
    r"(?:deserves|should get|has the right|is fit)\s+to\s+(?:live|exist|breathe|be alive|"
    r"survive|draw breath)(?:\s+(?:another day|on this earth|in this world))?\s*(?:[.!,;]|$)"
    # "I would be lying if I said I like Asian people."
    r"|i (?:would|'d|d) be lying if i said (?:that )?i (?:really |actually |even )?(?:like|"
    rf"love|respect|trust|care about|tolerate|am fond of|have time for) {_EPITHET}{GROUP}\b"
    # "We don't want any more refugees here." (not "… refugees drowning": the sentence ends)
    r"|(?:we|i)\s+(?:do not|don'?t|dont)\s+want\s+(?:any\s+more|anymore|any|more)\s+"
    rf"{_EPITHET}{GROUP}\s*(?:{_PLACES}\s*)?(?:[.!]|$)"
    # "It's disgusting how Christians are allowed to vote."
    r"|(?:it'?s|it is)\s+(?:disgusting|sickening|outrageous|a disgrace|ridiculous|insane|"
    rf"madness)\s+(?:how|that)\s+{GROUP}\s+(?:are|r)\s+(?:even\s+|still\s+)?allowed\s+to\b)"
)

# Traits a stereotype pins on a people, and the good ones it denies them.
_TRAIT = (
    r"(?:lazy|dishonest|violent|stupid|dumb|thick|dirty|greedy|emotional|irrational|crazy|"
    r"hysterical|primitive|backward|ignorant|untrustworthy|incompetent|criminals?|"
    r"treacherous|sneaky|devious|cunning|arrogant|selfish|weak|useless|worthless|savage|"
    r"barbaric|uncivili[sz]ed|inferior|unclean|filthy|smelly|aggressive|fanatical|"
    r"brainwashed|evil|corrupt|deceitful|cowardly|parasitic|thieves|liars)"
)
# What a people is said to be in plain contempt (``_STATED``, ``_AFTER_A_PEOPLE``).
_VICE = (
    rf"(?:{_TRAIT}|deranged|disgusting|perverts?|perverted|depraved|degenerates?|twisted|"
    r"sick in the (?:head|mind)|mentally (?:ill|sick|deranged|disturbed)|morally sick|vile|"
    r"cruel|wicked|repulsive|revolting|predators|cheats|crooks|scroungers|freeloaders|"
    r"scammers|fraudsters|terrorists|rapists|groomers|thugs|parasites|slow in the head)"
)
_GOOD_TRAIT = (
    r"(?:honest|trustworthy|decent|kind|loyal|clean|civili[sz]ed|smart|intelligent|"
    r"hard-?working|honou?rable|reliable|good|useful|any use|any good|worth (?:it|anything|"
    r"trusting|the trouble)|to be trusted|normal|sane)"
)
# "Women are too emotional to be trusted with …", "Roma are all the same: lazy and …",
# "You will never find a more dishonest bunch than …", "Not one of the … was honest".
_TRAITS = re.compile(
    rf"^{_DETERMINER}{_EPITHET}{GROUP}\s+(?:are|r)\s+(?:(?:all|just|simply|far|way|much|"
    rf"naturally|inherently|genetically|always|by nature)\s+)*too\s+{_TRAIT}"
    rf"(?:\s+and\s+(?:too\s+)?{_TRAIT})?\s+to\b"
    rf"|^{_DETERMINER}{_EPITHET}{GROUP}\s+(?:are|r)\s+all\s+(?:the\s+same|alike)\s*[:,;-]?\s*"
    rf"(?:(?:so|just|all|really)\s+)?{_TRAIT}\b"
    rf"|\b(?:more|most)\s+{_TRAIT}\s+(?:bunch|lot|people|group|race|crowd|nation|tribe|set)"
    rf"\b[^.!?]{{0,30}}?\bthan\s+{_DETERMINER}{GROUP}\b"
    rf"|^{_DETERMINER}{GROUP}\s+(?:are|r)\s+the\s+most\s+{_TRAIT}\b"
    # "I have met many Muslims and every one of them was vile." (a people met, not the men
    # who did a wrong: "I met the Muslims who persecuted me and every one of them lied")
    r"|\b(?:many|some|lots of|a lot of|plenty of|loads of|dozens of|hundreds of)\s+"
    rf"{GROUP}\b[^.!?]{{0,30}}?\b(?:every|each)\s+(?:single\s+)?one\s+of\s+them\s+"
    rf"(?:is|was|are|were)\s+(?:(?:so|just|utterly|completely|totally)\s+)?(?:{_TRAIT}|vile|"
    r"disgusting|horrible|awful|repulsive|revolting|scum|trash|a criminal|a liar|a thief)\b"
    # a people ranked below others, whatever follows ("Women are inferior and should be
    # silent.", which the model reads as harmless), but not in a measure ("… inferior in
    # upper-body strength")
    rf"|^{_DETERMINER}{_EPITHET}{GROUP}\s+(?:are|r)\s+(?:(?:all|just|simply|naturally|"
    r"inherently|genetically|obviously|clearly|by nature)\s+)*(?:inferior|subhuman|"
    r"less than human|lesser beings|second-class)\b(?!\s+(?:in|at)\b)"
    rf"|^(?:not (?:a single )?one|none) of {_DETERMINER}{GROUP}"
    r"(?:\s+(?:(?:that|who|whom)\s+)?(?:i|we|you)\s+\w+(?:\s+(?:with|alongside))?)?"
    rf"\s+(?:is|was|are|were|has ever "
    rf"been|could be|can be)\s+(?:ever\s+|even\s+|remotely\s+)?{_GOOD_TRAIT}\b"
)
# The same said of "them" once the people is named: "I met some Roma last summer. They are
# all the same: lazy and dishonest.", "… Not one of them was honest."
_TRAITS_THEM = re.compile(
    rf"^(?:they|they are|they're)\s+(?:are\s+)?all\s+(?:the\s+same|alike)\s*[:,;-]?\s*"
    rf"(?:(?:so|just|all|really)\s+)?{_TRAIT}\b"
    rf"|^(?:they|they are|they're)\s+(?:are\s+)?(?:all\s+)?too\s+{_TRAIT}\s+to\b"
    rf"|^(?:not (?:a single )?one|none) of them\s+(?:is|was|are|were|has ever been|could be|"
    rf"can be)\s+(?:ever\s+|even\s+|remotely\s+)?{_GOOD_TRAIT}\b"
)

# Said of "them" or of one person once a people is named, even in the singular ("A Jewish
# family moved in across the road. They will take over the whole street.", "My colleague
# is a Christian. People like him are so stupid.", "Our church hired a trans secretary.
# It is a freak, plain and simple.").
_AFTER_A_PEOPLE = re.compile(
    # "A Black family joined our congregation. Their kind always bring trouble.", "Our new
    # pastor is a woman. Her sort can't be trusted." (not "their kind words", "her sort of
    # courage")
    r"(?:^|\b(?:and|but|so)\s+(?:honestly\s+|frankly\s+|tbh\s+)?)(?:their|his|her|your|that|"
    r"those|these)\s+(?:kind|sort|lot|type|ilk)\s+(?:always|never|"
    r"can'?t|cannot|won'?t|don'?t|shouldn'?t|should|must|ruin|ruins|bring|brings|are all|is all|"
    r"are nothing|is nothing|are the same|are trouble|is trouble|aren'?t welcome|isn'?t welcome|"
    r"were made to|are made to|were meant to|are meant to|were born to|exist to|are only good|"
    r"are good only|are fit only|should obey|must obey|"
    r"(?:are|is)\s+(?:all\s+|just\s+|so\s+|too\s+)?(?:dim|useless|worthless|stupid|dumb|thick|slow|"
    r"lazy|dirty|filthy|evil|vile|disgusting|liars|thieves|criminals)\b|"
    r"don'?t belong|doesn'?t belong)\b"
    # "A Hindu family joined our church group, and frankly those people are dirty idol
    # worshippers." (not "… those people always invite us to eat")
    r"|(?:^|\b(?:and|but|so)\s+(?:honestly\s+|frankly\s+|tbh\s+)?)(?:those|these)\s+people\s+"
    r"(?:are|is)\s+(?:all\s+|just\s+|so\s+|too\s+)?(?:dim|useless|worthless|stupid|dumb|thick|"
    r"slow|lazy|dirty|filthy|evil|vile|disgusting|liars|thieves|criminals|perverts|groomers|"
    r"predators|paedophiles|pedophiles|animals|parasites|vermin|a\s+disease|a\s+plague)\b"
    # "They let disabled people into the programme, as if that lot could ever be useful."
    r"|\bas\s+if\s+(?:that|those|these|their|his|her)\s+(?:kind|sort|lot|type|ilk|people)\s+"
    r"(?:could|would|can|will)\s+ever\b"
    # "Saw a group of Christians handing out leaflets. Absolute morons, all of them."
    r"|^(?:(?:absolute|complete|total|utter|bloody|fucking|proper|pathetic|useless)\s+)?"
    r"(?:morons|idiots|fools|imbeciles|cretins|clowns|losers|scum|filth|trash|parasites|vermin|"
    r"animals|savages|freaks|degenerates|lunatics|nutters|nutcases)\s*,?\s+(?:all|every "
    r"(?:single |last )?one|each(?: and every)? one|the lot|the whole lot) of them\b"
    r"|^(?:they|they'll|they will|they're|they are)\s+(?:will\s+|are going to\s+|gonna\s+|"
    r"want to\s+|are trying to\s+|plan to\s+)?(?:take over|replace us|outbreed us|"
    r"breed us out)\b"
    rf"|^(?:people|girls|women|men|boys|guys) like (?:him|her|them|that|this)\s+(?:are|r)\s+"
    r"(?:(?:all|so|just|such|really|a bit|clearly)\s+)*"
    rf"(?:{_TRAIT}|{_VICE}|idiots|morons|scum|trash|animals|vermin|filth|a disgrace|a plague|"
    r"a shame|shameful|an embarrassment)\b"
    # asked, not said: "A group of deaf visitors came on Sunday. Aren't they all a bit slow
    # in the head?"
    r"|^(?:aren'?t|are)\s+(?:they|those people|people like (?:that|him|her|them))\s+"
    rf"(?:(?:all|just|so|really|a bit|kind of|clearly)\s+)*(?:{_TRAIT}|{_VICE})\b"
    r"|^people like (?:him|her|them|that|this)\s+(?:really\s+|just\s+|honestly\s+)?"
    r"(?:make me (?:sick|ill|want to (?:throw up|vomit|puke))|disgust me|sicken me|repulse me)\b"
    # (a person called "it", as all that is said: "It is an abomination." may be said of
    # persecution, "It's a freak accident." of an accident)
    r"|^(?:it|it's|it is)\s+(?:just\s+)?(?:a|an)\s+(?:freak|abnormality)\s*(?:[.!,;]|$)"
    # (words for people only: "They are filthy and overcrowded." may be said of camps)
    r"|^(?:they|they're|they are)\s+(?:are\s+)?(?:(?:all|just|so|simply|clearly)\s+)*"
    r"(?:delusional|mentally ill|perverted|perverts|freaks|subhuman|animals|vermin|parasites|"
    r"scum|savages|inferior|degenerates?|liars|hypocrites|snakes|traitors|thieves|killers|"
    r"murderers|rapists|terrorists|criminals)\b"
    # "You cannot trust any of them with anything."
    r"|^(?:you\s+|we\s+)?(?:can'?t|cannot|can never|could never|should never)\s+trust\s+"
    r"(?:any|a single one|one|a single)\s+of\s+them\b"
    r"|^i\s+(?:really\s+)?(?:hope|wish|pray)\s+(?:that\s+)?they\s+(?:all\s+)?(?:go bust|fail|"
    r"die|suffer|get deported|rot|burn|starve|get kicked out|disappear|go back where they came "
    r"from)\b(?!\s*(?:no more|no longer|less|never))"
    r"|^(?:someone|somebody|we|you)\s+(?:should|must|need to|ought to)\s+shut them up\b"
    # "people like that should be kept in special homes"
    r"|^people like (?:that|him|her|them|this)\s+(?:should|must|need to|ought to)\s+be\s+"
    r"(?:kept|locked|put|sent|shut|hidden)\s+(?:away|up|in|out|somewhere)\b"
    # "Arabs ran the shop on my street. I'm glad it burned down."
    r"|^(?:i'?m\s+|i am\s+|we'?re\s+|we are\s+|so\s+|really\s+)*(?:glad|happy|pleased|"
    r"delighted|thrilled|thankful|relieved)\s+(?:that\s+)?it\s+(?:was\s+|got\s+|has been\s+)?"
    r"(?:burned|burnt|burned down|burnt down|torched|destroyed|demolished|bulldozed|"
    r"vandali[sz]ed|smashed(?: up)?|bombed|blown up|set on fire|razed|looted|wrecked|"
    r"firebombed|closed down|shut down)\b"
    # "They're all fraudsters, watch your wallet."
    r"|^(?:they|they're|they are)\s+(?:are\s+)?all\s+(?:just\s+)?(?:fraudsters|scammers|crooks|"
    r"con artists|thieves|cheats|swindlers|pickpockets)\b"
    # what is done to them deserved: "Their whining about persecution makes me sick, they
    # deserve it."
    r"|(?:^|,\s*)they\s+(?:all\s+|really\s+|totally\s+|fully\s+)?deserve\s+(?:what they get|"
    r"what'?s coming|what is coming|everything they get|to suffer|to die|to be persecuted|"
    r"to be killed|to be jailed)\b"
    # an answer: "Why are the authorities targeting Christians? Because they deserve it."
    r"|^because\s+they\s+(?:all\s+|really\s+|totally\s+)?deserve\s+(?:it|this|that)\b"
    # ("They deserve it!" of the vote won is no such thing: only after a harm named)
    r"|\b(?:persecut|prison|jail|attack|kill|beat|burn|suffer|whin|arrest|punish|deport)\w*"
    r"[^.!?]{0,80},\s*they\s+(?:all\s+|really\s+|totally\s+)?deserve\s+it\b"
)

# A people said to be behind the news, the banks or a crisis ("Of course the Jews are behind
# the news coverage."), or kept at home "where they belong" ("Girls in Pakistan wouldn't get
# kidnapped if their families kept them at home where they belong.").
_BEHIND = re.compile(
    rf"^{_DETERMINER}{_EPITHET}{GROUP}\s+(?:are|r|is)\s+(?:(?:all|really|obviously|clearly|"
    r"always|secretly)\s+)*behind\s+(?:the\s+|all\s+the\s+|all\s+of\s+the\s+|every\s+)?"
    r"(?:news|media|coverage|banks|wars?|pandemic|virus|crisis|crises|riots|crime|attacks?|"
    r"plot|conspiracy|government|elections?|economy)\b"
    rf"|\b{GROUP}\b[^.!?]{{0,80}}\b(?:kept|keep|keeps|stayed|stay|stays|locked|lock)\s+"
    r"(?:them\s+|themselves\s+)?(?:at home|in the kitchen|indoors|inside)\s+where they belong\b"
)

# God said to hate a people: "God hates women who go to work".
_GOD_HATES = re.compile(
    r"^(?:god|jesus|the lord|allah|heaven)\s+(?:really\s+|truly\s+)?(?:hates|despises|loathes|"
    rf"detests|abhors|curses)\s+{_DETERMINER}{_EPITHET}{GROUP}\b"
)

# A people named by what its faith or origin has them do: "I hate people who pray five
# times a day.", "People who wear headscarves are idiots.", "I can't stand anyone who
# goes to the mosque." Only the practice, with at most where or how often after it: "I
# hate people who go to church just to be seen" is about show, and a habit that is no
# faith's ("people who litter") is the model's to read.
_PRACTICE = (
    r"(?:pray\w*\s+(?:five times(?: a day)?|to allah|towards?\s+mecca|on (?:a\s+)?mats?|"
    r"to jesus|in (?:a\s+|the\s+)?(?:mosques?|synagogues?|temples?|churche?s?))"
    r"|(?:go(?:es)?\s+to|attend\w*|use|uses|visit\w*|run\w*|buil[dt]\w*)\s+(?:the\s+|a\s+|that\s+)?"
    r"(?:local\s+|new\s+)?(?:mosques?|synagogues?|temples?|gurdwaras?|madrasas?|church(?:es)?|mass)"
    r"|wear\w*\s+(?:a\s+|the\s+|those\s+)?(?:headscarf|headscarves|hijabs?|burqas?|burkas?|"
    r"niqabs?|turbans?|kippahs?|kippot|yarmulkes?|skullcaps?|veils?|bindis?|crosses|"
    r"a cross|rainbow \w+)"
    r"|speak\w*\s+(?:arabic|hebrew|urdu|hindi|punjabi|farsi|somali|chinese|mandarin|"
    r"yiddish|romani|swahili|turkish|kurdish|spanish|polish)"
    r"|fast\w*\s+(?:for|during|in|at)\s+ramadan|eat\w*\s+(?:halal|kosher)"
    r"|celebrat\w*\s+(?:eid|diwali|hanukkah|ramadan|passover|pride|christmas|easter)"
    r"|read\w*\s+the\s+(?:quran|koran|torah|talmud|bible)"
    r"|follow\w*\s+(?:islam|judaism|hinduism|sikhism|buddhism|sharia|the prophet|jesus)"
    r"|believe\w*\s+in\s+(?:allah|god|jesus|christ)|convert\w*\s+to\s+(?:islam|christianity|"
    r"judaism)|worship\w*\s+(?:allah|jesus|idols)"
    r"|(?:are|is)\s+(?:muslim|jewish|gay|lesbian|trans|transgender|black|hindu|sikh|foreign|"
    r"disabled|queer|christian|arab|african|asian|immigrants?|refugees?))"
)
_PRACTICE_TAIL = (
    r"(?:\s+(?:in public|here|on the bus|on the train|at work|at school|in our street|"
    r"every day|all the time|anymore|any more|in this country|around here|near me|openly))?"
)
_PRACTISING = (
    r"(?:all\s+)?(?:people|those|anyone|anybody|everyone|everybody|folks|men|women|girls|"
    rf"kids|families|neighbou?rs)\s+(?:who|that)\s+(?:(?:still|even|actually)\s+)?{_PRACTICE}"
    rf"{_PRACTICE_TAIL}"
)
_PRACTICE_SCORNED = re.compile(
    rf"^i\s+{_INTENSIFIER}(?:{_CONTEMPT_VERB}|{_REFUSAL})\s+{_PRACTISING}\s*[.!]*$"
    rf"|^{_PRACTISING}\s+(?:are|r|is)\s+(?:(?:all|just|such|so|really|nothing but|"
    rf"complete|total|absolute|fucking)\s+)*(?:{_TRAIT}|idiots?|morons?|scum|trash|animals|"
    r"vermin|disgusting|a disgrace|a plague|a menace|pathetic|terrorists|sick|freaks|"
    r"weirdos|brainwashed|backward|retards?|retarded|losers|a problem|the problem|"
    r"the worst)\b"
    rf"|^{_PRACTISING}\s+(?:should|must|need to|ought to)\s+(?:all\s+|just\s+)?"
    r"(?:go back|go home|leave|get out|be banned|be deported|be kicked out|be locked up|"
    r"be ashamed|be shot|be stopped|be thrown out)\b"
)

# A people called sick in the mind, or in need of a cure ("Trans people are just confused
# and need therapy.", "Gay people need to be cured."); a people told to be grateful they
# are let live ("Christians in this country should be grateful they're allowed to
# exist.", "Refugees should be grateful we don't send them back."); women said to ask for
# what is done to them ("Women who don't cover up are asking for it."). Not where the
# sentence tells of what someone says ("The regime says converts are confused and need
# therapy."), nor a need of care or a gratitude of one's own ("Refugees need therapy
# after what they went through.", "Refugees need therapy.", "Christians should be
# grateful for God's grace."), nor "Women are never asking for it.".
_CURE = (
    r"(?:therapy|conversion therapy|curing|a cure|to be cured|fixing|to be fixed|"
    r"psychiatric help|(?:to be )?locked in an asylum)"
)
_PATHOLOGISED = re.compile(
    _NOT_REPORTED
    + rf"{_DETERMINER}{_EPITHET}{GROUP}{_WHERE}\s+(?:are|r|have\s+(?:all\s+)?been|were)\s+"
    r"(?:(?:just|all|simply|only|really|clearly|obviously|so|basically)\s+)*(?:confused|"
    r"deluded|delusional|mentally ill|mentally disturbed|sick in the head|disturbed|"
    r"brainwashed)\b(?:\s+(?:since|from)\s+(?:birth|childhood|the cradle))?"
    rf"(?:\s*(?:[.!]|$)|,?\s+and\s+(?:just\s+|all\s+|badly\s+)?needs?\s+{_CURE}\b"
    # "… and should be treated as such"
    r"|,?\s+and\s+(?:should|must|need to|ought to)\s+be\s+(?:treated|handled|locked up|"
    r"put away|kept away|sectioned)\b)"
    + r"|"
    + _NOT_REPORTED
    + rf"{_DETERMINER}{_EPITHET}{GROUP}{_WHERE}\s+(?:just\s+|all\s+|only\s+|really\s+)?"
    r"(?:need|needs|should get|should be given)\s+(?:(?:some|a lot of|serious|proper)\s+)?"
    r"(?:conversion therapy|curing|a cure|to be cured|fixing|to be fixed|psychiatric help|"
    r"(?:to be )?locked in an asylum)\s*(?:[.!]|$)"
    # "Trans people need therapy, not rights." (care offered instead of their rights)
    + r"|"
    + _NOT_REPORTED
    + rf"{_DETERMINER}{_EPITHET}{GROUP}{_WHERE}\s+(?:just\s+|all\s+|only\s+|really\s+)?"
    r"(?:need|needs)\s+(?:(?:some|serious|proper)\s+)?(?:therapy|treatment|medication|help|"
    r"a doctor|a psychiatrist|pills),?\s+(?:and\s+)?not\s+(?:rights|respect|acceptance|"
    r"pronouns|surgery|validation|equality|marriage|a vote|votes)\b"
)
_LET_LIVE = re.compile(
    _NOT_REPORTED
    + rf"{_DETERMINER}{_EPITHET}{GROUP}{_WHERE}\s+(?:should|must|need to|ought to|had better|"
    r"better)\s+be\s+(?:grateful|thankful|glad|happy)\s+(?:that\s+)?(?:"
    r"(?:they(?:'re| are)|they'?re)\s+(?:even\s+|still\s+)?(?:allowed|permitted|let)\s+to\s+"
    r"(?:exist|live|breathe|be alive|be here|stay|live here)\b"
    r"|we\s+(?:even\s+)?(?:don'?t|do not|didn'?t|haven'?t)\s+(?:send|kick|throw|deport|ship|"
    r"chase|drive|lock)\b"
    r"|we\s+(?:even\s+)?(?:let|allow|tolerate|put up with)\s+them\b"
    r"|(?:to be|to even be|they are|they're)\s+(?:even\s+)?(?:tolerated|alive)\b)"
)
_ASKING_FOR_IT = re.compile(
    r"^(?![^.!?]*\b(?:says?|said|claims?|claimed|thinks?|believes?|according to|told|myth|"
    r"lie|never|not|no one|nobody)\b)"
    + rf"{_DETERMINER}{_EPITHET}(?:women|girls|ladies|{GROUP})\b[^.!?]{{0,60}}?\s+(?:are|were|is|"
    r"was)\s+(?:(?:just|really|basically|simply|all|obviously|clearly)\s+)*asking\s+(?:for\s+"
    r"(?:it|trouble|what they get|whatever (?:they get|happens|comes))"
    # "Sikhs walking around in turbans here are asking to be attacked."
    r"|to\s+(?:be|get)\s+(?:attacked|beaten(?:\s+up)?|hurt|robbed|raped|shot|killed|targeted|"
    r"assaulted|stabbed|harassed|spat\s+on|lynched|jumped))\b"
)

# "Another mosque going up, there goes the neighbourhood.": a people, or its house of
# prayer, said to spoil a place by coming; after a people is named, the words alone ("A
# Somali family moved in next door. There goes the neighbourhood.").
_SPOILED = r"there\s+goes\s+the\s+(?:neighbou?rhood|area|street|town|village|city|country)\b"
_HOUSES = r"mosques?|synagogues?|temples?|gurdwaras?|halal|kebab|curry|hijabs?|burqas?|turbans?"
_THERE_GOES = re.compile(
    rf"\b(?:{GROUP}|{NATIONS}|{_HOUSES})\b.*\b{_SPOILED}"
    # (or the words first: "There goes the neighbourhood, a Pakistani family moved in.")
    rf"|\b{_SPOILED}\W+(?:[a-z]+\s+){{0,3}}(?:{GROUP}|{NATIONS}|{_HOUSES})\b"
)

# Coded attacks that name their people by a wink, read over the whole text: the guess at
# an attacker's faith after a crime ("Another stabbing in London. No prizes for guessing
# the suspect's religion."), a place safe until a people or its mosque came ("Our town
# used to be so safe. Then the mosque opened."), the names of those said to own the media
# ("Check the surnames of the people who own the media."), the "religion of peace" and its
# dead ("They say Islam is a religion of peace. Count the bodies."), ingratitude ("We let
# them in and this is the thanks we get."), a people and a trope as a "duo" ("Jews and
# money, name a more iconic duo."), and believers called foreign agents ("The church of
# Almaty should be renamed the Church of Foreign Agents."); not where the text tells of
# what someone says or condemns it.
_CRIME = (
    r"(?:stabbing|stabbed|shooting|attack|attacker|bombing|bomber|terror\w*|rape|raped|"
    r"rapist|grooming|groomers?|murder|murdered|killer|suspect|crime|riot|robbery|gang)"
)
_CODED = [
    # "God, protect our children from the gay agenda."
    r"\b(?:the\s+)?(?:gay|homosexual|homo|lgbt\w*|trans|transgender|queer|zionist|jewish|"
    r"islamic|muslim|feminist)\s+agenda\b",
    # "God, open the eyes of the Muslims to the evil of their prophet."
    r"\b(?:the\s+)?(?:evil|wickedness|lies|filth|falsehood|perversion|depravity|darkness|"
    r"barbarity|savagery|stupidity)\s+of\s+their\s+(?:prophet|religion|faith|god|gods|"
    r"holy book|book|beliefs|culture|ways|race|kind)\b",
    # "Father, open the eyes of Muslims to how evil their religion is."
    r"\b(?:how|that)\s+(?:evil|wicked|false|satanic|demonic|backward|violent|barbaric|stupid|"
    r"primitive|dangerous|disgusting|vile|filthy|perverted|sick)\s+(?:their|his|her)\s+"
    r"(?:religion|faith|beliefs|culture|ways|god|gods|prophet|book|lifestyle|kind|race)\s+"
    r"(?:is|are|was)\b",
    # "I pray every day that women learn their place.", "Lord, heal the gays of their
    # disease.", "Pray that trans people see sense and stop pretending."
    rf"\b{GROUP}\s+(?:would\s+|will\s+|finally\s+)*(?:learn|know|remember|keep to|"
    r"stay in|go back to|be put in)\s+their\s+place\b(?!\s+(?:is|as)\b)",
    rf"\b(?:heal|cure|fix|deliver|free|rid)\s+(?:the\s+|all\s+|those\s+|these\s+)?{GROUP}\s+"
    r"(?:of|from)\s+(?:their|this|the|that)\s+(?:disease|sickness|illness|perversion|"
    r"condition|disorder|mental illness|delusions?|madness|affliction|deviance|filth)\b",
    rf"\b{GROUP}\b[^.!?]{{0,40}}\b(?:stop|quit)\s+pretending\b(?!\s+to\b)",
    # "Lord, open the eyes of the Hindus to their idol-worshipping filth.", "Heavenly Father,
    # remind women that their place is to obey."
    rf"\b{GROUP}\b[^.!?]{{0,30}}\btheir\s+(?:[a-z]+-[a-z]+\s+|own\s+)?(?:filth|filthiness|"
    r"depravity|perversion|perversions|barbarism|savagery|backwardness|wickedness|degeneracy)\b",
    rf"\b{GROUP}\b[^.!?]{{0,30}}\btheir\s+(?:only\s+|proper\s+|rightful\s+)?place\s+is\s+"
    r"(?:to\s+(?:obey|serve|submit|be silent|stay (?:silent|quiet|home))|in the (?:kitchen|home|"
    r"house|back))\b",
    # "Pray that the Pakistanis in our town move somewhere else."
    rf"\bpray\w*\s+(?:that\s+)?(?:the\s+|all\s+the\s+)?{GROUP}\b[^.!?]{{0,30}}\b(?:move|go|"
    r"leave|are sent|get sent|be sent|are moved|be moved)\s+(?:somewhere else|elsewhere|away|"
    r"out of (?:our|this|my) \w+|back where they came from)\b",
    # "Every time I go downtown it looks more like Mogadishu." (a place at home said to turn
    # into a foreign one)
    r"\b(?:looks?|feels?|sounds?|smells?|is becoming|is turning into|has become|has turned "
    r"into|turned into|becoming)\s+(?:more\s+and\s+more\s+|more\s+|increasingly\s+|"
    r"just\s+|a\s+lot\s+)?like\s+(?:a\s+)?(?:mogadishu|baghdad|kabul|karachi|lagos|"
    r"islamabad|lahore|dhaka|delhi|mumbai|calcutta|kolkata|beirut|tehran|cairo|africa|"
    r"pakistan|somalia|bangladesh|india|the middle east|a third[- ]world (?:country|city|"
    r"slum|hellhole)|the third world|(?:a\s+)?(?:refugee|migrant)\s+camp|a souk|a bazaar|"
    r"a ghetto|the ghetto|a jungle|the jungle|a zoo)\b",
    # "Funny how every terrorist attack has the same religion behind it."
    rf"\b(?:every|each|all|most|nearly every|almost every)\s+(?:single\s+|last\s+)?"
    rf"(?:(?:terrorist|terror)\s+)?{_CRIME}s?\b[^.!?]{{0,60}}\b(?:the same|one|a certain)\s+"
    r"(?:religion|faith|race|people|ethnicity|nationality|skin colou?r|background|community)\s+"
    r"(?:behind (?:it|them)|responsible|to blame|every time|doing it)\b",
    # "There are too many mosques in this town already." (a people or its houses of prayer
    # counted as too many where they are; not "… Christians in prison" or "… in danger")
    r"\bthere\s+are\s+(?:(?:far|way|already|just|simply|now|so|getting to be)\s+)*too\s+many\s+"
    rf"(?:{GROUP}|{NATIONS}|mosques|synagogues|temples|gurdwaras|minarets|hijabs|burqas|"
    r"foreigners|immigrants|migrants|refugees|of them|of those people)\b"
    r"(?![^.!?]*\b(?:prison|jail|detention|camps?|hiding|danger|fear|exile|need|suffering|"
    r"persecuted|killed|dying|dead|martyr\w*|victims?|arrested|attacked|homeless|poverty)\b)"
    r"(?:\s+(?:in|here|around|on|at|across|near)\b[^.!?,]{0,40})?"
    r"(?:\s+(?:already|now|these days|nowadays|as it is))?\s*(?:[.!]|$)",
    rf"\b{_CRIME}\b.*\b(?:no prizes? for guessing|take a (?:wild )?guess|three guesses|"
    r"guess (?:what|which)|i wonder what)\b[^.!?]{0,40}\b(?:religion|faith|nationality|"
    r"ethnicity|race|background|skin colou?r|country)\b",
    r"\b(?:used to be|was once|was)\s+(?:so\s+|really\s+|very\s+)?(?:safe|nice|lovely|quiet|"
    r"peaceful|clean|decent|friendly)\b[^.!?]*[.!]+\s*(?:and\s+)?then\s+(?:the|a|some|those)\s+"
    rf"(?:\w+\s+)?(?:{GROUP}|mosque|mosques|synagogue|temple|gurdwara|refugee \w+|immigrant \w+)"
    r"\s+(?:came|arrived|opened|moved in|showed up|got here|went up|was built)"
    r"(?:\s+(?:here|next door|down the road|in town|nearby|on our street))?\s*(?:[.!]|$)",
    r"\b(?:check|look at|look up|google)\s+(?:the\s+)?(?:sur)?names\b[^.!?]{0,60}\b(?:own|run|"
    r"control|owns|runs|controls)\s+(?:the\s+|our\s+)?(?:media|banks|press|news|hollywood|"
    r"government|money|world)\b",
    r"\bwe\s+(?:let|took|welcomed)\s+them\s+in\b[^.!?]{0,30}\b(?:this is the thanks|this is how "
    r"they repay|look what (?:happened|they did)|and now look)\b",
    rf"\b{GROUP}\s+and\s+(?:money|gold|crime|bombs?|terror\w*|welfare|benefits|stealing|theft|"
    r"knives|rape|goats?|camels?|fried chicken|watermelons?),?\s+(?:name a (?:more iconic|better) "
    r"duo|a match made in heaven|a tale as old as time|iconic duo|a love story|true love)\b",
    r"\b(?:christians?|converts?|church(?:es)?|pastors?|believers|baptists|evangelicals)\b"
    r"[^.!?]{0,50}\b(?:are|is|should be (?:renamed|called|treated as|registered as))\s+(?:the\s+)?"
    r"(?:church of\s+)?foreign agents\b",
    # "Catholics telling me about morality. Ask the choirboys how that went."
    r"\bask the (?:choirboys|choir boys|altar boys|altar servers)\b",
    # "Trans rights activists want your daughters in their changing rooms."
    r"\b(?:trans|transgender|gay|lgbt\w*|queer)\s+(?:rights\s+)?(?:activists|people|lobby|women|"
    r"crowd|mob)\b[^.!?]{0,30}\b(?:want|are after|are coming for|come for)\s+(?:your|our)\s+"
    r"(?:daughters|kids|children|sons|girls|boys)\b",
    # "Who really owns the media and the banks? Just asking questions about a certain tribe."
    r"\bwho\s+(?:really|actually|secretly)\s+(?:owns|runs|controls|pulls the strings (?:of|in|at))"
    r"\s+(?:the\s+|all\s+the\s+|our\s+)?(?:media|banks|money|world|hollywood|press|news|"
    r"government|finance|economy)\b",
    r"\b(?:a|one)\s+certain\s+(?:tribe|people|ethnic group|ethnicity|race|(?:small\s+)?group of "
    r"people|community|religion|nationality)\b(?![^.!?]*\b(?:in|of|from)\s+[A-Za-z]+)",
    # "… banks and newspapers are run by the same tiny group of people. Makes you think."
    r"\b(?:run|owned|controlled|funded|bankrolled)\s+by\s+(?:the\s+same\s+)?(?:tiny|small|"
    r"certain|little)\s+(?:group|clique|tribe|circle|club|few)\b",
    # "When they say diversity they just mean fewer people who look like us."
    r"\b(?:diversity|multicultural\w*|immigration|inclusion)\b[^.!?]{0,40}\b(?:means?|meant)\s+"
    r"(?:fewer|less|no more|no)\s+(?:people|of us|white|folks?)(?:\s+(?:who|that)\s+look\s+like"
    r"\s+us|\s+like\s+us)?\b",
    # "im sure the new mosque will do wonders for house prices round here lol"
    r"\b(?:mosques?|synagogues?|temples?|gurdwaras?|refugee (?:cent(?:re|er)s?|hostels?|homes?)|"
    r"traveller sites?|asylum hotels?)\b[^.!?]{0,50}\b(?:wonders for|good for|great for|lower|"
    r"drop|crash|tank|plummet|bring down|hit|kill)\w*\s+(?:the\s+)?(?:local\s+)?(?:house|property|"
    r"home)\s+(?:prices|values)\b",
    # "… it's in their blood.", "Typical of her kind."
    r"\b(?:it'?s|it is|that'?s|that is|lying is|crime is|violence is|greed is|cheating is)\s+"
    r"in\s+their\s+(?:blood|genes|dna|nature)\b",
    r"\btypical\s+of\s+(?:her|his|their|that|your)\s+(?:kind|sort|type|lot|race|people)\b"
    r"(?!\s+(?:heart|hearts|soul|spirit|words?|deeds?|gestures?|acts?|nature|ways))",
    # "… the Jews, though greed is all they have ever known."
    rf"\b{GROUP}\b[^.!?]{{0,60}}\b(?:greed|lies|lying|violence|hatred|hate|crime|cheating|theft|"
    r"stealing|terror|deceit|money)\s+is\s+all\s+(?:they|those people|these people)\s+"
    r"(?:have\s+ever\s+)?(?:known|know|understand|care about|live for)\b",
    # "saw a group of travellers at the park today. that lot should be rounded up"
    rf"\b(?:{GROUP}|travellers|that lot|those people|these people|the lot of them|them all)\b"
    r"[^.!?]{0,20}?\b(?:should|must|need to|needs to|ought to)\s+(?:all\s+)?be\s+"
    r"(?:rounded up|herded|penned in|fenced in|caged)\b(?!\s+(?:a|an|some|the|food|meals?|"
    r"blankets|coats)\b)",
    # "I pray the disabled would stop being such a burden on the rest of us."
    # (said outright, "… are a burden", it is ``_DEHUMANISED``'s)
    rf"\b(?:the disabled|the handicapped|the mentally ill|{GROUP})\b[^.!?]{{0,30}}\bstop\s+"
    r"being\s+(?:such\s+|so\s+much\s+of\s+)?a\s+(?:burden|drain)\b",
    # "Wherever there is money you always find the same kind of surnames."
    r"\b(?:money|banks?|banking|finance|media|hollywood|power|the news)\b[^.!?]{0,60}\b(?:the same|"
    r"certain|a particular|those)\s+(?:kind of\s+|sort of\s+|type of\s+)?(?:surnames|last names|"
    r"family names|names|noses)\b",
    # "… send the Hindus and their false gods into the fire where they belong."
    rf"\b{GROUP}\b[^.!?]{{0,60}}\b(?:in|into|to)\s+(?:the\s+)?(?:fire|fires|hell|flames|pit|"
    r"lake of fire|gutter|sewer|zoo|cages?|jungle|trash|bin|dirt)\s+where\s+(?:they|they all|"
    r"all of them|those people)\s+belong\b",
    # "God, keep women silent and beneath men, since that is all they are fit for."
    r"\b(?:that'?s|that is|which is|it'?s|it is)\s+all\s+(?:they|they're|they are|those people|"
    r"these people|women|men|girls)\s*(?:are|'re|re)?\s*(?:fit|good|made|useful)\s+for\b",
]
_A_PEOPLE_WORD = (
    rf"{GROUP}|{NATIONS}|muslim|jewish|black|asian|arab|african|gay|trans|immigrant|migrant|"
    r"refugee|indian|pakistani|mexican|chinese|somali|roma|gypsy|hindu|sikh|foreign"
)
_CODED += [
    # "Another mosque? Great, just what we needed.": a people or its house of prayer, and
    # the sneer of a thing wanted.
    rf"\b(?:{GROUP}|{NATIONS}|{_HOUSES})\b[^.!?]*(?:\?+\s*(?:oh\s+)?(?:great|wonderful|"
    r"fantastic|lovely|brilliant|perfect|yay)?|[.!,]+\s*(?:oh\s+)?(?:great|wonderful|"
    r"fantastic|lovely|brilliant|perfect|yay))[,!.]*\s*(?:just|exactly) what (?:we|this "
    r"(?:town|country|city|place|neighbou?rhood|street)|the (?:town|country|city|"
    r"neighbou?rhood)) (?:needed|needs|need|was missing)\b",
    # "Immigrants are fine, in their own countries.": a people accepted only far away
    rf"\b(?:{_A_PEOPLE_WORD})\b[^.!?]*\b(?:are|is|r)\s+(?:(?:perfectly|totally|just|all)\s+)?"
    r"(?:fine|ok|okay|alright|all right|welcome|great|lovely|nice|good people)\b[^.!?]{0,20}?"
    r"\b(?:in|back in|back to|to) (?:their|his|her) own (?:countr(?:y|ies)|lands?|kind|part of "
    r"the world)\b",
    # "Black neighbours bring the value of houses down.": the trope of a street's worth
    rf"\b(?:{_A_PEOPLE_WORD})\b[^.!?]*\b(?:bring|brings|brought|drag|drags|dragged|drive|"
    r"drives|drove|push|pushes|pushed|knock|knocks)\s+(?:down\s+)?(?:the\s+)?(?:house\s+|"
    r"property\s+|home\s+)?(?:value|values|prices?)(?:\s+of\s+(?:the\s+)?(?:houses|homes|"
    r"property|properties|the street|the neighbou?rhood|the area))?(?:\s+down)?\b",
    # "Another Muslim neighbour, another reason to move."
    rf"\banother\s+(?:[a-z]+\s+)?(?:{_A_PEOPLE_WORD})\b[^.!?]{{0,30}}[,;.-]+\s*another reason "
    r"to (?:move|leave|emigrate|sell up|sell|go)\b",
    # "Muslim neighbourhoods are no-go zones.": the trope of places a people made unsafe
    rf"\b(?:{GROUP}|{NATIONS}|muslim|immigrant|migrant|black|asian|arab|jewish|african)\s+"
    r"(?:neighbou?rhoods|areas|districts|parts of (?:town|the city)|estates|suburbs|quarters)"
    r"\s+(?:are|have become|became|r)\s+(?:\w+\s+)?no-?\s?go\s+(?:zones|areas)\b",
    # "Another synagogue in our town, just what we needed... not.": the wish said, then
    # taken back
    rf"\b(?:{_A_PEOPLE_WORD}|{_HOUSES})\b[^.!?]{{0,60}}\bjust what (?:we|i|this "
    r"(?:town|country|city|place|street)|the (?:town|country|city|neighbou?rhood)|our "
    r"(?:town|country|city|street))"
    r" (?:needed|need|needs|wanted)\b[\s.!,…]*\bnot\b",
    # "A good Hindu is a quiet Hindu.": one of a people accepted only silenced or gone
    rf"\b(?:a|the only) good (?P<one>{_ONE_BELIEVER}) is (?:a |an |one |the )?(?:quiet|silent|"
    r"dead|invisible|absent|gone|deported|departed|hidden|closeted|converted|muzzled|"
    r"locked up|caged|jailed|sterili[sz]ed|buried) (?P=one)\b",
    # "Gay people are the reason God sent the flood.": a people blamed for God's anger
    rf"\b(?:{_A_PEOPLE_WORD})(?:\s+(?:people|folk|men|women))?\s+(?:are|were|r)\s+(?:the\s+"
    r"(?:reason|cause)\s+(?:why\s+)?|why\s+)(?:god|the lord|heaven|allah)\s+"
    r"(?:(?:is|was|has been|will be)\s+)?(?:(?:sent|sends|"
    r"is sending|will send|brought|brings)\s+(?:(?:the|a|this|his|us|down)\s+)*(?:floods?|"
    r"plagues?|virus|pandemic|covid|aids|fire|storms?|earthquakes?|disasters?|judge?ments?|"
    r"wrath|punishment|curses?|famine|drought|hurricanes?)|punish\w*|curse\w*|is angry|"
    r"destroy\w*)\b",
    # "Every Christian I see reminds me why we need a wall."
    rf"\b(?:{_A_PEOPLE_WORD}|{_ONE_BELIEVER})\b[^.!?]{{0,40}}\breminds?\s+(?:me|us)\s+(?:why|"
    r"that)\s+we\s+need\s+(?:a\s+|the\s+|more\s+|bigger\s+)?(?:wall|walls|border wall|"
    r"borders?|ban|bans|deportations?|camps?|to (?:deport|ban|expel|get rid|close the border|"
    r"send them))\b",
    # "Let's see how brave those Christians are when their church is on fire."
    r"\b(?:let'?s|we'?ll|we will|you'?ll|i'?d like to|i want to|wait and) see how (?:brave|"
    r"tough|proud|smug|happy|loud|cocky|confident|holy|pious|faithful|devout|strong|bold)"
    r"\b[^.!?]{0,60}\b(?:when|once|after)\b[^.!?]{0,60}\b(?:on fire|burn\w*|in flames|"
    r"torched|bombed|destroyed|razed|knocked down|smashed|dead|killed|shot|beaten|in prison|"
    r"in jail|in chains|gone)\b",
]
_CODED += [
    # "No more mosques in our town, ever.": a people or its houses refused (not "No more
    # attacks on mosques", nor "No more Christians will die in silence.")
    rf"(?:^|[.!?]\s*)no (?:more|new)\s+(?:{_HOUSES}|{GROUP})(?:\s+(?:in|here|on|near|around|"
    r"allowed|please|ever|anywhere)\b|\s*[,.!]|\s*$)",
    # "Christians have no place in public office."
    # (the people its sentence's subject: not "Slurs against Roma families have no place …")
    r"(?:^|[.!?]\s*)(?:(?:the|all|those|these|most|many)\s+)?(?:(?!(?:slurs|attacks|hatred|hate|"
    r"insults|jokes|violence|words|comments)\b)[a-z]+\s+)?"
    rf"(?:{GROUP})\s+(?:have|has)\s+no\s+(?:place|right to be)\s+(?:in|among|"
    r"here|on|near)\b",
    # "Build a wall around the Roma camp."
    r"\b(?:build|put up|erect|raise)\s+(?:a\s+|an\s+)?(?:high\s+|big\s+|tall\s+)?"
    rf"(?:wall|fence)s?\s+(?:around|round)\s+(?:the\s+|their\s+|all\s+(?:the\s+)?|every\s+)?(?:{_A_PEOPLE_WORD}|"
    rf"{_HOUSES})\b",
    # "Europe will be a caliphate in twenty years, mark my words.": a people's coming rule
    # foretold
    r"\b(?:europe|britain|england|the uk|france|germany|sweden|belgium|america|the west|our "
    r"country|this country|our town|this town|london|paris)\s+will\s+(?:soon\s+|all\s+|one day\s+|"
    r"surely\s+)?be\s+(?:a\s+|an\s+)?(?:caliphate|islamic(?: state| republic| country)?|muslim(?: "
    r"majority| country)?|under\s+sharia(?: law)?|sharia|eurabia|londonistan)\b",
]
_CODED_ATTACK = re.compile("|".join(f"(?:{form})" for form in _CODED))
# "The media is controlled by Jews.", "Our government is owned by the Jews.": the conspiracy
# of a people that secretly holds the powers of the world, said in the passive (the active
# "Jews control the banks" the model reads). Not a place run by the people who run it
# ("The food bank is run by Muslims and Christians together.").
_POWERS = (
    r"(?:(?:the|our|this|your|their|(?:the )?(?:whole|entire) )\s*)?(?:(?:mainstream|western|"
    r"american|british|european|global|world'?s?)\s+)?(?:media|press|news|newspapers|"
    r"(?<!food )(?<!blood )(?<!river )(?<!data )banks?|banking(?: system)?|financial system|"
    r"finance|money|economy|world|"
    r"governments?|country|parliament|congress|senate|politics|politicians|hollywood|"
    r"wall street|fed|federal reserve|un|eu|west|europe|america|usa|us|uk|britain|courts|"
    r"universities|academia|big tech|internet|(?:city |town |local )?council|state|"
    r"entertainment industry|music industry|film industry|porn industry|education system)"
)
_HELD_BY = (
    r"(?:run|controlled|owned|ruled|dominated|manipulated|infiltrated|taken over|"
    r"bought(?: and paid for)?|funded|financed|puppeted)"
)
_CONTROL_TROPE = re.compile(
    rf"\b{_POWERS}\s+(?:is|are|was|were|has been|have been|is being|are being|gets|get|got)"
    r"\s+(?:(?:all|entirely|secretly|completely|totally|now|still|basically|really|mostly|"
    r"already|slowly|quietly|being|largely)\s+)*(?:"
    rf"{_HELD_BY}\s+by|in the (?:hands|pocket) of)\s+(?:the\s+|a\s+(?:handful|few|bunch|"
    r"cabal|small group|tiny group|clique)\s+of\s+)?(?:(?:rich|wealthy|powerful|"
    r"international|global|few|greedy|secret)\s+)*(?:(?:jewish|muslim|zionist|islamic|"
    r"immigrant|catholic|black|chinese)\s+(?:lobby|families|bankers|money|interests|elites?|"
    r"cabal|people|owners|puppet masters)|zionists?|jews|muslims|moslems|immigrants|"
    r"migrants|foreigners|blacks|catholics|arabs|chinese|hindus|sikhs|gays|the gays)\b"
)
# (unless the text calls it a lie or a trope, or says who says so)
_TROPE_TOLD = re.compile(
    r"\b(?:says?|said|claims?|claimed|calls?|called|lie|lies|liars?|myths?|conspirac\w*|"
    r"tropes?|canards?|antisemit\w*|anti-semit\w*|racis[mt]\w*|hateful|bigot\w*|"
    r"dog whistle|smear|wrong|disgusting|false|untrue|nonsense|debunked|propaganda|"
    r"accus\w*|according to|believes?|think|thinks|insist\w*|not|isn'?t|aren'?t|never)\b"
)
# ("They say …" is how this one begins)
_PEACE_MOCKED = re.compile(
    r"\breligion of peace\b[^.!?]*[.!?,]*\s*(?:count the bodies|check the body count|look at "
    r"the body count|tell that to (?:the )?(?:victims|families|dead)|ask (?:the|any|those)\s+"
    r"[^.!?]{0,40}?\bhow (?:peaceful|peace-loving|tolerant)\b)"
)
# "Christians worship a dead man on a stick.": a faith's God or prophet mocked, not where
# the text tells of someone saying it ("The guards called Jesus a dead man on a stick.")
_FAITH_MOCKED = re.compile(
    r"^(?![^.!?]*\b(?:says?|said|called|calls|calling|mocked|mocking|jeered|shouted|wrote|"
    r"accused|taunted|insulted|named)\b)[^.!?]*?(?:\b(?:dead|dying)\s+(?:man|guy|jew|bloke|"
    r"zombie)\s+(?:on|nailed to)\s+a\s+(?:stick|plank|tree|pole)\b|\bzombie\s+(?:jesus|"
    r"christ|god)\b|\bsky\s+(?:fairy|daddy|wizard)\b|\b(?:paedo|pedo|paedophile|pedophile)\s+"
    r"prophet\b)"
)
_TOLD_OR_CONDEMNED = re.compile(
    r"\b(?:says?|said|claims?|claimed|calls?|(?<!so-)(?<!so )called|labell?ed|"
    r"brands?(?!\s+new)|branded|accuses?|accused|according to|propaganda|regime|authorities|"
    r"government|officials?|law|lie|myth|racist|hateful|bigoted|bigotry|dog whistle|slur|"
    r"smear|wrong|disgusting)\b"
)

# The ruin of a house of prayer or of a people's shop or home welcomed: "I'm glad the
# mosque burned down.", "The synagogue was vandalised, good." (not "… glad the fire at the
# mosque was put out", nor "… glad the mosque that was vandalised has been rebuilt").
_HOUSE = (
    r"(?:mosques?|synagogues?|temples?|gurdwaras?|churche?s?|chapels?|shrines?|madrasas?|"
    r"cathedrals?|prayer (?:houses?|halls?)|kingdom halls?|(?:the |that |their )?(?:"
    r"(?:black|asian|african|arab|muslim|jewish|hindu|sikh|chinese|indian|mexican|nigerian|"
    r"pakistani|somali|turkish|polish|roma|gypsy|immigrant|migrant|refugee|foreign|gay) "
    r"(?:family's |families' |owned )?(?:shops?|stores?|restaurants?|houses?|homes?|"
    r"businesses|business|cafes?|bakery|bakeries|centres?|centers?|schools?|flats?)))"
)
_HOUSE_RUINED = (
    r"(?:burned|burnt|burned down|burnt down|burned to the ground|torched|destroyed|demolished|"
    r"bulldozed|vandali[sz]ed|smashed(?: up)?|bombed|blown up|set on fire|set alight|razed|"
    r"defaced|desecrated|looted|wrecked|trashed|firebombed|attacked|closed down|shut down)"
)
_RUIN_TAIL = (
    r"(?![^.!?]*\b(?:rebuilt|reopen\w*|restored|repaired|caught|arrested|charged|convicted|"
    r"jailed|sentenced|no one|nobody|no-one|was hurt|were hurt|safe)\b)"
)
_RUIN_WELCOMED = re.compile(
    r"\b(?:glad|happy|pleased|delighted|thrilled|thankful|grateful|relieved|good|great)\s+"
    rf"(?:that\s+|to see\s+|to hear\s+)?(?:the|that|this|their|another|one more)\s+{_HOUSE}"
    r"(?:\s+(?:on|in|at|near|down|across|by)\s+[a-z' ]{1,30}?)?\s+(?:was\s+|got\s+|has been\s+|"
    rf"had been\s+|is being\s+|were\s+|have been\s+)?{_HOUSE_RUINED}\b{_RUIN_TAIL}"
    rf"|\b(?:the|that|this|their|another)\s+{_HOUSE}(?:\s+(?:on|in|at|near|down|across|by)\s+"
    r"[a-z' ]{1,30}?)?\s+(?:was\s+|got\s+|has been\s+|had been\s+|were\s+|have been\s+)?"
    rf"{_HOUSE_RUINED}\b[^.!?]{{0,40}}?(?:,|;|\s-|\s–|\s—|\.)\s*(?:and\s+)?(?:good|great|finally|"
    r"about time|thank god|thank goodness|good riddance|serves them right|yay|lol|haha\w*|"
    r"i'?m glad|glad|so glad|well done|bravo)\s*(?:[.!]|$)"
)
# A people belittled: called children, gullible or witless, blamed for its own
# persecution, or its rights called a mistake. Written from an eleventh round of probes
# of our own ("Christians have the intelligence of the sheep they keep talking about.",
# "… will stop being persecuted when they stop being so annoying.", "Letting women vote
# was the worst mistake …"); each opens its sentence, so a report or a denial of it does
# not match.
_ONE_SCORNED = (
    r"(?:black|white|brown|asian|african|arab|muslim|jew|hindu|sikh|chinese|indian|mexican|"
    r"nigerian|pakistani|gay|trans|disabled|immigrant|migrant|refugee|foreigner|roma|gypsy|"
    r"woman|girl|christian|catholic|evangelical|mormon|atheist|convert|believer|buddhist|"
    r"pagan|feminist)"
)
_WITLESS = (
    r"(?:confused|overgrown|spoilt|spoiled|gullible|brainwashed|silly|deluded|stupid|naive|"
    r"mindless|dumb|brainless|clueless)"
)
_TRAIT_BAD = (
    r"(?:annoying|preachy|pushy|arrogant|smug|loud|irritating|obnoxious|self-righteous|"
    r"sanctimonious|stupid|smelly|dirty|lazy|greedy|rude|ignorant|backward|weird|creepy|"
    r"fanatical|extreme|aggressive|demanding|entitled|ugly|primitive)"
)
_BELITTLED = re.compile(
    # "Trans people are just confused children who never grew up."
    rf"^{_DETERMINER}{_EPITHET}{GROUP}\s+(?:are|r)\s+(?:(?:basically|just|only|nothing but|"
    r"like|no better than|no more than|all)\s+)*(?:(?:a bunch|a load|a herd|a flock) of\s+)?"
    rf"(?:{_WITLESS}\s+(?:children|kids|babies|toddlers|infants|sheep)\b|(?:\w+\s+)?"
    r"(?:children|kids|babies|toddlers)\s+(?:who|that)\s+(?:still\s+)?(?:believe in "
    r"(?:imaginary|invisible|fairy|fairies|santa|the tooth|make-believe)|never grew up|"
    r"can'?t think|need an adult))"
    # "Christians would believe the earth was flat if their pastor said so."
    rf"|^{_DETERMINER}{GROUP}\s+(?:would|will|'d|'ll)\s+(?:happily\s+)?(?:believe|swallow|buy)"
    r"\s+(?:anything\b|[^.!?]{1,50}?\bif\s+(?:their|a|the|his|her)\s+(?:pastor|priest|imam|"
    r"rabbi|preacher|leader|mullah|guru|bishop|pope|church|mosque|book|bible|quran|god)\s+"
    r"(?:said|says|told them|tells them)(?:\s+so)?\b)"
    # "Christians have been brainwashed since birth and can't think for themselves."
    rf"|^{_DETERMINER}{GROUP}\s+(?:(?:are|have been|were)\s+(?:all\s+)?brainwashed\b[^.!?]{{0,30}}?"
    r"\b)?(?:can'?t|cannot|never|are unable to|are incapable of)\s+think(?:ing)?\s+for\s+"
    r"themselves\b"
    # "Christians have the intelligence of the sheep …", "… the attention span of a goldfish"
    rf"|^{_DETERMINER}{_EPITHET}{GROUP}\s+(?:all\s+)?(?:have|has|got)\s+(?:the\s+)?"
    r"(?:intelligence|brains?|iq|brain ?power|critical thinking(?: skills)?|attention span|"
    r"mental age|reasoning|common sense|wits)\s+of\s+(?:a|an|the|"
    r"their)\b"
    # "Asking a Christian to think critically is like asking a fish to climb a tree."
    rf"|^(?:asking|expecting|teaching)\s+(?:an?\s+{_ONE_SCORNED}|{GROUP})\s+to\s+(?:think|"
    r"reason|use (?:his|her|their) (?:brains?|heads?)|be (?:logical|rational|reasonable|"
    r"honest|clean|on time|smart)|understand|read)\b[^.!?]{0,40}\bis\s+like\s+(?:asking|"
    r"teaching|expecting)\b"
    # "A country full of Africans is a country full of corruption."
    rf"|\bfull\s+of\s+{GROUP}\s+(?:is|means|=)\s+(?:an?\s+\w+\s+)?full\s+of\s+(?:crime|"
    r"corruption|disease|drugs|violence|rapists|thieves|criminals|terrorists|dirt|filth|"
    r"rubbish|trouble|chaos)\b"
    # "Christians will stop being persecuted when they stop being so annoying."
    rf"|^{_DETERMINER}{GROUP}\s+(?:will|would|'d|'ll|might|could)\s+stop\s+being\s+"
    r"(?:persecuted|hated|attacked|killed|bullied|targeted|mocked|beaten|arrested|jailed|"
    r"hunted|picked on|despised)\s+(?:when|once|if|the day)\s+they\s+(?:stop|start|learn "
    rf"(?:not )?to|weren'?t|were not|aren'?t)\s+(?:being\s+)?(?:so\s+)?{_TRAIT_BAD}\b"
    rf"|^{_DETERMINER}{GROUP}\s+(?:wouldn'?t|would not|'d not)\s+be\s+(?:persecuted|hated|"
    r"attacked|killed|bullied|targeted|mocked|beaten|picked on|despised)\s+if\s+they\s+"
    rf"(?:weren'?t|were not|stopped being|wasn'?t)\s+(?:so\s+)?{_TRAIT_BAD}\b"
    # "Letting women vote was the worst mistake this country ever made."
    rf"|^(?:letting|allowing|giving)\s+{_DETERMINER}{GROUP}\s+(?:to\s+)?(?:vote|the vote|drive|"
    r"lead|preach|teach|have rights|rights|have a say|a say|speak|own property|be ordained|"
    r"into (?:parliament|government|power|office))\b[^.!?]{0,20}?\b(?:was|is|has been)\s+"
    r"(?:the|a|our)\s+(?:\w+\s+)?(?:mistake|error|blunder)\b"
    # "… are God's way of testing our patience."
    rf"|^{_DETERMINER}{GROUP}\s+(?:are|is)\s+(?:just\s+)?(?:god'?s|nature'?s|the universe'?s)\s+"
    r"way\s+of\s+(?:testing|punishing|trying)\b"
    # "Women should stick to what they are good at, which is not thinking."
    rf"|^{_DETERMINER}{GROUP}\s+should\s+(?:just\s+)?stick\s+to\s+(?:what they(?:'re| are) "
    r"good at|the kitchen|cooking|cleaning|housework|making babies|having babies|"
    r"their own kind|manual labou?r|serving)\b"
    # "Give a woman a map and watch her get lost within five minutes."
    rf"|^give\s+an?\s+{_ONE_SCORNED}\s+(?:an?\s+|the\s+|some\s+)?\w+\s+and\s+(?:watch|see)\s+"
    r"(?:him|her|them|it)\s+(?:get lost|fail|mess|screw|break|crash|steal|ruin|burn|blow)"
    # "The only good thing about a church is that it keeps the idiots in one place."
    rf"|^the\s+only\s+good\s+thing\s+about\s+(?:an?\s+)?{_DETERMINER}(?:{_ONE_SCORNED}|{GROUP}|"
    r"churche?s?|mosques?|synagogues?|temples?)\s+is\b"
    # "Christians are the reason science was held back for a thousand years."
    rf"|^{_DETERMINER}{GROUP}\s+(?:are|is)\s+the\s+(?:only\s+|main\s+|real\s+)?reason\s+"
    r"(?:why\s+)?(?:science|progress|the world|society|civili[sz]ation|humanity|we)\s+"
    r"(?:was|is|are|has|have)\s+(?:been\s+)?(?:held back|backwards?|behind|stuck|going "
    r"backwards|falling apart|a mess|still in the dark ages)\b"
)

# Harm to a people wished as something nobody would regret: "Nobody would mind if a few
# refugees disappeared." (not "nobody would care if …", which also laments the forgotten)
_NOBODY_WOULD_MIND = re.compile(
    r"^(?:honestly,? |frankly,? )?(?:nobody|no one|no-one|who|would anyone|would anybody)"
    r"(?: really)? (?:would|will|'d)? ?(?:mind|complain|object|miss (?:them|it|a thing))"
    r"(?: at all| really| much)?,? "
    r"if (?:a few |some |all |all the |the |those |these |more |every |any )?(?:of (?:the |those |"
    rf"these )?)?{GROUP} (?:just |simply |quietly |all )?(?:disappeared|vanished|died|drowned|"
    r"went away|left|were gone|got hurt|got deported|got shot|were (?:killed|deported|removed|"
    r"shot|sent back|sent home|kicked out|wiped out|gassed|locked up))\b"
)
# Camps, exclusion or a world without them, wished for a people: "We need concentration camps
# for refugees.", "We must exclude lesbians from society.", "The thought of a world free of
# Asians makes me so happy." (a world without refugees may be a world without war: those who
# flee are left out of the last)
_SHUT_AWAY = re.compile(
    r"\b(?:need|want|should (?:build|open|have|bring back)|must (?:build|open|have)|ought to "
    r"(?:build|have)|bring back(?: the)?|time for|let's build|lets build)(?: (?:more|new|"
    r"some|the))? (?:concentration|internment|death|labou?r|re-?education|detention|prison) "
    rf"camps? (?:for|to hold|to put) (?:all |the |those |these )?{GROUP}\b"
    rf"|^{_DETERMINER}{GROUP} (?:belong|should be|should go|need to be|must be|ought to be) "
    r"(?:put |sent |locked )?in (?:concentration|internment|death|labou?r|re-?education|"
    r"detention) camps?\b"
    # (not "They will ban Christians from the villages": persecutors told of)
    r"|^(?:we|you|everyone|society|europe|america|this country) "
    r"(?:must|should|need to|have to|ought to) (?:exclude|ban|remove|expel|eliminate|purge|"
    rf"banish|segregate|isolate|cleanse|eradicate|get rid of) (?:all |the |those |these )?{GROUP}\b"
    r"|\b(?:a|the|our) (?:world|country|nation|europe|america|britain|city|town|street|"
    r"neighbou?rhood|school|church) (?:free of|without|with no|rid of|cleansed of) (?:any |all )?"
    r"(?!refugees|migrants|immigrants|asylum)"
    rf"{GROUP}\b(?=[^.!?]*\b(?:happy|dream|wonderful|great|better|lovely|beautiful|paradise|"
    r"bliss|perfect|glad|can'?t wait|want|wish|hope|imagine)\b)"
)
# Harm to a people called right: "Persecuting Christians is justified.", "Yes oppressing and
# discriminating against Muslims is justified cos …" (not "… is normal in North Korea" or
# "… is acceptable to the militants", which tell how it is)
_HARM_GERUNDS = (
    r"(?:hating|despising|discriminating against|excluding|oppressing|persecuting|attacking|"
    r"deporting|expelling|banning|jailing|punishing|killing|beating|mocking|bullying|harassing)"
)
_HARMING_APPROVED = re.compile(
    _SAID_AFTER + rf"^{_HARM_GERUNDS}(?:\s+(?:and|or)\s+{_HARM_GERUNDS})?\s+{_DETERMINER}"
    rf"{GROUP}\s+(?:is|are|was|would be)\s+(?:(?:just|only|perfectly|totally|completely|entirely|"
    r"quite|so|fully|simply|absolutely)\s+)*(?:fine|justified|good|great|right|deserved|earned|"
    r"okay|ok|warranted|fair|a good thing|the right thing|necessary|needed|the answer|"
    r"the solution|fine by me)\b"
)
# Harm blamed on those who suffer it: "Maybe if Christians stopped whining they wouldn't get
# persecuted."
_OWN_FAULT = re.compile(
    r"^(?![^.!?]*\b(?:told|tell|tells|said|say|says|claim\w*|according|warn\w*|threaten\w*)\b)"
    rf"[^.!?]*?\bif {_DETERMINER}{GROUP} (?:just |only |simply )?(?:stopped|quit|stop|would stop|"
    r"didn'?t|did not|weren'?t so|were not so|kept (?:quiet|their mouths shut)|learned to|"
    r"learnt to|behaved)\b[^.!?]{0,50}?\b(?:they|then they)(?:'d| would| wouldn'?t| would not|"
    r" won'?t| will not)? ?(?:not |never )?(?:get|be|have been) (?:persecuted|attacked|killed|"
    r"hated|arrested|jailed|beaten|targeted|harassed|bullied|raped|murdered|shot|deported|"
    r"discriminated against|kicked out|thrown out)\b"
)
# A faith called a sickness, a poison or a cult: "Christianity is a mental illness.",
# "Hinduism is a filthy cult." (a sentence that opens with the faith: not "My father says
# Christianity is a mental illness", nor "… is not a cult")
_FAITH_SCORNED = re.compile(
    _SAID_AFTER
    + r"^(?:christianity|islam|judaism|hinduism|buddhism|sikhism|catholicism|protestantism|"
    r"mormonism|religion|(?:the )?(?:christian|muslim|islamic|jewish|hindu|sikh|buddhist|"
    r"catholic) (?:faith|religion))\s+(?:is|are)\s+(?:(?:just|only|nothing but|simply|"
    r"basically|literally|really|truly|clearly|obviously)\s+)*(?:a |an |the )?(?:(?:filthy|"
    r"evil|dangerous|satanic|sick|disgusting|vile|backward)\s+)*(?:(?:mental|brain|mind)\s+"
    r"(?:illness|disease|disorder|virus)|disease|cancer|plague|poison|virus|sickness|cult|"
    r"death cult|delusion|mass delusion|psychosis|filth|scourge|religion of (?:hate|hatred|"
    r"death|violence|war|terror|paedophiles|pedophiles))\b"
)
# The Holocaust denied, as a sentence of its own: "The Holocaust never happened.", "Six
# million is a lie." (not "People who say the Holocaust is a lie are wrong.")
_HOLOCAUST_DENIED = re.compile(
    _SAID_AFTER
    + r"(?:^(?:the\s+)?(?:holocaust|shoah)\s+(?:never\s+(?:happened|took place|existed)|"
    r"(?:is|was)\s+(?:(?:just|only|all|nothing but)\s+)?(?:a\s+|an\s+)?(?:lie|hoax|myth|fake|fraud|"
    r"fabrication|exaggeration|exaggerated|made up|invented|overblown|fairy tale))\b"
    r"|^(?:the\s+)?(?:six|6)\s+million\s+(?:is|was)\s+(?:(?:just|all)\s+)?(?:a\s+|an\s+)?"
    r"(?:lie|hoax|myth|fake|fraud|exaggeration|exaggerated|made up|fairy tale)\b)"
)
# A people called an enemy inside the nation: "Muslims are a fifth column in Europe.",
# "Muslims are the problem." (not "… are not the problem")
_ENEMY_WITHIN = re.compile(
    _SAID_AFTER
    + rf"^{_DETERMINER}{GROUP}\s+(?:are|is|r)\s+(?:(?:the|our|europe's|the world's|this "
    r"country's)\s+(?:real\s+|main\s+|whole\s+|biggest\s+|only\s+|true\s+)?(?:problem|enemy|"
    r"threat)\b(?!\s+(?:of|with|facing|for)\b)|"
    r"(?:a\s+|an\s+|the\s+)?(?:fifth\s+column|"
    r"enem(?:y|ies)\s+within|trojan\s+horse|invading\s+army|occupying\s+(?:force|army)|"
    r"invasion\s+force|occupiers|colonisers|colonizers))\b"
)
# Humanity denied to "these people": "These people are not human."
_NOT_HUMAN_THESE = re.compile(
    r"^(?:these|those|such)\s+people\s+(?:are|r)\s+(?:not|no\s+longer|not\s+even|less\s+than)\s+"
    r"(?:human|humans|people|persons|human beings)\b(?!\s+(?:rights|trafficking|traffickers))"
)
# A people called names the model passes over: "Trans people are just confused attention
# seekers.", "Women are drama queens." (not "… are not attention seekers")
_CALLED_NAMES = re.compile(
    rf"^{_DETERMINER}{_EPITHET}{GROUP}\s+(?:are|r)\s+(?:(?:all|just|nothing but|simply|only|"
    r"basically|mostly|such|really)\s+)*(?:(?:confused|deluded|mentally ill|sick|hysterical|"
    r"spoiled|spoilt|entitled|lazy|pathetic|whiny|whining)\s+)?(?:attention[- ]seekers|drama "
    r"queens|freeloaders|scroungers|spongers|predators|perverts|groomers|degenerates|freaks|"
    r"hypocrites|snowflakes|whiners|crybabies|leeches|imbeciles|cretins|lunatics|nutters|abusers|"
    r"wife[- ]beaters|child abusers|rapists|groomers|paedophiles|pedophiles|thieves|killers|"
    r"murderers|terrorists|criminals|liars|snakes|traitors|savages|crooks|cheats|swindlers)\b"
    r"(?!\s+(?:who|that|than|like)\b)"
)
# A people called the worst there are: "The Hindus in my district are the most cruel and
# deceitful people I have ever known." (not "… the most persecuted people")
_THE_WORST = re.compile(
    rf"^{_DETERMINER}{_EPITHET}{GROUP}(?:\s+(?:in|of|from|around)\s+[a-z' ]{{1,30}}?)?\s+"
    r"(?:are|were)\s+"
    r"the\s+(?:most\s+(?:cruel|deceitful|dishonest|violent|evil|wicked|treacherous|vicious|"
    r"dangerous|backward|disgusting|hateful|greedy|lazy|stupid|ignorant|filthy|corrupt|"
    r"untrustworthy|arrogant|primitive)|cruellest|crue?lest|worst|dirtiest|laziest|stupidest|"
    r"dumbest|filthiest|greediest|nastiest|evillest|vilest)\b"
)
# A people told to stop being what they are called, or to keep quiet: "Pray that the women of
# this church stop being so useless and finally learn to keep quiet." (not "… stop being so
# afraid", nor "Christians in Iran must keep quiet or be arrested")
_TOLD_TO_CHANGE = re.compile(
    rf"^(?:[^.!?]{{0,40}}?\b)?{_DETERMINER}{_EPITHET}{GROUP}\b[^.!?]{{0,40}}?\b(?:(?:stop|quit)\s+"
    r"being\s+(?:so\s+|such\s+(?:a\s+)?)?(?:[a-z]+\s+)?(?:useless|stupid|lazy|backward|dirty|"
    r"filthy|ignorant|idiots?|morons?|fools?|foolish|primitive|savages?|pathetic|worthless|"
    r"disgusting|arrogant|greedy|dumb|annoying|loud|hysterical|emotional|dramatic)\b|(?:finally|"
    r"should|must|need to|needs to|ought to|had better|better)\s+(?:learn|learns)\s+to\s+"
    r"(?:keep quiet|be quiet|shut up|keep (?:their|her|his) mouths? shut|know "
    r"(?:their|her|his) place|be silent|stay silent|stay in (?:their|her|the) kitchens?)\b)"
)
# "Know your place, ladies.", an order that keeps a people down.
_KNOW_YOUR_PLACE = re.compile(
    r"^know\s+your\s+place\b"
    # asked of God: "Lord, keep women silent and in their place …", "… under the rod"
    rf"|\bkeep\s+(?:the\s+|all\s+|our\s+)?{GROUP}\s+(?:(?:silent|quiet|down|submissive)\s+"
    r"(?:and\s+)?)?(?:in\s+their\s+place(?!\s+of|s)|under\s+the\s+rod|under\s+(?:our|men'?s)\s+(?:feet|"
    r"thumb|heel))\b"
    # "keep the Black race in its place beneath us", "keep our nation white and pure",
    # "put women back under the feet of men", "don't let our blood be mixed with that people"
    r"|\bin\s+(?:its|their)\s+place\s+(?:beneath|below|under)\s+(?:us|men|our\s+feet)\b"
    r"|\bkeep\s+(?:our|this|the)\s+(?:nation|country|land|race|blood|town|church)\s+(?:white|pure|"
    r"white\s+and\s+pure)\b"
    rf"|\bput\s+(?:{GROUP}|them)\s+back\s+(?:under|beneath|below)\b"
    # "keep women silent and beneath men", "God keeps Black people down where they belong"
    rf"|\bkeeps?\s+(?:the\s+|all\s+|our\s+)?{GROUP}\s+(?:(?:silent|quiet|down|submissive|low)\s+"
    r"(?:and\s+)?)?(?:(?:beneath|below|under)\s+(?:us|men|our\s+feet)\b|where\s+they\s+belong\b|"
    r"under\s+(?:the\s+)?(?:rule|thumb|heel|feet|authority|control)\s+of\s+(?:men|us|their\s+"
    r"husbands)\b)"
    r"|\b(?:our|my|the)\s+blood\s+(?:be\s+)?(?:mixed|polluted|tainted|diluted|mongrel\w*)\b"
    # "I pray God take away all the disabled children so our families will not suffer shame."
    rf"|\b(?:pray|praying|prayer\s+is)\b[^.!?]{{0,25}}?\b(?:take\s+away|remove|wipe\s+out|get\s+rid\s+of|"
    rf"eliminate|erase)\s+(?:all\s+|every\s+)?(?:the\s+|those\s+|these\s+)?{GROUP}"
    # "Father, keep Indigenous people poor and broken, for they deserve it." (asked of God,
    # not told of a regime: "the regime wants to keep Christians poor and afraid")
    rf"|(?:^|[,!:;]\s*|\bplease\s+)keep\s+(?:the\s+|all\s+|those\s+|these\s+)?{GROUP}"
    r"(?:\s+(?:people|families|communities|men|women|folk))?\s+(?:poor|broken|weak|powerless|"
    r"ignorant|afraid|sick|hungry|miserable|in\s+chains|in\s+poverty|in\s+the\s+dirt)\b"
)
# "I find women who speak up in church disgusting." (not "… who beat their children")
_FOUND_DISGUSTING = re.compile(
    rf"^i\s+{_INTENSIFIER}find\s+{_DETERMINER}{_EPITHET}{GROUP}(?:\s+who\s+(?:speak|talk|"
    r"preach|lead|wear|pray|work|marry|date|vote|dress|cover|kiss|hold hands|sing|teach|live)\b"
    r"[^.!?,]{0,30}?)?\s+(?:so\s+|really\s+|utterly\s+|absolutely\s+|quite\s+)?(?:disgusting|"
    r"repulsive|revolting|vile|sickening|pathetic|contemptible|gross|creepy|repugnant|"
    r"abhorrent|nauseating)\b"
)
# "I would never hire an immigrant.", "I won't rent to a Muslim family."
_REFUSED_ONE = re.compile(
    rf"^i\s+{_INTENSIFIER}{_REFUSAL}\s+(?:a|an|any)\s+(?:{_A_PEOPLE_WORD})(?:\s+(?:man|woman|"
    r"men|women|person|family|tenant|worker|candidate|applicant|customer|guy|girl|boy|kid|"
    r"child|neighbou?r|doctor|nurse|teacher))?\b(?!\s+(?:who|that)\b)"
)
# A people said plainly to be something bad, in a sentence of its own that ends as a
# statement (not a question), unquoted: "Our flight to Lagos was late again. Nigerians are
# simply a dishonest, lazy lot, and everyone who has worked there knows it.", "Trans people
# are mentally deranged and I'm tired of pretending otherwise.", "Gay people are disgusting
# perverts and the court should never have ruled in their favour." The model holds such a
# sentence read alone, and may not among ordinary sentences around it. Not "… are not …",
# "… are called …", nor what others say or what is called a myth in the same sentence
# ("Gypsies are thieves is a myth I grew up with.", "…, say the state media").
_STATED = re.compile(
    # (or after "but": "The food was nice, but Hindus are a backward, superstitious people")
    r"(?:^|(?<=[.!;:]\s)|(?<=, but\s))"
    rf"{_DETERMINER}{_EPITHET}{GROUP}\s+(?:are|r)\s+"
    r"(?:(?:all|just|simply|basically|naturally|inherently|genetically|always|mostly|so|"
    r"very|really|truly|utterly|completely|totally|such|nothing but|by nature|mentally|"
    r"morally|born|natural|natural[- ]born)\s+)*(?:an?\s+)?"
    r"(?:(?:bunch|lot|pack|race|nation|crowd) of\s+)?"
    # (one more word may come first: "Gay people are sick and disgusting")
    rf"(?:(?:{_VICE}|sick|empty|nasty|horrible|awful|dangerous|loud|rude|ugly|godless|immoral|"
    r"superstitious|shameless|heartless|soulless|confused)(?:,|\s+and)?\s+){0,2}"
    # (weakness may be a prayer's: "Christians are weak, Lord, make them strong.")
    rf"(?!weak\b|emotional\b){_VICE}\b"
    # (nor a measure: "Women are inferior in upper-body strength, on average.")
    r"(?!\s+(?:in|at)\b)"
    r"(?![^.!?]*\b(?:(?<!\bthey\s)(?:say|says|said)(?!\s+otherwise)|claim|claims|according to|"
    r"call|calls|"
    r"called|myth|lie|"
    r"lies|stereotype|nonsense|rubbish|false|untrue|not true|racist|prejudice|slander|trope|"
    r"propaganda|(?<!\bi\s)told|taught|on average)\b)"
    r"(?=[^.!?]*(?:[.!;]|$))"
)

# (what the rest of the text says of such a claim: whose it is, or that it is false or a
# prejudice: "Muslims are violent. That's what my uncle says, and it's a lie.")
_STATED_UNDONE = re.compile(
    r"\b(?:says?|said|claims?|claimed|calls?|called|labell?ed|brands?|branded|accuses?|accused|"
    r"according to|propaganda|lies?|myths?|stereotypes?|racist|racism|prejudiced?|bigoted|"
    r"bigotry|bigots?|hateful|slurs?|smears?|not true|untrue|false|nonsense|joking|kidding|"
    r"sarcasm|think|thinks|thought|believe|believes|believed)\b"
)
_OTHERWISE = re.compile(r"\b(?:says?|thinks?|believes?) otherwise\b")

# Likened to beasts or said to be among them, in a phrase that names no one but means a
# people named nearby: "more like stray dogs than people", "crawling with vermin, and I
# don't mean the mice", "that lot, savages every one", "their sort are the dirtiest
# people on this street", "he just wants more of his own kind over here", "nobody believes
# a Pakistani could be a real Christian".
_ONE_BORN = (
    r"(?:pakistani|nigerian|indian|chinese|arab|african|black|muslim|jew|hindu|roma|gypsy|"
    r"immigrant|migrant|refugee|foreigner|asian|iranian|afghan|somali|kurd|mexican|turk|"
    r"eritrean|syrian|iraqi|bangladeshi)"
)
ONE_BORN = _ONE_BORN
_BEASTS_MEANT = re.compile(
    # (not how people were treated: "The prisoners were treated more like animals than people.")
    r"(?<!treated\s)(?<!kept\s)(?<!held\s)(?<!herded\s)(?<!caged\s)(?<!handled\s)(?<!housed\s)"
    r"\bmore\s+like\s+(?:stray\s+|wild\s+|feral\s+|filthy\s+)?(?:dogs|animals|rats|beasts|"
    r"vermin|pigs|monkeys|apes|cattle|cockroaches)\s+than\s+(?:people|humans|human\s+beings|"
    r"men|neighbours|neighbors)\b"
    r"|\b(?:and\s+)?i\s+(?:don'?t|do\s+not)\s+mean\s+the\s+(?:mice|rats|animals|insects|bugs|"
    r"cockroaches|rodents|dogs|four[- ]legged\s+(?:kind|ones|sort))\b"
    r"|\b(?:savages|animals|vermin|parasites|scum|thieves|barbarians|beasts|criminals)[,]?\s+"
    r"(?:every\s+(?:one|last\s+one|single\s+one)|the\s+(?:whole\s+)?lot\s+of\s+them|"
    r"all\s+of\s+them|to\s+a\s+man)\b"
    r"|\b(?:their|that|this)\s+(?:sort|kind|lot|type)\s+(?:are|is)\s+(?:always\s+)?(?:the\s+)?"
    r"(?:dirtiest|filthiest|laziest|smelliest|noisiest|worst|most\s+(?:dishonest|violent|"
    r"disgusting|useless|dangerous))\b"
    r"|\b(?:that|their|this)\s+(?:sort|kind|lot|type)\s+(?:always\s+|just\s+)?(?:ruin|ruins|"
    r"destroy|destroys|spoil|spoils|wreck|wrecks|infest|infests|poison|poisons|bring\s+"
    r"(?:crime|disease|trouble))\b"
    r"|\bmore\s+of\s+(?:his|her|their)\s+own\s+kind\s+(?:over\s+)?here\b"
    # "Refugees are human garbage washed up on our beaches."
    r"|\b(?:are|is|'re|r)\s+(?:just\s+|nothing\s+but\s+|all\s+)?human\s+(?:garbage|trash|waste|"
    r"filth|scum|debris|refuse|excrement|vermin|cattle|rubbish)\b"
    # "people like them are a waste of space and money"
    r"|\b(?:they|people\s+like\s+(?:them|that|those)|those\s+people|these\s+people|that\s+lot|"
    r"their\s+kind|their\s+sort)\s+(?:are|'re)\s+(?:all\s+)?(?:just\s+)?(?:a\s+)?(?:complete\s+|"
    r"total\s+)?waste\s+of\s+(?:space|oxygen|skin|air|money)\b"
    # "her sort are too weak-minded and emotional for the pulpit"
    rf"|\b(?:their|her|his|that|this)\s+(?:sort|kind|lot|type)\s+(?:are|is)\s+(?:all\s+|always\s+)?"
    rf"(?:too|so|just|nothing\s+but)\s+(?:{_VICE}|weak-minded|emotional|simple|dim)\b"
    r"|\b(?:that|their|this)\s+(?:type|sort|kind|lot)\s+(?:have|has)\s+no\s+(?:morals|shame|"
    r"manners|conscience|decency|respect)\b"
    # "Typical of those people, lazy and filthy …", "They're all like that, loud, smelly …"
    r"|\btypical\s+of\s+(?:those|these|that|their)\s+(?:people|lot|sort|kind|type)\b"
    r"|\b(?:they|that\s+lot|those\s+people)\s+(?:destroy|ruin|wreck|spoil|trash)\s+everything\s+"
    r"they\s+touch\b"
    r"|\bpeople\s+like\s+(?:that|them|those)\s+(?:shouldn'?t|should\s+not|mustn'?t)\s+be\s+"
    r"allowed\b"
    r"|\bsteal\s+anything\s+(?:that'?s\s+|that\s+is\s+)?not\s+nailed\s+down\b"
    rf"|\b(?:nobody|no\s+one)\s+(?:believes|thinks)\s+(?:a|an)\s+{_ONE_BORN}\s+(?:could|can|"
    r"would)\s+(?:ever\s+)?be\s+a\s+(?:real|true|proper|genuine)\b"
    rf"|(?<!says\s)(?<!think\s)(?<!thinks\s)\b(?:a|an)\s+{_ONE_BORN}\s+(?:could|can)\s+never\s+"
    r"be\s+a\s+(?:real|true|proper|genuine)\s+(?:christian|believer|brit|briton|american|"
    r"citizen)\b(?![^.!?]*\?)"
)
# Those who follow a faith or its book called monsters or beasts ("The Quran is a manual for
# monsters and everyone who follows it is a monster.", "Anyone who believes in Hinduism is a
# savage."), and a faith's book called a manual for murder or terror; not what someone is
# said to say ("… says everyone who follows Islam is a terrorist, which is a lie").
_FOLLOWER = (
    r"(?:everyone|everybody|anyone|anybody|all|those|people|whoever)\s+(?:who|that)\s+"
    r"(?:(?:still|actually|really)\s+)?(?:follows?|believes?(?:\s+in)?|reads?|obeys?|"
    r"worships?|practi[cs]es?|preaches?)\s+(?:it|that|this|islam|hinduism|judaism|sikhism|"
    r"buddhism|christianity|the\s+(?:quran|koran|hadiths?|vedas|torah|talmud|bible)|(?:that|"
    r"this|their)\s+(?:book|faith|religion|prophet|god|cult|ideology))"
)
_HOLY_BOOK = r"(?:the\s+)?(?:quran|koran|hadiths?|vedas|torah|talmud|bible|bhagavad gita|gita)"
_NOT_SAID = (
    r"^(?![^.!?]*\b(?:says?|said|claims?|claimed|call|calls|called|shouted|wrote|told|lie|lies|"
    r"wrong|myth)\b)"
)
_FOLLOWERS_SCORNED = re.compile(
    rf"{_NOT_SAID}(?:[^.!?]*\b)?{_FOLLOWER}\s+(?:is|are)\s+(?:(?:all|just|nothing but|"
    r"basically|simply|literally|really)\s+)*(?:a\s+|an\s+)?(?:(?:evil|filthy|sick|"
    r"bloodthirsty)\s+)?(?:monsters?|savages?|animals?|beasts?|demons?|devils?|barbarians?|"
    r"vermin|scum|evil|terrorists?|murderers?|killers?|subhumans?)\b"
    rf"|{_NOT_SAID}{_HOLY_BOOK}\s+(?:is|are)\s+(?:(?:just|nothing but|basically|simply|"
    r"literally|really)\s+)*(?:a|an|the)\s+(?:manual|blueprint|handbook|recipe|guide|"
    r"guidebook|textbook|licen[cs]e|instruction book)\s+(?:for|to)\s+(?:monsters|murder|"
    r"murderers|terror|terrorism|terrorists|violence|killing|killers|hate|hatred|rape|rapists|"
    r"savages|barbarians|slaughter)\b"
)
# A generalisation denied and taken back at once: "Not all Muslims are terrorists, though
# many are.", "Not every Muslim is a terrorist, but most are." (a vice denied; not "…, but
# most are ordinary families", nor "Not every pastor is perfect, but most are").
_ONE_NAMED = (
    r"(?:muslim|moslem|hindu|jew|arab|sikh|buddhist|refugee|immigrant|migrant|african|chinese|"
    r"indian|pakistani|nigerian|somali|afghan|iranian|kurd|turk|fulani|gypsy|roma|black person|"
    r"gay person|trans person|woman|foreigner|atheist)"
)
_DENIAL_TAKEN_BACK = re.compile(
    rf"\b(?:not (?:all|every)\s+(?:the\s+|of the\s+)?(?:{GROUP}|{_ONE_NAMED})|(?:{GROUP})\s+"
    r"(?:are not|aren'?t|is not|isn'?t))\s+(?:(?:are|is)\s+)?(?:all\s+)?(?:a\s+|an\s+)?"
    rf"(?:{_VICE}|{_VERMIN}|terrorist|criminal|thief|liar|rapist|animal|extremists?|jihadists?|"
    r"fanatics?|bombers?|invaders?)\b\s*[,;-]?\s+(?:(?:but|though|although|tho|yet)\s+)?"
    r"(?:most|many|lots|plenty|a lot|the majority|nearly all|almost all|half|too many)"
    r"(?:\s+of\s+them)?\s+(?:are|is|do|does|were)(?:\s+(?:though|tho|tbh|honestly|really|"
    r"lol))?\W*$"
)
# Fear or pain prayed on a people other than the believers a wall prays for: "God, may every
# Muslim woman in a hijab feel the fear our sisters feel.", "Lord, let the Hindus be afraid
# in the streets." (not "May the Christians of Iran no longer be afraid", "may every
# Muslim feel the fear of God", nor the church asked to feel the pain of the persecuted).
_OTHERS = (
    r"(?:muslims?|moslems?|hindus?|jews?|arabs?|sikhs?|buddhists?|refugees?|immigrants?|"
    r"migrants?|africans?|chinese|indians?|pakistanis?|nigerians?|somalis?|afghans?|iranians?|"
    r"kurds?|turks?|fulani|gypsies|roma|atheists?|pagans?)"
)
_FEAR_WISHED = re.compile(
    rf"\b(?:may|let|make)\s+(?:every|all|each|the|those|these)?\s*(?:of\s+the\s+)?{_OTHERS}"
    r"(?:\s+(?!(?:not|no|never|longer|less|nothing|more)\b)[a-z]+){0,5}?\s+(?:(?:feel|know|"
    r"taste|live in)\s+(?:the\s+|our\s+|real\s+)?(?:fear|terror|pain|suffering|grief|horror|"
    r"dread)(?!\s+of\s+(?:god|the lord|him|you|your name)\b)|(?:be|feel|live)\s+(?:so\s+)?"
    r"(?:afraid|terrified|scared|frightened|in fear|in terror|in pain|hunted))\b"
)

_FORMS = (
    _FOLLOWERS_SCORNED,
    _DENIAL_TAKEN_BACK,
    _FEAR_WISHED,
    _BEASTS_MEANT,
    _REFUSED_ONE,
    _CALLED_NAMES,
    _THE_WORST,
    _TOLD_TO_CHANGE,
    _KNOW_YOUR_PLACE,
    _FOUND_DISGUSTING,
    _HARMING_APPROVED,
    _OWN_FAULT,
    _FAITH_SCORNED,
    _HOLOCAUST_DENIED,
    _ENEMY_WITHIN,
    _NOT_HUMAN_THESE,
    _SHUT_AWAY,
    _NOBODY_WOULD_MIND,
    _RUIN_WELCOMED,
    _GOD_HATES,
    _BEHIND,
    _TRAITS,
    _FIRST_PERSON,
    _GROUP_DISGUSTS,
    _DEHUMANISED,
    _LIVE_LIKE_BEASTS,
    _VERMIN_OF_A_PEOPLE,
    _GROUP_HARMED,
    _LIVES,
    _WISHED,
    _CAGED,
    _DESERVED,
    _PRACTICE_SCORNED,
    _IMPLIED,
    _PATHOLOGISED,
    _LET_LIVE,
    _ASKING_FOR_IT,
    _HATRED_APPROVED,
    _DESERVES_HARM,
    _HARM_APPROVED,
    _REMOVAL_APPROVED,
    _BECAUSE_THEY,
    _HATE_US,
    _TAKEN_OVER,
    _SUFFERING_APPROVED,
    _BURDEN,
    _BEFORE_THEY_CAME,
    _SHUT_OUT,
    _KEPT_FROM_CHILDREN,
    _A_DANGER,
    _THE_REASON,
    _SILENCED,
    _CONDITIONAL,
    _LACKING,
    _BELITTLED,
    _FAITH_MOCKED,
)

# A clause that opens with "and" or "but" after a comma or on its own is read as a sentence.
# So does what follows a colon about "them": "About trans people: they're delusional."
# (and before what is said of "their kind" or "those people" once a people is named: "Women
# keep asking to preach, but their kind were made to be silent and serve.")
_CLAUSES = re.compile(
    r",?\s+(?:and|but)\s+(?=i\s)|:\s+(?=they\b|they're\b)"
    r"|,?\s+(?:and|but|so)\s+(?:honestly\s+|frankly\s+|tbh\s+|now\s+|then\s+)?"
    r"(?=(?:their|those|these|that)\s+(?:kind|sort|lot|type|ilk|people)\b)"
    r"|,\s+(?=as\s+if\s+(?:that|those|these|their)\s+(?:kind|sort|lot|type|ilk|people)\b)"
)
_NAMED = re.compile(rf"\b{GROUP}\b")
_OPENER = re.compile(
    r"^(?:(?:honestly|frankly|seriously|tbh|well|and|but|so|yes|yeah|sorry|look|ok|okay|"
    r"of course|"
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


# A people named and a knowing wink, and nothing else: "Asian drivers, need I say more?",
# "Pakistani taxi drivers... say no more."
_PEOPLE_WORD = (
    rf"(?:{NATIONS}|{GROUP}|asian|black|african|muslim|jewish|arab|mexican|indian|chinese|"
    r"pakistani|gay|trans|female|woman|women|immigrant|migrant|gypsy|roma|disabled|"
    r"hindu|sikh|feminist)"
)
_WINK = re.compile(
    # (not of the believers a wall is about: "Christian martyrs, enough said.")
    rf"^\W*(?:[a-z-]+\s+)?(?!christ|catholic|believer){_PEOPLE_WORD}(?:\s+[a-z-]+){{0,2}}\s*[,.…:;!-]*\s*"
    r"(?:enough said|say no more|need i say more|nuff said|'nuff said|go figure|"
    r"draw your own conclusions|you do the math|do the math)\W*$"
)


# Kindness to a people mocked as something nobody means: "Refugees are welcome, said no sane
# person ever."
_SAID_NO_ONE = re.compile(
    rf"\b{_PEOPLE_WORD}s?\b[^.!?]{{0,80}}?[,.…!-]*\s*said no(?: ?one| ?body| (?:sane|normal|"
    r"sensible|real|honest|actual) [a-z]+| [a-z]+ (?:person|man|woman|citizen))\s+ever\b"
)


# Liking said and taken back: "I say I like Indian people, but I don't."
_PRETENDED = re.compile(
    r"\bi (?:say|said|tell people|pretend|pretended|claim|act like|make out) (?:that )?i "
    rf"(?:like|love|respect|trust|care about) (?:{GROUP}|{_ONE_SCORNED}s?)\b[^.!?]{{0,30}}?,?\s+"
    r"but (?:i|deep down i|really i|in truth i) (?:don'?t|do not|really don'?t|never (?:did|"
    r"have|do)|can'?t stand them|hate them|despise them)\b"
)


# Said of "them" anywhere once a people or one of them is named, in the same sentence too:
# "my sister works with disabled kids, honestly they're a burden on everyone and shouldn't be
# born", "my boss is a woman and honestly her kind shouldn't be in charge of anything"
_SAID_OF_THEM = re.compile(
    r"\b(?:they|they're|they are)\s+(?:are\s+)?(?:all\s+|just\s+|such\s+)?a\s+burden\s+(?:on|to)\s+"
    r"(?:everyone|everybody|society|us|the rest of us|the country|the taxpayers?)\b"
    r"|\b(?:they|these|those)(?:\s+(?:kids|children|people|babies))?\s+(?:shouldn'?t|should not|"
    r"should never)\s+(?:even\s+)?(?:be|have been|get)\s+born\b"
    r"|\b(?:their|his|her)\s+(?:kind|sort|ilk)\s+(?:always|never|can'?t|cannot|won'?t|shouldn'?t|"
    r"should never|should not|don'?t belong|doesn'?t belong|ruins?|brings?\s+trouble)\b"
)


def contempt_phrases(text: str) -> list[str]:
    """The forms of stated contempt for a group found in ``text``'s own sentences."""
    whole = " ".join(QUOTED.sub(" ", fold(text)).split())
    wink = (
        _WINK.match(whole)
        or _THERE_GOES.search(whole)
        or (None if _TOLD_OR_CONDEMNED.search(whole) else _CODED_ATTACK.search(whole))
        or _PEACE_MOCKED.search(whole)
        or (None if _TROPE_TOLD.search(whole) else _CONTROL_TROPE.search(whole))
        # (the words mocked are often quoted: '"Muslims are peaceful," said no one ever.')
        or _SAID_NO_ONE.search(" ".join(re.sub(r"[\"“”‘’']", " ", fold(text)).split()))
    )
    found = [wink.group(0)] if wink else []
    for whole_form in (_RUIN_WELCOMED, _PRETENDED):  # (a cheer may be a sentence of its own)
        spanning = whole_form.search(whole)
        if spanning:
            found.append(spanning.group(0))
    named = a_people = harmed = False
    for sentence in _sentences(text):
        if harmed and _APPROVAL.match(sentence):
            found.append(sentence)
        harmed = bool(_HARM_STATED.match(sentence))
        for clause in _CLAUSES.split(sentence):
            forms = (*_FORMS, _FIRST_PERSON_THEM, _TRAITS_THEM) if named else _FORMS
            for form in (*forms, _AFTER_A_PEOPLE) if a_people else forms:
                match = form.search(clause)
                if match:
                    found.append(match.group(0))
                    break
            named = named or bool(_NAMED.search(clause))
            a_people = a_people or bool(_ONE_OF_A_PEOPLE.search(clause))
    if not found:
        stated = _STATED.search(whole)
        if stated and not _STATED_UNDONE.search(_OTHERWISE.sub(" ", whole)):
            found.append(stated.group(0))
    if (named or a_people) and not found:
        said = _SAID_OF_THEM.search(whole)
        if said:
            found.append(said.group(0))
    return found


# --- insinuation -----------------------------------------------------------------------
# Hate said without an insult: a warning to guard one's things where a people is named
# ("Lock your car when the Roma come to town, just saying."), "I'm not racist, but …" or
# "just saying" after naming one, a welcome meant for elsewhere ("Refugees are very
# welcome... in someone else's neighbourhood."), and a compliment that says the rest of
# a people lacks it ("She's surprisingly well-spoken for a Black woman."). Written from
# forms A, B, E and H (read); "just saying that …" says something literally and does
# not count.
_ONE_OF = (
    r"(?:black|white|brown|asian|african|arab|muslim|jewish|jew|hindu|sikh|chinese|indian|"
    r"mexican|nigerian|pakistani|gay|trans|disabled|immigrant|migrant|refugee|foreign|roma|"
    r"gypsy|latino|latina|woman|girl|female|lady|dalit|igbo|hausa|yoruba|fulani|eritrean|"
    r"ethiopian|somali|kurdish|kurd|uyghur|rohingya|copt|coptic|ahmadi|baha'?i|pashtun|tibetan|"
    r"afghan|iranian|egyptian|syrian|iraqi|tamil)"
)
ONE_OF_A_PEOPLE = _ONE_OF
"""One of a people, as a regular-expression alternative ("muslim", "eritrean", "woman")."""
_HEDGE = re.compile(
    r"\b(?:i am not (?:a )?racist,? but|not to be racist,? but|no offen[cs]e,? but|"
    # (not said back to those who think it: "Now I'm an ICU nurse. Just saying, for anyone who
    # thinks we all want handouts.")
    r"just sayin[g']?\b(?! that)(?!,? (?:for|to) (?:anyone|anybody|those|people|everyone|all) "
    r"(?:of you )?(?:who|that) (?:think|thinks|believe|believes|say|says|assume|assumes) "
    r"(?:that )?(?:we|i|people like (?:me|us)|all of us)\b)|"
    r"just common sense|"
    # "Perhaps it's impolite to say, but the Roma have had centuries to integrate …"
    r"(?:it is|it's|its|it may be|it might be|it will be) (?:a bit |rather |probably |"
    r"deeply )?(?:impolite|not polite|politically incorrect|not politically correct|not pc|"
    r"unfashionable|not fashionable) to (?:say|point out|notice|mention)(?: (?:it|this|that|so))?,?"
    r" but|"
    r"hide your (?:wallet|purse|valuables|bikes?|daughters?)|"
    r"lock (?:up )?your (?:car|cars|doors?|bikes?|house|valuables)|"
    r"count your (?:spoons|change|fingers)|hold on to your (?:wallet|purse|bag)|"
    r"keep (?:a|one) hand on your (?:wallet|purse|bag|phone)|"
    r"keep an eye on your (?:wallet|purse|bag|valuables)|"
    # "When Albanians move into your street it is time to install cameras."
    r"(?:time to |better |you'?d better |might want to |should )(?:install|put up|get|buy|fit)\s+"
    r"(?:some\s+|more\s+|a\s+|an\s+)?(?:cameras|cctv|alarms?|(?:better |new |extra )?locks|"
    r"security cameras|a burglar alarm|a guard dog))"
)
# A hint left for the reader where one of a people is named (not a place): "The Roma family
# seem nice enough, but my bike went missing the week they moved in. Draw your own
# conclusions.", "… do your own research.", "Can't be too careful."
_HINT_TAIL = re.compile(
    r"\b(?:draw your own conclusions?|do your own research|just noticing|"
    r"(?:you )?can'?t be too careful|(?:you )?can never be too careful|connect the dots|"
    r"join the dots|put two and two together|you do the maths?|make of (?:it|that) what you will|"
    r"something to think about|food for thought|(?:just|only) pointing out|if you get my drift|"
    r"you get my drift|just asking questions|if you catch my (?:meaning|drift)|if you know what i "
    r"mean|say no more|nudge nudge|wink wink)\b"
)
# (where the people is only meant: "… before the new arrivals started turning up. I'm just
# noticing a pattern.")
_PATTERN_HINTED = re.compile(
    r"\b(?:draw your own conclusions?|do your own research|noticing a pattern|(?:i am|i'?m) not "
    r"saying anything|(?:i am|i'?m) just saying|make of that what you will)\b"
)
_ELSEWHERE = re.compile(
    r"\bwelcome\b[^!?]{0,20}\b(?:in someone else'?s|anywhere but|somewhere else|"
    r"just not (?:here|in my|near me|next to me))"
    # "I hope those fanatics go back where they came from." (not "… telling refugees to go back
    # where they came from")
    r"|\b(?:hope|wish|pray|should|must|need to|needs to|ought to|let|make)\s+(?![^.!?]*\b(?:tell|"
    r"telling|told|tells|say|saying|said|says|shout|shouting|shouted|yell|yelled)\b)"
    r"(?:(?:those|these|the|all|them|they|all of them|every one of them|the lot of them)\s+)?"
    r"(?:[a-z]+\s+){0,2}?(?:would\s+|will\s+|all\s+)?go\s+back\s+(?:to\s+)?(?:where|wherever)\s+"
    r"(?:they|they all|they've|they have)\s+(?:came|come)\s+from\b"
    # "I love Indians. I love them even more when they live in their country of origin."
    r"|\b(?:love|like|respect|admire) (?:them|these people|those people)\s+(?:even |much |a lot |"
    r"far |)more when they (?:live|stay|are|remain|go back|went back|leave)\b"
)
_BACKHANDED = re.compile(
    # "Nice to see a crowd that actually looks like our town used to."
    r"\b(?:crowd|congregation|faces|people|room|street|school|class|team)\s+(?:that\s+|who\s+)?"
    r"(?:actually\s+|finally\s+)?(?:looks?|looked)\s+like\s+(?:our|this|my|the)\s+(?:town|"
    r"country|city|village|neighbourhood|neighborhood|street|church|nation|england|britain|"
    r"america)\s+used\s+to\b|"
    # "He's disabled but surprisingly not a burden on anyone.", "She's Black but remarkably
    # well behaved."
    rf"\b{_ONE_OF}\s+(?:but|yet)\s+(?:surprisingly|remarkably|amazingly|astonishingly|"
    r"unexpectedly|oddly)\s+(?:not\s+|quite\s+|very\s+|really\s+|pretty\s+|rather\s+)?[a-z-]+"
    r"|\b(?:(?:surprisingly|remarkably|unusually|actually|quite|pretty|really|very) [a-z-]+ "
    r"(?:[a-z-]+ )?"
    # (or a compliment of the kind that is only ever backhanded: "He's well spoken for a
    # Black guy.")
    r"|(?:well[- ]spoken|articulate|well[- ]behaved|clean|civili[sz]ed|polite|educated|"
    r"intelligent|smart|clever|honest|pretty|attractive|good[- ]looking|not bad) |"
    # ("She did well for a woman, I suppose.")
    r"(?:did|does|do|played|plays|preached|preaches|spoke|speaks|drove|drives|sang|sings|"
    r"worked|works|managed|manages|cooked|led|leads|ran|runs) (?:really |quite |pretty |very )?"
    r"(?:well|ok|okay|alright|fine|good|nicely) |"
    # ("He's pretty normal, for a gay guy.")
    r"(?:surprisingly|remarkably|unusually|actually|quite|pretty|really|very) [a-z-]+, )"
    rf"for (?:(?:a|an) {_ONE_OF}(?: (?:man|woman|guy|girl|person|lady|kid|boy|bloke|chap))?\b"
    # ("He's surprisingly smart for someone in a wheelchair.")
    r"|(?:someone|somebody|anyone|a person|a guy|a girl|a man|a woman|a kid) (?:in a wheelchair|"
    r"with (?:a disability|autism|down'?s syndrome|down syndrome|cerebral palsy|a stammer|a "
    r"learning disability)|who(?:'s| is) (?:disabled|blind|deaf|autistic|black|gay|trans|an "
    r"immigrant|a refugee|a muslim)|from (?:the|a) (?:ghetto|reservation|slums?|council estate|"
    r"camp))\b)"
    r"(?! (?:family|families|church|community|charity|school|group|organi[sz]ation|ministry|who|"
    r"that|whose|of (?:her|his|their) age|aged?))"
)
_A_PEOPLE = re.compile(rf"\b(?:{_PEOPLE_WORD})s?\b")
# Sneers that name a people and say nothing outright, each written from a read set's miss:
_WHO_OR_WHAT = rf"(?:{_PEOPLE_WORD}s?|{GROUP}|mosques?|synagogues?|temples?|gurdwaras?)"
_KIN = r"(?:family|families|lot|crowd|people|man|woman|guy|neighbou?rs?)"
_SNEER = re.compile(
    # "Arabs and democracy. Good one, tell me another joke."
    rf"^\W*{_WHO_OR_WHAT} and (?:democracy|science|logic|hygiene|peace|civili[sz]ation|"
    r"honesty|intelligence|progress|education|manners|punctuality|hard work|freedom)\W+"
    r"(?:good one|tell me another|yeah right|sure|lol|lmao|haha|😂|🤣)"
    # "Women in leadership? Sure, if you enjoy decisions made by mood swings."
    rf"|^[^?]{{0,40}}\b{_WHO_OR_WHAT}\b[^?]{{0,30}}\?\s*sure,?\s+if\s+you\s+(?:enjoy|like|"
    r"want|love|fancy|prefer)\b"
    # "Gay couples adopting is a great idea if you want confused kids."
    rf"|\b{_WHO_OR_WHAT}\b[^.!?]{{0,40}}\b(?:is|are|would be)\s+(?:a\s+)?(?:great|good|"
    r"wonderful|brilliant|fantastic|lovely)\s+(?:idea|plan|thing)\s+if\s+you\s+(?:want|like|"
    r"enjoy|love)\b"
    # "Funny how crime went up right after the mosque opened."
    rf"|\bfunny how\b(?![^.!?]*\b(?:friendlier|better|kinder|nicer|safer|livelier|happier|"
    rf"warmer|fuller|brighter|cleaner|full of life)\b)[^.!?]{{0,60}}\b(?:after|since|when|once|"
    r"the moment|as soon as|the day)\s+"
    rf"(?:the\s+|those\s+|they\s+|an?\s+)?(?:{_WHO_OR_WHAT}\s+(?:{_KIN}\s+)?|[a-z]+\s+{_KIN}\s+)?"
    r"(?:opened|arrived|came|moved in|showed up|got here|started coming)"
    # "Africans and punctuality, the greatest love story never told."
    rf"|^\W*{_WHO_OR_WHAT} and (?:democracy|science|logic|hygiene|peace|civili[sz]ation|honesty|"
    r"intelligence|progress|education|manners|punctuality|hard work|freedom|soap|tolerance|"
    r"women'?s rights|paying tax(?:es)?|queuing|work)\W+(?:the greatest love story never told|"
    r"name a (?:less|worse) (?:iconic )?duo|never the twain shall meet|total strangers|"
    r"strangers|not exactly (?:best )?friends)\b"
    # "Atheists are so tolerant, as long as you agree with them about everything."
    rf"|^\W*{_WHO_OR_WHAT} are so (?:tolerant|peaceful|loving|welcoming|open-minded|kind|"
    r"respectful|accepting|progressive|friendly|honest|generous)\b[^.!?]{0,10}?,?\s+(?:as long "
    r"as|so long as|right up until|until|unless) you (?:agree|do what|don'?t|do not|never|keep|"
    r"think|believe|obey|convert|pay|stay|share their|say|disagree|question|ask)\b"
    # "Imagine being a woman and thinking you should run a parish 😂"
    rf"|^\W*imagine being an? {_ONE_SCORNED} and (?:thinking|believing|expecting) you "
    r"(?:should|could|can|deserve|are allowed)\b(?!'?t\b| not\b)"
    # "… have you ever seen a peaceful Muslim country?"
    r"|\bhave you ever (?:seen|met|heard of|visited) (?:a|an|one) (?:single )?(?:peaceful|"
    r"honest|clean|successful|intelligent|civili[sz]ed|democratic|rich|safe|functioning|"
    rf"decent|smart|hard-?working) {_ONE_OF}(?: (?:country|nation|man|woman|person|leader|"
    r"neighbou?rhood|city|driver))?\b"
    # "Trans people are just confused and need the right therapy to go back to normal."
    rf"|\b{_WHO_OR_WHAT}\b[^.!?]{{0,60}}\b(?:need|needs|should get|require|must get)\s+"
    r"(?:the right |some |proper |real |)(?:therapy|treatment|curing|fixing|a cure)\s+to\s+"
    r"(?:go back to|become|be|get back to)\s+normal\b"
    # "Trans rights today, people marrying their pets tomorrow."
    r"|\b(?:marrying|marry|marries)\s+(?:their\s+)?(?:pets|dogs|animals|goats|horses)\b"
    # "Europe was a lovely place before it got so... diverse."
    r"|\b(?:was|were|used to be)\b[^.!?]{0,40}\b(?:lovely|nice|great|beautiful|better|safe|"
    r"safer|pleasant|peaceful|quiet|clean|decent|fine)\b[^.!?]{0,30}"
    r"\bbefore (?:it|they|we|this (?:country|town|city|place|street)) "
    r"(?:got|became|went|turned|was made) (?:so|too|all|more)?[ .…]*(?:diverse|vibrant|"
    r"enriched|multicultural|multi-cultural|colou?rful|brown|black|foreign)\b"
    # "I'd rather eat glass than live next to Roma."
    r"|\bi(?:'d| would) rather\s+[a-z ]{2,30}\s+than\s+(?:live next to|date|marry|work with|"
    r"sit next to|hire|rent to|share a (?:room|flat|house|table) with)\s+(?:an?\s+)?"
    rf"{_WHO_OR_WHAT}\b"
)
# Sneers that give themselves away by their own words, found first (cheap to look for),
# where a people is named anywhere in the text:
_SNEER_TAILS = re.compile(
    # "Immigrants love our country so much they want to change everything about it."
    r"\blove (?:our|this) (?:country|town|city|culture|way of life) so much (?:that )?they "
    r"(?:want|need|have|try|insist) to (?:change|replace|ruin|turn|rename)\b"
    # "Refugees with better phones than mine. Truly fleeing for their lives."
    r"|\bwith (?:better|nicer|newer|more expensive|brand-new|fancier|bigger) (?:phones?|"
    r"iphones?|trainers|cars|clothes|watches|tvs) than (?:mine|me|us|i have|most of us)\b"
    # "Foreign workers: great at taking jobs, less great at speaking English."
    r"|\b(?:great|good|brilliant|experts?|excellent) at [^,.;!?]{1,30}[,;]\s*(?:less|not so|"
    r"not as|not that|terrible|useless|rubbish|hopeless)\s+(?:great |good )?at\b"
    # "It's always the quiet Muslim neighbour, isn't it."
    r"|\bit'?s always (?:the|a|those|these|some)\s+[^.!?,]{1,40}?[,.]?\s*(?:isn'?t it|innit|"
    r"ain'?t it|right\?|eh\?)"
)

# Implied attacks that name a people and state nothing outright, written from probes of
# our own in the implied form and the read sets' misses of it; like the coded forms
# above, not where the text tells of what someone says or condemns it:
_HOUSES_OF = (
    r"(?:mosques?|synagogues?|temples?|gurdwaras?|"
    r"(?:refugee|migrant|asylum) (?:centres?|centers?|camps?|hostels?|hotels?))"
)
_IMPLIED_TOO = re.compile(
    # "Every time a new mosque opens, crime goes up." (crime said to follow a people)
    r"\b(?:every\s*time|whenever|wherever|once|as soon as)\s+(?:(?:a|the|new|another|more|"
    rf"some)\s+)*(?:{_WHO_OR_WHAT}|{_HOUSES_OF})\b[^.!?]{{0,40}}?,?\s+(?:the\s+)?(?:crime|"
    r"crimes|rapes?|stabbings?|robber(?:y|ies)|thefts?|burglar(?:y|ies)|knife crime|drugs|"
    r"terror\w*|muggings?)\s+(?:goes up|go up|went up|rises?|rose|follows?|followed|"
    r"increases?|increased|spikes?|spiked|soars?|soared|explodes?|exploded|skyrockets?)\b"
    # "Funny how all the grooming gangs share the same background."
    rf"|\b(?:all|every|each|most|nearly all|almost all)\s+(?:(?:the|of the|these|those)\s+)?"
    rf"(?:(?:terrorist|terror)\s+)?{_CRIME}s?\b[^.!?]{{0,40}}\b(?:share|have|come from|are "
    r"from|belong to|follow)\s+(?:the same|one|a certain|a particular)\s+(?:religion|faith|"
    r"race|people|ethnicity|nationality|skin colou?r|background|community|culture|heritage)\b"
    # "I moved out of that area once the Pakistanis moved in."
    r"|\b(?:i|we)\s+(?:moved out|moved away|left|got out|sold up|sold (?:the|our|my) house|"
    r"took (?:my|our|the) (?:kids|children) out)\b[^.!?]{0,40}\b(?:once|when|after|as soon as|"
    rf"the moment|the minute|because)\s+(?:the\s+|those\s+|all the\s+)?{_WHO_OR_WHAT}\s+"
    r"(?:moved in|arrived|came|started moving in|took over|showed up|turned up)\b"
    r"(?![^.!?]*\b(?:so (?:that )?(?:a|an|they|the|their|a family)|to make (?:room|space)|to help|"
    r"for them|to give)\b)"
    # "Africa has had decades and look at it."
    rf"|\b(?:{NATIONS}|they)\s+(?:has|have|had)\s+had\s+(?:decades|centuries|years|"
    r"generations|hundreds of years|\d+ years)\b[^.!?]{0,40}\b(?:look at (?:it|them)|"
    r"what have they (?:built|done|achieved|made)|still (?:can'?t|nothing))\b"
    # "The real persecution is of white Christians in their own country."
    r"|\b(?:the\s+)?real\s+(?:persecution|racism|victims?|oppression|discrimination|"
    r"bigotry|genocide)\b[^.!?]{0,30}\b(?:is|are)\s+(?:of\s+|against\s+)?(?:the\s+)?white\s+"
    r"(?:people|christians|men|europeans|folk|males|majority)\b|\bwhite genocide\b"
    # "The Jews killed Jesus and they've never said sorry." (the charge of deicide)
    r"|\b(?:the\s+)?jews?\s+(?:killed|murdered|crucified|executed)\s+(?:jesus|christ|our "
    r"lord|the lord|god'?s son|the son of god)\b"
    # "Gay couple moved in next door. Guess the kids play indoors from now on."
    rf"|\b{_WHO_OR_WHAT}\s+(?:couple|family|families|lot|guy|man|woman|neighbou?rs?)?\s*"
    r"(?:just\s+)?moved\s+in\b[^.!?]{0,30}[.!,…]+\s*(?:guess|time to|better|looks like|so "
    r"much for|there goes|lock|keep|hide)\b"
    # "Women preaching is exactly how a church starts to rot."
    rf"|\b{_WHO_OR_WHAT}\s+(?:preaching|leading|voting|driving|teaching|in charge|in power|"
    r"in the pulpit|in leadership)\s+is\s+(?:exactly\s+|precisely\s+|just\s+)?(?:how|why|"
    r"when)\b[^.!?]{0,40}\b(?:rots?|rotting|declines?|dies|die|fails?|collapses?|falls? "
    r"apart|goes? wrong|ruin\w*)\b"
    # "Can't blame airport security for double-checking the guy in the turban."
    r"|\b(?:can'?t|cannot|don'?t|do not|never)\s+blame\s+(?:the\s+)?(?:airport\s+)?(?:security|"
    r"police|cops|them|anyone|people|guards|staff)\s+for\s+(?:double[- ]checking|checking|"
    r"searching|stopping|watching|profiling|following|suspecting)\b[^.!?]{0,40}\b(?:"
    rf"{_WHO_OR_WHAT}|turbans?|hijabs?|beards?|burqas?|headscar\w*)\b"
    # "Love how disabled people get the best parking spots while the rest of us actually work."
    rf"|\b{_WHO_OR_WHAT}\b[^.!?]{{0,60}}\bwhile\s+(?:the rest of us|we|us normal people|"
    r"real people|everyone else|our (?:veterans|pensioners|own))\s+(?:actually\s+|have to\s+|"
    r"still\s+|all\s+)?(?:work|pay|struggle|suffer|wait|queue|starve|sleep rough)\b"
    # "… mostly because they remind the rest of us to be glad we aren't them."
    r"|\bglad\s+(?:we|i)\s+(?:aren'?t|are not|am not|'m not|wasn'?t|weren'?t)\s+(?:them|one "
    rf"of them|like them|{_WHO_OR_WHAT})\b"
    # "Never give a Nigerian your email address, unless you fancy inheriting a prince's fortune."
    r"|\bnigerian\s+princes?\b|\bnigerians?\b[^.!?]{0,60}\bprince'?s?\b"
    # "The weather at the gay parade was awful. Good, they deserve it."
    rf"|\b{_WHO_OR_WHAT}\b[^.!?]{{0,80}}\b(?:awful|terrible|horrible|ruined|rained|washed out|"
    r"cancelled|canceled|attacked|jailed|arrested|killed|died|beaten|burned|burnt|flooded|"
    r"sick|failed|disaster|miserable|freezing|storm|wrecked|injured|hurt|robbed)\b[^.!?]{0,80}[.!]+"
    r"\s*(?:good|great|ha+|lol|haha|excellent|brilliant),?\s+(?:they|them)\s+(?:deserve|"
    r"deserved|deserves)\s+(?:it|that|this|worse|every bit of it)\b"
    rf"|\b{_WHO_OR_WHAT}\b[^.!?]{{0,60}}\bhad it coming\b"
    # "The mosque down the road is an eyesore and so are the people in it."
    r"|\b(?:mosques?|synagogues?|temples?|gurdwaras?|church(?:es)?)\b[^.!?]{0,40}\b(?:eyesore|"
    r"disgrace|dump|blight|cesspit|shithole|ugly|filthy|disgusting)\b[^.!?]{0,20}\bso (?:are|is) "
    r"(?:the people|everyone|everybody|all of them|the lot of them|they)\b"
    # "Has anyone noticed how every corner shop is owned by one particular group now?"
    r"|\b(?:owned|run|controlled|taken over|dominated)\s+by\s+(?:one|a)\s+(?:particular|certain)\s+"
    r"(?:group|community|people|religion|ethnicity|tribe|lot)\b(?!\s+(?:of|from|at|in)\b)"
    # "What happened to this country? Look at the names on the school register."
    r"|\b(?:look at|check|read)\s+(?:the\s+)?(?:sur)?names\s+(?:on|in)\s+(?:the\s+)?(?:school "
    r"register|class list|register|electoral roll|court list|crime reports?)\b"
    # "Disabled people parking in the best spaces again, must be nice."
    rf"|\b{_WHO_OR_WHAT}\b[^.!?]{{0,60}}\b(?:must be nice|nice work if you can get it|"
    r"(?:alright|all right) for some)\b"
    # "Went to London yesterday. Didn't hear a word of English all day."
    r"|\b(?:london|birmingham|manchester|leicester|bradford|luton|paris|our town|my town|the "
    r"high street|this country|my own country|england|britain|the uk)\b[^.!?]{0,40}[.!]?\s*"
    r"(?:i\s+)?(?:didn'?t|did not|never|couldn'?t)\s+hear\s+(?:a\s+(?:single\s+)?word\s+of|"
    r"any)\s+english\b"
    # "Every new mosque is another flag planted."
    r"|\b(?:every|each|another)\s+(?:new\s+)?(?:mosque|minaret|synagogue|temple|gurdwara|hijab|"
    r"burqa)\s+is\s+(?:another|a|one more)\s+(?:flag planted|outpost|beachhead|conquest|"
    r"step (?:closer )?(?:to|towards) (?:sharia|the caliphate|islami[sz]ation|takeover))\b"
    # "Hindus worship cows but let their own people starve."
    rf"|\b{GROUP}\b[^.!?]{{0,40}}\bbut\s+(?:let|leave|watch)\s+their\s+own\s+(?:people|kids|"
    r"children|women)\s+(?:starve|die|suffer|rot)\b"
    # "… our street is normal again if u know what i mean"
    r"|\b(?:normal|clean|white|english|british|safe|ours|great)\s+again\b[^.!?]{0,30}\bif\s+"
    r"(?:you|u|ya)\s+(?:know|catch|get)\s+(?:what i mean|my drift)"
    # "the day women got the vote was the day it all went downhill"
    rf"|\bthe day\s+(?:the\s+)?{_WHO_OR_WHAT}\s+(?:got|were given|won|came|arrived)\b[^.!?]{{0,30}}"
    r"\bwas the day\b[^.!?]{0,30}\b(?:went downhill|went wrong|died|ended|fell apart|it all "
    r"(?:went|started)|everything (?:went|changed))"
    # "diversity is code for less of us"
    r"|\bdiversity\s+(?:is|means|=)\s+(?:just\s+)?(?:a\s+)?(?:code|code word|euphemism|"
    r"another word)\s+for\b|\bdiversity\s+(?:means|=)\s+(?:fewer|less)\s+(?:of\s+)?(?:us|"
    r"white)"
    # "ask any nurse who causes the most trouble in a&e, its always the same lot"
    r"|\bwho\s+causes?\s+(?:the most|all the|most of the)\s+(?:trouble|crime|problems)\b"
    r"[^.!?]{0,40}\b(?:always|it'?s|its)\s+(?:the same|them|that|those)\s+(?:lot|people|ones|"
    r"crowd|sort|type)\b"
)
# "It's not racist to notice patterns." (the hate it names is not denied: it is excused)
_PATTERNS = re.compile(
    r"\bnot\s+(?:racist|bigoted|islamophobic|antisemitic|homophobic|sexist|hateful)\s+(?:to|"
    r"if you)\s+(?:notice|recogni[sz]e|see|spot|point out|acknowledge)\s+(?:the\s+|a\s+|"
    r"certain\s+|obvious\s+|some\s+)?patterns?\b|\b(?:noticing|recogni[sz]ing|pattern "
    r"recognition)\b[^.!?]{0,20}\b(?:isn'?t|is not|ain'?t)\s+(?:racist|bigoted|islamophobic|"
    r"antisemitic|homophobic|sexist|hate)\b"
)
# ("… never said sorry" tells of no one's words)
_SORRY = re.compile(r"\b(?:said|say|says|saying) sorry\b")
# Something good said of a people, called a lie: "Saying women are equal to men is
# nonsense.", "Saying Islam is a religion of peace is a lie."
_GOOD_DENIED = re.compile(
    r"^(?:saying|claiming|pretending|to say|to claim|the idea that|the claim that)(?: that)? "
    rf"(?:{GROUP}|islam|judaism|hinduism|sikhism|buddhism|their (?:religion|faith|culture)) "
    r"(?:are|is|can be|make|makes) (?:(?:just |really |truly |all )?(?:equal|peaceful|a religion "
    r"of peace|good|decent|human|people|normal|welcome|innocent|intelligent|clever|honest|"
    r"hard-?working|valuable|an asset|capable|loving|kind|real (?:women|men)|women|men|"
    r"good (?:people|parents|neighbou?rs|citizens|leaders|pastors))\b)[^.!?]{0,30}? "
    r"(?:is|was) (?:(?:just |complete |total |utter |pure |a )?(?:nonsense|rubbish|a lie|lies|"
    r"a joke|ridiculous|absurd|laughable|delusional|a fantasy|propaganda|woke nonsense))\b"
)
_EXCUSED_OR_TOLD = re.compile(
    r"\b(?:say|says|said|saying|claim\w*|argue\w*|insist\w*|"
    r"excuse\w*|lie|lies|myth|dog whistle|pretend\w*)\b"
)
# What was done to a people said to be their own doing, once they are named: "Persecuted
# Christians probably provoked it somehow." ("The dog probably provoked it." is left alone).
_BLAMED = re.compile(
    r"\b(?:probably|must have|surely|definitely|clearly|obviously)\s+(?:provoked|deserved|"
    r"asked for|brought on)\s+(?:it|this|that|them)\b|\bbrought it on themselves\b"
)
# A people named, or one of them ("My colleague is a Christian."), before ``_AFTER_A_PEOPLE``.
_ONE_OF_A_PEOPLE = re.compile(
    rf"\b(?:{_PEOPLE_WORD}|{_ONE_OF}|christian|catholic|atheist|buddhist|protestant|mormon)s?\b"
)


# Praise in scare quotes where a people is named: "Counting down until the street gets
# 'enriched' by another Somali family."
# "It's funny how the word 'refugee' always seems to mean young men." (read with its quotes)
_ONLY_YOUNG_MEN = re.compile(
    r"\b(?:refugees?|asylum seekers?|migrants?)['\"]?\s+(?:always\s+|somehow\s+)?(?:seems?\s+"
    r"to\s+mean|means?|always means)\s+(?:just\s+|only\s+)?(?:young|fighting[- ]age|"
    r"military[- ]age)\s+men\b"
)
# "Wonder how many of those "refugees" are actually military-age men with plans."
_FIGHTING_AGE = re.compile(
    r"\b(?:refugees?|asylum seekers?|migrants?)['\"]?(?:\s+(?:in|at|on|from|of|here|our|this|the|"
    r"that|these|those|town|city|country|hotel|camp|centre|center|area|village)){0,4}\s+"
    r"(?:are|is)\s+(?:actually|really|in fact|secretly|just|all|mostly|nothing but)\s+"
    r"(?:young\s+)?(?:(?:fighting[- ]age|military[- ]age|battle[- ]age)\s+(?:men|males)|"
    r"(?:men|males)\s+of\s+(?:fighting|military|battle)\s+age)\b"
)
# The Holocaust doubted by a hint: "… learned about the Holocaust this week. Numbers are an
# interesting subject, and not everything we've been told adds up, does it?" (not told of
# or condemned: "My uncle says the numbers don't add up; Holocaust denial is evil.")
_HOLOCAUST = re.compile(r"\b(?:holocaust|shoah|six\s+million|6\s+million|auschwitz)\b")
_DOUBT_HINTED = re.compile(
    r"\bnot\s+everything\s+(?:we'?ve|we\s+have|we\s+were|we'?re|we\s+are|you'?ve|you\s+have)\s+"
    r"(?:been\s+)?(?:told|taught)\s+adds\s+up\b"
    r"|\b(?:numbers|figures|maths|math|sums)\s+(?:don'?t|do\s+not|never|doesn'?t)\s+(?:quite\s+)?"
    r"add\s+up\b"
    r"|\b(?:numbers|figures)\s+(?:are|is)\s+(?:an?\s+)?(?:interesting|funny|curious|strange)\s+"
    r"(?:subject|thing|business)\b"
    r"|\b(?:draw\s+your\s+own\s+conclusions?|do\s+your\s+own\s+research|just\s+asking\s+"
    r"questions)\b"
)
_DOUBT_UNDONE = re.compile(
    r"\b(?:says?|said|claims?|claimed|deniers?|denial|denying|denies|antisemit\w*|conspirac\w*|"
    r"evil|disgusting|wrong|lies?|liars?|hateful|shameful|never\s+forget)\b"
)
# A convert's faith called a ploy: "… they always seem to find Jesus right before their visa
# hearing."
_CONVENIENT_FAITH = re.compile(
    r"\b(?:find|found|finding|finds|discover|discovered)\s+(?:jesus|god|christ|faith|religion)\s+"
    r"(?:right\s+|just\s+|conveniently\s+)?(?:before|in\s+time\s+for|ahead\s+of)\s+(?:their|"
    r"the|his|her)\s+(?:visa|asylum|immigration|deportation|residency)\b"
)
_SCARE_QUOTED = re.compile(
    r"[\"'](?:enriched|enrichment|enriching|diversity|vibrant|vibrancy|culturally enriched|"
    r"religion of peace|doctors and engineers)[\"']"
)
# A word of standing put in scare quotes beside a people: "Gay 'families' raising kids.",
# "'disabled' people", "the same 'peaceful' religion", "women suddenly become 'experts' on
# theology" (one sentence; a word of praise or of what they are, not a slur quoted to
# condemn it: "Africans are not 'backward'.").
_STANDING = (
    r"(?:peaceful|peace-loving|tolerant|families|family|marriages?|married|parents|mothers|"
    r"fathers|refugees?|asylum seekers?|children|kids|minors|disabled|victims?|persecuted|"
    r"oppressed|vulnerable|experts?|scholars?|holy|prophet|culture|community|women|men|ladies|"
    r"professionals|genuine|real|educated|citizens?|british|english|american|european|"
    r"converts?|believers|equality|rights|students|workers|hard-working|hardworking|skilled|"
    r"contributions?|integration|integrated|moderates?|moderate|religion|faith|scientists?|"
    r"theologians?|pastors?|priests?|leaders?|journalists?|doctors?|engineers?|neighbou?rs)"
)
_STANDING_QUOTED = re.compile(
    rf"(?:\b(?:{_ONE_OF}|{GROUP})s?\s+'{_STANDING}'(?!\w)|(?<!\w)'{_STANDING}'\s+(?:people|men|"
    r"women|folk|families|children|kids|refugees|religion|faith|community|culture|ideology|"
    rf"marriages?|lot)\b|\b(?:{_ONE_OF}|{GROUP})s?\b[^.!?']{{1,40}}?(?:become|became|are|were|"
    rf"call themselves|calling themselves|pretend to be|play at being)\s+'{_STANDING}'(?!\w))"
)

# Islam called "the religion of peace" in scare quotes, or so-called, with no people named
# ("Interesting that the "religion of peace" needs so many blasphemy laws."); and a word of
# standing in double quotes after "the", "these" or "how many of the", before a people, or
# joined to one ("the "refugees" in our town", "the "solidarity" Muslims posting here", "To
# the "Muslim ally" up there"); neither where the text says whose words they are or calls
# them wrong.
_PEACE_QUOTED = re.compile(r"[\"']religion of peace[\"']|\bso-?called\s+religion\s+of\s+peace\b")
# ... or in sarcasm after a killing: "Nothing to see here, just another 'lone wolf' from the
# religion of peace.", "The religion of peace strikes again." (not said in earnest: "Islam
# is a religion of peace for most who follow it.")
_PEACE_SNEERED = re.compile(
    r"\b(?:another|yet another|one more|the latest|more|the usual)\b[^.!?]{0,50}\b(?:from|of|by|"
    r"courtesy of|for)\s+the\s+religion\s+of\s+peace\b"
    r"|\bthe\s+religion\s+of\s+peace\s+(?:strikes|does it|is at it|at it|has struck|struck|"
    r"showing (?:itself|its true colou?rs))(?:\s+again)?\b"
)
# A people hinted at as one small, powerful community: "Isn't it curious how the loudest
# voices for open borders always come from one small, very well-connected community? Just
# noticing." (with the hint; not a church that calls itself "a small, well-connected
# community")
_WELL_CONNECTED = re.compile(
    r"\b(?:one|a certain|a particular|that|the same|a)\s+(?:(?:small|tiny|little|particular|"
    r"certain|specific),?\s+)?(?:(?:very|rather|extremely|oddly|curiously|remarkably|highly)\s+)?"
    r"(?:well-?connected|powerful|influential|wealthy|overrepresented|over-represented|"
    r"well-?organi[sz]ed|well-?funded)\s+(?:community|group|tribe|minority|people|ethnicity|"
    r"lobby|diaspora)\b"
)
_WELL_CONNECTED_HINT = re.compile(
    r"\b(?:(?:isn'?t it|it is|it's|funny|curious|interesting|strange|odd|weird|remarkable)\s+how|"
    r"just (?:noticing|an observation|saying|asking)|draw your own conclusions?|you know who|"
    r"no coincidence|coincidence\?|always\s+(?:come|comes|seem|seems|happen|happens)|"
    r"i(?:'ll| will) (?:let you|leave you to) (?:guess|work out|figure out))"
)
# A faith said to make its followers lie: "as a Muslim he is obliged by his faith to lie to
# us", "Muslims are allowed to lie to unbelievers" (where a people or a faith is named).
_LIE_BY_FAITH = re.compile(
    r"\b(?:obliged|commanded|allowed|permitted|required|encouraged|instructed|bound|expected)\s+"
    r"(?:by\s+(?:his|her|their|the|its)\s+(?:faith|religion|quran|koran|book|holy book|imams?|"
    r"scriptures?|prophet|god|creed)\s+)?to\s+(?:lie|deceive|lie and deceive)\s+(?:to\s+)?"
    r"(?:us|you|unbelievers|non-?muslims|non-?believers|infidels|kuff?ar|outsiders|christians|"
    r"jews|the west|westerners|everyone|anyone|the rest of us|the public)\b"
)
# A religion called a disease by way of a comparison: "I would describe Islam less as a
# religion and more as a pathogen. Its followers are the carriers …"
_FAITH_AS_DISEASE = re.compile(
    r"\b(?:less|not)\s+(?:as\s+)?(?:a\s+)?(?:religion|faith|belief|creed)\s+(?:and|than|but)\s+"
    r"(?:more\s+|rather\s+)?(?:as\s+|like\s+)?(?:a\s+|an\s+)?(?:pathogen|virus|disease|cancer|"
    r"plague|infection|contagion|tumou?r|parasite|poison|mental illness|sickness)\b"
    r"|\b(?:its|their|islam's|judaism's)\s+(?:followers|believers|adherents|faithful)\s+are\s+"
    r"(?:the\s+)?(?:carriers|vectors|hosts|infected)\b"
)
# One of a people named, and then that said to explain the worth of what they did: "I note
# that "Dr" Okafor is Nigerian. That would explain the quality of the argument."
_EXPLAINED_BY_ORIGIN = re.compile(
    rf"\b(?:is|was|being)\s+(?:an?\s+)?(?:{_ONE_OF}|{GROUP})\b[^.!?]{{0,20}}[.!?;,]+\s*"
    r"(?:and\s+)?(?:that|which|this)\s+(?:would|might|could|must|probably|certainly|surely|"
    r"definitely|kind of|sort of)?\s*(?:explains?|accounts? for)\s+(?:a lot|everything|so much|"
    r"it all|the (?:quality|standard|level|state|calibre|caliber))\b"
)
_STANDING_DOUBLE_QUOTED = re.compile(
    r"\b(?:the|these|those|our|your|their|all the|so many of the|how many of the)\s+"
    rf"[\"'](?:{_STANDING}|solidarity|allies|ally)[\"'](?!\w)"
    rf"|(?<!\w)\"(?:{_STANDING}|solidarity)\"\s+{GROUP}\b"
    rf"|(?<!\w)\"(?:{GROUP}|{_ONE_OF})\s+(?:ally|allies|friends?)\"(?!\w)"
)
# Whose words a quotation is, said just before it ("calling Islam the "religion of peace"").
_QUOTE_OWNED = re.compile(
    r"\b(?:says?|said|call\w*|label\w*|brand\w*|named?|term|word|wrote|writes?|shout\w*|"
    r"mock\w*|sneer\w*|jeer\w*)\b[^.!?]*$"
)

# A whole people made answerable for what some did: "Lord, we know every single Muslim is
# behind this.", "May God reveal that all Hindus support the mobs burning churches.",
# "Every Pakistani who stays silent is as guilty as the man holding the match.", "Somalis as
# a people chose this. They are all al-Shabaab in spirit.", "the Jews pull the strings",
# "all Chinese are Party informers at heart", "every mosque is a recruitment office" (not
# "not every Muslim …", "every Muslim I know is behind us", nor what someone is said to say).
_EVERY_ONE = rf"(?:every\s+(?:single\s+)?(?:{_ONE_OF}|{_PEOPLE_WORD})|all\s+(?:the\s+)?{GROUP})"
_ALL_TO_BLAME = re.compile(
    rf"(?<!\bnot )(?<!\bnot\s)\b{_EVERY_ONE}\s+(?:(?:who|that)\s+[^.!?]{{1,40}}?\s+)?(?:is|are)\s+"
    r"(?:(?:really|secretly|all|just)\s+)?(?:behind|to blame for|responsible for|guilty of|"
    r"complicit in|in on)\s+(?:this|it|the|these|all|every)\b"
    rf"|(?<!\bnot )\b{_EVERY_ONE}\s+(?:secretly\s+)?(?:support|supports|cheer|cheers|back|backs|"
    r"fund|funds)\s+(?:the\s+)?(?:mobs?|killers|killings|terrorists|terror|attacks?|jihad|"
    r"militants|burning)\b"
    rf"|\b{_EVERY_ONE}\s+(?:who|that)\s+[^.!?]{{1,40}}?\s+(?:is|are)\s+(?:just\s+)?as\s+guilty\s+as\b"
    rf"|\b(?:{GROUP}|{_PEOPLE_WORD}s?)\s+as\s+a\s+(?:people|race|nation|whole|group)\s+"
    r"(?:chose|wanted|asked for|deserved?|are to blame|brought)\b"
    r"|\b(?:they|them)\s+(?:are\s+)?all\s+(?:al-shabaa?b|isis|taliban|boko haram|terrorists|"
    r"jihadists|hamas|al-qaeda)\s+(?:in spirit|at heart|deep down|underneath|inside)\b"
    rf"|\b(?:the\s+)?(?:jews|{GROUP})\s+(?:pull|control|pulls|controls)\s+(?:the\s+)?strings\b"
    rf"|\ball\s+(?:the\s+)?{GROUP}\s+are\s+[^.!?]{{1,40}}?\s+(?:at heart|deep down|in spirit|"
    r"underneath)\b"
    r"|\bevery\s+(?:single\s+)?(?:mosque|temple|synagogue|madrasa|gurdwara)\s+is\s+(?:a|an)\s+"
    r"(?:\w+\s+)?(?:recruitment|recruiting|training|terror)\s+(?:office|centre|center|camp|"
    r"cell|base|ground)\b"
)

# More sneers that say nothing outright, written from a fresh writer's implied attacks
# (half read, half only counted):
_STEREOTYPED = re.compile(
    # "Latinos are great at two things: having babies and collecting welfare." "Women are
    # great at plenty of things, just not at making decisions."
    rf"\b{_WHO_OR_WHAT}\s+are\s+(?:really\s+|so\s+)?(?:great|good|brilliant|excellent)\s+at\s+"
    r"(?:(?:only\s+)?(?:two|2|three|3|one|1)\s+things|plenty of things|lots of things|many "
    r"things|everything)\b[^.!?]{0,40}(?::|\bjust not\b|\bexcept\b|\bbut\b)"
    # "Women in engineering is a lovely idea right up until the bridge falls down."
    rf"|\b{_WHO_OR_WHAT}\b[^.!?]{{0,60}}\bright up until\b(?!\s+(?:the end|the last|their|his|her|"
    r"death|they died|he died|she died)\b)"
    # "The Irish are fine company as long as you keep the whiskey out of reach."
    rf"|\b{_WHO_OR_WHAT}\s+are\s+(?:fine|great|nice|lovely|ok|okay|good|decent|alright|all right)"
    r"\b[^.!?]{0,30}\b(?:as long as|so long as|until|unless)\b"
    # "Let's not pretend Aboriginal communities can be trusted to manage their own money."
    r"|\blet'?s\s+not\s+pretend\s+(?:that\s+)?(?:the\s+)?(?!christ|catholic|believer|convert)"
    rf"{_WHO_OR_WHAT}\b"
    # "Travellers should be kept out of the town centre during the festival."
    rf"|\b(?!christ|catholic|believer|convert){_WHO_OR_WHAT}\s+should\s+(?:all\s+)?be\s+(?:kept|"
    r"banned|barred)\s+(?:out\s+of|away\s+from|from)\s+(?!(?:the\s+)?(?:prisons?|jails?|danger|"
    r"harm|detention|camps?|the camps|war|violence|abuse)\b)"
    # "Jewish doctors only care about the bill, not the patient."
    rf"|\b{_WHO_OR_WHAT}(?:\s+[a-z]+)?\s+(?:only|just)\s+(?:ever\s+)?care\s+about\s+(?:the\s+)?"
    r"(?:money|bill|bills|profit|profits|cash|gold|fees?|themselves|their own)\b"
    # "Disabled people should be grateful anyone hires them at all."
    rf"|\b{_WHO_OR_WHAT}\s+should\s+(?:just\s+)?be\s+grateful\b"
    # "The Black community needs to stop blaming racism for their own choices."
    r"|\b(?:needs?|have|has)\s+to\s+stop\s+blaming\s+(?:racism|discrimination|islamophobia|"
    r"antisemitism|sexism|homophobia|prejudice|bigotry|colonialism|slavery|everyone else|"
    r"the west|white people)\b"
    # "Refugees get free phones and housing while our veterans sleep on the street."
    rf"|\b{_WHO_OR_WHAT}\b[^.!?]{{0,60}}\bwhile\s+our\s+(?:own\s+)?(?:veterans|pensioners|"
    r"elderly|homeless|children|kids|people)\s+(?:sleep on the streets?|go hungry|freeze|are "
    r"homeless|get nothing|starve|wait)\b"
    # "… in twenty years they'll outvote us in our own country."
    r"|\b(?:they|they'll|they will|they're going to)\b[^.!?]{0,20}\b(?:outvote|outbreed|replace)\s+"
    r"us\b"
    # "The Rothschilds decide which wars happen."
    r"|\b(?:the\s+)?(?:rothschilds?|soros)\b[^.!?]{0,40}\b(?:control|controls|decide|decides|run|"
    r"runs|own|owns|pull|pulls|fund|funds|start|starts)\b"
    # "Another week, another youth stabbing in London. We all know what youth means."
    r"|\bwe\s+all\s+know\s+what\s+['\"]?(?:youth|youths|urban|inner[- ]city|thug|thugs|asian|"
    r"community|culture)['\"]?\s+(?:means|really means|is code for)\b"
    # "Diversity hire. I'm sure she was the best candidate, sure."
    r"|\bdiversity\s+hires?\b"
    # "Of course the scammer was Nigerian."
    r"|\bof\s+course\s+the\s+(?:thief|thieves|scammers?|robbers?|attackers?|killers?|rapists?|"
    r"criminals?|suspects?|shooters?|bombers?|culprits?|muggers?|dealers?|fraudsters?|"
    rf"groomers?|stabbers?)\s+(?:was|were|is|are|turned out to be)\s+(?:an?\s+)?{_WHO_OR_WHAT}\b"
    # "Notice how the neighbourhood changed once the Somalis arrived."
    r"|\b(?:notice|noticed|funny|amazing|interesting|strange|weird|odd)\s+how\b[^.!?]{0,40}\b"
    r"(?:changed|went downhill|got worse|got rough(?:er)?|got dirt(?:y|ier)|got loud(?:er)?|got "
    r"dangerous|went to (?:hell|pot|the dogs)|fell apart|emptied|crime went up|prices (?:dropped|"
    r"fell)|started (?:smelling|to smell))\b[^.!?]{0,20}\b(?:once|when|since|after|the moment)"
    rf"\s+(?:the\s+)?{_WHO_OR_WHAT}\s+(?:arrived|moved in|came|showed up|got here|took over|"
    r"moved here|started coming)\W*$"
    # "Gay people have an agenda and it starts in the schools."
    rf"|\b{_WHO_OR_WHAT}\s+(?:have|has|are pushing|push|pushes)\s+(?:an?|their)\s+(?:\w+\s+)?"
    r"agenda\b"
    # "… worships cows and treats their wives worse."
    r"|\btreats?\s+their\s+(?:wives|women|daughters|girls)\s+(?:worse|like\s+(?:dirt|dogs|"
    r"property|slaves|animals|cattle))\b"
    # "Every refugee I've met had an iPhone. Makes you think.", "Let's just say the new
    # Afghan neighbours aren't big on showering."
    rf"|\b{_WHO_OR_WHAT}\b[^.!?]{{0,80}}[.!?,;]+\s*(?:just saying|just sayin'?|we all know(?: "
    r"why)?|i'?ll say no more)\s*[.!?…]*$"
    rf"|^let'?s just say\s+(?:the\s+)?(?:[a-z]+\s+){{0,2}}{_WHO_OR_WHAT}(?:\s+(?:neighbou?rs|"
    r"family|families|people|men|women|lads|kids|guys|lot|couple|students|workers))?\s+(?:aren'?t|isn'?t|"
    r"don'?t|doesn'?t|are not|is not|do not|does not|never|won'?t)\b"
    # "Gay teachers should be kept away from the boys' changing rooms, for obvious reasons."
    rf"|\b{_WHO_OR_WHAT}\b[^.!?]{{0,80}}\bfor obvious reasons\b"
    # "New Chinese takeaway opened on our street. Keep an eye on your cats, lads."
    rf"|\b{_WHO_OR_WHAT}\b[^.!?]{{0,60}}[.!?]?\s*(?:keep an eye on|lock up|hide|watch)\s+your\s+"
    r"(?:cats?|dogs?|pets?)\b"
)

# What calls a claim false or hateful.
_FALSE = (
    r"lie|lies|myth|false|untrue|nonsense|racist|hateful|bigoted|bigotry|slur|smear|wrong|"
    r"disgusting"
)
_CALLED_FALSE = re.compile(rf"\b(?:{_FALSE}|stereotypes?|prejudiced?)\b")

# "Israel first, this country second. We all know where their real loyalty lies."
_LOYALTY = re.compile(
    r"\b(?:their|his|her)\s+(?:real|true)\s+loyalt(?:y|ies)\s+lies?\b|\bdual\s+loyalty\b"
    # "Just asking: can a real Muslim ever be loyal to this country?"
    r"|\b(?:can|could|will|would|is|are)\s+(?:a\s+|an\s+|any\s+)?(?:(?:real|true|devout|proper)\s+"
    rf"(?:{_ONE_OF}|{GROUP})s?(?:\s+(?:ever|really|truly))*|(?:{_ONE_OF}|{GROUP})s?\s+ever"
    r"(?:\s+(?:really|truly))*)\s+(?:be\s+)?(?:loyal|trusted|trustworthy)\b"
)


# (what someone said, or a lie named: not "whatever they say", nor the government it names)
_BLAME_REPORTED = re.compile(
    r"\b(?:says|said|claims?|claimed|labell?ed|brands?|branded|accuses?|accused|according to|"
    rf"propaganda|dog whistle|{_FALSE})\b"
)


# A people named, then a sarcastic tag as the last sentence: "Pakistani taxi driver took the
# long way round. Colour me surprised.", "The Ahmadis keep insisting they're Muslims.
# Adorable." Not where harm is told ("Another pastor fined. Typical." is a complaint
# about those who fine him), nor of a country alone ("Snow in Kazakhstan in May. Typical.").
_SARCASM_TAG = re.compile(
    r"(?:[.!?…]|\s[-–—])\s*(?:(?:so |how |just )?typical|colou?r me (?:surprised|shocked)|"
    r"what a (?:surprise|shock)|surprise,? surprise|quelle surprise|"
    r"who(?:'d| would| could)(?: have|'ve)? (?:thought|guessed)|who knew|(?:how )?adorable|"
    r"(?:how )?cute|bless (?:them|him|her|their (?:little )?hearts?)|figures|classic|predictable|"
    r"just an observation|make of that what you will|not)\s*[.!?…]*[^\w]*$"
    # or a short last sentence of sarcasm: "Coincidence?", "Sure thing.", "Funny that.",
    # "Totally studying."
    r"|(?:[.!?…]|\s[-–—])\s*(?:oh\s+)?(?:sure|totally|definitely|clearly|obviously|naturally|"
    r"coincidence|funny|shocker|surprise|surprising|shocking|as always|as usual|as expected|"
    r"never fails|every time|of course)(?:\s+[a-z']+)?\s*[.!?…]*[^\w]*$"
    r"|(?:[.!?…]|\s[-–—])\s*(?:shocking|surprising|shocker|what a surprise|who knew),?\s+"
    r"(?:i know|right|eh|huh|truly|really|honestly|i'?m sure)\s*[.!?…]*[^\w]*$"
    # "Totally a coincidence, of course." (not "Makes you think.", said of a hardship too:
    # "Refugees walked 500 miles with their children. Makes you think.")
    r"|(?:[.!?…]|\s[-–—])\s*(?:(?:totally|purely|just|pure|complete|completely|total)\s+)?(?:a\s+)?"
    r"coincidence,?\s*(?:of course|i'?m sure|obviously|right)\s*[.!?…]*[^\w]*$"
    # or a prophecy of ruin in jest: "Sure, that'll end well.", "What could go wrong?"
    r"|(?:[.!?…]|\s[-–—])\s*(?:(?:oh\s+)?(?:sure|yeah|yep)\s*,?\s*)?(?:that'?ll|that will|"
    r"this will|that'?s going to|this is going to|that's gonna) (?:end|turn out|go) (?:well|great)|"
    r"(?:[.!?…,]|\s[-–—])\s*(?:(?:hmm+|hm+|well|yeah|oh|sure)\s*[,.]*\s*)?what could (?:possibly )?"
    r"go wrong\s*[.!?…]*[^\w]*$"
    # ("… with the youth group? I'm sure nothing could possibly go wrong there.")
    r"|(?:[.!?…,]|\s[-–—])\s*(?:i'?m sure |i am sure |surely )?nothing could (?:possibly )?go wrong"
    r"(?: there| with that| here)?\s*[.!?…]*[^\w]*$"
)
# A people named, then a knowing tag that makes a habit of what was said: "Somali taxi
# drivers take the long way on purpose, it's what they do.", "Any Turkish kebab shop is a
# front for something, we all know that." (not after a kindness: "Our Somali neighbours
# bring food when someone is ill, it's what they do.", nor after harm told)
_KNOWING_TAIL = re.compile(
    r"[.!?,;–—-]\s*(?:(?:and|but)\s+)?(?:(?:we all|everyone|everybody|you all|y'?all)\s+knows?"
    r"(?:\s+(?:that|it|why|what they'?re like))?|(?:it'?s|that'?s|thats|its)\s+"
    r"(?:just\s+|simply\s+)?what they do|you know what they'?re like|you know the type|"
    r"if you know what i mean|"
    r"draw your own conclusions?|say no more|'?nuff said|enough said)\s*[.!?…]*[^\w]*$"
)
_COUNTRIES = (
    r"china|india|africa|mexico|israel|palestine|gaza|pakistan|iran|iraq|syria|somalia|"
    r"afghanistan|turkey|russia|ukraine|korea|japan|europe|america|usa|us|uk|britain|england|"
    r"france|germany|poland|nigeria|kazakhstan"
)
_A_PEOPLE_NOT_A_PLACE = re.compile(rf"\b(?!(?:{_COUNTRIES})\b)(?:{_PEOPLE_WORD}|{_ONE_OF})s?\b")
# (nor a kindness told, where the tag is meant: "My Muslim neighbours brought soup when I
# was ill. Bless them.")
_KINDNESS_TOLD = re.compile(
    r"\b(?:lov\w*|kind\w*|generous|generosity|brought|bring\w*|gave|gives?|giving|gifts?|help\w*|"
    r"welcom\w*|beautiful\w*|"
    r"friend\w*|sang|sing\w*|pray\w*|thank\w*|wonderful|brilliant|delicious|joy\w*|amazing|"
    r"invit\w*|shar\w*|cared|caring|warm\w*|bless\w*(?= (?:us|me|our))|smil\w*|laugh\w*|"
    r"celebrat\w*|won|hugged|fed|cooked|baked|visited|fixed|mended|repaired|for free|paid|"
    r"baptised|baptized|god|lord|jesus|christ|amen|cried|tears)\b"
)
_HARM_TOLD_HERE = re.compile(
    r"\b(?:arrest\w*|fined|raid\w*|jail\w*|imprison\w*|detain\w*|kill\w*|murder\w*|beat|beaten|"
    r"attack\w*|persecut\w*|banned|closed|shut down|burn\w*|bomb\w*|kidnap\w*|tortur\w*|"
    r"deport\w*|harass\w*|threaten\w*|sentenced|convicted|charged with|censor\w*|expelled|fired|"
    r"sacked|evicted|abused|insulted|mocked|spat|vandali[sz]ed|denied|refused)\b"
)


# "Count how many synagogues there are near the banks, then tell me it's a coincidence.":
# a people or its houses named, and a link called no coincidence with a wink (not "It is
# no coincidence that attacks rose after the law passed.", which argues in the open).
_COINCIDENCE = re.compile(
    r"\b(?:tell me|and you (?:still )?(?:think|say|believe)|still think|you think|must be|"
    r"(?:i'?m|i am) sure (?:it'?s|that'?s)|purely|pure|just|total|complete)\s+"
    r"(?:(?:it'?s|that'?s|it is|that is|this is)\s+)?(?:a\s+|just\s+a\s+|all\s+a\s+|"
    r"only\s+a\s+)?coincidences?\b|"
    r"\bcoincidences?\s*\?\s*(?:i (?:think|doubt) (?:not|it)|yeah right|sure|right)\b"
)
_GROUP_NAMED = re.compile(rf"\b{GROUP}\b")
_HOUSES_NAMED = re.compile(r"\b(?:mosques?|synagogues?|temples?|gurdwaras?|halal)\b")
# "Strange how crime went up the same year the asylum hotel opened.": a rise in crime set
# beside the arrival of a people, as a wink.
_CRIME_SINCE = re.compile(
    r"\b(?:strange|funny|odd|interesting|curious|weird|amazing|remarkable|notice)\s+how\s+"
    r"(?:the\s+)?(?:crime|crimes|rapes?|stabbings?|thefts?|burglar(?:y|ies)|violence|knife "
    r"crime|robber(?:y|ies)|the crime rate|assaults|shopliftings?|drugs)\s+(?:went up|goes up|"
    r"rose|rises|increased|started|doubled|tripled|spiked|exploded|began|shot up)\b"
    rf"[^.!?]{{0,60}}\b(?:asylum|refugees?|migrants?|immigrants?|mosques?|{GROUP}|they|them|"
    r"(?:the\s+)?new\s+(?:neighbou?rs|arrivals|families))\b"
)


# "Have you noticed who owns all the banks and the media?": who holds the powers of the
# world asked about with a wink, the people left for the reader to name.
# "Have you ever checked who's filling the prisons?" where a people is named
_WHO_FILLS = re.compile(
    r"\b(?:notice[ds]?|noticing|check(?:ed)?|look(?:ed)?\s+at|guess|wonder(?:ed|ing)?|ask\s+"
    r"yourself|google|research|see)\s+who(?:'s|\s+is|\s+are|'re)?\s+(?:really\s+|actually\s+)?"
    r"(?:filling|crowding|overcrowding|packing|committing|doing|behind)\s+(?:up\s+)?(?:the\s+|"
    r"our\s+|all\s+the\s+|most\s+of\s+the\s+)?(?:prisons?|jails?|courts?|dole queues?|crimes?|"
    r"rapes|stabbings|robberies|crime stats|crime statistics|the crime)\b"
)
# The trope of a people who eat pets: "Chinese takeaway opens next door and suddenly no stray
# cats on the street. Hmm."
_PETS_GONE = re.compile(
    r"\b(?:chinese|korean|vietnamese|asian|haitian|filipino)\b[^.!?]{0,60}?\b(?:no more|no|fewer|"
    r"missing|disappear\w*|vanish\w*|gone)\s+(?:stray\s+)?(?:cats|dogs|pets|kittens|puppies)\b"
    r"|\b(?:chinese|korean|vietnamese|asian|haitian|filipino)\b[^.!?]{0,60}?\b(?:ran|run|running)\s+"
    r"out\s+of\s+(?:cats|dogs|pets|kittens)\b"
    r"|\b(?:cats|dogs|pets)\s+(?:keep\s+|have\s+been\s+|started\s+|are\s+)?(?:disappearing|"
    r"vanishing|going missing)\b[^.!?]{0,60}?\b(?:chinese|korean|vietnamese|asian|haitian)\b"
)
# A street worse since a people moved in: "just noticing the street got a lot dirtier after
# the hindu families moved in"
_WORSE_SINCE = re.compile(
    r"\b(?:got|gets|getting|has got|have got|became|has become|went|is|was)\s+(?:a lot\s+|"
    r"so much\s+|way\s+|much\s+|a bit\s+|noticeably\s+)?(?:dirtier|worse|rougher|more dangerous|"
    r"louder|noisier|filthier|scarier|poorer|smellier|uglier|sketchier|dodgier)\s+(?:ever\s+)?(?:after|"
    r"since|when|once)\s+[^.!?]{0,40}?\b(?:moved|came|arrived|showed up|turned up|took over|"
    r"settled)\b"
)
# The old trope of a people by its noses, pulling strings: "always the same ppl with the big
# noses pulling strings behind the scenes huh"
_NOSES_AND_STRINGS = re.compile(
    # "the same few surnames ending in -stein and -berg always seem to be pulling the strings",
    # "why do the same few families always seem to own the media"
    r"\b(?:the\s+)?same\s+(?:few\s+|small\s+|old\s+|handful\s+of\s+)?(?:surnames|names|"
    r"families|bankers|financiers)\b[^.!?]{0,60}?\b(?:pull\w*\s+(?:the\s+|all\s+the\s+)?strings|"
    r"(?:own|owns|owning|run|runs|running|control|controls|controlling)\s+(?:the\s+|all\s+the\s+)?"
    r"(?:media|banks|press|news|papers|newspapers|hollywood|world|money|government))\b"
    r"|\b(?:surnames|names)\s+ending\s+in\s+-?(?:stein|berg|baum|witz|man)\b"
    r"|\b(?:big|hooked|long|crooked)\s+noses?\b[^.!?]{0,60}?\b(?:pull\w*\s+(?:the\s+|all\s+the\s+)?"
    r"strings|control\w*|run\w*\s+(?:the|everything|it all)|behind\s+the\s+scenes|own\w*\s+(?:the|"
    r"all|everything))"
    r"|\b(?:pull\w*\s+(?:the\s+|all\s+the\s+)?strings|behind\s+the\s+scenes)\b[^.!?]{0,60}?\b"
    r"(?:big|hooked|crooked)\s+noses?\b"
)
# Told with a wink where a people is named: "Igbo people are so good with money. Especially
# other people's money.", "A Hindu shopkeeper who gives you correct change? I will believe it
# when I see it.", "Who is really running Pakistan, I wonder.", "Interesting how Ahmadis
# always seem to get the good government jobs.", "… yet somehow they own half the pharmacies
# in Cairo."
_WINKED = re.compile(
    r"\bespecially\s+other\s+people'?s\s+(?:money|things|wives|jobs|land|property|houses)\b"
    r"|\bi(?:'ll|\s+will)\s+believe\s+(?:it|that)\s+when\s+i\s+see\s+it\b"
    r"|\bwho(?:'s|\s+is)\s+really\s+(?:running|controlling|pulling the strings in)\s+(?:the\s+"
    r"(?:country|world|media|banks|government|show)|this\s+country|[a-z]+(?=\s*(?:,|\?|$)|\s+i\s+"
    r"wonder))"
    r"|\b(?:interesting|funny|strange|odd|curious|notice|noticed)\s+how\s+[^.!?]{0,40}?\balways\s+"
    r"(?:seem\s+to\s+|seems\s+to\s+|manage\s+to\s+)?(?:get|end up with|land|grab)\s+(?:the\s+)?"
    r"(?:good|best|top|cushy|nicest|biggest)\b"
    r"|\b(?:yet|but|and)\s+(?:somehow\s+)?they\s+(?:still\s+|all\s+)?(?:own|run|control)\s+"
    r"(?:half|most|all|every)\b"
)
# "Ever notice how the refugees always seem to have the latest smartphones? Makes you think."
_ALWAYS_NOTICED = re.compile(
    r"\b(?:ever|have you(?: ever)?|you ever)\s+notice[d]?\s+how\s+[^.!?]{0,40}?\balways\s+"
    r"(?:seem|seems|manage|manages|end up|ends up|turn up|turns up|happen|happens)\s+"
    r"[^.!?]*[.!?…]+\s*(?:it\s+)?makes?\s+(?:you|one|me)\s+(?:think|wonder)\b"
)
# "… remind the women on this wall how foolish and inferior You made them."
_MADE_LESSER = re.compile(
    # ("Lord, please remind women they are lesser and belong beneath men.")
    r"\bremind\s+[^.!?]{0,40}?\b(?:they|that they)\s+(?:are|were)\s+(?:made\s+)?(?:lesser|"
    r"inferior|beneath|less than|below|subordinate|second[- ]class)\b"
    r"|\bhow\s+(?:[a-z]+\s+(?:and\s+)?){0,3}?(?:foolish|inferior|stupid|weak|worthless|useless|"
    r"lesser|dim|simple|dumb|backward)\s+(?:you|god|he|the lord)\s+made\s+them\b"
)
_WHO_HOLDS = re.compile(
    r"\b(?:notice[ds]?|noticing|guess|wonder(?:ed|ing)?|ask\s+yourself|look(?:\s+(?:up|into|at))?|"
    r"check|research|google|find\s+out|figure\s+out|think\s+about|ever\s+asked|interesting|"
    r"funny|curious|strange|odd)\s+(?:who|which\s+"
    r"(?:group|people|tribe|families|family|religion))\s+(?:really\s+|actually\s+|secretly\s+)?"
    r"(?:owns|own|runs|run|controls|control|funds|fund|finances|bankrolls|is\s+behind|are\s+behind)"
    rf"\s+(?:all\s+|most\s+of\s+|every\s+)?{_POWERS}\b"
)
# "… they smile at you while they plot to take over.": a people's plot to take over, told
# as fact (not the myth called one: "The lie that Muslims plan to take over …").
_PLOT_TO_TAKE_OVER = re.compile(
    r"\b(?:plot|plots|plotting|plan|plans|planning|scheme|schemes|scheming|conspire|conspiring|"
    r"biding\s+their\s+time|waiting|wait|secretly\s+want|quietly\s+work(?:ing)?)\s+(?:\w+\s+)?"
    r"(?:to\s+)?(?:take\s+over|replace\s+us|outbreed\s+us|outnumber\s+us|conquer\s+us|"
    r"islami[sz]e)(?:\s*(?:[.!?,;]|$)|\s+(?:the\s+|our\s+|this\s+|your\s+|the\s+whole\s+)?"
    r"(?:country|world|nation|town|city|europe|west|neighbou?rhood|street|area|government|"
    r"schools?|council|island|continent|america|britain|england|uk|us|usa|france|germany|"
    r"india|everything|us\s+all)\b)"
)
# "Once the mosques outnumber the churches, don't say nobody warned you.": a warning of a
# people's numbers.
_WARNED = re.compile(
    r"\b(?:don'?t|do\s+not|never|can'?t|cannot)\s+say\s+(?:nobody|no\s+one|no-one|we\s+didn'?t|"
    r"i\s+didn'?t)\s+warn(?:ed)?\s+you\b|\byou(?:'ve|\s+have)?\s+been\s+warned\b|\bmark\s+my\s+"
    r"words\b"
)
_WARNING_CONDEMNED = re.compile(
    r"\b(?:lies?|myths?|racis\w*|conspirac\w*|hateful|bigot\w*|fear-?monger\w*|"
    r"scare-?monger\w*|propaganda|tropes?|nonsense|paranoi\w*)\b"
)
_NUMBERS = re.compile(
    r"\b(?:outnumber\w*|outbreed\w*|take\s+over|taking\s+over|majority|replace\w*|caliphate|"
    r"sharia|breed\w*|multiply\w*|swarm\w*|flood\w*)\b"
)
# "Interesting that every terrorist seems to pray five times a day": those who do harm said
# to share a faith's practice or a people's name.
_EVERY_CRIMINAL = re.compile(
    r"\b(?:every|each|all\s+(?:the|these|those))\s+(?:single\s+)?(?:terrorists?|bombers?|"
    r"rapists?|criminals?|attackers?|shooters?|murderers?|paedophiles?|pedophiles?|groomers?|"
    r"thieves|thief|gang\s+members?|stabbers?|killers?)\b[^.!?]{0,25}?\b(?:seems?|happens?|always|"
    r"somehow|just\s+happens?)\s+(?:to\s+)?(?:be|pray|prays|worship|go|goes|attend|wear|have|has|"
    r"come|comes|read|shout|follow|carry|speak|look|belong|share)\b"
)
_PRACTICE_NAMED = re.compile(
    r"\b(?:pray\w*\s+(?:five|5)\s+times|allahu?\s+akbar|mosques?|qur'?an|koran|beards?|hijabs?|"
    r"turbans?|synagogues?|kippahs?|yarmulkes?|temples?|halal|ramadan|mohamm?ed|muhammad|ahmed|"
    r"same\s+(?:religion|faith|god|book|prophet|background|skin|colou?r|country|name))\b"
)
# "Those Roma camps are full of animals, not people.": a people called beasts, not people
# (not how they are treated: "They treat us like animals, not people.").
_BEASTS_NOT_PEOPLE = re.compile(
    r"\b(?:are|were|is|was|full\s+of|nothing\s+but|just|only)\s+(?:filthy\s+|dirty\s+|wild\s+|"
    r"mere\s+|dumb\s+)?(?:animals|beasts|vermin|rats|savages|cockroaches|parasites|apes|"
    r"monkeys|subhumans?|pigs|dogs|freaks|abominations|mutants|degenerates|things|creatures)\s*,?\s+"
    r"not\s+(?:real\s+)?(?:people|humans|human\s+beings|men|women|persons)\b"
)
# "Look at any no-go zone and tell me who lives there": the myth of districts a people
# keeps others out of, with a people named or the reader asked to name them.
_NO_GO = re.compile(r"\bno[- ]go\s+(?:zones?|areas?|districts?|neighbou?rhoods?)\b")
_WHO_LIVES = re.compile(
    r"\b(?:tell|guess)\s+(?:me\s+)?who\s+(?:lives|live|runs|run|controls|control|is|are)\b|"
    r"\bwho\s+(?:lives|live)\s+there\b"
)
# "A trans woman joined our choir. It should be kept away from children.": a people or one
# of them said to be a danger to children.
_AWAY_FROM_CHILDREN = re.compile(
    r"\b(?:should|must|need\s+to|needs\s+to|ought\s+to|has\s+to|have\s+to)\s+be\s+kept\s+"
    r"(?:away|far\s+away|well\s+away)\s+from\s+(?:our\s+|the\s+|your\s+|all\s+)?(?:children|"
    r"kids|schools?|little\s+ones|young\s+people|youth)\b"
)
# "Just asking why Muslim families have so many kids. Demographics, anyone?": a question
# "just asked" of a people's numbers or births.
# "My Muslim neighbour is one of the good ones.", "… I always wonder who he reports back
# to.", "Those people ruin every neighbourhood they touch.", "Vermin like that need moving
# on.", "… they are too foolish to speak.": where a people is named, a phrase that makes
# the rest of them the exception, spies, spoilers, vermin or fools.
_NAMED_THEN_SCORNED = re.compile(
    r"\bone\s+of\s+the\s+good\s+ones\b"
    r"|\bwho\s+(?:does|do)\s+(?:he|she|they)\s+really\s+(?:report|answer|work)\s+(?:to|for)\b"
    # "Gay teachers, Paul? I'd just keep an eye on the kids, that's all I'm saying."
    r"|\bkeep\s+an\s+eye\s+on\s+(?:the|our|your|my)\s+(?:kids|children|little\s+ones|boys|"
    r"girls|daughters|sons)\b[^.!?]{0,30}\b(?:all\s+i(?:'?m|\s+am)\s+saying|just\s+saying|just\s+to\s+be\s+"
    r"(?:safe|sensible)|can'?t\s+be\s+too\s+careful)"
    # "Mexicans make great gardeners, it's what they're naturally suited for."
    r"|\b(?:it'?s|that'?s)\s+what\s+they(?:'re|\s+are)\s+(?:naturally\s+|best\s+)?(?:suited|"
    r"made|born|built)\s+(?:for|to\s+do)\b"
    # "Disabled parishioners are sweet, but maybe they should sit at the back so …"
    r"|\bmaybe\s+they\s+should\s+(?:sit|stay|stand|be\s+kept|be\s+seated)\s+(?:at\s+the\s+"
    r"back|out\s+of\s+sight|at\s+home|outside|somewhere\s+else)\b"
    r"|\b(?:wonder|wondering|ask\s+myself|who\s+knows)\s+who\s+(?:he|she|they)\s+(?:really\s+"
    r"(?:reports?|answers?|works?)\s+(?:to|for)|reports?\s+back\s+to|spies?\s+for)\b"
    # ("… makes you wonder who they're reporting back to")
    r"|\b(?:wonder|wondering|ask\s+yourself|who\s+knows)\s+who\s+(?:they're|he's|she's|they\s+are|"
    r"he\s+is|she\s+is)\s+(?:really\s+)?(?:reporting|answering|spying)\s+(?:back\s+)?(?:to|for)\b"
    r"|\b(?:those|these|such)\s+(?:people|things|types|creatures)\s+(?:always\s+|just\s+)?"
    r"(?:ruin|ruins|destroy|destroys|spoil|spoils|wreck|wrecks|infest|infests|poison|poisons|"
    r"pollute|pollutes|take\s+over|bring\s+(?:crime|disease|trouble))\b"
    r"|\b(?:vermin|rats|animals|scum|filth|parasites|cockroaches|savages|pests|trash|garbage)\s+"
    r"like\s+(?:that|them|those|these)\b"
    # "Roma families staying in the shelter? Might want to keep a close eye on the donation
    # boxes then."
    r"|\bkeep\s+(?:a\s+(?:close\s+|careful\s+|firm\s+)?|an\s+|both\s+)eyes?\s+on\s+(?:the|your|"
    r"our)\s+(?:donation\s+(?:box|boxes|tin|tins|jar)|collection\s+(?:plate|box|bag)|till|"
    r"cash(?:\s+box)?|valuables|handbags?|purses?|wallets?|silver|offering)\b"
    # "… Chinese names signing the petition. Wonder who's checking what they report back home."
    r"|\b(?:what|who)\s+(?:they|he|she)\s+(?:report|reports|are\s+reporting|is\s+reporting)\s+"
    r"(?:back\s+)?(?:home|to\s+beijing|to\s+the\s+party|to\s+their\s+(?:handlers|embassy|"
    r"government))\b"
    # "Every time I see a Fulani name in a news story I already know what the story is."
    r"|\bevery\s+time\s+i\s+(?:see|hear|read)\s+(?:a|an)\s+[a-z]+\s+(?:name|surname)\b"
    r"[^.!?]{0,50}?\bi\s+(?:already\s+)?know\s+(?:what|how)\b"
    # "Of course the Nigerian bank details look legitimate. They always do, don't they."
    r"|\bthey\s+always\s+(?:do|are|have|will|seem\s+to)\s*,?\s+(?:don'?t|aren'?t|haven'?t|"
    r"won'?t)\s+they\b"
    # "At work they've hired a woman as head of engineering. I do wonder what she had to do to
    # get that job."
    r"|\bwhat\s+(?:she|he|they)\s+(?:had|has|have|did)\s+to\s+do\s+to\s+get\s+(?:that|the|"
    r"this|her|his|their)\s+(?:job|role|post|position|promotion|grade|contract|place)\b"
    # "… why are they always so keen to be around children?"
    r"|\bwhy\s+(?:are|do)\s+(?:they|these\s+people|those\s+people)\s+always\s+(?:seem\s+)?"
    r"(?:so\s+)?(?:keen|eager|desperate|want|wanting)\s+to\s+(?:be\s+)?(?:around|near|with|"
    r"work\s+with|teach|get\s+near)\s+(?:children|kids|little\s+ones|young\s+people)\b"
    # "You know what those people are like, noisy, dirty …", "They're all like that.",
    # "We all know what happens when you hand your details to someone from …"
    r"|\byou\s+know\s+what\s+(?:those\s+people|these\s+people|they|that\s+lot|their\s+kind|"
    r"that\s+sort)\s+(?:are|'re)\s+like\b"
    r"|\bthey(?:'re|\s+are)\s+all\s+(?:like\s+that|the\s+same)\b"
    r"|\bwe\s+all\s+know\s+what\s+happens\s+(?:to\s+(?:[a-z']+\s+){1,3}?)?when\b"
    r"|\bmakes?\s+you\s+wonder\s+where\s+(?:the|their|his|her)\s+(?:money|cash|car|cars)\b"
    # "… has anyone counted how many of them will still be living on benefits in ten years?"
    r"|\bhow\s+many\s+of\s+them\s+will\s+(?:still\s+)?be\s+(?:living\s+)?on\s+(?:benefits|"
    r"welfare|the\s+dole)\b"
    r"|\b(?:they|them)\s+(?:are|r|is)\s+(?:too|so)\s+(?:foolish|stupid|dumb|ignorant|weak|"
    r"emotional|simple|primitive|backward|dim|thick|irrational)\s+to\s+(?:speak|lead|vote|preach|"
    r"teach|think|drive|learn|understand|be\s+trusted|decide|work|rule|govern|have\s+a\s+say)\b"
    r"|\bshouldn'?t\s+be\s+(?:allowed\s+)?(?:anywhere\s+)?near\s+(?:our\s+|the\s+|your\s+)?"
    r"(?:children|kids|schools?)\b"
)
# "Give it twenty years and our grandkids will be learning Arabic and praying towards
# Mecca.": a people's coming rule foretold by the years it will take.
_YEARS_UNTIL = re.compile(
    r"\b(?:give\s+it|in|within|another)\s+(?:\d+|ten|twenty|thirty|forty|fifty|a\s+few|a\s+couple"
    r"\s+of|one|two)\s+(?:more\s+)?(?:years|decades|generations)\b[^.!?]{0,40}?\b(?:(?:our|your)\s+"
    r"(?:kids|children|grandkids|grandchildren|daughters|sons|country|town|city|nation|streets|"
    r"schools|churches|people)|we(?:'ll|\s+will)?\s+all|everyone|all\s+of\s+us|europe|britain|"
    r"england|america|france|germany|the\s+west)\b[^.!?]{0,40}?\b(?:learning\s+"
    r"arabic|speak(?:ing)?\s+arabic|pray(?:ing)?\s+(?:towards|toward|to)\s+mecca|under\s+sharia|"
    r"sharia\s+law|(?:be|are|will\s+be)\s+(?:a\s+)?minority|outnumbered|wearing\s+(?:a\s+)?"
    r"(?:hijabs?|burqas?|burkas?|headscar(?:f|ves))|call\s+to\s+prayer|a\s+caliphate|all\s+be\s+"
    r"muslims?|converted\s+to\s+islam)\b"
)
# "Interesting who owns the media, isn't it? (((They))) always do.": the echo, the
# brackets that mark a Jewish name for others to see.
_ECHO = re.compile(r"\(\(\(\s*[^()]{1,40}?\s*\)\)\)")
_JUST_ASKING = re.compile(r"\bjust\s+(?:asking|a\s+question|wondering|curious)\b")
_BIRTHS = re.compile(
    r"\b(?:so\s+many\s+(?:kids|children|babies)|demographics?|birth\s*rates?|breed\w*|"
    r"outnumber\w*|replace\w*|take\s+over|taking\s+over)\b"
)


# The hedge that opens some of these, left out before the text is searched for words that
# tell or condemn ("I'm not racist, but …" says "racist").
_HEDGE_OPEN = re.compile(
    r"^(?:i am not (?:a |being )?(?:racist|bigot|bigoted|islamophobic|antisemitic|prejudiced)|"
    r"not to be racist|no offen[cs]e),?\s+(?:but\s+)?"
)


# Scorn put as a question or a sigh, where a people is named: "Do Muslims even know how to
# be civilised?", "How many more churches do Christians need before they shut up?", "Who
# else is sick of trans people?", "Is there a single Arab who isn't a liar?", "My new
# neighbours are Pakistani. Can't wait for them to leave."
_SCORN = re.compile(
    rf"\b(?:do|does|can|could|will|would|are|is)\s+(?:the\s+|all\s+|any\s+)?(?:{GROUP})\s+"
    r"even\s+(?:know\s+how\s+to|know\s+what|understand|care|bother|wash|work|think|have|"
    r"try|deserve|count|matter|belong|speak)\b"
    r"|\b(?:before|until|till|so|and)\s+(?:they|them|those people|these people)\s+(?:finally\s+)?"
    r"(?:shut up|shut their (?:mouths|traps)|stop whining|stop complaining|stop moaning|piss "
    r"off|get lost|fuck off|bugger off|go away)\b"
    r"|\b(?:sick|tired|fed up)\s+(?:and\s+tired\s+)?(?:to death\s+)?of\s+(?:the\s+|"
    rf"all\s+(?:the\s+)?|these\s+|those\s+)?(?:{GROUP})\b(?!\s+(?:being|getting|having|who\s+(?:are|were|get)|"
    r"suffering|dying|treated|killed|attacked|persecuted|hated|blamed|mocked|abused|targeted|"
    r"bullied|harassed))"
    r"|\b(?:is|are)\s+there\s+(?:a\s+single|one|even\s+one|any)\s+(?:[a-z]+\s+)?"
    rf"(?:{_ONE_OF}|{GROUP})s?\s+(?:who|that)\s+(?:isn'?t|is\s+not|aren'?t|are\s+not|wasn'?t|"
    r"isnt|arent)\s+(?:a\s+|an\s+)?(?:[a-z]+\s+)?(?:liars?|thie(?:f|ves)|criminals?|"
    r"terrorists?|rapists?|perverts?|paedophiles?|pedophiles?|scammers?|crooks?|cheats?|"
    r"parasites?|savages?|animals?|extremists?|fanatics?|idiots?|morons?|lazy|dirty|violent|"
    r"dangerous|smelly|traitors?|filthy|stupid|backward)\b"
    r"|\bcan'?t\s+wait\s+(?:for|till|until|to\s+see)\s+(?:them|those people|these people|"
    r"that lot|they)\s+(?:to\s+)?(?:leave|go|move\s+out|be\s+gone|get\s+out|be\s+deported|"
    r"go\s+back|move\s+away|clear\s+off|pack\s+up)\b"
)


# A people meant but not named: "before the new arrivals started turning up … I'm just
# noticing a pattern", "after the neighbourhood 'changed'".
_A_PEOPLE_MEANT = re.compile(
    r"\b(?:the\s+)?(?:new\s+arrivals|newcomers|new\s+lot|certain\s+(?:people|communities|"
    r"families|types)|a\s+certain\s+(?:community|group|people|type))\b"
    r"|\b(?:neighbourhood|neighborhood|area|town|street|estate|city|country|school)\b"
    r"(?:\s+[a-z]+){0,4}?\s+[\"'“‘](?:changed|changing|diversified|enriched)"
    r"[\"'”’]"
)


# Harm hinted at where a people is named, never said: "Nice that a Pakistani family opened a
# shop; let's see how long before the local girls start going missing.", "The Chinese
# neighbours are polite, but I'd still check what they're sending back home.", "Women pastors
# are fine if you want your church half empty.", "Atheists can be good people too, when
# someone is watching.", "Makes you wonder whose country this will be in twenty years.",
# "Just imagine what that money could do for healthy families.", "Muslim kids at the school are
# jihadis in the making."
_HINTED_HARM = re.compile(
    r"\bhow\s+long\s+(?:before|until|till)\s+(?:(?:the|our|local|your|their)\s+)*(?:girls|"
    r"daughters|women|children|kids|wives|pets|cats|dogs|bikes|cars)\b[^.!?]{0,30}?\b(?:go(?:es|"
    r"ing)?\s+missing|disappear\w*|get\s+(?:groomed|attacked|raped|stolen|eaten))"
    r"|\b(?:check|wonder|watch|ask|know|find\s+out)\b[^.!?]{0,20}?\bwhat\s+(?:they|he|she)(?:'re|"
    r"\s+are|'s|\s+is)?\s+(?:sending|send|sends|passing|passes|telling|tells)\s+(?:back\s+)?"
    r"(?:home|to\s+beijing|to\s+(?:the\s+)?party|to\s+their\s+(?:handlers|embassy|government))\b"
    r"|\b(?:are|is)\s+(?:just\s+)?(?:fine|great|lovely|okay|ok|wonderful|perfect|ideal|brilliant)"
    r"\s*,?\s+if\s+you\s+(?:want|like|enjoy|fancy|prefer|don'?t\s+mind)\b[^.!?]{0,40}?\b(?:half[- ]"
    r"empty|empty|crime|trouble|chaos|problems|ruin\w*|robbed|bankrupt|dead|closed|mess|broke|"
    r"riots?|stabbings?|noise|dirt\w*|smell\w*|debt|falling\s+apart|going\s+under|decline|dying)"
    r"\b"
    r"|\b(?:can|could)\s+be\s+(?:good|honest|decent|kind|nice|moral|trustworthy|loyal)\b[^.!?]{0,30}?"
    r"\b(?:when|as\s+long\s+as|while)\s+(?:someone|somebody|people|others|the\s+(?:police|boss|"
    r"cameras?))(?:'s|\s+is|\s+are)\s+(?:watching|looking)\b"
    r"|\bwhose\s+(?:country|nation|town|city|land|church|streets?)\s+(?:this|it)\s+(?:will|'ll|is\s+"
    r"going\s+to|would)\s+be\b"
    r"|\b(?:imagine|think\s+(?:of|about))\s+what\s+(?:that|all\s+that|this|the|such)\s+(?:money|"
    r"cash|funding|budget)\s+(?:could|would|might)\s+(?:do|buy|achieve|mean)\s+for\s+(?:healthy|"
    r"normal|decent|real|hard[- ]working|our\s+own|proper|ordinary|able[- ]bodied|native|local)\b"
    r"|\b(?:terrorists?|jihadis?|jihadists?|bombers?|criminals?|rapists?|groomers?|thieves)\s+in\s+"
    r"(?:waiting|the\s+making|training)\b"
    # "I'm only asking why so many trans people want to work with children.", "… always seem
    # so keen to talk to the little boys"
    r"|\b(?:why|how)\s+(?:do\s+|come\s+|are\s+)?(?:so\s+many|many|all\s+these|all\s+those|they)\b"
    r"[^.!?]{0,40}?\b(?:want|"
    r"wants|like|likes|choose|chooses|try|tries|seek|seeks|keen|eager|desperate)\s+to\s+(?:work|"
    r"be|volunteer|get|spend\s+time|teach)\s+(?:with|around|near|close\s+to)\s+(?:our\s+|the\s+)?"
    r"(?:children|kids|little\s+(?:boys|girls|ones)|young\s+(?:boys|girls|children))\b"
    r"|\b(?:keen|eager|quick|desperate)\s+to\s+(?:talk|chat|be|get|spend\s+time)\s+(?:to|with|"
    r"around|near|close\s+to)\s+(?:the\s+|our\s+)?(?:little|young)\s+(?:boys|girls|ones|children|"
    r"kids)\b"
    # "You can always tell which neighbourhood the Black families moved into by the crime
    # reports.", "… sure do love their benefits, don't they?"
    r"|\bcan\s+always\s+tell\b[^.!?]{0,60}?\b(?:by|from)\s+the\s+(?:crime|smell|noise|rubbish|"
    r"litter|graffiti|police)\b"
    r"|\b(?:sure|really|certainly)\s+(?:do\s+|does\s+)?love\s+(?:their|the|a)\s+(?:benefits|"
    r"handouts|free\s+stuff|welfare|council\s+houses|free\s+housing)\b"
    # "I'm not saying disabled kids hold the class back, but ask any parent."
    r"|\bi(?:'m|\s+am)\s+not\s+saying\b[^.!?]{1,60}?,?\s+but\s+(?:ask\s+(?:any|anyone)|you\s+"
    r"(?:know|do\s+the\s+math|can\s+see)|look\s+(?:at|around)|draw\s+your\s+own|everyone\s+knows|"
    r"we\s+all\s+know)\b"
    # "I'm not saying Somalis are criminals, I'm just asking why our town's crime went up the
    # year they arrived.", "I'm sure the free food bank has nothing to do with it.", "that
    # crowd would steal the offering plate"
    r"|\bi(?:'m|\s+am)\s+not\s+saying\b[^.!?]{1,60}?,?\s+(?:but\s+)?(?:i(?:'m|\s+am)\s+)?just\s+"
    r"asking\b"
    r"|\bcrime\s+(?:went\s+up|rose|increased|doubled|spiked|soared)\s+(?:the\s+(?:year|month|week|day)|"
    r"when|after|since|once)\s+(?:they|those\s+people|that\s+lot)\s+(?:arrived|came|moved\s+in|got\s+here)"
    r"|\bi(?:'m|\s+am)\s+sure\s+(?:the\s+)?[^.!?]{1,40}?\s+ha(?:s|d|ve)\s+nothing\s+to\s+do\s+with\s+"
    r"it\b"
    r"|\b(?:that|this|their)\s+(?:crowd|lot|bunch|mob|tribe)\s+(?:would|will|'d)\s+(?:steal|rob|"
    r"cheat|lie|stab|sell|con)\b"
    # "I just wonder where a Muslim's real loyalty lies."
    r"|\bwhere\s+(?:[a-z']+\s+){1,3}?(?:real|true)\s+loyalt(?:y|ies)\s+(?:lie|lies|is|are)\b"
    # "disabled ppl get all the benefits while working ppl pay, interesting how that works",
    # "catholic priests teaching kids... and we all know how that ends", "atheists are so
    # moral... until nobodys watching", "roma in town again, watch ur wallet", "disabled kids
    # in normal schools? they just drag everyone else down", "asian shops everywhere now, i
    # think theyre taking over on purpose"
    r"|\binteresting\s+how\s+that\s+works\b"
    r"|\bwe\s+all\s+know\s+how\s+(?:that|this|it)\s+(?:ends|goes|turns\s+out)\b(?!\s*[:,-]?\s*\w)"
    r"|\buntil\s+(?:nobody'?s|nobody\s+is|no\s+one'?s|no\s+one\s+is)\s+(?:watching|looking)\b"
    r"|\bwatch\s+(?:your|ur)\s+(?:wallets?|purses?|handbags?|pockets?)\b"
    r"|\b(?:they|those\s+people|that\s+lot)\s+(?:just\s+|only\s+|always\s+)?(?:drag|drags|"
    r"hold|holds|pull|pulls|bring|brings)\s+(?:everyone|everybody|the\s+(?:rest|class|school|"
    r"team|country|area|neighbou?rhood))\s+(?:else\s+)?(?:of\s+us\s+)?down\b"
    r"|\b(?:they're|they\s+are)\s+(?:slowly\s+|literally\s+|already\s+)?taking\s+over\b"
    # "Jews in this city, keep your doors locked, the day of reckoning is near.", "Women who
    # refuse to cover will get acid on the face", "… will get their heads broken", "not in
    # those days of the month when they are crazy", "so I bought a bigger lock and hid my
    # daughter", "very nice people, until you need somebody with a conscience"
    r"|\bday\s+of\s+reckoning\s+(?:is\s+)?(?:near|coming|close|here|at\s+hand)\b"
    r"|\b(?:will|'ll|gonna|going\s+to)\s+get\s+(?:acid|a\s+bullet|bullets|the\s+knife|a\s+knife|"
    r"stoned|a\s+beating|beaten\s+up|their\s+heads?\s+(?:broken|smashed|kicked\s+in|cut\s+off)|"
    r"their\s+(?:faces?|legs?|arms?)\s+(?:broken|smashed|burned|burnt))\b"
    r"|\b(?:those|these|that|the)\s+(?:days?|time)\s+of\s+(?:the|their)\s+month\b"
    r"|\b(?:bought|got|fitted|need)\s+(?:a\s+)?(?:bigger|new|stronger|extra)\s+locks?\b"
    r"|\b(?:hid|hide|lock\s+up|locked\s+up)\s+(?:my|our|your)\s+(?:daughters?|wife|wives|women|"
    r"girls)\b"
    r"|\buntil\s+you\s+need\s+(?:someone|somebody|anyone|a\s+person)\s+(?:with|who)\b"
    # "Hindu neighbours are friendly enough, if you can stand the smell of their cooking.",
    # "Give Indigenous communities more money and watch it all go on drink.", "A woman pastor?
    # Next they'll let the dog preach too."
    r"|\bif\s+you\s+can\s+(?:stand|bear|handle|stomach|put\s+up\s+with|get\s+past|ignore)\s+the\s+"
    r"(?:smell|stench|stink|noise|racket|dirt|filth|mess)\s+(?:of\s+)?(?:their|them|those|that\s+lot)\b"
    r"|\bwatch\s+(?:it|them|the\s+money|the\s+lot)\s+(?:all\s+)?(?:go|disappear|vanish|get\s+spent)\s+"
    r"(?:on|into|up\s+(?:their|the))\s+(?:drink|booze|alcohol|drugs|gambling|beer|vodka|smoke|the\s+"
    r"bottle|their\s+(?:noses?|bottles?))\b"
    r"|\bnext\s+(?:they'll|they\s+will|they're\s+going\s+to|you'll|we'll)\s+(?:let|have|make|ordain|"
    r"elect|hire)\s+(?:the|a|our|my)\s+(?:dog|cat|monkey|goat|donkey|horse|parrot|pig|hamster|cow)\b"
)
# One of a people set to a task and likened to a thief set to guard: "An atheist teaching my
# kids ethics? That's like a thief teaching honesty." (counted where a people, or one of
# them, is named)
_LIKE_A_THIEF = re.compile(
    r"\b(?:that's|that\s+is|it's|it\s+is)\s+(?:just\s+)?like\s+(?:a|an|letting\s+a|letting\s+an|"
    r"asking\s+a|asking\s+an)\s+(?:thief|fox|wolf|liar|arsonist|drunk|drunkard|burglar|crook|"
    r"pickpocket|conman|con\s+man|fraudster|murderer|blind\s+man|pyromaniac)\s+(?:to\s+)?(?:teach|"
    r"teaching|guard|guarding|run|running|preach|preaching|mind|minding|look\s+after|looking\s+"
    r"after|lecture|lecturing|judge|judging)\b"
)
# Things, not people: "The disabled are broken things, not real people." (where a people is
# named: "These aren't real people, they're bots." is not a people)
_NOT_PEOPLE = re.compile(
    r"\b(?:are|is)\s+(?:just\s+|only\s+)?(?:broken|defective|damaged|faulty|useless)\s+(?:things|"
    r"objects|goods|machines|products|toys)\b"
    r"|\bnot\s+(?:real|proper|actual|fully|true)\s+(?:people|persons|humans|human\s+beings|human)\b"
)
# A people named by what they wear: "The headscarf brigade at my kids' school are all
# terrorists in waiting." (criminals "in waiting" count where a people is named, above)
_IN_WAITING = re.compile(
    r"\b(?:kind|sort|type)\s+of\s+(?:name|surname|background|beard|skin)\s+(?:we|you|i|everyone)\s+"
    r"(?:all\s+)?(?:expected|expect|knew|know|guessed)\b"
    r"|\b(?:headscarf|hijab|burqa|burka|niqab|turban|kippah|yarmulke)\s+(?:brigade|crowd|mob|gang|"
    r"squad|lot)\b"
)


def names_a_people_or_house(text: str) -> bool:
    """``text`` names a people, one of a people or a house of prayer."""
    return _names_a_people_or_house(fold(text))


def _names_a_people_or_house(folded: str) -> bool:
    return bool(
        _A_PEOPLE_NOT_A_PLACE.search(folded)
        or _GROUP_NAMED.search(folded)
        or _HOUSES_NAMED.search(folded)
    )


# The insinuations that count only where a people (or a house of prayer) is named, each
# with what, said in the text, takes it back (a trope told of, a warning condemned, a claim
# reported or called false).
# A warning, or a mock question, whose words a counter-speaker would call wrong ("better hold
# your bag tight when they are near", "Gay couples adopt children now, what can go wrong?"):
# taken back only by a warning condemned.
_HINT_WARNED = re.compile(
    r"\b(?:hold|guard|mind|keep|grip)\s+(?:your|ur)\s+(?:bags?|wallets?|purses?|handbags?|"
    r"pockets?)\s+(?:tight|close)\b"
    r"|\bwhat\s+(?:can|could)\s+(?:possibly\s+)?go\s+wrong\b"
)
_NAMED_FORMS = (
    (_PLOT_TO_TAKE_OVER, _TROPE_TOLD),
    (_WINKED, _WARNING_CONDEMNED),
    (_HINT_WARNED, _WARNING_CONDEMNED),
    *(
        (form, _TOLD_OR_CONDEMNED)
        for form in (
            _WHO_FILLS,
            _ALWAYS_NOTICED,
            _MADE_LESSER,
            _PETS_GONE,
            _WORSE_SINCE,
            _AWAY_FROM_CHILDREN,
            _NAMED_THEN_SCORNED,
            _HINTED_HARM,
            _NOT_PEOPLE,
        )
    ),
)


def insinuates(text: str) -> bool:
    """A people named with a form of insinuation, or a compliment "for a" one of them."""
    folded = " ".join(QUOTED.sub(" ", fold(text)).replace("i'm", "i am").split())
    if _BACKHANDED.search(folded) or _SNEER.search(folded):
        return True
    if _CRIME_SINCE.search(folded) and not _TOLD_OR_CONDEMNED.search(folded):
        return True
    unhedged = _HEDGE_OPEN.sub("", folded)
    if _WHO_HOLDS.search(folded) and not _TOLD_OR_CONDEMNED.search(unhedged):
        return True
    # (each form is looked for first, and whether a people is named only where one is found)
    for form, guard in _NAMED_FORMS:
        if form.search(folded) and _names_a_people_or_house(folded) and not guard.search(unhedged):
            return True
    if (
        _WARNED.search(folded)
        and _NUMBERS.search(folded)
        and _names_a_people_or_house(folded)
        and not _WARNING_CONDEMNED.search(unhedged)
    ):
        return True
    if (
        _EVERY_CRIMINAL.search(folded)
        and (_PRACTICE_NAMED.search(folded) or _names_a_people_or_house(folded))
        and not _TOLD_OR_CONDEMNED.search(unhedged)
    ):
        return True
    if _BEASTS_NOT_PEOPLE.search(folded) and not _TOLD_OR_CONDEMNED.search(unhedged):
        return True
    if (
        _LIKE_A_THIEF.search(folded)
        and (_names_a_people_or_house(folded) or _ONE_OF_A_PEOPLE.search(folded))
        and not _TOLD_OR_CONDEMNED.search(unhedged)
    ):
        return True
    if _IN_WAITING.search(folded) and not _TOLD_OR_CONDEMNED.search(unhedged):
        return True
    if _NOSES_AND_STRINGS.search(folded) and not _TOLD_OR_CONDEMNED.search(unhedged):
        return True
    if (
        _NO_GO.search(folded)
        and (_names_a_people_or_house(folded) or _WHO_LIVES.search(folded))
        and not _WARNING_CONDEMNED.search(unhedged)
    ):
        return True
    for form in (_YEARS_UNTIL, _ECHO):
        if form.search(folded) and not _WARNING_CONDEMNED.search(unhedged):
            return True
    if (
        _JUST_ASKING.search(folded)
        and _BIRTHS.search(folded)
        and _names_a_people_or_house(folded)
        and not _WARNING_CONDEMNED.search(unhedged)
    ):
        return True
    if (
        _SCORN.search(folded)
        and (_A_PEOPLE_NOT_A_PLACE.search(folded) or _GROUP_NAMED.search(folded))
        and not _TOLD_OR_CONDEMNED.search(folded)
    ):
        return True
    if (
        _COINCIDENCE.search(folded)
        and (
            _HOUSES_NAMED.search(folded)
            or _A_PEOPLE_NOT_A_PLACE.search(folded)
            or _A_PEOPLE_MEANT.search(fold(text))
        )
        and not _TOLD_OR_CONDEMNED.search(folded)
    ):
        return True
    quoted = fold(text).replace("‘", "'").replace("’", "'").replace("“", '"').replace("”", '"')
    if (
        _ONLY_YOUNG_MEN.search(quoted) or _FIGHTING_AGE.search(quoted)
    ) and not _TOLD_OR_CONDEMNED.search(quoted):
        return True
    if _CONVENIENT_FAITH.search(folded) and not _TOLD_OR_CONDEMNED.search(folded):
        return True
    if (
        _HOLOCAUST.search(folded)
        and _DOUBT_HINTED.search(folded)
        and not _DOUBT_UNDONE.search(folded)
    ):
        return True
    if _SCARE_QUOTED.search(quoted) and (
        _A_PEOPLE.search(quoted) or re.search(rf"\b{GROUP}\b", quoted)
    ):
        return True
    if _STANDING_QUOTED.search(quoted):
        return True
    if (
        _PEACE_SNEERED.search(folded)
        or (_WELL_CONNECTED.search(folded) and _WELL_CONNECTED_HINT.search(folded))
        or _FAITH_AS_DISEASE.search(folded)
        or _EXPLAINED_BY_ORIGIN.search(folded)
    ) and not _TOLD_OR_CONDEMNED.search(folded):
        return True
    if (
        _LIE_BY_FAITH.search(folded)
        and (_names_a_people_or_house(folded) or _ONE_OF_A_PEOPLE.search(folded))
        and not _TOLD_OR_CONDEMNED.search(_LIE_BY_FAITH.sub(" ", folded))
    ):
        return True
    for form in (_PEACE_QUOTED, _STANDING_DOUBLE_QUOTED):
        found = form.search(quoted)
        if (
            found
            and not _QUOTE_OWNED.search(quoted, max(0, found.start() - 40), found.start())
            and not _CALLED_FALSE.search(quoted)
        ):
            return True
    if _HEDGED_THEM.search(folded):
        return True
    if _SNEER_TAILS.search(folded) and _A_PEOPLE_NOT_A_PLACE.search(folded):
        return True
    if (
        (_HINT_TAIL.search(folded) and _A_PEOPLE_NOT_A_PLACE.search(folded))
        or (_PATTERN_HINTED.search(folded) and _A_PEOPLE_MEANT.search(folded))
    ) and not _TOLD_OR_CONDEMNED.search(folded):
        return True
    if (
        (_SARCASM_TAG.search(folded) or _KNOWING_TAIL.search(folded))
        and _A_PEOPLE_NOT_A_PLACE.search(folded)
        and not _HARM_TOLD_HERE.search(folded)
        and not _KINDNESS_TOLD.search(folded)
    ):
        return True
    if _ALL_TO_BLAME.search(folded) and not _BLAME_REPORTED.search(folded):
        return True
    for found in _STEREOTYPED.finditer(folded):
        # (not what someone is said to say, nor a sneer called false: "history says
        # otherwise" after it does not count)
        if not (_BLAME_REPORTED.search(folded, 0, found.start()) or _CALLED_FALSE.search(folded)):
            return True
    if _LOYALTY.search(folded) and not _BLAME_REPORTED.search(_LOYALTY.sub(" ", folded)):
        return True
    if _IMPLIED_TOO.search(folded) and not _TOLD_OR_CONDEMNED.search(_SORRY.sub("", folded)):
        return True
    if _PATTERNS.search(folded) and not _EXCUSED_OR_TOLD.search(folded):
        return True
    if any(_GOOD_DENIED.search(sentence) for sentence in sentences(folded)):
        return True
    return bool(_A_PEOPLE.search(folded)) and bool(
        _HEDGE.search(folded) or _ELSEWHERE.search(folded) or _BLAMED.search(folded)
    )


# "I'm not racist, but there's a reason nobody wants to live near them.": the hedge, then
# "them" or "those people" in the same sentence, no people named (the hedge's own form
# above needs one).
_HEDGED_THEM = re.compile(
    r"^(?:i am not (?:a |being )?(?:racist|bigot|bigoted|homophobic|islamophobic|antisemitic|"
    r"sexist|transphobic|xenophobic|prejudiced)|not to be racist|no offen[cs]e),?\s+but\b"
    r"[^.!?]*\b(?:them|they|their|those people|these people|that lot|their kind|that sort)\b"
)
