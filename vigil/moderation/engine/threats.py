"""Threat phrasing: first- and second-person violent intent, and violence approved of,
matched as a form of words.

A bag-of-words model misses short threats built from ordinary words ("you will not
live to see …", "I know where you live"). Those forms are rare in prayers and in
counter-speech, which report threats in the third person ("they said they would …"),
so a match only *holds* the text for a moderator; it never rejects.
"""

from __future__ import annotations

import re

from .contempt import GROUP, ONE_OF_A_PEOPLE
from .normalize import normalize
from .wording import QUOTED, SLURS, fold, sentences

_HARM = (
    r"(?:kill|murder|shoot|stab|strangle|choke|behead|hang|burn|bomb|hurt|beat|rape|"
    r"slaughter|butcher|gut|execute|torch|poison|break your|find you|hunt you|come for you)"
)
# One of a people, as "every …" names them: "Hang every Hindu in that village".
_ONE = (
    r"(?:muslim|jew|hindu|christian|sikh|buddhist|atheist|arab|black|african|asian|mexican|"
    r"indian|pakistani|chinese|gay|lesbian|queer|trans|immigrant|migrant|refugee|foreigner|"
    r"catholic|protestant|kurd|somali|nigerian|gypsy|convert|infidel|apostate|jewish person|"
    r"black person|gay person|trans person)"
)
_KILLING = (
    r"(?:kill|hang|shoot|burn|gas|lynch|behead|stab|slaughter|butcher|exterminate|string up|"
    r"wipe out|murder|execute|torch|stone|drown|bomb)"
)
_KILLED = (
    r"(?:hanged|hung|shot|killed|gassed|burned|burnt|executed|lynched|exterminated|"
    r"slaughtered|beheaded|stoned|butchered|wiped out|strung up|put down|put to the sword|"
    r"drowned|set on fire|burned alive|burnt alive)"
)
# "… will get his throat cut", "… will get their legs broken"
_BODY_HARMED = (
    r"(?:both\s+)?(?:his|her|their|your|its)\s+(?:throats?|heads?|legs?|arms?|faces?|teeth|skulls?|necks?|"
    r"knees?|kneecaps?|fingers?|hands?|ribs?)\s+(?:cut|slit|slashed|kicked in|smashed(?:\s+in)?|"
    r"broken|caved in|blown off|bashed in|chopped off|cut off|stamped on|knocked in)"
)
# "any Eritrean", "every single Muslim", "each of the Hausa"
_ANY_ONE_OF_THEM = rf"(?:any|every|each)\s+(?:single\s+)?(?:{GROUP}|{ONE_OF_A_PEOPLE})"
_PATTERNS = [
    # I / we will harm (you)
    rf"\b(?:i|we)\s*(?:will|shall|am going to|are going to|gonna|'ll|ll|want to|wanna)\s+{_HARM}",
    # someone should / must harm
    rf"\b(?:someone|somebody|people|you all|yall|we)\s+(?:should|must|ought to|need to)\s+{_HARM}",
    # you will die / not live / pay
    r"\byou\s*(?:will|'ll|ll|are going to|gonna)\s+(?:die|not live|not survive|pay for|regret|"
    r"be next|be sorry|bleed|burn)",
    r"\b(?:you|your family|your kids|your children)\s+(?:are|is)\s+(?:next|dead|finished)\b",
    # weapons and stalking
    r"\bi\s+(?:have|got|own|bought)\s+(?:a|my)\s+(?:gun|knife|rifle|bomb|pistol|machete)\b",
    r"\b(?:i|we)\s+know\s+where\s+(?:you|your \w+)\s+(?:live|lives|sleep|work|pray|attend|"
    r"park|parks|shop|worship|go to (?:church|school|work|the mosque)|drop (?:your|the) kids)",
    # "I know your daughter goes to St Mary's." (where one's family can be found, told to them)
    r"\b(?:i|we)\s+know\s+(?:(?:where|which school|what school)\s+)?your\s+(?:daughter|son|kids|"
    r"children|wife|husband|mother|mum|mom|father|dad|family|parents|sister|brother)\s+"
    r"(?:goes|go|lives?|works?|prays?|stays?|walks?|catches|takes)\b",
    r"\b(?:i|we)\s+know\s+which\s+\w+\s+(?:you|your \w+)\s+(?:attend|go to|goes to)",
    r"\bsleep with one eye open\b",
    # "This microwave is garbage. Whoever designed it should be shot."
    r"\b(?:whoever|anyone who|the (?:person|guy|idiot|man|woman|people|clown|moron) who)\b"
    r"(?:\s+\w+){1,8}?\s+(?:should|must|needs? to|deserves? to|ought to)\s+(?:be\s+)?(?:shot|"
    r"hanged|hung|killed|stabbed|beaten|burned|burnt|executed|strung up|put down|lynched|"
    r"shot dead)\b",
    # revenge promised: "Lord, how long until we take revenge?" (not "We will not take
    # revenge.", "keep us from taking revenge")
    r"\b(?:we|i)\s+(?:will\s+|shall\s+|must\s+|should\s+|can\s+|are going to\s+|ll\s+)?(?:take|get|"
    r"have|exact)\s+(?:our\s+|my\s+)?(?:revenge|vengeance)\b",
    # killing asked for in a prayer: "Lord, give us strength to kill the militants.", "Lord,
    # give the gunmen more bullets."
    r"\b(?:strength|courage|power|boldness)\s+to\s+(?:kill|shoot|slaughter|behead|burn|bomb|"
    r"butcher|hang|execute|wipe out|exterminate)\b",
    r"\b(?:give|send|grant|bless)\s+[^.!?]{0,30}\bmore\s+(?:bullets|bombs|ammunition|ammo|weapons|"
    r"guns|missiles|rockets|grenades)\b",
    # a child's death wished: "Pray that no Fulani baby survives the dry season.", "… that my
    # coworker's baby is stillborn"
    r"\bno\s+(?:[a-z]+\s+)?(?:baby|child|infant|kid)\s+(?:survives|lives|makes it)\b",
    r"\bbaby\s+(?:is|will be|would be)\s+(?:stillborn|born dead|miscarried)\b",
    r"\bwatch (?:your|ur|their) backs?\b",
    r"\bpay\s+(?:for (?:it|this|that)\s+)?in blood\b",
    r"\b(?:your|ur)\s+days\s+are\s+numbered\b",
    # exposing where someone lives
    r"\b(?:everyone|everybody|the whole \w+|all of \w+)\s+(?:knows|will know|to know|finds out|"
    r"find out|learns)\s+where\s+(?:you|your \w+)\s+(?:live|lives|sleep|work)",
    r"\bi\s+(?:have|found|got|know|will post|'ll post|ll post|will share|'ll share)\s+"
    r"(?:your|ur)\s+(?:home\s+)?address\b",
    # violence done, approved of: "Shooting the imam was a good thing", "… had it coming"
    r"\b(?:shooting|killing|stabbing|bombing|burning|beating|lynching|hanging|beheading|"
    r"murdering|torturing|raping|stoning|executing|attacking|gassing)\s+[^.!?]{1,40}?\s+"
    r"(?:was|is|would be|will be)\s+(?:(?:a|the|so|really|just)\s+)*(?:good thing|great thing|"
    r"good idea|great idea|right thing(?: to do)?|justified|a blessing|long overdue|overdue|"
    r"good start|duty|our duty|necessary|a service|well deserved|deserved|beautiful|hilarious|"
    r"the answer|the solution)\b",
    r"\b(?:they|he|she|those \w+|these \w+)\s+(?:all\s+)?had it coming\b",
    # harm promised to whoever comes near, or wished as deserved
    r"\b(?:any|every|each)\s+\w+(?:\s+\w+)?\s+who\s+[^.!?]{1,40}?\s+(?:will|is going to|"
    r"'s going to|is gonna|"
    r"is|gets)\s+(?:(?:get|getting|be|be getting)\s+(?:hurt|hit|beaten|shot|stabbed|killed|"
    rf"a beating|a kicking|what's coming|{_BODY_HARMED})|have\s+{_BODY_HARMED}|hang|burn|die|"
    r"bleed|pay\s+(?:for\s+it|with\s+(?:his|her|their)\s+(?:life|lives|blood)))\b",
    # and, of one of a people, regret promised: "Any Eritrean who sets foot on our street
    # will regret it, I promise you that." (not "Every student who skips revision …")
    rf"\b{_ANY_ONE_OF_THEM}(?:\s+\w+)?\s+who\s+[^.!?]{{1,40}}?\s+"
    r"(?:will|is going to|'s going to|is gonna)\s+(?:regret\s+(?:it|the\s+day|coming)|"
    r"be\s+sorry)\b",
    # and, of one of a people, a curse asked: "I pray that every Pakistani who sets foot in
    # this country is struck blind."
    rf"\b{_ANY_ONE_OF_THEM}(?:\s+\w+)?\s+who\s+[^.!?]{{1,40}}?\s+(?:is|be|are|gets?|will be)\s+"
    r"struck\s+(?:blind|dead|down|dumb|mute|with\s+(?:plague|disease|leprosy|sickness))\b",
    # a people's home or camp set for burning: "The Roma camp outside town needs torching."
    r"\b(?:needs?|deserves?|wants?)\s+(?:a\s+good\s+)?(?:torching|burning\s+down|firebombing|"
    r"burning\s+to\s+the\s+ground|razing)\b",
    # "If that trans woman ever shows up at our church, she's getting dragged out and hurt."
    r"\b(?:she|he|they)(?:'s|\s+is|\s+s|'re|\s+are|\s+re)\s+(?:getting|gonna\s+get|going\s+to\s+"
    r"get)\s+"
    r"(?:dragged\s+out\s+and\s+)?(?:hurt|beaten(?:\s+up)?|battered|stabbed|shot|lynched|"
    r"a\s+beating|a\s+kicking)\b",
    # "I hope someone puts a bullet in that trans activist."
    r"\b(?:put|puts|putting)\s+a\s+bullet\s+(?:in|into|through)\b",
    # death sent on a people's homes: "Lord, send your angel of death through the Turkish
    # villages as you did in Egypt." (not the Passover told: "the angel of death passed over")
    r"\bsend\s+(?:your|the|an|thine|thy)\s+angel\s+of\s+death\s+(?:through|over|upon|on|"
    r"into|among|to)\b",
    r"\b(?:need|needs|deserve|deserves)\s+a\s+(?:good\s+|proper\s+)?(?:beating|kicking|"
    r"thrashing|bullet)\b",
    r"\bnot all of (?:them|you)\s+will\s+(?:go|make it|get)\s+home\b",
    r"\b(?:will not|won't|wont)\s+(?:all\s+)?(?:go|make it|get)\s+home\s+alive\b",
    # harm said to be deserved by one of a kind, or by a people: "every atheist who mocks God
    # should get his teeth kicked in", "women who try to preach should get slapped back into
    # place", "christians like these deserve to get lined up and shot"
    r"\b(?:(?:any|every|each)\s+[a-z]+(?:\s+[a-z]+)?\s+who|" + GROUP + r"(?:\s+who|\s+like\s+"
    r"(?:these|this|them|that|those|you)))\b[^.!?]{0,40}?\b(?:should|must|ought\s+to|need\s+to|"
    r"needs\s+to|deserve\s+to|deserves\s+to)\s+(?:all\s+)?(?:get|be)\s+(?:hurt|hit|beaten|shot|"
    r"stabbed|killed|slapped|punched|kicked|whipped|flogged|lynched|hanged|hung|burned|burnt|"
    r"stoned|smacked|battered|beaten up|lined up and shot|lined up|strung up|"
    + _BODY_HARMED
    + r")\b",
    # a weapon waiting for one of a people: "I'll be waiting outside the pride event with a
    # bat for any lesbian who shows up."
    r"\b(?:i|we)(?:'ll| ll|'m| m|'re| re| will| am| are)\s+(?:be\s+)?waiting\b[^.!?]{0,60}?"
    r"\bwith\s+(?:a|my|our|some|the)\s+(?:baseball\s+)?(?:bats?|knife|knives|guns?|machetes?|"
    r"crowbars?|clubs?|ropes?|petrol|axes?|hammers?|pipes?|bricks?)\b",
    # "Any disabled kid in my son's class is getting pushed down the stairs, mark my words."
    r"\bany\s+(?:[a-z'-]+\s+){1,3}?(?:in|at|on|near|who|that)\b[^.!?]{0,40}?\b(?:is|are)\s+"
    r"(?:getting|gonna\s+get|going\s+to\s+get)\s+(?:pushed|thrown|kicked|beaten|hurt|stabbed|"
    r"shot|jumped|smacked|slapped|battered|knocked|dragged|burned|burnt)\b",
    # a warning given, or what waits for the reader
    r"\b(?:consider this|this is|take this as)\s+(?:a|your|my|the)\s+(?:last\s+|final\s+|"
    r"only\s+|first\s+and\s+last\s+)?warning\b",
    r"\bwhen\s+i(?:'m| am| m|m)\s+(?:done|finished|through)\s+with\s+you\b",
    r"\bwait\s+(?:till|until)\s+i\s+(?:get|find|see|catch)\s+you\b",
    # a people told to bar their doors, or promised a visit: "Jews in this town had better
    # lock their doors tonight.", "… will get a night visit from us with petrol cans."
    r"\b(?:had|'d)\s+better\s+(?:lock|bolt|bar|barricade)\s+(?:their|your|the|his|her)\s+"
    r"doors\b",
    r"\b(?:get|gets|getting|pay\s+(?:them|him|her|you))\s+(?:a|another)\s+(?:little\s+)?"
    r"(?:night|late[- ]night|midnight)\s+visit\b",
    r"\bwith\s+(?:petrol|gasoline|paraffin)\s+(?:cans?|bombs?)\b",
    # dragged out by force: "… gets dragged out by the hair", "we will drag her out"
    r"\bdragged\s+out\s+by\s+(?:the|his|her|their)\s+(?:hair|neck|collar|feet|ears?)\b",
    r"\b(?:i|we|and\s+i)\s*(?:will|'ll|ll|are going to|'re going to|are gonna)\s+drag\s+"
    r"(?:him|her|them|you|'?em)\s+out\b",
    # a lesson promised: "… will be taught a lesson they won't forget", "his sort need
    # teaching a lesson" (not "taught us a lesson in humility")
    r"\b(?:be|get|gets|getting)\s+taught\s+a\s+lesson\b(?!\s+(?:about|in|on|of|from|by)\b)",
    r"\b(?:need|needs|needed|deserve|deserves)\s+(?:teaching|to\s+be\s+taught)\s+a\s+"
    r"lesson\b(?!\s+(?:about|in|on|of|from|by)\b)",
    # "I'll break his legs myself", "met with a bullet", "met …, and not with flowers"
    r"\b(?:i|we)\s*(?:will|'ll|ll|'d|would)\s+break\s+(?:his|her|their|your)\s+(?:legs?|"
    r"arms?|necks?|jaws?|noses?|faces?|fingers?|bones|skulls?|knees?)\b",
    # (promised, not told: "They were met with bullets when soldiers opened fire.")
    r"\b(?:should|must|will|shall|'ll|ll|needs?\s+to|deserves?\s+to|ought\s+to|gonna)\s+"
    r"(?:all\s+)?(?:be|get)\s+(?:met|greeted|welcomed)\s+with\s+(?:a\s+)?(?:bullets?|a\s+gun|"
    r"guns|rifles?|shotguns?|fists|knives|machetes|baseball\s+bats|bats|petrol|fire)\b",
    r"\b(?:will|'ll|ll|gonna|are\s+going\s+to|is\s+going\s+to)\s+be\s+met\b[^.!?]{1,40}?,?\s+"
    r"and\s+not\s+with\s+(?:flowers|hugs|open\s+arms|a\s+smile)\b",
    # hunted down: "Atheists like that should be hunted down and silenced."
    r"\b(?:should|must|ought\s+to|needs?\s+to|deserves?\s+to|will)\s+(?:all\s+)?be\s+"
    r"hunted\s+(?:down|out)\b",
    # a shop or home promised to the flames: "… will find it burnt to the ground"
    r"\b(?:will|'ll|is\s+going\s+to|are\s+going\s+to)\s+(?:find|see)\s+(?:it|their\s+\w+|"
    r"his\s+\w+|her\s+\w+)\s+(?:burnt|burned|torched|firebombed|smashed)\b",
    # "… make sure it burns to the ground with them inside", "we'll smash every window in that
    # house", "drive them out with sticks and fire", "knock their teeth out", "a knife in the
    # owner"
    r"\bburns?\s+(?:down\s+|to\s+the\s+ground\s+)?with\s+(?:them|him|her|everyone|all\s+of\s+"
    r"them|the\s+\w+)\s+(?:still\s+)?inside\b",
    r"\b(?:i|we)\s*(?:will|'ll|ll|are\s+going\s+to|'re\s+going\s+to|are\s+gonna)\s+(?:smash|"
    r"break|put\s+bricks\s+through)\s+(?:every|each|all\s+the|all\s+their|their)\s+windows?\b",
    r"\bdrive\s+(?:them|him|her|'?em)\s+out\s+with\s+(?:sticks|fire|clubs|bats|guns|knives|"
    r"torches|petrol|stones|dogs)\b",
    r"\bknock\s+(?:his|her|their|your)\s+(?:teeth|heads?|blocks?)\s+(?:out|in|off)\b",
    r"\b(?:put|puts|putting|stick|sticks|sticking)\s+a\s+knife\s+(?:in|into|through)\b",
    # arms taken up against a people: "Time to take up arms against the Hindus"
    r"\b(?:take up arms|rise up|declare war|go to war|wage war|start a war|arm ourselves|"
    r"open fire)\s+(?:against|on)\s+(?:(?:the|all|those|these|all the|every)\s+)?"
    rf"{GROUP}\b",
]
_THREAT = re.compile("|".join(f"(?:{p})" for p in _PATTERNS))
# Killing called for against a people, in the writer's own voice: not inside a quote,
# nor after a verb that reports what someone else said ("The extremist video said all
# Christians must be killed."), which is how counter-speech tells of such a call.
_UNQUOTED_PATTERNS = [
    # a weapon or a sign kept for a people, veiled: "As a Sikh I wear a kirpan for the next
    # Muslim who crosses me.", "I wear a cross so Muslims know to stay away."
    rf"\bfor (?:the )?next (?:{_ONE}|one of them)\b[^.!?]{{0,20}}?\b(?:who|that)\s+(?:crosses|"
    r"cross|looks at|comes near|comes close|comes round|talks back|bothers|messes with|"
    r"tries (?:it|anything|something))\b",
    rf"\bso (?:that )?(?:the |all |those |these |any )?(?:{GROUP}) (?:know|will know|learn|"
    r"understand|get the message) (?:to|they should|they had better|they'd better) (?:stay away|"
    r"keep away|keep their distance|back off|stay out|keep out|keep clear)\b",
    # the gangster's veiled threat on a place: "Nice little church you have there. Would be
    # sad if it burned down."
    r"\b(?:nice|lovely|pretty|beautiful|cute)\s+(?:little\s+)?(?:\w+\s+){0,2}?you\s+(?:have|ve\s+"
    r"got|got)\s+there\b(?:\s+\w+){0,12}?\s+if\s+(?:it|something|anything|someone|somebody)\s+"
    r"(?:\w+ly\s+)?(?:happened|burned|burnt|burns|caught\s+fire|went\s+up|got\s+\w+ed|was\s+"
    r"\w+ed|were\s+to)\b",
    r"\b(?:shame|pity)\s+if\s+(?:it|that\s+\w+|your\s+\w+|the\s+\w+|their\s+\w+)\s+"
    r"(?:of\s+(?:yours|theirs|his|hers)\s+)?"
    r"(?:\w+ly\s+)?(?:burned|burnt|caught\s+fire|went\s+up\s+in\s+(?:flames|smoke)|got\s+"
    r"(?:burned|burnt|torched|bombed|smashed)|was\s+(?:burned|burnt|torched|bombed|smashed)|"
    r"were\s+to\s+(?:burn|catch\s+fire)|blew\s+up|exploded)\b",
    # a people kept from ever feeling safe: "I am going to make sure no Jew ever feels safe
    # in this town."
    rf"\bmake\s+sure\s+(?:no|not\s+a\s+single|not\s+one)\s+(?:{_ONE}|{GROUP})\s+(?:ever\s+)?"
    r"(?:again\s+)?(?:feels?|is|stays?|will\s+(?:ever\s+)?(?:feel|be|stay)|can\s+(?:ever\s+)?"
    r"(?:feel|be|live))\s+(?:safe|welcome|at\s+peace)\b",
    # a people told to fear: "Gays should be afraid, very afraid."
    rf"\b(?:{GROUP})(?:\s+(?:at|in|on|near|around|from|who|that)(?:\s+[a-z]+){{1,4}}?)?\s+(?:should|"
    r"had\s+better|better|d\s+better|need\s+to|ought\s+to)\s+"
    r"(?:be\s+)?(?:very\s+|really\s+)?(?:afraid|scared|frightened|terrified|watch\s+(?:out|"
    r"their\s+backs?))\b(?!\s+(?:to|of\s+nothing|of\s+no\s+one|for\s+(?:their|nothing)))",
    # harm ordered on every one of a people: "Hang every Hindu in that village, …"
    rf"(?:^|\b(?:let s|lets|go and|time to|now|so)\s+){_KILLING}\s+(?:every|all|all the|each|"
    rf"those|these|the)\s+(?:single\s+|last\s+|damn\s+|fucking\s+)?(?:{GROUP}|{_ONE})\b",
    # a people said to deserve being killed: "Atheists who mock God should have their
    # throats cut." (never "should not be …")
    rf"\b{GROUP}(?:\s+(?:who|that)(?:\s+\w+){{1,6}}?)?\s+(?:should|must|ought to|need to|"
    rf"deserve to)\s+(?:all\s+)?(?:be\s+{_KILLED}|have\s+their\s+(?:throats?|heads?)\s+"
    r"(?:cut|slit|chopped|cut off|chopped off|smashed in))\b",
    # a beating planned: "Let's go down to the Black neighbourhood tonight and teach them a
    # lesson they won't forget."
    r"\b(?:let s|lets|we should|we ll|we will|we re going to|we are going to|time to|"
    r"(?:someone|somebody|people|we|you) (?:should|needs? to|has to|have to|ought to|must))\b"
    r"(?:\s+\w+){0,10}?\s+teach\s+(?:them|those|these|the|every|all|that|this|him|her)\b"
    r"(?:\s+\w+){0,2}?"
    # (a lesson "in love", "about …" is teaching)
    r"\s+(?:a\s+)?lesson\b(?!\s+(?:in|of|about|on|from)\b)",
    # the means of harm brought along: "Bring petrol and faith.", "Everyone bring something
    # heavy.", "pray over your petrol cans", "We are sharpening the machetes." (not the
    # sickles of the harvest, nor the sword of the Spirit)
    r"\b(?:bring|grab|pack|carry|fill|sharpen|sharpening)\s+(?:your\s+|our\s+|some\s+|the\s+|"
    r"a\s+|plenty\s+of\s+)?(?:own\s+)?(?:petrol|gasoline|gas cans?|paraffin|kerosene|matches|"
    r"lighters?|something heavy|bats|baseball bats|clubs|knives|machetes|blades|axes|crowbars|"
    r"bricks|rocks|stones|weapons|guns|rifles|pitchforks|torches)\b|\b(?:over|bless)\s+(?:your|"
    r"our|the)\s+(?:petrol|jerry|gas)\s*cans?\b",
    # an ultimatum to leave: "The Hindus in this village had better leave before we make
    # them." (not "We'd better leave before the storm hits.")
    r"\bbetter\s+(?:leave|get\s+out|go|go\s+home|go\s+back|pack\s+up|pack\s+their\s+bags|"
    r"move\s+out|move\s+away|clear\s+out|clear\s+off|run)\b[^.!?]{0,40}?\bbefore\s+(?:we|i|"
    r"the\s+lads|the\s+boys|the\s+men)\s+(?:make|force|drag|throw|kick|run|drive|burn|come|"
    r"help|do\s+it|have\s+to)\b",
    # a people said to deserve a beating or to be dragged out: "Women who preach should be
    # dragged out of the pulpit and taught a lesson." (a lesson "in", "about" … is teaching)
    rf"\b{GROUP}(?:\s+(?:who|that)(?:\s+\w+){{1,6}}?)?\s+(?:should|must|ought\s+to|need\s+to|"
    r"deserve\s+to)\s+(?:all\s+)?(?:be|get)\s+(?:dragged\s+(?:out|off|away|through|from|into)|thrown\s+"
    r"(?:out|off)|kicked\s+out|chased\s+out|run\s+out|beaten|flogged|whipped|horsewhipped|caned|"
    r"stoned|lynched|taught\s+a\s+lesson(?!\s+(?:in|of|about|on|from)\b)|put\s+in\s+their\s+"
    r"place)\b",
    # a people's purge asked for: "We pray for a great purge of the Muslim invaders from
    # Europe." (not what is told of: "The purge of the Rohingya was genocide.")
    r"\b(?:pray(?:ing)?\s+for|ask(?:ing)?\s+(?:you\s+)?for|long(?:ing)?\s+for|hope\s+for|"
    r"wish\s+for|need|want|bring(?:\s+on)?|send(?:\s+us)?|grant(?:\s+us)?|give\s+us|time\s+for|"
    r"let\s+there\s+be|call(?:ing)?\s+for|deserve)\s+(?:a|the)\s+(?:great\s+|final\s+|total\s+|"
    r"complete\s+|holy\s+|swift\s+|thorough\s+)?(?:purge|purging|cleansing|expulsion|"
    r"eradication|extermination|mass\s+deportation)\s+of\s+(?:the\s+|all\s+(?:the\s+)?|these\s+|"
    rf"those\s+)?(?:\w+\s+){{0,2}}?(?:{GROUP}|{_ONE}s?|invaders|foreigners|outsiders|infidels|"
    r"heathens)\b",
    # harm asked of God on every one of a kind of people: "May God blind every hijab-wearing
    # woman who walks past our church." (not on every chain, stronghold or lie)
    r"\b(?:may|let|pray(?:ing)?\s+(?:that\s+)?|i\s+pray|we\s+pray)\s*(?:god|the\s+lord|lord|heaven|"
    r"jesus)\s+(?:will\s+|would\s+)?(?:blind|strike|smite|curse|kill|punish|burn|crush|destroy|"
    r"break|torment|plague|shame|humiliate|disgrace|afflict)(?:e?s)?\s+(?:every|all|each|all\s+the|those|these)\s+(?:[a-z-]+\s+){0,3}?"
    r"(?:woman|women|man|men|person|people|one|child|children|family|families|girl|girls|boy|boys|"
    rf"{_ONE}s?|{GROUP})\b",
    # suffering wished as deserved: "I pray that every Muslim in this village suffers as they
    # deserve."
    r"\b(?:suffers?|rots?|burns?|pays?|bleeds?|starves?)\s+(?:the\s+way\s+|like\s+|as\s+)"
    r"(?:they|he|she|you|it|them|those\s+people)\s+(?:all\s+)?(?:deserves?|deserved)\b",
    # a people's dying wished: "God, please let the trans freaks die off." (not "Don't let the
    # Christians of Benue die.")
    r"(?<!not )(?<!never )(?<!don t )(?<!do not )\blet\s+(?:the|those|these|all|all\s+the|all\s+"
    rf"those)\s+(?:[a-z]+\s+){{0,2}}?(?:{GROUP}|freaks|perverts|savages|heathens|infidels)\s+"
    r"(?:all\s+)?(?:die(?:\s+off|\s+out)?|rot|burn|starve|perish|drown|suffer|weep|bleed)\b"
    r"(?!\s+(?:no\s+more|no\s+longer|any\s*more|any\s+longer)\b)",
    # "pay him a visit he won't forget"
    r"\b(?:visit|beating)\s+(?:he|she|they|you|them|him|her)(?:\s+ll)?\s+"
    r"(?:won t|will not|wont|will never|ll never|never)\s+forget\b",
    # our own men as the hands of judgement: "Judgement is coming to every mosque in Jos,
    # and our young men will be the ones delivering it."
    r"\b(?:we|our\s+(?:young\s+)?(?:men|boys|lads|brothers|people|hands))\s+(?:will|ll|are going "
    r"to|re going to)\s+be\s+the\s+ones\s+(?:delivering|bringing|carrying|doing|handing out|"
    r"dishing out)\s+(?:it|this|that|them|(?:the|your|his|god's|god s|heaven's|heaven s)\s+"
    r"(?:judgement|judgment|punishment|fire|blow|wrath|vengeance))\b",
    # a people told they need to feel unwelcome, afraid, or what persecution feels like
    rf"\b(?:{GROUP}|{_ONE}s?|imams?|mullahs?|rabbis?|monks?|they|them|those|these)\b"
    r"(?:\s+\w+){0,5}?\s+(?:need|needs|"
    r"deserve|deserves|ought)\s+to\s+(?:feel\s+(?:unwelcome|afraid|scared|unsafe|the fear|"
    r"the pain|what)|be made to feel|learn what (?:persecution|suffering|fear|pain|terror)|"
    r"know what (?:persecution|suffering|fear|pain|terror))\b",
    # harm wished on children: "let the Houthis' children starve so their fathers learn",
    # "Pray that no Fulani baby survives the dry season.", "… that her baby is stillborn"
    # (not a prayer that they be spared: "Lord, do not let the Yazidi children starve.")
    r"(?<!not )(?<!never )(?<!don t )(?<!dont )"
    r"\b(?:let|may|make|pray(?:ing)? that|hope|wish)\s+(?:the\s+|their\s+|all\s+(?:the\s+)?|"
    r"every\s+)?(?:[a-z]+(?: s)?\s+){0,2}?(?:children|kids|babies|baby|infants?|sons|daughters)\s+"
    r"(?:all\s+)?(?:starve|die|burn|suffer|rot|drown|be killed|get killed|be taken|perish)\b",
    # harm hoped on a people's women and children: "… the air force bombed another village,
    # and I hope the women and kids were in it too."
    r"\b(?:i|we)\s+hope\s+(?:that\s+)?(?:the|their|all the|all their)\s+(?:women|wives|kids|"
    r"children|babies|families|mothers)(?:\s+and\s+(?:the\s+|their\s+)?(?:kids|children|babies|women|"
    r"wives|elderly))?\s+(?:were|was|are|got)\s+(?:in it|hit|killed|among the dead)\b",
    # a people's blood welcomed: "Muslim blood running in the streets of Dhaka and angels
    # rejoicing." (not blood told of and lamented)
    r"\b(?:muslim|jewish|hindu|arab|fulani|persian|iranian|chinese|sikh|buddhist|african)\s+"
    r"blood\s+(?:running|flowing|spilling|spilled|spilt|shed|will run|will flow)\b[^.!?]{0,60}"
    r"\b(?:rejoic\w*|celebrat\w*|cheering|dancing|hallelujah|praise god|it will happen|soon)\b",
    # "No point praying, let them starve." (not "Don't let them starve, Lord!")
    r"(?<!not )(?<!never )(?<!don t )(?<!do not )\blet\s+(?:them|those people|these people)\s+"
    r"(?:all\s+)?(?:starve|die|rot|burn|drown|perish)\b",
    # bullets wished into a people: "guide every bullet into a Fulani heart" (not bullets
    # fired, told of: "Soldiers fired bullets into the Muslim crowd too.")
    r"\b(?:guide|send|put|aim|direct|drop|rain|fire)\s+(?:every|each|the|a|our|your|more|many)?\s*"
    rf"(?:bullets?|bombs?|missiles?|rockets?)\s+(?:into|through|on|onto)\s+(?:a|an|every|each|the|"
    rf"their)?\s*(?!christian|catholic|protestant|convert)(?:{GROUP}|{_ONE})\b",
    # an attack on a house of prayer praised: "Bless the brave man who burned the Quran and
    # smashed the mosque door. Raise up a thousand more."
    r"\b(?:bless|praise|thank (?:god|you) for|god bless|salute|respect)\s+(?:the|that|those|"
    r"these)\s+(?:brave\s+|heroic\s+|courageous\s+)?(?:man|men|woman|women|guy|guys|lads|heroes?|boys|"
    r"people|youths?)\s+who\s+(?:burned|burnt|torched|smashed|attacked|bombed|desecrated|"
    r"vandali[sz]ed|stormed|wrecked|firebombed)\s+(?:the|a|that|their)\s+(?:\w+\s+)?(?:quran|"
    r"koran|mosques?|temples?|synagogues?|gurdwaras?|shrines?|madrasa)\b",
    # "Any Hindu who comes near our village had better watch his back."
    r"\b(?:had|d)?\s*better\s+watch\s+(?:his|her|their|your|its)\s+(?:backs?|steps?)\b",
    # "We know where the gay couple on Elm Street lives, and we'll pay them a visit soon."
    r"\b(?:i|we)\s+know\s+where\s+(?:the|that|those|these|this|every|all\s+the|all)\s+"
    r"(?:[a-z]+\s+){1,6}?(?:live|lives|sleep|sleeps|stay|stays)\b(?:\s+[a-z]+){0,4}?\s+(?:and|so)\s+"
    r"(?:we|i)\s*(?:ll|will|are going to|re going to|re gonna|are gonna|m going to|am going to)\s+"
    r"(?:pay\s+(?:them|him|her)\s+a\s+(?:[a-z]+\s+)?visit|be\s+(?:round|over|waiting|paying|calling)|"
    r"come\s+(?:round|for|calling)|deal\s+with|sort\s+(?:them|it|him|her)\s+out|teach\s+(?:them|"
    r"him|her))\b(?!(?:\s+[a-z]+){0,5}\s+with\s+(?:food|meals?|blankets|gifts|flowers|cakes?|help|"
    r"aid|presents|groceries|parcels|a\s+meal|soup|love|prayers?)\b)",
    # "The next trans person who walks into our church will leave on a stretcher."
    r"\b(?:will|ll|is going to|are going to|re going to|s going to|gonna)\s+(?:leave|go\s+home|"
    r"come\s+out|go\s+out|be\s+carried\s+out|be\s+going\s+home|be\s+leaving)\s+(?:on\s+a\s+"
    r"stretcher|on\s+stretchers|in\s+a\s+body\s*bag|in\s+body\s*bags|in\s+a\s+(?:coffin|box)|in\s+"
    r"coffins|in\s+boxes|in\s+pieces)\b(?!\s*bearer)",
    # "Chinese shop owners around here should expect their windows smashed", "any trans
    # person who comes near our kids will end up in hospital", "God, pour shame and
    # humiliation on every atheist", "makes every Kurdish mother weep for her sons"
    r"\b(?:should|can|could|will|better|had\s+better|d\s+better)\s+expect\s+(?:their|his|her|your|the)\s+"
    r"(?:windows?|doors?|shops?|cars?|homes?|houses?|heads?|faces?|tyres|stalls?)\s+(?:to\s+be\s+)?"
    r"(?:smashed|broken|burned|burnt|torched|kicked\s+in|bricked|slashed|caved\s+in)\b",
    r"\b(?:any|every|each|the\s+next)\s+[a-z ]{1,40}?\s+who\s+[a-z ]{1,50}?\s+(?:will|ll|"
    r"is\s+going\s+to|s\s+going\s+to|gonna)\s+end\s+up\s+in\s+(?:the\s+|a\s+)?(?:hospital|morgue|coffin|body\s*bag|"
    r"intensive\s+care|icu|ditch|river|graveyard|cemetery)\b",
    r"\bpour\s+(?:out\s+)?(?:your\s+)?(?:shame|humiliation|disgrace|wrath|fury|curses?|plagues?|"
    r"sickness|disease)\s+(?:and\s+[a-z]+\s+)?(?:on|upon|over)\s+(?:every|all|each|all\s+the|those|"
    rf"these)\s+(?:[a-z-]+\s+){{0,2}}?(?:{_ONE}s?|{GROUP})\b",
    r"\bmakes?\s+every\s+(?:[a-z]+\s+)?(?:mother|wife|child|family|widow)\s+(?:weep|mourn|cry|grieve|"
    r"bury)\b(?!\s+(?:for|with)\s+joy)",
    # "Any woman who dares to preach will get what's coming to her."
    r"\b(?:will|ll|is going to|are going to|re going to|s going to|gonna)\s+get\s+what\s*s\s+"
    r"coming\s+to\s+(?:her|him|them|you|every\s+one\s+of\s+them)\b"
    # (not judgement foretold: "Sinners will get what's coming to them unless they repent.")
    r"(?!(?:\s+[a-z]+){0,8}\s+(?:repent|repents|judgement|judgment|the\s+day\s+of|on\s+the\s+last\s+day)\b)",
    # "We're going to make the disabled kids at that school regret showing up."
    r"\b(?:i|we)\s*(?:re going to|are going to|m going to|am going to|will|ll|gonna|re gonna)\s+"
    r"make\s+(?!(?:the\s+)?(?:devil|satan|enemy|demons?)\b)(?:the|those|these|every|all|them|him|"
    r"her|that|this|any)\b[^.!?]{0,40}?\bregret\b",
    # "I pray God sends disease on every homosexual in this country."
    r"\bsends?\s+(?:a\s+|his\s+|your\s+)?(?:disease|diseases|plague|plagues|sickness|pestilence|"
    r"cancer|death|famine|curses?|boils|leprosy)\s+(?:on|upon|to|among|into)\s+(?:every|all|each|"
    r"the|those|these|all\s+the)\s+(?:[a-z]+\s+){0,2}?(?:homosexuals?|"
    rf"{_ONE}s?|{GROUP})\b",
]
_UNQUOTED = re.compile("|".join(f"(?:{p})" for p in _UNQUOTED_PATTERNS))
# Rarer forms read the same way, looked for only where their key words are (each opens
# with a whole people's name or a long alternation, which would be tried at every word):
_RARE_HINT = re.compile(
    r"\b(?:(?:get|be) (?:his|her|their|your|its) |coming for|come for|dealt with|get hurt|"
    r"be hurt|be beaten|get beaten|be attacked|be run down|be run over|get run over|be mown down|"
    r"get attacked|be stabbed|get stabbed|be shot|get shot|be killed|get killed|be sorry|"
    r"on fire|burn (?:it|them|the place) down|torch (?:it|them|the place)|with (?:bats|baseball|"
    r"knives|machetes|clubs|guns|petrol|crowbars|sticks|axes|chains|iron))\b"
)
_HURT = rf"(?:get|be)\s+(?:hurt|beaten|attacked|stabbed|shot|killed|sorry|{_BODY_HARMED})\b"
_RARE_PATTERNS = [
    # "We're coming for the Pakistanis on Friday." (in the writer's own voice)
    r"\b(?:we re|we are|i m|i am|we will be|i will be|we ll be|i ll be)\s+(?:coming|going to come|"
    r"gonna come)\s+for\s+(?:(?:the|those|these|all the|all|every|each)\s+)?"
    rf"(?:{GROUP}|{_ONE}s?)\b",
    # "… should be afraid, because we're coming for them tonight."
    r"\b(?:we re|we are|i m|i am|we will be|we ll be)\s+(?:coming|going to come|gonna come)\s+"
    r"for\s+(?:them|him|her|you|you all|the lot of them)\s+(?:tonight|one by one|next|at night|"
    r"at dawn|at midnight|all|whether)\b",
    # "Christians in this village will be dealt with, one by one."
    rf"\b{GROUP}\b[^.!?]{{0,40}}?\b(?:will|shall|are going to|re going to|must|should|need to)\s+"
    r"be\s+dealt\s+with\s+(?:one by one|soon|permanently|for good|properly|the old way|"
    r"once and for all|like (?:the|in|before))",
    # harm promised to a people who come near: "Hindus who come near our church will get
    # hurt, I promise you.", "Refugees will get hurt if they come near us." (not "Christians
    # who will get hurt in this crackdown")
    rf"\b{GROUP}\s+who\s+(?:come|comes|set foot|show (?:up|their faces?)|step|walk|move|turn up|"
    rf"try|dare)\b[^.!?]{{0,40}}?\b(?:will|ll|are going to|re going to|gonna)\s+{_HURT}",
    rf"\b{GROUP}\s+(?:will|ll|are going to|re going to|gonna)\s+{_HURT}\s+(?:if|when|"
    r"the (?:moment|minute|day))\s+(?:they|one of them)\s+(?:come|comes|set foot|show|step|walk|"
    r"move|turn up|try|dare)\b",
    # "Nigerians in my neighbourhood are going to get hurt if they don't leave." (not a
    # believer's fear for Christians: "Christians there will be killed if they don't leave")
    rf"\b(?!christians|catholics|protestants|evangelicals|converts|copts){GROUP}"
    r"(?:\s+(?:in|on|at|around|near|from|of)(?:\s+[a-z]+){1,3}?)?\s+(?:will|ll|are going to|"
    rf"re going to|gonna)\s+{_HURT}\s+(?:if|unless)\s+(?:they|one of them)\s+(?:(?:don t|dont|"
    r"do not|won t|wont|will not|refuse to)\s+)?(?:leave|go|get out|move out|move away|pack up|"
    r"clear off|come|comes|set foot|show|step|turn up)\b",
    rf"\b{GROUP}\b[^.!?]{{0,40}}?\b(?:will|ll|are going to|re going to|gonna)\s+{_HURT}"
    r"[^.!?]{0,20}?\bi\s+(?:promise|guarantee|swear)\b",
    # "Indigenous protesters will be run down if they block our roads again." (not a
    # believer's fear for Christians)
    rf"\b(?!christians|catholics|protestants|evangelicals|converts|copts){GROUP}"
    r"(?:\s+(?:protesters|marchers|families|kids|children|men|women|people|workers|traders|"
    r"vendors|squatters|campers))?\s+(?:will|ll|are going to|re going to|gonna)\s+(?:be|get)\s+"
    r"(?:run\s+(?:down|over)|mown\s+down)\s+(?:if|when|unless|the (?:moment|minute|day|next "
    r"time))\s+(?:they|one of them)\b",
    # fire set to a people's place, called for: "Let's go to the Roma camp tonight and set it
    # on fire."
    r"\b(?:let s|lets|we should|we will|we ll|we re going to|we are going to|time to)\s+"
    r"(?:go\s+)?[^.!?]{0,40}?\b(?:camp|site|mosque|temple|synagogue|gurdwara|church|house|houses|"
    r"home|homes|shop|shops|village|estate|cent(?:re|er)|hostel|hotel)\b[^.!?]{0,30}?\b(?:set "
    r"(?:it|them|the place) on fire|burn (?:it|them|the place) down|torch (?:it|them|the place))\b"
    r"(?!\s+(?:for|with)\s+(?:god|jesus|christ|worship|praise|prayer|love|joy|the (?:holy )?spirit|"
    r"the gospel))",
    # "The Roma camp needs a visit from some men with bats."
    r"\b(?:visit|call|knock|word)\s+from\s+(?:some|a few|the|my|our|a couple of)\s+(?:\w+\s+)?"
    r"(?:men|lads|boys|guys|friends|mates|brothers|fellas)\s+with\s+(?:bats|baseball bats|knives|"
    r"machetes|clubs|guns|petrol|crowbars|sticks|axes|chains|iron bars)\b",
]
_RARE = re.compile("|".join(f"(?:{p})" for p in _RARE_PATTERNS))
# ("that" after a word, as in "a banner that read …": not the "That" that opens a text,
# which points at something: "That synagogue needs a visit from a few lads with bats.")
_REPORTED = re.compile(
    r"\b(?:said|says|saying|say|wrote|writes|written|shouted|shouting|chanted|chanting|"
    r"claimed|claims|posted|preached|preaching|calls for|called for|calling for|demanded|"
    r"demanding|heard|read|sign|signs|banner|video|told|tells|"
    r"telling|yelled|screamed|threatened|threatening|(?<=\w\s)that)(?:\s+\w+){0,3}\s*$"
)


# Harm promised as a result, in one of the writer's own sentences: "I'm going to make sure
# every trans person in this town suffers." (not "… no Christian suffers alone", "… my
# family never suffers", "… my kids know what Christians suffer").
_PROMISED = re.compile(
    r"\b(?:i|we)\s*(?:will|shall|'m going to|m going to|am going to|are going to|'re going to|"
    r"re going to|gonna|'ll|ll)\s+(?:make sure|see to it|ensure)\s+(?:that\s+)?"
    r"(?![^.!?]*\b(?:no|nobody|none|never|not|no one|noone|nothing|what|who|how|why|whatever|"
    r"whoever|know|knows|learn|hear|understand|remember)\b)[^.!?]{1,50}?\s+(?:suffers?|dies?|"
    r"pays?|bleeds?|burns?|regrets?|gets? hurt|(?:is|are|gets?) (?:hurt|killed|punished|beaten|"
    r"sorry))\b(?:\s+(?:for (?:it|this|that)|it|now|forever|badly|tonight|for years))?\s*$"
)


# A killing told, then approved in the next sentence: "Militants killed the villagers. Good.
# Lord, send more.", "The army bombed the village again. Lord, help the army finish the
# job." (read with its punctuation)
_KILLING_APPROVED = re.compile(
    r"\b(?:killed|shot|bombed|burned|burnt|beheaded|slaughtered|massacred|butchered|hanged)\b"
    r"[^.!?]{0,80}[.!?]+\s*(?:(?:good|great|excellent|brilliant|about time|well done|serves them "
    r"right)\s*[.!]|[^.!?]{0,40}\bfinish (?:the|their|that|this) job\b)"
)


# Harm to a people endorsed in the first person: "I support the killing of Muslims.", "We
# should encourage the deportation of all refugees.", "I think it's a great idea to make
# disabled people leave our country." (never "… the killing of Christians must stop", which
# endorses nothing; nor when "not", "never" or "against" comes before it).
_HARM_WORDS = (
    r"(?:attack(?:s|ing)?|murder(?:s|ing)?|killing(?:s)?|slaughter(?:ing)?|massacres?|"
    r"extermination|genocide|deportation|deporting|expulsion|expelling|removal|persecution|"
    r"persecuting|beatings?|beating up|burning|lynchings?|lynching|executions?|executing|"
    r"hanging|shooting|bombing|rape|raping|torture|torturing|imprisonment|jailing|internment|"
    r"steri(?:li[sz]ation|li[sz]ing)|eradication|elimination|(?:ethnic )?cleansing|"
    r"destruction|abuse|harassment|oppression|segregation|banning|exclusion|purge|purging|"
    r"hunting|stoning|mutilation|eviction)"
)
_HARM_ENDORSED = re.compile(
    r"\b(?:i|we|everyone|every one of us)(?: (?:really|fully|totally|strongly|wholeheartedly|"
    r"completely|100%|all|would|do|should|must|will|openly|actively|honestly|also|personally|"
    r"just))* (?:endorse|encourage|support|approve of|applaud|welcome|advocate|call for|cheer|"
    r"cheer on|celebrate|back|champion|condone|promote|favou?r|want|demand|urge|am all for|are "
    r"all for|am in favou?r of|are in favou?r of|love|like|enjoy|vote for|respect|admire|"
    r"relish) "
    rf"(?:the |a |more |mass |any )?{_HARM_WORDS} (?:of|on|against) (?:all |the |those |these |"
    # (or anyone named by a slur or by whom they worship: "… the genocide of Allah
    # worshippers")
    rf"every |any |more )?(?:{GROUP}|them|{SLURS}|poofs?|queers|(?:[a-z]+ )?(?:worshippers|"
    r"believers|followers))\b(?!['’])"
    # (harm asked to end: "I want the killing of Christians to stop.")
    r"(?!(?:\s+(?:in|of|from|across|around|throughout)\s+[a-z' -]{1,30}?)?\s+(?:to (?:end|stop|"
    r"cease|be (?:ended|stopped))|ends?|ended|stops?|stopped|ceases?|must (?:end|stop)|"
    r"will (?:end|stop)|(?:come|comes) to an end)\b)"
    r"|\b(?:great|good|brilliant|fine|excellent|wonderful|nice) idea to (?:make|force|kick|send|"
    rf"throw|drive|get|chase|ship) (?:all |the |those |these |every )?{GROUP} (?:leave|out|away|"
    r"back|go|home|off)\b"
)
# A people warned off or threatened by name: "Dear Thai people, think twice before you pass
# by me, and that's a threat!", "Warning to all Hindus: stay away from me."
_WARNED_OFF = re.compile(
    rf"^(?:(?:a )?warning to|dear|attention|hey|listen(?: up)?,?|to) (?:all |the |you |every )?"
    rf"{GROUP}\s*[:,.!-]+\s*(?:you (?:had better|better|should|must) )?(?:stay away|keep away|"
    r"stay out|keep out|get out|think twice|watch (?:out|your backs?)|be careful|beware|"
    r"don'?t (?:come|pass|walk|cross)|do not (?:come|pass|walk|cross))\b"
    r"|\b(?:that|this)(?:'s| is) a threat\b"
)


# (a "not", "never" or "against" before the endorsement takes it back)
_NOT_BEFORE = re.compile(r"\b(?:not|never|n't|against|no longer)\b(?!.*[,;])")


# Fire set with people inside, as a command: "Burn the whole shop down with the owner
# inside." (not fire told of: "They burned the church with the congregation inside.")
_BURNED_INSIDE = re.compile(
    r"(?:^|[.!?]\s*)(?:(?:just|let's|lets|go|someone should|we should)\s+)?(?:burn|torch|"
    r"blow up|set fire to|firebomb)\b[^.!?]{0,50}\bwith\s+(?:the\s+)?(?:owners?|family|"
    r"families|people|them|him|her|everyone|staff|worshippers|congregation|imam|priest|"
    r"kids|children)\s+(?:still\s+)?inside\b"
)


# Death wished on anyone named by a plural or by "every …", whether a people or not:
# "Politicians who let in Muslims should hang.", "Every politician who voted for this
# should be shot dead.", "Traitors should swing from lampposts." (read one sentence at a
# time; never "should not be …", nor what "should hang" in a hall). The verbs are those
# said only of people: "The old letters should be burned." is no threat.
_DOOMED = (
    rf"(?:(?:every|each|any)\s+(?:[a-z]+\s+){{0,2}}?[a-z]+|{GROUP}|{_ONE}s|"
    r"[a-z]+(?:ers|ors|ists|ians|ans|ants|ents|ites)|cops|men|women|people|they|"
    r"those|these|traitors|them all)"
)
_WISHED_HINT = re.compile(r"\b(?:should|must|ought|needs?|deserves?)\b")
_DEATH_HINT = re.compile(
    r"\b(?:hang|hanged|hung|swing|executed|lynched|killed|murdered|death|strung|put down|gassed|"
    r"beheaded|shot|wall|firing)\b"
)
_DEATH_WISHED = re.compile(
    rf"\b{_DOOMED}(?:\s+(?:who|that)(?:\s+[a-z]+){{1,8}}?)?\s+(?:should|must|ought to|"
    r"need to|needs to|deserve to|deserves to)\s+(?:all\s+|each\s+)?(?:be\s+(?:hanged|"
    r"hung|executed|lynched|killed|murdered|put to death|strung up|put down|gassed|beheaded|"
    r"shot dead|shot on sight|shot for \w+|shot$|lined up and shot|lined up against a wall|"
    r"put against a wall|stood against a wall)\b|face\s+(?:a|the)\s+firing\s+squad\b|"
    r"(?:hang|swing)(?:\s+for\s+(?:it|this|that|treason|their crimes?|what \w+ (?:did|"
    r"have done|has done)))?$|(?:hang|swing)\s+(?:from|by)\s+(?:(?:a|the|their)\s+)?(?:tree|"
    r"trees|lamppost|lampposts|lamp posts?|rope|ropes|gallows|neck|necks|noose)\b)"
)


# A quotation told as what someone else said or wrote: "The letter said: \"Leave the village
# or we will burn your house.\"", "They shouted \"we will kill you\" as they left." (not the
# writer's own: "I say: \"…\"", "My message to them: \"…\"").
_QUOTE_TOLD = re.compile(
    r"(?:\b(?:the|a|an|this|that|their|his|her) (?:letter|note|message|graffiti|sign|banner|"
    r"text|threat|warning|leaflet|poster)s?(?: [a-z]+){0,4}? (?:said|says|read|reads|was|"
    r"warned|threatened)|\b(?!(?:i|we)\b)[a-z]+ (?:said|shouted|wrote|chanted|yelled|screamed|"
    r"threatened|warned|texted|posted|sent|told (?:us|me|him|her|them|my [a-z]+|our [a-z]+)))"
    r"\s*[:,-]?\s*(?:that\s*)?\"[^\"]*\"?"
    r"|\"[^\"]*\"\s*[,;:.!—–-]*\s*(?:that(?:'s| is| was) what|this is what|so|as) "
    r"(?!(?:i|we)\b)[a-z]+(?: [a-z]+)? (?:said|shouted|wrote|chanted|yelled|screamed|told)"
)


# (nor a threat told and cheered: "They shouted \"we will burn your church\" and I hope they
# do.")
_CHEERED = re.compile(
    r"\b(?:good|great|excellent|hope|hoping|wish|right|agree|agreed|deserve\w*|about time|"
    r"finally|well done|yes|yeah|bravo|can t wait|cant wait|lol|lmao|haha\w*|do it|go for it|"
    r"true|correct|love it|based)\b"
)


def _only_in_quotes_told(text: str, phrase: str) -> bool:
    """``phrase`` (a threat form matched) stands only inside quotations that the text tells
    as someone else's words."""
    folded = fold(text)
    outside = normalize(QUOTED.sub(" ", folded))
    if _THREAT.search(outside) or _CHEERED.search(outside):
        return False
    told = " ".join(match.group(0) for match in _QUOTE_TOLD.finditer(folded))
    return phrase in normalize(told)


def threat_phrases(text: str) -> list[str]:
    """The threatening phrasings found in ``text`` (after normalisation)."""
    plain = normalize(text)
    found = [
        match.group(0)
        for match in _THREAT.finditer(plain)
        if not _only_in_quotes_told(text, match.group(0))
    ]
    unquoted = QUOTED.sub(" ", fold(text))
    found += [match.group(0) for match in _KILLING_APPROVED.finditer(unquoted)]
    found += [match.group(0) for match in _BURNED_INSIDE.finditer(unquoted)]
    for sentence in sentences(unquoted):
        match = _HARM_ENDORSED.search(sentence)
        if match and not _NOT_BEFORE.search(sentence, 0, match.start() + 1):
            found.append(match.group(0))
        match = _WARNED_OFF.search(sentence)
        if match:
            found.append(match.group(0))
        match = _PROMISED.search(sentence)
        if match and not _REPORTED.search(sentence, 0, match.start()):
            found.append(match.group(0))
        if _DEATH_HINT.search(sentence) and _WISHED_HINT.search(sentence):
            said = normalize(sentence)
            match = _DEATH_WISHED.search(said)
            if match and not _REPORTED.search(said, 0, match.start()):
                found.append(match.group(0))
    own = normalize(unquoted)
    forms = [_UNQUOTED, _RARE] if _RARE_HINT.search(own) else [_UNQUOTED]
    for form in forms:
        for match in form.finditer(own):
            if not _REPORTED.search(own, 0, match.start()):
                found.append(match.group(0))
    return found
