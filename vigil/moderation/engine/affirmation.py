"""Texts that only affirm a group's dignity, matched as a form of words.

The contextual model holds some of the plainest support for a group as an attack,
because its contrast pairs open attacks with the same words. Measured on the group
templates (``evaluation/group_templates.csv``), identity_attack scored:

* "… deserve the same rights as everyone else": 0.52–0.88 (8 of 12 groups held);
* "… are just as human as anyone else": 0.53–0.94 (all 12 held);
* "Why do people hate …? It makes no sense.": 0.51–0.84 (11 of 12 held);
* "We should celebrate …": threat 0.66–0.77;
* "Saying … are animals is disgusting", "Hating Jews is wrong", "It is never okay to
  insult …": published as written, but held for 5 of 12 groups written in lower case
  without a full stop (identity_attack 0.38–0.69);
* "Muslim women should be free to wear a headscarf at work.", "Roma children have every
  right to attend school …", "Jewish people have enriched our culture …" (forms A and B):
  identity_attack 0.57–0.92. A freedom counts only for a listed verb (wear, pray, live,
  work, attend …) and a tail with no "but", "not", "only", "elsewhere" or "back".

A people praised in plain good words and nothing else ("Immigrants are honest,
hardworking people.", identity_attack 0.66; "Mexicans are hard workers.", 0.98) is read by
the polarity lexicon (``_praised``).

``affirms_a_group`` is true when *every* sentence of a text is one of these forms (or
a short sentence that adds nothing, "It makes no sense."), so anything else said beside
them, a sneer, a "but", a quote that is not condemned, leaves the text to the model.
The policy then does not hold such a text on the model's identity_attack, insult or
threat scores alone; the word lists, the threat and contempt forms, the language rule
and the other labels apply as ever, and it never releases a rejection.
"""

from __future__ import annotations

import re

from .contempt import GROUP
from .negation import SLURS, has_a_bad_word, polarity
from .wording import NATIONS, fold, sentences

__all__ = ["affirms_a_group"]

_DET = (
    r"(?:(?:all|the)\s+)?(?:(?:orthodox|devout|religious|observant|traditional|hasidic|haredi|"
    r"sunni|shia|practising|practicing|married|older|young)\s+)?"
)
_EVERYONE = (
    r"(?:(?:everyone|everybody|anyone|anybody)(?: else)?|all of us|the rest of us|"
    r"any other (?:person|people|citizens?|human beings?|group)|you and (?:me|i)|us|we are)"
)
_GOODS = (
    r"(?:rights|respect|dignity|freedoms?|protection|treatment|opportunities|chances|"
    r"safety|kindness|love|pay|wages|access|education|healthcare|justice)"
)
_HUMAN = r"(?:human|human beings|humans|people|persons)"
# Whom a people is said to be the equal of: "Women are just as smart as men.", "Black people
# are just as intelligent as white people."
_OTHERS = (
    r"(?:men|women|boys|girls|(?:white|straight|cis|able-bodied|hearing|native|local|other) "
    r"(?:people|men|women|folks?|kids|children)|other people|the rest of (?:them|us))"
)
_POSITIVE = (
    r"(?:celebrate|welcome|support|protect|respect|love|stand with|stand up for|defend|"
    r"include|honou?r|pray for|listen to|care for|look after)"
)

# What is said of an attack on a people: wrong, racist, a sin …
_WRONG = (
    r"(?:(?:so|just|simply|deeply|completely|absolutely|always|plainly|clearly) )?"
    r"(?:wrong|disgusting|hateful|racist|racism|bigoted|bigotry|evil|cruel|shameful|"
    r"unacceptable|vile|sickening|dehumani[sz]ing|ignorant|hurtful|a sin|sinful|unchristian|"
    r"pathetic|cowardly|childish|petty|embarrassing|"
    r"antisemitic|anti-semitic|islamophobic|homophobic|transphobic|xenophobic|"
    r"(?:not|never) (?:ok|okay|acceptable|christian|right|funny|justified|fine)|hate|hatred|"
    r"prejudice|discrimination|a form of (?:hate|hatred|bigotry|racism|abuse|violence|"
    r"discrimination|prejudice|sexism|misogyny))"
)
_MISTREATING = (
    r"(?:hating|attacking|insulting|mocking|harassing|bullying|persecuting|excluding|"
    r"discriminating against|stereotyping|dehumani[sz]ing|demoni[sz]ing|blaming|"
    r"scapegoating|abusing|threatening|hurting|targeting|bashing|slandering|smearing|"
    r"demeaning|belittling|ridiculing|cursing|vilifying|shaming|picking on|spitting on|"
    r"hating on)"
)
# The same done, as a verb after "to" or "people": "… use this site to bash Muslims"
_MISTREAT = (
    r"(?:hate|attack|insult|mock|harass|bully|persecute|exclude|discriminate against|"
    r"stereotype|dehumani[sz]e|demoni[sz]e|blame|scapegoat|abuse|threaten|hurt|target|bash|"
    r"slander|smear|demean|belittle|ridicule|curse|vilify|shame|pick on|spit on|hate on)"
)
# A tail that does not turn on the people it defends: no "but", "they deserve", "anyway" …
_KIND_TAIL = (
    r"(?![^.!?]*\b(?:but|though|although|however|deserve\w*|anyway|still|actually|"
    r"really are|they are|they're|theyre|because they)\b)"
)

# What a people should be free to do, and the tail that may follow it: one clause, with no
# "but", "not", "only", "elsewhere" or "back" that would turn the freedom into exclusion.
_FREEDOMS = (
    r"(?:wear|pray|worship|practi[sc]e|live|work|vote|marry|study|attend|speak|build|celebrate|"
    r"believe|dress|express|keep|read|sing|gather|go to school|go to church|go to work|run|"
    r"lead|preach|teach|own|hold office|serve|drive|travel|love|raise|start|open)"
)
_CLEAN_TAIL = (
    r"(?![^.!?]*\b(?:but|except|unless|not|only|elsewhere|somewhere else|own countr\w*|back|"
    r"if|as long as|so long as)\b)[^.!?,;]{0,80}"
)

# A tail with nothing scornful in it, and no "but", "always", "so much" …
_SCORN_AHEAD = (
    r"(?![^.!?]*\b(?:but|false|fake|stupid|weird|dumb|disgusting|strange|crazy|silly|ugly|"
    r"smelly|filthy|dirty|evil|such|always|so much|so many|like animals|like that|those|"
    r"that crap|shit|crap|bullshit|nonsense|rubbish|ridiculous|backward|primitive|savage|"
    r"barbaric|cousins?|their women|goats?|camels?|animals?|dogs?|pigs?|babies|baby|"
    r"children|kids|blood|flesh|humans?|money|gold|cats?|devil|satan|demons?|lucifer|"
    r"moon god|false gods?|idols?|terror\w*|bombs?|weapons?|knives to kill|lazy|greedy|"
    r"parasit\w*|vermin|thie\w*|criminals?|rats?|cancer|plague|scum|trash|diseased?|lice|"
    r"riddance|about time|because they(?:'re| are)|the sooner the better|instead of|rather than|"
    r"cult\w*|brainwash\w*|hide|hiding|hidden)\b)"
)
# (and, in a question about how a people fares, no vice said of it)
_NO_VICE_AHEAD = (
    rf"{_SCORN_AHEAD}(?![^.!?]*\b(?:violent|dishonest|liars?|inferior|dangerous|aggressive|"
    r"fanatic\w*|deserve\w*|own fault|asking for it|uncivili[sz]ed|useless|worthless)\b)"
)
_NO_SCORN = (
    rf"{_SCORN_AHEAD}[^.!?,;]{{0,80}}"
    # (and a second question run on after a comma: "…, is it a commandment or a tradition")
    r"(?:,\s*(?:is it|or is it|is that|or is that|or|and is it|and if so|if so|are they|do they)"
    r"\b[^.!?,;]{0,60})?"
)
# Faiths, their branches and their peoples, as a question compares them.
_BRANCHES = (
    rf"(?:{GROUP}|sunnis?|shias?|shiites?|sufis?|ahmadis?|catholics?|protestants?|orthodox|"
    r"evangelicals?|pentecostals?|baptists?|methodists?|anglicans?|lutherans?|presbyterians?|"
    r"copts?|coptic|mormons?|adventists?|quakers?|islam|christianity|judaism|hinduism|sikhism|"
    r"buddhism|jainism|bahai|baha'i|zoroastrianism|shinto|taoism|catholicism|protestantism|"
    r"orthodoxy|sunni islam|shia islam|the bible|the quran|the torah|a church|a mosque|"
    r"a synagogue|a temple|a gurdwara|a pastor|a priest|an imam|a rabbi|a mullah)"
)
# Feasts, fasts and practices of a faith.
_PRACTICE = (
    r"(?:ramadan|eid|diwali|holi|vaisakhi|passover|hanukkah|chanukah|yom kippur|rosh hashanah|"
    r"lent|easter|christmas|advent|pentecost|sabbath|shabbat|halal|kosher|hajj|umrah|"
    r"pilgrimages?|fasting|the fast|prayer times|call to prayer|hijabs?|headscar(?:f|ves)|"
    r"turbans?|kippahs?|mass|communion|baptism|confirmation|bar mitzvah|bat mitzvah|"
    r"liturgy|icons?|rosary|the calendar|prayer beads|sermons?)"
)
# Rites told as statements: each act with what it is done to.
_RITES = (
    r"(?:(?:do not |don'?t |never |must |have to )?(?:break|end) (?:their|the) fast|"
    r"(?:cremate|bury|wash|mourn|honou?r|remember) (?:their|the) dead|"
    r"break (?:a|the) glass|"
    r"(?:do not |don'?t |never |must |always )?(?:carry|wear) (?:a |the )?(?:small |ceremonial |"
    r"little )?(?:(?:sword|dagger|blade|knife) )?(?:called (?:a |the )?)?kirpans?|"
    r"(?:light|kindle) (?:the )?(?:candles|a candle|lamps|diyas|the menorah|the lamps)|"
    r"(?:do not |don'?t |never |must not |cannot |can'?t )?(?:eat|drink|touch) (?:any )?"
    r"(?:pork|beef|meat|shellfish|alcohol|wine)|"
    r"eat (?:only )?(?:halal|kosher)(?: (?:food|meat))?|"
    r"(?:are|were) circumcised|"
    r"(?:face|pray towards|pray toward|turn towards|turn toward) (?:mecca|jerusalem|the east|"
    r"the kaaba|the qibla)|"
    # (a sheep or a lamb at Eid; not a cow, whose slaughter is a charge that stirs mobs)
    r"(?:slaughter|sacrifice) (?:a |an |one )?(?:sheep|lamb|ram)|"
    r"(?:keep|grow|cover|do not cut|don'?t cut|never cut) (?:their )?(?:hair|heads?|beards?)"
    r"(?: uncut| long| covered)?|"
    r"(?:wash|cleanse) (?:before|after) (?:they )?(?:pray|prayers?|meals?|eating)|"
    r"(?:do not |don'?t |never )?(?:work|drive|cook|travel|use electricity) on (?:the )?"
    r"(?:sabbath|shabbat|saturdays?|sundays?|fridays?|holy days|feast days))"
)
# One's own faith kept, in the first person: "I am a Muslim woman and I wear a headscarf.",
# "As a Jewish man, I keep kosher.", "I wear a turban because I am a Sikh." The speaker is
# named by a few plain words and a people (``_MYSELF``); the act is one of a faith's own
# (``_MY_RITES``), with at most a few words of when after it.
_MYSELF = (
    r"(?:(?:proud|practising|practicing|devout|observant|young|old|british|american|"
    r"european|african|asian|arab|black|white|female|male|married|single|new) )?"
    r"(?:muslim|moslem|jew|jewish|christian|catholic|protestant|orthodox|hindu|sikh|buddhist|"
    r"baha'?i|yazidi|ahmadi|shia|shiite|sunni|copt|coptic|evangelical|mormon|quaker|jain|"
    r"zoroastrian|parsi)(?: (?:man|woman|girl|boy|mother|father|mum|mom|dad|wife|husband|"
    r"student|teacher|nurse|doctor|convert|believer|person))?"
)
_MY_RITES = (
    r"(?:wear (?:a |my |the )?(?:headscarf|hijab|niqab|veil|turban|patka|kippah|kippa|"
    r"yarmulke|cross|crucifix|kara|sheitel|tichel|bindi)|"
    r"cover my (?:hair|head)|(?:keep|grow) my (?:hair|beard)(?: uncut| long)?|"
    r"keep (?:kosher|halal|the sabbath|shabbat|the fast)|"
    r"eat (?:only )?(?:halal|kosher)(?: (?:food|meat))?|"
    r"(?:do not|don'?t|never) (?:eat|drink|touch) (?:any )?(?:pork|beef|meat|shellfish|"
    r"alcohol|wine)|"
    r"fast (?:during|in|for|through|on) (?:ramadan|lent|yom kippur|the holy month)|"
    r"pray (?:five times a day|every day|daily|every morning|every evening|at night|"
    r"on fridays|towards mecca|toward mecca)|"
    r"go to (?:the )?(?:mosque|church|synagogue|temple|gurdwara|mass|prayers)|"
    rf"(?:celebrate|observe|keep) {_PRACTICE}|"
    r"(?:light|kindle) (?:the )?(?:candles|a candle|lamps|diyas|the menorah))"
)
# What a faith holds, the things of faith only ("What do Jews think about money?" is not).
_TENETS = (
    r"(?:god|jesus|jesus christ|christ|mary|the virgin mary|prophets?|muhammad|the prophet|"
    r"moses|abraham|heaven|hell|the afterlife|life after death|reincarnation|karma|salvation|"
    r"sin|prayer|fasting|the bible|the quran|the koran|the torah|scripture|the trinity|"
    r"the messiah|angels?|the end times|creation|death|marriage|baptism|christians|"
    rf"christianity|islam|judaism|other faiths|other religions|conversion|{_PRACTICE})"
)
# A share of a population: "most", "a quarter", "about 2 %", "the majority".
_ABOUT = (
    r"(?:about|around|roughly|nearly|almost|over|more than|less than|fewer than|under|"
    r"just under|just over|only|approximately|some|perhaps|maybe|probably)"
)
_SHARE = (
    rf"(?:{_ABOUT} )?(?:most|half|a half|a quarter|a third|a fifth|a tenth|a small part|"
    r"a large part|a big part|the (?:vast |great |)majority|a (?:small |tiny |large |)minority|"
    r"(?:one|1) in (?:[0-9]+|two|three|four|five|six|seven|eight|nine|ten)|"
    r"[0-9][0-9.,]* ?(?:%|percent|per cent)|"
    # (a share in words: "seventy percent", "forty-five per cent")
    r"(?:(?:ten|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[- ](?:one|two|three|"
    r"four|five|six|seven|eight|nine))?|one|two|three|four|five|six|seven|eight|nine|eleven|"
    r"twelve|fifteen) (?:percent|per cent))"
)

# Where, and nothing more: "in Egypt", "across Central Asia" (no "and", "but", "too" …).
_PLACE = (
    r"(?: (?:in|across|around|throughout|under|of|today|now|too)"
    r"(?![^.!?]*\b(?:and|but|too|only|not|soon|already|yet|enough|for now|for long)\b)"
    r"[a-z' .-]{0,50})?"
)

# Followers of a faith or a branch of one, or of none, as a people's faith is stated
# ("Most Kazakhs are Sunni Muslims.").
_ADHERENTS = (
    r"(?:(?:sunni|shia|shiite|sufi|ahmadi|hanafi|ismaili|alawite|orthodox|russian orthodox|"
    r"greek orthodox|oriental orthodox|eastern orthodox|catholic|roman catholic|protestant|"
    r"evangelical|pentecostal|lutheran|anglican|coptic|tibetan|theravada|mahayana|devout|"
    r"practising|practicing|observant|nominal|secular|non-practising|non-practicing) )?"
    r"(?:muslims?|moslems?|christians?|catholics?|protestants?|orthodox(?: christians?)?|"
    r"jews|jewish|hindus?|buddhists?|sikhs?|atheists?|agnostics?|sunnis?|shias?|shiites?|"
    r"evangelicals?|baptists?|pentecostals?|lutherans?|anglicans?|copts?|animists?|"
    r"shamanists?|zoroastrians?|baha'?is?|yazidis?|druze|alawites?|ahmadis?|jains?|taoists?|"
    r"shintoists?|not religious|non-?religious|religious|irreligious|believers|"
    r"non-?believers)"
)
# Peoples of the countries on the list that ``GROUP`` and ``NATIONS`` do not name, with
# "North", "South" … before any of them.
_MORE_PEOPLES = (
    r"(?:(?:north|south|east|west|central|northern|southern|eastern|western) )?"
    r"(?:uzbeks|tajiks|turkmens?|kyrgyz|azerbaijanis|azeris|yemenis|saudis|libyans|sudanese|"
    r"egyptians|maldivians|bangladeshis|burmese|laotians|nepalese|nepalis|sri lankans|"
    r"bhutanese|cubans|nicaraguans|colombians|malians|cameroonians|chadians|mozambicans|"
    r"congolese|tunisians|algerians|moroccans|mauritanians|jordanians|omanis|qataris|"
    r"kuwaitis|emiratis|lebanese|malaysians|indonesians|chechens|tatars|kazakhstanis|"
    r"pashtuns|hazaras|baloch|punjabis|sindhis|bengalis|rohingya|hmong|amhara|oromo|"
    r"tigrayans|hausa|fulani|yoruba|igbo|berbers|kabyles|assyrians|chaldeans|armenians|"
    r"georgians|koreans|vietnamese|chinese|indians|iranians|afghans|pakistanis|somalis|"
    r"eritreans|ethiopians|nigerians|kazakhs|russians|turks|arabs|kurds|uyghurs|uighurs)"
)
_A_PEOPLE = rf"(?:{GROUP}|{NATIONS}|{_MORE_PEOPLES})"
# Where, or at whose hands, in one to four words, none of which says more: "in Europe",
# not "in Europe deserve to", "in Europe and they deserve it", "at the hands of heroes".
_PLACE_WORDS = (
    r"(?: (?!(?:and|or|but|so|as|because|since|which|who|that|they|them|deserve\w*|should|"
    r"must|will|would|shall|ought|need\w*|to|let|is|are|was|were|can|could|may|might|good|"
    r"great|finally|hopefully|rightly|justly|heroes|lol|haha)\b)[a-z'-]+){1,4}"
)
# Countries, as a question about the list names them.
_COUNTRY = (
    r"(?:this|that|my|our|your|their|the) country|it|north korea|south korea|somalia|yemen|"
    r"libya|sudan|south sudan|eritrea|nigeria|pakistan|iran|afghanistan|india|syria|"
    r"saudi arabia|myanmar|burma|the maldives|maldives|china|mali|iraq|algeria|mauritania|"
    r"uzbekistan|colombia|burkina faso|(?:the )?central african republic|vietnam|"
    r"turkmenistan|cuba|niger|morocco|bangladesh|laos|mozambique|indonesia|qatar|egypt|"
    r"tunisia|cameroon|ethiopia|tajikistan|mexico|jordan|brunei|(?:the )?(?:democratic "
    r"republic of (?:the )?)?congo|(?:the )?drc|kazakhstan|bhutan|oman|malaysia|turkey|"
    r"kenya|sri lanka|russia|nicaragua|chad|comoros|kyrgyzstan|uganda|azerbaijan|djibouti|"
    r"kuwait|bahrain|(?:the )?united arab emirates|(?:the )?uae|nepal|belarus|tanzania|"
    r"rwanda|burundi|venezuela|armenia|georgia|israel|lebanon|palestine"
)
# What a people is called in front of a noun ("Jewish lives", "being a Muslim").
_ADJECTIVE = (
    r"(?:black|brown|asian|african|arab|jewish|muslim|christian|hindu|sikh|buddhist|"
    r"catholic|gay|lesbian|bisexual|queer|trans|transgender|disabled|deaf|blind|autistic|"
    r"indigenous|native|immigrant|refugee|migrant|palestinian|israeli|uyghur|uighur|kurdish|"
    r"roma|latino|latina|hispanic|mexican|chinese|indian|pakistani|nigerian|somali|afghan|"
    r"iranian|syrian|iraqi|kazakh|mixed[- ]race|non-?binary)"
)
# What a people suffers: the people (with where), the verb, the harm by its name, and at
# most where, when or why after it.
_SUFFERERS = (
    rf"{_DET}(?:(?:{NATIONS}|{_MORE_PEOPLES}|{_ADJECTIVE}) )?{_A_PEOPLE}"
    rf"(?: (?:in|across|under){_PLACE_WORDS})?"
)
_UNDERGO = (
    r"(?:face|faced|facing|suffer|suffered|suffering|endure|endured|enduring|experience|"
    r"experienced|experiencing)"
)
_SUFFERED = (
    r"(?:(?:so much|such|more|less|this much|so many|the same|terrible|horrific|horrible|"
    r"rising|growing|brutal|severe|daily|constant|"
    r"systematic|ongoing|widespread|relentless|increasing|real|serious|violent|state|mob|"
    r"mass|false|blasphemy|and) )*"
    r"(?:persecution|violence|discrimination|hatred|hate|abuse|harassment|genocide|"
    r"oppression|attacks|threats|prison|imprisonment|arrests?|torture|death threats|"
    r"forced conversions?|forced labou?r|forced marriages?|surveillance|killings|massacres|"
    r"ethnic cleansing|displacement|exile|hostility|prejudice|racism|antisemitism|"
    r"islamophobia|bigotry|danger|injustice|pressure|repression|restrictions|"
    r"death sentences|execution|expulsion|accusations|charges)"
)
_SUFFERED_TAIL = (
    r"(?: (?:every day|daily|for their faith|for their beliefs|because of their faith|"
    rf"because of who they are|for who they are|(?:in|under|at the hands of){_PLACE_WORDS}|"
    r"today|now|again|there|too|at work|at school|online|than (?:others|other people|"
    r"anyone else|the rest of us|other groups|other minorities|(?:other )?christians)))*"
)
# What most of a people do or are, said in their favour ("Most immigrants work hard.").
_VIRTUES = (
    r"(?:work hard|are hard-?working|reject (?:violence|extremism|terrorism|hatred|hate)|"
    r"condemn (?:violence|extremism|terrorism|the attacks?|these attacks?)|"
    r"want (?:peace|to live in peace|the same things as (?:everyone else|us|anyone))|"
    r"are (?:peaceful|peace-loving|law-abiding|kind|decent|honest|generous|friendly|"
    r"ordinary people|good people|good neighbou?rs)|love their (?:families|children|country)|"
    r"pay (?:their )?taxes|(?:are )?(?:just |only )?trying to (?:live their lives|get by|make a "
    r"living|raise their (?:families|children|kids)|feed their (?:families|children|kids))|"
    r"(?:just |only )?want to (?:be safe|feel safe|live safely|be free|be left in peace|"
    r"live in peace|(?:work|raise their (?:families|children|kids))(?: in peace)?|"
    r"go home one day)|"
    # "Most immigrants just want a safe home and a job."
    r"(?:just |only )?want (?:a (?:safe |better |decent |quiet |)(?:home|life|future|job|"
    r"place to live)|safety|work|jobs?)(?: (?:and|or) (?:a (?:safe |better |decent |)(?:home|"
    r"life|future|job|school for their (?:children|kids))|work|safety|peace))?)"
)
# Greetings for a feast, in whatever words.
_GREETINGS = (
    r"(?:(?:eid|ramadan) (?:mubarak|kareem)|chag sameach|shana tova|gut yontif|"
    r"merry christmas|happy (?:eid|ramadan|diwali|holi|vaisakhi|hanukkah|chanukah|passover|"
    r"easter|christmas|new year|nowruz|nauryz|navruz|lunar new year|rosh hashanah|purim|"
    r"sukkot|holidays)|blessed (?:eid|ramadan|easter|christmas|diwali|passover|hanukkah))"
)
_MOSTLY = (
    r"(?:mostly|mainly|largely|predominantly|overwhelmingly|traditionally|historically|"
    r"nominally|chiefly|primarily|also|still)"
)

# Where a church is from, before its name: "Greek Orthodox", "Roman Catholic".
_RITE = r"(?:(?:greek|russian|coptic|syriac|armenian|ethiopian|eritrean|roman|eastern|oriental) )?"

# Who a question asks how to help, and what may follow them.
_HELPED = (
    r"(?:them|people|believers|converts|families|children|women|men|girls|boys|teens|kids|"
    r"youth|students|prisoners|neighbou?rs|friends|communities|churches|congregations|"
    r"pastors|widows|orphans|survivors|victims|refugees|migrants|minorities)"
)
_HELPED_WORD = (
    rf"(?:the|our|my|their|these|those|local|persecuted|suffering|new|young|elderly|"
    rf"imprisoned|jailed|detained|displaced|exiled|hidden|underground|secret|grieving|"
    rf"lonely|isolated|vulnerable|fellow|{_ADJECTIVE}|{NATIONS}|{_MORE_PEOPLES}|{GROUP})"
)
_HELPED_TAIL = (
    r"(?: (?:who|that|in|at|during|through|facing|across|under|as|while|with|without|on|"
    r"after|before|when|where|living|fleeing|for)\b"
    r"(?![^.!?]*\b(?:disappear\w*|leave|go (?:home|back)|die|dies|dying|gone|rid|deport\w*|"
    rf"expel\w*|ban|banned|kill\w*|ovens?|camps?|gas\w*|from (?:the )?{GROUP})\b)"
    r"[^.!?,;]{0,80})?"
)
# "… and draw them to yourself", "… and show them your love": the people prayed for, drawn
# to God.
_DRAWN = (
    r"(?:,? and (?:please )?(?:draw|bring|lead|call|bless|keep|hold|save) them(?: (?:to|into|"
    r"closer to|near|back to) (?:you|yourself|your (?:love|heart|kingdom|arms|presence)))?"
    r"|,? and (?:please )?(?:show|reveal) (?:them )?(?:your|thy) (?:love|grace|mercy|glory|"
    r"kindness|truth|light|face)(?: to them)?|,? and (?:please )?reveal yourself to them)"
)
# One household of a people: "the black family next door", "the Muslim couple down the road".
_HOUSEHOLD = (
    rf"{_ADJECTIVE} (?:family|families|couple|household|neighbou?rs?|man|woman|boy|girl|kid)"
    r"(?: next door| down the road| across the (?:road|street)| in (?:our|my|the) (?:street|"
    r"road|block|village|town))?"
)
# Good prayed on a people: to be free, safe, at home, at peace, to know God's love.
_BLESSED = (
    r"(?:be (?:free|freed|set free|safe|kept safe|healed|comforted|welcomed|blessed|protected|"
    r"released|restored|reunited|strengthened|at peace|at home|fed|sheltered|loved)|find "
    r"(?:a home|homes|a new home|peace|work|jobs|rest|refuge|safety|welcome|shelter|healing|"
    r"hope|justice|freedom|friends|you|jesus|christ|your love|your peace)|know (?:you|your "
    r"(?:love|peace|mercy|grace)|jesus|christ|peace|that they are loved|they are loved)|come "
    r"home|go home safely|return home safely|live in peace|reach safety|prosper|flourish|"
    r"thrive|welcome|rest in your love)"
)
# One of a people, as "every …" names them: "every Muslim", "every Turk", "every Hindu man".
_EVERY_ONE_OF = (
    rf"(?:{_ADJECTIVE}|turk|arab|kurd|jew|pashtun|fulani|hausa|somali|persian|hindu|sikh)"
    r"(?: (?:person|man|woman|family|neighbou?r|person you meet))?"
)
# A generalisation denied, with nothing after it that takes it back: "Not every Turk is a
# nationalist, and not every Muslim wants sharia.", "Not all Hindus support the mobs." (not
# "Not every Muslim is a terrorist, but most are.")
_NOT_EVERY = (
    rf"(?:not (?:every|all) {_EVERY_ONE_OF}s?|not all (?:{_A_PEOPLE}))"
    r" (?:is|are|wants?|supports?|agrees?|thinks?|believes?|hates?|backs?|approves?|"
    r"cheers?|sides?)\b(?![^.!?]*\b(?:but|yet|though|although|except|most|many|some|half|rest|"
    r"worse)\b)(?:(?!\s[-–—]\s|[—–]|\s(?:and|or|while|whereas)\s(?!not\b))[^.!?,;:]){0,50}"
)

_FORMS = [
    rf"(?:but |and )?{_NOT_EVERY}(?:,? (?:and|or) {_NOT_EVERY})*",
    # "Let's keep our anger on the killers, not on every Muslim on the planet.", "Don't blame
    # every Muslim for what a few extremists did."
    r"(?:let'?s|let us|we (?:must|should|need to)|please) (?:keep|direct|aim|focus|put|save) "
    # (the anger kept for someone who is no people: not "… our hatred on the Jews, not on …")
    r"(?:our|the|your) (?:anger|rage|blame|outrage|fury|hatred) (?:on|at|for) "
    rf"(?![^,.!?]*\b(?:{_A_PEOPLE}|{_EVERY_ONE_OF})\b)[^,.!?]{{1,40}},? "
    rf"(?:and )?not (?:on|at|for) (?:every|all|ordinary) (?:{_EVERY_ONE_OF}|{_A_PEOPLE})"
    r"[^.!?,;:]{0,30}",
    r"(?:(?:please )?(?:don'?t|do not)|we (?:shouldn'?t|should not|can'?t|cannot|must not)|you "
    r"(?:can'?t|cannot|shouldn'?t|should not)|never) (?:blame|hate|judge|punish|condemn|fear) "
    rf"(?:every|all|ordinary) (?:{_EVERY_ONE_OF}|{_A_PEOPLE}) for (?:what|the (?:crimes?|acts?|"
    r"sins?|actions?) of) (?:a few|some|a handful of|the|a minority of)[^.!?,;:]{0,50}",
    # "Most Kazakhs are Muslim", "Most Iranians are Shia Muslims", "Uyghurs are mainly
    # Sunni Muslims": a people's faith, stated (a faith, not a vice, as what they are)
    rf"(?:{_SHARE} (?:of )?(?:the )?)?{_DET}{_A_PEOPLE} are (?:{_MOSTLY} )?{_ADHERENTS}{_PLACE}",
    # "Muslim lives matter." (not "white" or "all": those answer another slogan)
    rf"{_ADJECTIVE} lives (?:matter|are precious|are sacred)(?: too)?",
    # "There's nothing wrong with being a Muslim.", "There is nothing disgusting about
    # being trans."
    rf"there(?:'s| is) nothing (?:wrong|shameful|bad|disgusting|sinful|evil|unnatural|"
    rf"strange|weird|dangerous|scary|embarrassing) (?:with|about|in) being "
    rf"(?:(?:a|an) )?(?:{_ADJECTIVE}|{_A_PEOPLE})",
    # "I could never hate someone because they're trans."
    r"(?:i|we) (?:could|would|will|should) never (?:hate|judge|reject|despise|hurt|mock|"
    r"exclude|shun|insult|fear) (?:someone|anyone|anybody|a person|people|a neighbou?r) "
    r"(?:just )?(?:because (?:they(?:'re| are)|of (?:their|his|her)) |for being )"
    rf"(?:(?:an? )?(?:{_ADJECTIVE}|{_A_PEOPLE})|(?:faith|religion|race|skin colou?r|"
    r"ethnicity|sexuality|disability|gender|background|accent|origins?))",
    # "There is nothing wrong with immigrants." (the whole sentence)
    rf"there(?:'s| is) (?:absolutely )?nothing (?:wrong|bad|shameful|sinful) (?:with|about) "
    rf"{_DET}{_A_PEOPLE}",
    # "I have nothing against Hindus." (the whole sentence: "…, but" is another matter)
    rf"(?:i|we)(?: have| have got|'ve got|ve got| honestly have) (?:absolutely )?nothing "
    rf"(?:at all )?against {_DET}{_A_PEOPLE}",
    # "I can't stand people who hate Jews."
    r"(?:i )?(?:can'?t stand|cannot stand|hate|despise|detest|am sick of|am tired of|"
    r"pray for) (?:people|those|anyone|racists|bigots|the people) who (?:hate|attack|insult|"
    rf"mock|harass|bully|persecute|hurt|demoni[sz]e|dehumani[sz]e|spit on) {_DET}{_A_PEOPLE}",
    # "I can't stand people who say gays are disgusting." (a slur from the list, said by them)
    r"(?:i )?(?:can'?t stand|cannot stand|hate|despise|detest|am sick of|am tired of|"
    r"pray for) (?:people|those|anyone|racists|bigots|the people) who (?:say|think|claim|"
    rf"believe|pretend) (?:that )?{_DET}{_A_PEOPLE} are {SLURS}",
    # "I don't want Muslims to leave this country.": harm not wanted for a people
    r"(?:i|we) (?:do not|don'?t|dont|never|would never|will never) want "
    rf"(?:the |our |any )?{_A_PEOPLE}(?: (?:here|in [a-z ]{{1,30}}))? to (?:leave|go|move away|"
    r"suffer|hide|fear|die|feel (?:unwelcome|afraid|unsafe|alone|excluded)|live in fear|be "
    r"(?:hurt|harmed|afraid|scared|deported|expelled|sent away|driven out|excluded|persecuted|"
    r"attacked|mistreated|singled out|blamed|targeted|silenced|alone|lonely|forgotten))"
    rf"{_CLEAN_TAIL}",
    # "Jews shouldn't have to hide their kippahs.": a burden a people should not bear
    rf"{_DET}{_A_PEOPLE}(?: (?:in|of|from) [a-z ]{{1,30}}?)? (?:should not|shouldn'?t|should never|"
    r"must not|mustn'?t) have to "
    r"(?:hide|fear|flee|apologi[sz]e for|justify|explain|choose between|live in fear|be afraid|"
    r"worry about|pray in secret|meet in secret|defend|prove)"
    rf"{_CLEAN_TAIL}",
    # "Muslims don't deserve to be spat at in the street."
    rf"{_DET}{_A_PEOPLE}(?: (?:in|of|from) [a-z ]{{1,30}}?)? (?:do not|don'?t|dont|never) deserve "
    r"to be (?:spat at|spat on|attacked|beaten|hurt|harmed|abused|insulted|mocked|bullied|"
    r"harassed|threatened|persecuted|arrested|jailed|imprisoned|killed|murdered|hated|feared|"
    r"blamed|targeted|singled out|shouted at|sworn at|excluded|deported|expelled|driven out|"
    r"humiliated|dehumani[sz]ed|demoni[sz]ed)(?: (?:in|on|at|for|because of) [a-z' ]{1,40})?"
    rf"{_CLEAN_TAIL}",
    # "Muslims aren't accepted enough.", "Women are not respected enough in this church."
    rf"{_DET}{_A_PEOPLE}(?: (?:in|of|from) [a-z ]{{1,30}}?)? (?:are not|aren'?t|arent|r not|"
    r"are never) (?:accepted|respected|valued|loved|welcomed|included|appreciated|supported|"
    r"heard|helped|represented|recogni[sz]ed|celebrated|understood|protected|listened to|"
    r"prayed for|thanked|defended|encouraged|cared for|paid) enough"
    rf"{_CLEAN_TAIL}",
    # "Muslims shouldn't be treated like terrorists at airports."
    rf"{_DET}{_A_PEOPLE}(?: (?:in|of|from) [a-z ]{{1,30}}?)? (?:should not|shouldn'?t|should never|"
    r"must not|mustn'?t) be "
    r"(?:(?:treated|seen|viewed|regarded|labell?ed|profiled|branded|painted) (?:like|as)|"
    rf"compared (?:to|with)) {SLURS}{_CLEAN_TAIL}",
    # "Lord, let the Uyghurs be free.", "Father, may the Rohingya find a home.", "God, let the
    # immigrants in our city find work and welcome.": good prayed on a people (not "find
    # rest in the grave", nor a home "elsewhere": nothing follows but more of the good)
    rf"(?:(?:o |dear |)(?:lord|god|father|jesus|holy spirit|heavenly father)(?: jesus)?,? )?"
    rf"(?:please )?(?:let|may) (?:the |all the |our |my |every )?(?:(?:{_ADJECTIVE} )?"
    rf"{_A_PEOPLE}|{_HOUSEHOLD})(?: (?:of|in|across|from|at|on){_PLACE_WORDS})? {_BLESSED}"
    rf"(?: and {_BLESSED})*",
    # "May the church in Iran keep growing however hard they try to stop it."
    r"(?:(?:o |dear |)(?:lord|god|father|jesus|holy spirit|heavenly father)(?: jesus)?,? )?"
    r"(?:please )?(?:let|may) (?:the|your) (?:(?:underground|house|persecuted|secret) )?"
    rf"(?:church|churches|believers|christians)(?: (?:of|in|across){_PLACE_WORDS})? "
    r"(?:keep|go on|continue to|continue) (?:growing|grow|spreading|spread|multiplying|"
    r"multiply|standing|stand|singing|sing|praying|pray|meeting|meet|worshipping|worship)"
    r"(?: (?:however|no matter how) (?:hard|much|often) (?:they|the authorities|the regime|the "
    r"government|the police|persecutors|the persecutors) (?:try|tries) to (?:stop|crush|"
    r"silence|destroy|close|ban) (?:it|them))?",
    # "Most immigrants work hard.", "Most Jews reject violence."
    # (and of a whole people, or beside everyone else: "Immigrants pay taxes like everyone
    # else.", "Most Muslims want peace, just like everyone else.")
    rf"(?:(?:most|the vast majority of|the majority of|nearly all|almost all) (?:of )?(?:the )?)?"
    rf"{_DET}(?:{_ADJECTIVE} )?{_A_PEOPLE} {_VIRTUES}(?:,? (?:just )?like {_EVERYONE})?",
    # "I work with lots of immigrants and they're hard-working."
    r"(?:i|we) (?:work|live|study|worship|pray|grew up|went to school|serve|volunteer|play) "
    r"(?:with|alongside|among|next to|beside) (?:lots of |many |a lot of |some |so many |"
    rf"loads of |plenty of |)(?:{_ADJECTIVE} )?{_A_PEOPLE}(?: [a-z]+){{0,3}}?,? and they"
    r"(?: are |'re |’re | )(?:all |so |really |very |incredibly |such |always |)"
    r"(?:hard-?working|kind|decent|honest|generous|friendly|lovely|wonderful|great|brilliant|"
    r"amazing|welcoming|helpful|good people|good neighbou?rs|peaceful|funny|warm|caring|"
    r"work hard|are hard-?working)(?: people| neighbou?rs| colleagues| friends)?",
    # "Lord, save the lost Muslims of Central Asia.", "Lord, I lift up the atheists in my
    # family, draw them to you.": a people prayed for, to be drawn to God
    r"(?:(?:o |dear |)(?:lord|god|father|jesus|holy spirit|heavenly father)(?: jesus)?,? )"
    r"(?:please )?(?:save|reach|draw|bless|touch|protect|comfort|heal|keep|hold|find) "
    r"(?![^.!?]*\b(?:from|out|away|gone|dead|die|death|burn|hell|existence|earth)\b)"
    rf"(?:the |all the |our |my )?(?:lost |precious |dear |)(?:(?:{_ADJECTIVE} )?{_A_PEOPLE}"
    rf"|{_HOUSEHOLD})(?: (?:of|in|across){_PLACE_WORDS})?{_DRAWN}?",
    r"(?:(?:o |dear |)(?:lord|god|father|jesus|holy spirit|heavenly father)(?: jesus)?,? )?"
    r"(?:i|we) (?:lift up|pray for|bring before you|bring to you) (?:the |all the |our |my )?"
    rf"(?:{_ADJECTIVE} )?{_A_PEOPLE}(?: (?:of|in|across){_PLACE_WORDS})?,? (?:and )?"
    r"(?:please )?(?:draw|bring|lead|call|bless|protect|keep|hold|save) them(?: (?:to|into|"
    r"closer to|near|back to) (?:you|yourself|your (?:love|heart|kingdom|arms|presence)))?",
    # "Trans women are women."
    r"trans (?:women are women|men are men)",
    # "Jews have lived in Europe for two thousand years."
    rf"{_DET}{_A_PEOPLE} have (?:(?:lived|worshipp?ed|prayed|been) (?:in|across|throughout)|"
    r"been (?:a )?part of) "
    r"[a-z' -]{1,40}? (?:for (?:over |more than |nearly |almost |about |)[a-z0-9,' -]{1,30}? "
    r"(?:years|centuries|generations)|since (?:the )?(?:[0-9]{1,4}s?|the \w+ century|"
    r"(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|[0-9]{1,2}(?:st|nd|"
    r"rd|th)) centur(?:y|ies)(?: ad| bc)?|ancient times|biblical times|roman times|"
    r"long before [a-z' ]{1,30}))",
    # "Eid Mubarak to our Muslim neighbours!"
    rf"{_GREETINGS},? to (?:all )?(?:of )?(?:our|my|the|your)? ?(?:{_ADJECTIVE} |{_A_PEOPLE} )?"
    r"(?:neighbou?rs|friends|community|communities|brothers and sisters|colleagues|family|"
    rf"families|everyone|people)|{_GREETINGS},? to (?:all )?(?:our |my |the )?{_A_PEOPLE}",
    # "Chinese people are not the same thing as the Chinese Communist Party.": a people told
    # apart from those who rule it or kill in its name
    rf"{_DET}(?:{_A_PEOPLE}|{_ADJECTIVE} people) (?:are|is) not (?:the same (?:thing )?as|to be "
    r"confused with|responsible for|to blame for|defined by|represented by|) ?"
    r"(?![^.!?]*\b(?:but|rather|only|just|simply|except|worse|than|instead|actually|really|"
    r"all|like)\b)(?:the |their |its |"
    r"a |an |some |a few )?(?:[a-z' -]{1,30} )?(?:party|government|regime|state|ccp|taliban|isis|"
    r"daesh|al-shabaab|boko haram|extremists|terrorists|islamists|jihadists|militants|hamas|"
    r"hezbollah|kremlin|military|army|junta|leaders|leadership|rulers|authorities|president|"
    r"dictator|dictatorship|mullahs|ayatollahs|clerics|government's (?:actions|policies|crimes)|"
    r"actions of (?:a few|some|their government|extremists))",
    # "Trans people exist.", "Muslims exist too."
    # (and "… have always existed", "… have existed for thousands of years")
    rf"{_DET}{_A_PEOPLE} (?:have )?(?:always )?existed(?: (?:for|since|throughout|in every)"
    r"[a-z0-9' ]{1,40})?",
    rf"{_DET}{_A_PEOPLE} (?:do |really |still |also )?exist(?: too| as well| everywhere|"
    r" in every (?:country|church|community|town|city|family))?",
    # "… deserve the same rights as everyone else", "… deserve equal rights and respect"
    rf"{_DET}{GROUP} (?:deserve|have|should have|should get|must have|must get|are entitled to) "
    r"(?:the same|equal|fair) "
    rf"{_GOODS}(?:,? and {_GOODS})?(?: as {_EVERYONE})?",
    # "Trans people deserve to worship without being stared at."
    rf"{_DET}{_A_PEOPLE} deserve to (?:be free to )?{_FREEDOMS}{_CLEAN_TAIL}",
    # "… deserve respect", "… deserve dignity too"
    rf"{_DET}{GROUP} deserve {_GOODS}(?:,? and {_GOODS})?(?: too|,? (?:just )?like {_EVERYONE})?",
    # "… are just as human as anyone else", "… are human beings too"
    # (and as capable, as talented …: "Disabled people are just as capable as anyone.")
    rf"{_DET}{GROUP} are (?:just |every bit |)as (?:human|capable|able|smart|intelligent|"
    r"talented|gifted|hard-?working|good|kind|loving|valuable|worthy|deserving|faithful|"
    rf"honest|qualified|normal|valid|equal) as (?:{_EVERYONE}|{_OTHERS})",
    rf"{_DET}{GROUP} are (?:just |simply )?{_HUMAN},? (?:too|(?:just )?like {_EVERYONE})",
    # "Refugees are not numbers, they are people."
    rf"{_DET}{GROUP} (?:are not|aren'?t) (?:just |only |mere )?(?:numbers|statistics|a number|"
    r"a statistic|objects|things|a problem|a threat|a burden|the enemy|criminals|a political "
    r"issue|an issue|pawns)(?:,| -| —|;)? (?:they are|they're|but) (?:real |fellow )?"
    r"(?:people|human beings|humans|persons|our neighbou?rs|families|children of god|image "
    r"bearers|made in god's image)(?: too| like us| just like us)?",
    # "Gay people are just people.", "Refugees are ordinary people." (the whole sentence)
    rf"{_DET}{GROUP} are (?:just|simply|only|also|ordinary|normal|regular|just normal|just "
    rf"ordinary|just regular) {_HUMAN}(?: too| as well)?"
    # (… living: "Trans people are just people trying to live their lives.")
    r"(?: (?:trying|wanting|hoping|who want|who are trying) to (?:live|get on with|make a "
    r"living|be themselves|raise (?:their|a) famil(?:y|ies)|feed their famil(?:y|ies)|find "
    r"(?:work|peace|a home|safety)|belong)(?: (?:their|in) (?:lives|life|peace))?)?",
    # "… are just like everyone else", "… are no different from the rest of us"
    rf"{_DET}{GROUP} are (?:just |simply |really )?(?:like|no different (?:from|than|to)) "
    rf"{_EVERYONE}",
    # "Why do people hate …?", "I don't understand why anyone would hate Jews."
    r"(?:i (?:do not|don'?t|can'?t|cannot|will never|never|just don'?t|still don'?t) "
    r"(?:understand|get|see) )?"
    r"why (?:(?:do|would|does) )?(?:people|so many people|some people|anyone|anybody|you|they) "
    r"(?:(?:would|could|do|does) )?"
    rf"(?:still )?(?:hate|despise|attack|hurt|fear|mock|persecute) {_DET}{GROUP}"
    r"(?: so much| so badly| this much| at all| so often)?",
    # "Why do some people still think Jews control the banks?" (a stereotype questioned,
    # as the whole sentence)
    rf"why (?:do|would|does) (?:people|so many people|some people|anyone|anybody|you|they) "
    rf"(?:still )?(?:think|believe|say|claim|assume|pretend) (?:that )?{_DET}{GROUP} "
    r"[a-z' ]{1,60}",
    # "There's nothing funny about jokes that call gay men perverts."
    r"there(?:'s| is) nothing (?:funny|okay|ok|clever|acceptable|harmless|christian|brave|"
    r"cute) about (?:jokes|posts|comments|words|slurs|memes|calling|saying|mocking|"
    r"insulting|hating|attacking|bullying|treating|people who|those who|anyone who)"
    r"[a-z' ]{0,80}",
    # "What is life like for trans people in Russia?"
    rf"what(?:'s| is| was) (?:life|daily life|everyday life|it) like for {_DET}"
    rf"(?:(?:{_ADJECTIVE}) )?{_A_PEOPLE}(?: (?:in|across|under){_PLACE_WORDS})?"
    r"(?: (?:today|now|these days))?",
    # "Trans rights are human rights.", "Black history should be taught in every school."
    rf"{_ADJECTIVE} rights are human rights",
    rf"{_ADJECTIVE} (?:history|culture|voices|stories|art|music|literature|heritage|"
    r"contributions) (?:should|must|deserves? to|need to|needs to) be (?:taught|heard|"
    r"celebrated|remembered|honou?red|told|protected|included|respected|valued)"
    r"(?: (?:in|at|by) (?:every|all|our|the) [a-z]+(?: [a-z]+)?| too| more)?",
    # "If you hate …, you are the problem."
    rf"if you (?:hate|despise) {_DET}{GROUP},? (?:then )?you(?: are|'re) the problem",
    # "You can't say … are animals, that is hate."
    rf"you (?:can'?t|cannot|shouldn'?t|should not|must not) (?:say|call|claim) (?:that )?\"?"
    rf"{GROUP} [^.!?\"]{{1,40}}?\"?,? (?:that|this|it)(?: is|'s) (?:hate|hateful|racist|"
    rf"racism|bigotry|bigoted|wrong|cruel|dehumani[sz]ing)",
    # "You can't just say that Arabs are terrorists." (a rebuke; not "you can't even say …
    # anymore", a complaint that one may not)
    rf"you (?:can'?t|cannot|shouldn'?t|should not|must not) (?:just |simply )?(?:say|claim) "
    rf"(?:that )?{_DET}{GROUP} are (?![^.!?]*\b(?:even|anymore|any more|nowadays|these days|"
    rf"without|but|though|although|yet)\b){SLURS}",
    # "Muslim women should be free to wear a headscarf at work", "Roma children have every
    # right to attend school alongside everyone else"
    rf"{_DET}{GROUP} (?:should|must) be (?:free|allowed|able) to {_FREEDOMS}\b{_CLEAN_TAIL}",
    rf"{_DET}{GROUP} (?:have|should have|should get|should be given|should be granted|must have|"
    r"must get|must be given|deserve) (?:every|the same|a|an equal|the|a basic|a human) right to "
    rf"{_FREEDOMS}\b{_CLEAN_TAIL}",
    # "Muslim women choose to wear the hijab for many reasons.", "Sikhs usually wear a
    # turban.": a practice stated, with nothing scornful in it
    rf"{_DET}(?:(?:many|most|some) )?{GROUP} (?:(?:often|usually|traditionally|"
    rf"regularly|also|still) )?(?:(?:choose|chose|like|love|prefer|want) to )?"
    r"(?:wear|pray|fast|worship|celebrate|observe|keep|light|sing|gather|cover)\b"
    r"(?![^.!?]*\b(?:because|forced?|forcing|made|make|oppress\w*|men|husbands?|fathers?|"
    r"still|hate\w*|kill\w*|bombs?|weapons?|terror\w*|hide|hiding|secret\w*|us)\b)"
    rf"{_NO_SCORN}",
    # "There are Muslims in every profession."
    rf"there are (?:(?:many|lots of|plenty of) )?{GROUP} in (?:every|all) (?:profession|"
    r"professions|walk of life|walks of life|line of work|country|countries|town|city|"
    r"community|communities|field|fields|job|jobs|church|churches|school|schools)",
    # "Jewish people have enriched our culture beyond measure"
    rf"{_DET}{GROUP} have (?:so )?(?:enriched|strengthened|blessed|improved|built up) "
    rf"(?:our|this) (?:culture|country|town|city|community|communities|church|lives|society|"
    rf"neighbou?rhood|world|nation)\b{_CLEAN_TAIL}",
    # "Muslims have contributed a lot to science."
    rf"{_DET}{GROUP} have (?:also )?(?:contributed|given) (?:a lot|so much|greatly|"
    r"enormously|hugely|a great deal|much|immensely) to (?:science|medicine|mathematics|maths|"
    r"math|art|the arts|music|literature|culture|philosophy|architecture|history|society|"
    r"this country|our country|the world|civili[sz]ation|humanity|our (?:town|city|"
    r"community|church|culture|society))(?: and (?:science|medicine|mathematics|art|music|"
    r"literature|culture|philosophy|architecture))?",
    # "Saying … are animals is disgusting", "Calling Jews greedy is racist", "All this talk
    # about immigrants being criminals is racist nonsense."
    rf"(?:(?:saying|calling|claiming|thinking|believing|suggesting|pretending|telling) (?:that )?"
    rf"|(?:all )?(?:this|the|that|such) (?:talk|idea|claim|notion|rhetoric|narrative|stuff) "
    rf"(?:about|of|that) )"
    rf"{_DET}{GROUP} (?:are |is |being )?[a-z' -]{{1,40}}? (?:is|was) {_WRONG}"
    r"(?: (?:nonsense|rubbish|garbage|lies|a lie|bigotry|propaganda|talk|fearmongering))?",
    # "Hating Jews is wrong", "Stereotyping Arabs as violent is racism, plain and simple"
    rf"{_MISTREATING} {_DET}{GROUP}(?: as [a-z' -]{{1,30}}?)?"
    # ("picking on hindus because of a festival you don't understand is pathetic")
    r"(?: (?:because of|over|for) (?:a|an|the) [a-z' -]{1,50}?)?"
    rf" (?:is|was) {_WRONG}"
    rf"(?:,? (?:plain and simple|full stop|period|end of story))?"
    # ("… is a form of hate and this community won't tolerate it.")
    r"(?:,? and (?:this|our|the|we|i)[a-z' ]{0,30}? (?:won'?t|will not|do not|don'?t|does not|"
    r"doesn'?t|never|can'?t|cannot) (?:tolerate|accept|allow|stand for|put up with) "
    r"(?:it|that|this|them))?",
    # "Insulting Hindus won't help persecuted Christians in India, it just pours fuel on the
    # fire."
    rf"{_MISTREATING} {_DET}{GROUP} (?:won'?t|will not|doesn'?t|does not|never|can'?t|cannot) "
    rf"(?:help|solve|fix|change|heal|win|stop)\b{_KIND_TAIL}[^.!?]{{0,80}}",
    # "i'm tired of seeing people use this site to bash muslims, we're supposed to pray for
    # them not curse them"
    rf"(?:(?:i'?m|i am|im) )?(?:so |really |just )?(?:tired|sick|weary) of (?:seeing|hearing|"
    r"watching|reading) (?:people|christians|believers|folks|everyone|so many people|others|"
    rf"comments)(?: [a-z' ]{{0,40}}?)? (?:(?:to )?{_MISTREAT}|{_MISTREATING}) {_DET}{GROUP}\b"
    rf"{_KIND_TAIL}[^.!?]{{0,80}}",
    # "can we stop turning every thread into an attack on muslim refugees??"
    r"(?:can we|could we|let'?s|please|we (?:need|have) to|we must|we should|can everyone|"
    r"everyone) (?:just )?stop (?:turning [^.!?]{1,40}? into |making [^.!?]{1,30}? about )?"
    r"(?:an? )?(?:attacks? on|hate (?:against|towards|for|on)|hatred (?:of|for)|bashing|blaming|"
    r"insulting|mocking|demoni[sz]ing|slandering|smearing|vilifying|scapegoating) "
    rf"{_DET}(?:(?:{_ADJECTIVE}) )?{GROUP}\b{_KIND_TAIL}[^.!?]{{0,80}}",
    # "Jokes about Roma people stealing are just bigotry."
    rf"jokes about {_DET}{GROUP}(?: [a-z' -]{{1,30}}?)? (?:are|is) {_WRONG}"
    r"(?: (?:nonsense|rubbish|garbage|lies|a lie|bigotry|propaganda|talk))?",
    # "It is never okay to insult Jews"
    rf"it(?: is|'s) (?:never|not|not ever) (?:ok|okay|right|acceptable|fine|justified|"
    rf"christian) to (?:hate|attack|insult|mock|harass|bully|exclude|discriminate against|"
    rf"stereotype|abuse|threaten|hurt) {_DET}{GROUP}",
    # "Muslims make up most of the population of Kazakhstan", "Christians are about 2 % of
    # the people of Iran": a share of a population, stated
    rf"{_DET}{GROUP} (?:make up|form|are|account for|represent|comprise) {_SHARE}(?: of)? "
    rf"(?:the |its |their |our |this |that |[a-z]+'s |)(?:(?:whole|total|entire|country's|world's|"
    rf"national|local) )?(?:population|people|country|citizens|inhabitants|residents|nation|"
    rf"region|city|province){_PLACE}",
    # "There are about 2 million Christians in Egypt."
    rf"there are (?:{_ABOUT} )?[0-9][0-9,.]*(?: (?:thousand|million|billion))? "
    rf"{GROUP}(?: living)?{_PLACE}",
    # "Why are so many Christians persecuted in Muslim-majority countries?"
    rf"why (?:are|were|is) (?:so many |many |so few |)(?:of )?{_DET}(?:(?:{NATIONS}) )?{GROUP} "
    rf"(?:still |being |)(?:persecuted|attacked|killed|murdered|imprisoned|jailed|arrested|"
    rf"targeted|mistreated|discriminated against|oppressed|harassed|forced to flee|"
    rf"in (?:such |so much |great |)danger|at (?:such |so much |)risk|under (?:such |so much |)"
    rf"pressure|in hiding|so vulnerable){_PLACE}",
    # "What's the best way to support Uyghur Muslims …?", "How can we welcome …?": people
    # to help, and at most who they are or where ("… help Jews disappear", "… protect our
    # children from Muslims", "… support the deportation of Muslims" are not)
    rf"(?:what(?:'s| is) the best way|how (?:can|do|should|could|might) (?:we|i|our church|"
    rf"churches|christians|believers)(?: best| better)?|what (?:can|could|should) (?:we|i|"
    rf"our church|churches|christians|believers) do) to (?:support|help|pray for|welcome|"
    rf"love|serve|encourage|stand with|befriend|care for|learn from|reach out to|protect) "
    rf"{_SCORN_AHEAD}(?:{_HELPED_WORD} ){{0,3}}(?:{_A_PEOPLE}|{_HELPED})"
    rf"(?:,? and (?:{_HELPED_WORD} ){{0,3}}(?:{_A_PEOPLE}|{_HELPED}))?{_HELPED_TAIL}",
    # "Is it ok for a non-Jewish person to go to a seder if they're invited?"
    rf"is it (?:ok|okay|appropriate|respectful|polite|rude|right|acceptable|wrong) (?:for "
    rf"(?:a|an|me|us|someone|christians) [a-z' -]{{1,30}}? )?to "
    rf"(?!(?:hate|kill|attack|beat|hit|mock|insult|ban|deport|exclude|shoot|punch|slap|hurt|"
    rf"avoid|refuse|fire|reject)\b)(?!\w+ (?:the |those |these |all )?{GROUP}\b){_NO_SCORN}",
    # "Why do Jewish people not eat pork?", "Why do some atheists become Christians later in
    # life?": curiosity about a practice, with nothing scornful in it
    rf"why do (?:some |many |most |so many |)(?:of )?{_DET}{GROUP} "
    rf"(?:not |never |often |usually |)(?:choose to |prefer to |decide to |)"
    rf"(?!keep (?:on )?\w+ing\b)"
    rf"(?:eat|drink|pray|fast|wear|celebrate|believe|become|convert|go to|read|"
    rf"speak|cover|keep|observe|worship|sing|bury|light|bow|kneel|say|call|visit|carry|have|"
    rf"grow|shave|cut|rest)\b"
    rf"{_NO_SCORN}",
    # "Do Ahmadis consider themselves Muslims?"
    rf"(?:do|does|did) (?:some |many |most |)(?:of )?{_DET}{GROUP} (?:consider|call|see|regard|"
    rf"count|identify) themselves(?: as)? {GROUP}",
    # "Is Islam growing faster than Christianity in Africa?"
    r"(?:is|are) (?:islam|christianity|judaism|hinduism|buddhism|sikhism|atheism|the church|"
    r"the faith) (?:still |really |now |)(?:growing|shrinking|declining)\b"
    rf"(?![^.!?]*\blike\b){_NO_SCORN}",
    # "What do Hindus believe about reincarnation?", "What do Muslims think about Jesus?":
    # what a faith holds, asked about the things of faith only ("What do Jews think about
    # money?" is not)
    rf"(?:what|how|why) (?:do|does|did) (?:some |many |most |)(?:of )?{_DET}{GROUP} "
    r"(?:(?:usually|traditionally|really|actually|generally|today) )?(?:believe|think|teach|"
    rf"say|feel|learn) (?:about|of|on|regarding) (?:the |a |an )?{_TENETS}",
    # "Do Sikhs believe in reincarnation like Hindus do?"
    rf"(?:do|does|did) (?:some |many |most |all |)(?:of )?{_DET}{GROUP} (?:(?:really|also|still|"
    rf"all) )?(?:believe in|wait for|await|expect) (?:the |a |an )?{_TENETS}"
    rf"(?: (?:like|as) (?:the )?{_BRANCHES}"
    rf"(?: do)?| too| as well)?",
    # "How do Jewish people celebrate Passover?"
    rf"(?:how|when|why|where) (?:do|does|did) (?:some |many |most |)(?:of )?{_DET}{GROUP} "
    rf"(?:celebrate|mark|observe|keep|prepare for|break|end) (?:the |their )?{_PRACTICE}"
    rf"(?: (?:each|every|this|next|in|at|with) [a-z ]{{1,20}}|{_NO_SCORN})?",
    # "Are Jews allowed to eat pork?", "Are Catholics supposed to fast before mass?"
    rf"(?:are|is) (?:some |many |most |)(?:of )?{_DET}{GROUP} (?:allowed|permitted|supposed|"
    r"required|forbidden|expected|meant) to (?:eat|drink|marry|pray|fast|work|wear|celebrate|"
    rf"touch|read|drive|cut|shave|dance|sing|fast before|go to|enter|visit){_NO_SCORN}",
    # "Do Muslims fast during the whole of Ramadan?", "Does every Sikh wear a turban?"
    rf"(?:do|does|did) (?:some |many |most |all |every |each |)(?:of )?{_DET}{GROUP} "
    r"(?:(?:really|usually|traditionally|all|still|always|have to|need to) )?(?:fast|pray|eat|"
    r"drink|celebrate|observe|keep|wear|cover|read|sing|bow|kneel|light|give|go to|visit|"
    rf"attend|break) [a-z' -]{{0,40}}?\b{_PRACTICE}\b{_NO_SCORN}",
    # "How do Muslims decide when Ramadan begins each year?": how a people tells when a
    # feast falls
    rf"(?:how|when) (?:do|does|did) (?:some |many |most |)(?:of )?{_DET}{GROUP} (?:decide|know|"
    r"work out|calculate|determine|choose|find out|agree) (?:when|what day|which day|the (?:date|"
    rf"day|start) of) (?:the |their )?{_PRACTICE}(?: (?:begins|starts|ends|falls|is|will be))?"
    rf"{_NO_SCORN}",
    # "Why do Muslims pray five times a day?": why or how often a people prays or fasts
    rf"(?:why|how|when|where) (?:do|does|did) (?:some |many |most |all |)(?:of )?{_DET}{GROUP}"
    r"(?: (?:men|women|families))? (?:pray|fast|worship|meet|gather) (?:five times a day|so often|"
    r"every day|daily|on (?:fridays|saturdays|sundays)|at (?:sunset|dawn|night)|together|facing "
    rf"mecca|in the direction of [a-z]+|in (?:a|the) [a-z]+){_NO_SCORN}",
    # "Why do Sikh men wear turbans?": a question about why or how a people keeps a practice
    rf"(?:why|how|when|where) (?:do|does|did) (?:some |many |most |all |)(?:of )?{_DET}{GROUP}"
    r"(?: (?:men|women|boys|girls|families))? (?:(?:usually|traditionally|all|still|always) )?"
    r"(?:fast|pray|eat|drink|celebrate|observe|keep|wear|cover|read|sing|bow|kneel|light|give|"
    rf"attend|break|grow|carry) [a-z' -]{{0,40}}?\b{_PRACTICE}\b{_NO_SCORN}",
    # "What can white churches learn from Black church traditions of worship?"
    r"what (?:can|could|should|might|do|does) (?:we|i|our (?:church|churches|congregation)|"
    r"(?:white |western |european |american |english |british )?(?:churches|christians|"
    r"believers|congregations)) (?:still )?learn from (?:the )?(?:black|african|asian|"
    r"latino|hispanic|indigenous|persecuted|chinese|korean|african-american|arab|iranian) "
    r"(?:church|churches|christians|believers|congregations|communities)\b"
    rf"{_NO_SCORN}",
    # "Why are Sikh men so generous at the langar?": a question about a virtue
    rf"why (?:are|is) (?:some |many |most |)(?:of )?{_DET}{GROUP} (?:always |usually |often |)so "
    r"(?:generous|kind|welcoming|hospitable|friendly|peaceful|devout|faithful|joyful|brave|"
    rf"resilient|humble|patient|warm|helpful|disciplined|gentle|prayerful){_NO_SCORN}",
    # "Is it true that Sikhs carry small knives as part of their faith?"
    rf"is it true that (?:some |many |most |)(?:of )?{_DET}{GROUP} (?:(?:don'?t|do not|never|"
    r"always|usually|often|must|have to) )?(?:carry|eat|drink|pray|fast|wear|celebrate|"
    r"believe|worship|cover|keep|observe|bury|read|sing|bow|kneel|light|shave|cut|grow|"
    r"(?:work|drive|travel|cook) on (?:the )?(?:sabbath|shabbat|saturdays?|sundays?|fridays?|"
    rf"holy days|feast days)){_NO_SCORN}",
    # "Muslims break their fast at sunset.", "Hindus cremate their dead.", "Jews break a
    # glass at weddings.": a rite of a faith told as a plain statement, the act and what it
    # is done to named together (the dead, the fast, a glass, a sheep), then at most when
    # (a few words, "at sunset", "on the Sabbath", "within a day"), with no people named
    # after it and nothing scornful ("… at every church door", "… in our rivers", "… and
    # riot by midnight" are not this)
    rf"(?:(?:most|many|some|all|observant|devout) )?(?:of )?{_DET}{GROUP}"
    r"(?: (?:men|women|boys|girls|families|couples))? "
    r"(?:(?:usually|traditionally|often|always|still|also|all|generally|customarily|normally) )?"
    rf"(?![^.!?]*\b(?:{GROUP}|christian|jew|muslim|church|churches|neighbou?rs?|people|"
    rf"person|anyone|everyone|them|us|you)\b){_SCORN_AHEAD}"
    rf"(?:{_RITES})"
    r"(?: when they pray| (?:at|on|during|before|after|within|for|every|each|once|twice)"
    r"(?: (?!(?:and|or|then|but|to|so|because|our|we|us|they|them|who|which|like|until|unless|"
    r"if|street|streets|public|front)\b)[a-z0-9'-]+){1,4})?",
    # "I am a Muslim woman and I wear a headscarf.", "As a Jewish man, I keep kosher.",
    # "I wear a turban because I am a Sikh.": one's own faith kept, and nothing scornful
    rf"(?:(?:as|i am|i'm) (?:a |an )?{_MYSELF},? (?:and |so )?)?"
    r"i (?:(?:always|usually|also|still|proudly|often|choose to|love to|like to) )?"
    rf"{_SCORN_AHEAD}(?![^.!?]*\b(?:{GROUP}|people|person|anyone|everyone|them|us|you)\b)"
    rf"{_MY_RITES}"
    r"(?: (?:at|on|during|before|after|within|for|every|each|once|twice|in)"
    r"(?: (?!(?:and|or|then|but|to|so|because|our|we|us|they|them|who|which|like|until|unless|"
    r"if|street|streets|public|front)\b)[a-z0-9'-]+){1,4})?"
    rf"(?:,? because (?:i am|i'm) (?:a |an )?{_MYSELF}|,? (?:because of|for|as part of) my "
    r"(?:faith|religion|beliefs))?",
    # "I am a Muslim woman.": who one is, said of oneself
    rf"(?:i am|i'm) (?:a |an )?{_MYSELF}",
    # "Why did the Chinese government ban the Uyghur language in schools?": a question
    # about what a power did to a people
    r"why (?:did|does|do|would|has|have) (?:the |some |so many |many )?[a-z' -]{0,30}?"
    r"(?:government|authorities|regime|police|officials|courts?|judges|state|party|army|"
    r"military|school|schools|council) (?:\w+ )?(?:ban|banned|close|closed|arrest|arrested|jail|"
    r"jailed|target|targeted|persecute|persecuted|raid|raided|outlaw|outlawed|forbid|forbidden|"
    r"restrict|restricted|deport|deported|detain|detained|demolish|demolished|censor|censored) "
    r"[a-z' -]{1,80}",
    # "Can someone explain why Ramadan moves each year?": a question about a feast or a
    # practice, naming no people, with nothing scornful in it
    rf"(?:can|could) (?:someone|anyone|somebody|anybody|you) (?:please )?(?:explain|tell me|"
    rf"help me understand) (?:to me )?(?:why|how|what|when|where|whether|if) "
    rf"(?![^.!?]*\b{GROUP}\b)(?=[^.!?]*\b{_PRACTICE}\b){_NO_SCORN}",
    # "Could someone explain why some Orthodox Jews don't use electricity on the Sabbath?":
    # the same of a people's practice
    rf"(?:can|could) (?:someone|anyone|somebody|anybody|you) (?:please )?(?:explain|tell me|"
    rf"help me understand) (?:to me )?(?:why|how|what|when|whether|if) (?:some |many |most |)"
    rf"(?:{_BRANCHES} )?{GROUP} (?:(?:don'?t|do not|never|always|often|usually|still) )?"
    r"(?:use|eat|drink|wear|fast|pray|keep|observe|celebrate|cover|work|drive|cook|light|read|"
    r"sing|go to|visit|avoid|switch on|turn on|carry|travel)\b"
    rf"(?=[^.!?]*\b(?:{_PRACTICE}|beef|pork|meat|alcohol|wine|shellfish)\b)"
    rf"{_NO_SCORN}",
    # "What's the difference between Sunni and Shia Muslims?"
    # (between faiths, branches or peoples only: "… between Muslims and terrorists" is a
    # sneer)
    rf"whats?(?:'s| is| are|) the (?:main |real |)differences? between (?:the |a |an )?"
    rf"{_RITE}{_BRANCHES}(?: {GROUP})? and (?:the |a |an )?{_RITE}{_BRANCHES}(?: {GROUP})?",
    # "How does the Jewish Passover meal connect to the Last Supper?": how a feast or a
    # practice relates to another
    rf"how (?:does|do|did) {_NO_VICE_AHEAD}(?:the |a )?(?:[a-z]+ ){{0,2}}?{_PRACTICE}"
    r"(?: [a-z]+){0,2}? (?:connect|relate|compare|link) (?:to|with) [a-z' -]{1,50}",
    # "Why do some churches still not allow women to preach?": a question about what a
    # church or a faith allows
    r"why (?:do|does|did|don'?t|doesn'?t) (?:some |many |most |so many |the |all )?(?:churches|"
    r"denominations|congregations|mosques|synagogues|temples|traditions|religions|faiths|"
    r"countries|schools) (?:still )?(?:not )?(?:allow|let|ordain|permit|accept|welcome) "
    rf"{_NO_VICE_AHEAD}[a-z' -]{{1,60}}",
    # "Is it fair to ban headscarves in schools?": a question about a rule on a practice
    r"is it (?:fair|right|wise|reasonable|legal|just|fine|ok|okay) (?:for (?:a |the )?[a-z]+ )?to "
    rf"(?:ban|forbid|outlaw|restrict|allow|require) {_NO_VICE_AHEAD}(?:the )?(?:wearing of )?"
    rf"(?:{_PRACTICE}|burqas?|niqabs?|crosses|crucifixes|minarets|veils?)"
    r"(?: (?:in|at|on|from) [a-z' -]{1,30})?",
    # "Why are Hindu nationalists targeting Christians in some states but not others?": a
    # question about persecutors, named by what they do
    r"why (?:are|is|were|was|do|does|did) (?:the |some |so many |many )?[a-z' -]{0,30}?"
    r"(?:nationalists|extremists|militants|radicals|authorities|police|officials|government|"
    r"regime|mobs?|jihadists|vigilantes|soldiers|gangs|courts|judges) (?:still |now |)"
    r"(?:targeting|attacking|persecuting|arresting|jailing|imprisoning|killing|harassing|"
    r"burning|closing|banning|raiding|kidnapping|threatening|beating) [a-z' -]{1,80}",
    # "Why are Roma communities so often left out of earthquake relief?": a question about
    # how a people is neglected or harmed
    rf"why (?:are|is|were|was) {_NO_VICE_AHEAD}(?:the |some |so many |many )?"
    rf"(?:{GROUP}|{_A_PEOPLE})"
    r"(?: (?:communities|families|children|villages|people|believers|women|refugees))? "
    r"(?:so |still |always |often |so often |usually )*(?:left out|excluded|overlooked|ignored|"
    r"forgotten|denied|turned away|targeted|persecuted|attacked|blamed|mistreated|"
    r"discriminated(?: against)?|harassed|arrested|jailed|evicted|displaced)\b"
    # (not a blame kept: "… blamed for things they do")
    r"(?![^.!?]*\b(?:they do|they did|they cause|they caused|they have done|they've done|"
    r"they deserve)\b)[a-z' -]{0,80}",
    # "Why do Fulani herders and farmers clash so often?": a question about a conflict
    # between two peoples or trades
    rf"why (?:do|does|did|have|are) {_NO_VICE_AHEAD}(?:the )?[a-z' -]{{1,40}}? and (?:the )?"
    r"[a-z' -]{1,40}? "
    r"(?:clash|fight|quarrel|disagree|argue|compete|feud|still clash|keep clashing)"
    r"(?: (?:so often|so much|over [a-z' -]{1,40}|about [a-z' -]{1,40}))?",
    # "Can someone explain why Hindu nationalists oppose conversions so strongly?": a
    # question about what those who persecute want
    r"(?:(?:can|could) (?:someone|anyone|somebody|anybody|you) (?:please )?(?:explain|tell me|"
    r"help me understand) (?:to me )?)?why (?:do |are |does |is )?(?:the |some |so many |many )?"
    r"[a-z' -]{0,30}?(?:nationalists|extremists|militants|radicals|authorities|officials|"
    r"governments?|regimes?|countries|states|courts|clerics|jihadists) (?:so )?(?:oppose|"
    r"opposing|fear|fearing|punish|punishing|ban|banning|resist|resisting|criminali[sz]e) "
    r"[a-z' -]{1,60}",
    # "Muslims in China face terrible persecution.", "Rohingya Muslims suffered genocide.":
    # what a people suffers, stated (a harm by its name, and at most where, when or why)
    rf"{_SUFFERERS} (?:still |now |often |continue to |continued to |have |had |are |were )?"
    rf"{_UNDERGO} {_SUFFERED}{_SUFFERED_TAIL}",
    # "Muslim converts to Christianity often lose their families.": what a people loses
    rf"{_SUFFERERS}(?: (?:to|from) (?:christianity|christ|islam|judaism|hinduism|buddhism|"
    r"the faith))? (?:often |usually |sometimes |still |can |may |have |had |)(?:lose|lost|"
    r"losing) (?:their|his|her) (?:families|family|homes?|jobs?|inheritance|children|"
    r"marriages?|friends|livelihoods?|land|businesses|lives)(?: and (?:their|his|her) "
    rf"[a-z]+)?{_SUFFERED_TAIL}",
    # "Do trans people face discrimination at work?", "Are Christians in Iran persecuted?":
    # the same, asked
    rf"(?:why |how |where |)(?:do|does|did) {_SUFFERERS} (?:still |now |often |really |)"
    rf"(?:face|suffer|endure|experience) {_SUFFERED}{_SUFFERED_TAIL}",
    rf"(?:why |how |where |)(?:are|were|is|was) {_SUFFERERS} (?:still |now |often |really |"
    r"being |so often |always |so |)(?:blamed for (?:(?:things|crimes|what) (?:they|others) "
    r"(?:didn'?t|did not|never|have not|haven'?t) (?:do|did|done|commit|committed)|(?:the )?"
    r"(?:virus|pandemic|covid|crisis|war|plague|economy|everything))|"
    r"persecuted|discriminated against|attacked|harassed|imprisoned|jailed|arrested|"
    r"targeted|oppressed|killed|tortured|threatened|abused|bullied|hunted|displaced|"
    rf"forced to convert|mistreated|treated unfairly){_SUFFERED_TAIL}",
    # "The Taliban are hunting down converts in Afghanistan.": persecution told, those who
    # do it named by what they are (a movement, a regime, its forces, militants), those
    # who suffer it by who they are (converts, believers, a people)
    r"(?:the )?(?:taliban|isis|isil|islamic state|daesh|boko haram|al-shabaab|al-shabab|"
    r"al-qaeda|al qaeda|hamas|hezbollah|houthis|the regime|the government|the authorities|"
    r"the police|the army|the military|the junta|soldiers|police|officials|gunmen|"
    r"(?:[a-z]+ )?(?:militants|extremists|jihadists|nationalists|mobs?|vigilantes|rebels|"
    r"insurgents|guerrillas|gangs))"
    rf"(?: (?:in|across|of){_PLACE_WORDS})? (?:are |is |have |has |were |was |)(?:still |now |"
    r"again |)(?:been )?(?:hunting(?: down)?|killing|killed|arresting|arrested|jailing|"
    r"jailed|imprisoning|imprisoned|attacking|attacked|kidnapping|kidnapped|abducting|"
    r"abducted|torturing|tortured|persecuting|persecuted|targeting|targeted|threatening|"
    r"threatened|beating|beaten|raiding|raided|harassing|harassed|executing|executed|"
    r"detaining|detained|rounding up|rounded up|searching for|watching|spying on) "
    rf"(?:(?:{_HELPED_WORD}) ){{0,3}}(?:{_A_PEOPLE}|{_HELPED}|converts|believers|pastors|"
    r"priests|worshippers|house churches|churches|christians)"
    rf"(?: (?:in|across|of|at|for|near){_PLACE_WORDS})?(?: again| every day| daily| now)?",
    # "Why did so many Vietnamese people flee by boat?", "What is it like to be gay in
    # Uganda?", "What do Hindus believe happens after death?"
    rf"why (?:did|do|does) (?:so many |many |some |the |)(?:of )?{_SUFFERERS}"
    r"(?: people| families)? (?:have to |)"
    r"(?:flee|leave|escape|emigrate|migrate|go into exile)(?: (?:by boat|on foot|their "
    r"(?:homes|country|homeland)|the country|home))?(?: (?:in|after|during|from) [a-z0-9 ]{1,25})?",
    rf"what(?:'s| is| was) it like to be (?:an? )?(?:{_ADJECTIVE}|{NATIONS}|gay|trans|lesbian|"
    rf"disabled|deaf|blind|black|jewish|muslim|christian|hindu|sikh|a convert|an? "
    rf"(?:{NATIONS}|{_ADJECTIVE}) (?:christian|muslim|convert|woman|man))"
    rf"(?: (?:in|under){_PLACE_WORDS})?(?: (?:today|now|these days))?",
    rf"what (?:do|does|did) (?:some |many |most |)(?:of )?{_DET}{GROUP} "
    r"(?:believe|think|teach|say) happens? (?:after (?:death|we die|you die)|when (?:we|you|"
    r"people|someone) dies?|to the soul)",
    # "Pray that the refugees go home safely one day."
    rf"(?:(?:let us |let's |please |we |i )?pray (?:that|for) )?(?:(?:{_HELPED_WORD}) ){{0,3}}"
    rf"(?:{_HELPED}|{_A_PEOPLE}) (?:can |may |will |would |might |)(?:go|return|get|come|make it) "
    r"(?:back )?home (?:safely|safe|in peace|alive|one day|soon|again)(?: (?:one day|soon|"
    r"again|in peace|at last))*",
    # "Holy Spirit, fall on North Korea like rain on dry ground." (God's Spirit, rain or fire
    # asked to fall on a country as a blessing, and nothing more)
    r"(?:(?:o |come,? )?(?:holy spirit|spirit of (?:god|the living god)|breath of god|(?:lord|"
    r"father|jesus),? (?:may |let )?your (?:holy )?spirit),? )(?:please )?(?:fall|falls|come|"
    r"move|pour|rain|blow|sweep|breathe)(?: down| out)? (?:on|upon|over|across|through|into) "
    rf"(?:{_COUNTRY}|your (?:church|people) in (?:{_COUNTRY}))(?: like (?:rain|the rain|dew|"
    r"a (?:flood|river|mighty wind)|fire|living water) (?:on|upon) (?:dry|parched|thirsty|"
    r"hard) (?:ground|land|earth|soil))?(?: (?:tonight|today|again|o lord|lord))?",
    # "May the Bibles smuggled into North Korea reach hungry hearts."
    r"(?:may|let|lord,? (?:may|let)) (?:the |these |those |our |every )?(?:bibles?|scriptures?|"
    r"gospel|word|new testaments?|radio broadcasts?|broadcasts|letters|gifts|aid|food parcels?|"
    r"medicine|supplies|books)(?: [a-z-]+){0,6} (?:(?:reach|touch|feed|encourage|comfort|"
    r"strengthen|find|nourish|bless) (?:[a-z-]+ ){0,3}(?:hearts|souls|believers|people|"
    r"families|the church|them|many|everyone|readers|listeners|prisoners)"
    # "… find its way into the hands of someone searching for You."
    r"|finds? (?:its|their) way (?:into|to) (?:the )?(?:hands|homes|hearts) of (?:[a-z-]+ ){0,2}"
    r"(?:someone|people|believers|families|those|many|everyone|seekers|readers)"
    r"(?: (?:searching|hungry|longing|thirsting|looking|waiting) for (?:you|him|god|jesus|"
    r"the truth|hope|the gospel))?)",
    # "Why is Kazakhstan on the watch list?": a question about a country's place on it (not
    # a people's, nor "even on the list")
    rf"why (?:is|does|did|was) (?![^.!?]*\beven\b)(?:{_COUNTRY}) "
    r"(?:still |now |)(?:on|in|at the top of|near the top of|so high on|high on|(?:ranked|rank|"
    r"placed|listed) (?:so )?(?:high|low|[a-z]+) (?:on|in)) the (?:world )?(?:watch ?list|"
    r"list|ranking|rankings|index)(?: (?:this|last|next) year| again| in [0-9]{4})?",
    # "We should celebrate …"
    rf"(?:we|you|everyone|people|let us|let's) (?:should |must |need to |ought to )?(?:all )?"
    rf"{_POSITIVE} {_DET}{GROUP}(?: too| as well| more)?"
    # ("… into our homes this Ramadan", "… with open arms": where and when, nothing else)
    r"(?: (?:into|to|in|at|with|as|during|this|on)\b(?![^.!?]*\b(?:but|except|unless|not|only|"
    r"elsewhere|somewhere else|own countr\w*|back|if|home|homes? countr\w*|leav\w*|go|going|"
    r"out|away|deport\w*|camps?|cages?|prisons?|jails?|grave\w*|death|hell|kill\w*|burn\w*|"
    r"shoot\w*|rid|as long as|so long as)\b)[^.!?,;]{1,60})?",
]
_FORMS += [
    # "Antisemitism doesn't become ok because you're angry about foreign politics."
    r"(?:antisemitism|anti-semitism|racism|islamophobia|homophobia|transphobia|xenophobia|"
    r"bigotry|hate|hatred|misogyny|sexism|ableism) (?:doesn'?t|does not|won'?t|will not|never) "
    r"(?:become|get|turn|suddenly become) (?:ok|okay|acceptable|justified|fine|right)\b"
    rf"{_KIND_TAIL}[^.!?]{{0,80}}",
    # "If you're using a news story about a trans swimmer as an excuse to abuse trans kids,
    # take a long hard look at yourself."
    r"if you(?:'re| are) (?:using|going to use|here to|just here to|only here to|coming here to|"
    rf"looking for) [^.!?]{{0,80}}?(?:to|excuse to|reason to) {_MISTREAT} [^.!?,]{{1,40}},? "
    r"(?:then )?(?:take a (?:long,? )?(?:hard )?look at yourself|you(?:'re| are) (?:the problem|"
    r"part of the problem|a bigot|in the wrong place)|shame on you|you should be ashamed(?: of "
    r"yourself)?|leave|go away|do better|grow up|think again)",
]
# Sentences that add nothing to the ones above.
_FILLERS = [
    # "… learn something or scroll on", "Jewish people in this town have nothing to do with it."
    r"(?:learn something|educate yourself|read a book|do better|grow up)(?: or (?:scroll on|"
    r"move on|keep scrolling|log off|leave))?",
    rf"{_DET}{GROUP}(?: (?:in|of|from) [a-z' ]{{1,30}})? (?:have|had|has) (?:absolutely )?nothing "
    r"to do with (?:it|this|that|any of (?:it|this|that))",
    # a prayer for those told of: "Hide them, Lord."
    r"(?:(?:o |dear )?(?:lord|god|father|jesus)(?: jesus)?,? )?(?:please )?(?:hide|protect|keep|"
    r"guard|shield|comfort|strengthen|save|rescue|free|help|be with|watch over|hold) (?:them|"
    r"him|her|us|your people|your children|each one)(?: safe)?(?:,? (?:o |dear )?(?:lord|god|"
    r"father|jesus)(?: jesus)?)?",
    r"(?:(?:i'?m |i am )?(?:genuinely|just|honestly|really) curious|honest question|"
    r"genuine question|just wondering)",
    # "curious not trying to be rude", "wanna understand better"
    r"(?:(?:i'?m |i am )?(?:genuinely |just |honestly |really )?curious,? )?(?:(?:i'?m |i am )?not "
    r"(?:trying|meaning) to (?:be rude|offend|be disrespectful|start anything)|no offen[cs]e "
    r"(?:meant|intended))",
    r"(?:i )?(?:wanna|want to|would like to|'d like to) (?:understand|learn|know)(?: (?:my|our|a) "
    r"(?:colleague|friend|neighbou?r|classmate|coworker|co-worker)s?)?(?: (?:more|better|it better|"
    r"properly))?(?: about (?:their|his|her|the) (?:faith|religion|beliefs|customs|culture|"
    r"traditions|history))?",
    # "What is the meaning of this?", "How we can change it?"
    r"what (?:is|'s) the meaning (?:of|behind) (?:this|it|that)|what does (?:it|this|that) mean",
    r"how (?:can we|we can|could we|do we) (?:change|fix|help|stop|end) (?:it|this|that)",
    # "I'm curious about the links.", "I keep hearing both in the news.", "I can see both
    # sides and I'm undecided."
    r"(?:i'?m |i am )(?:genuinely |just |honestly |really |)curious(?: about (?:it|this|that|"
    r"(?:the |this |that |its |their )?(?:links?|connections?|history|differences?|background|"
    r"origins?|meaning|theology)))?",
    r"i keep (?:hearing|seeing|reading) (?:about )?(?:both|it|them|this|that|these|those|the "
    r"(?:terms?|words?|names?))(?: (?:in|on) the news| everywhere| at work| online)?",
    r"i (?:can )?see both sides(?: (?:and|but) (?:i'?m|i am) (?:still )?(?:undecided|torn|not "
    r"sure|unsure))?|(?:i'?m|i am) (?:still )?(?:undecided|torn|not sure|unsure)",
    r"(?:it|that|this|hating them|hate) (?:makes no sense|is (?:so |just )?(?:wrong|"
    r"unacceptable|cruel|not ok(?:ay)?))",
    r"i (?:don'?t|do not|can'?t|cannot) understand (?:it|why|that)",
    r"(?:period|end of story|simple as that|full stop|amen)",
    r"(?:(?:i'?m |i am )?sorry|apologies|forgive me) if (?:this is |that'?s |it'?s |this sounds )?"
    r"(?:a |an )?(?:dumb|stupid|silly|naive|basic|ignorant|obvious) question",
    # "is it similar to headscarves in islam"
    r"is (?:it|that|this) (?:similar|related|comparable|equivalent) to [a-z' -]{1,50}|"
    r"is (?:it|that|this) (?:like|the same as) [a-z' -]{1,50}",
    r"i(?:'d| would) (?:(?:genuinely|really|honestly|just|truly) )?(?:like|love) to "
    r"(?:understand|learn|know)(?: (?:more|better|why|how|before i pray|so i can pray|"
    r"so i can pray better))*(?: (?:the|their|his|her) (?:theology|reasoning|thinking|"
    r"history|background|reasons?|fears?|side|point of view)(?: behind (?:it|that|this))?)?",
    # "Is it a religious requirement?", "Is it a religious rule or a cultural custom?"
    r"is (?:it|that|this|wearing (?:it|one)) (?:a |an )?(?:religious|cultural|personal|spiritual|"
    r"scriptural|biblical) (?:requirement|rule|obligation|custom|tradition|commandment|choice|"
    r"duty|thing|practice)(?: or (?:a |an |just |more )?(?:a |an )?[a-z ]{1,30})?",
    # "Is it mainly a documentation problem?", "Is it mostly about land and water?"
    rf"is (?:it|that|this) {_NO_VICE_AHEAD}(?:mainly|mostly|largely|partly|really|just|all) "
    r"(?:about |a |an |because of |down to |due to )?[a-z' -]{1,50}",
    # "I read this site and I get confused.", "My colleague told me but i forgot."
    r"(?:[a-z' ]{0,40} (?:and|but|so) )?i (?:always |often |still |just )?(?:get|am|'m|m) "
    r"(?:so |a bit |very |always )?(?:confused|mixed up|lost)",
    r"(?:my|a|our) (?:colleague|friend|neighbou?r|teacher|pastor|son|daughter|wife|husband|"
    r"classmate|boss) (?:told|explained|mentioned|said)(?: (?:it|this|that))?(?: to)?(?: me)? "
    r"(?:once |before |already )?(?:but|and) i (?:forgot|can'?t remember|don'?t remember|"
    r"didn'?t understand)",
    # "Asking before my trip to Iraq.", "Asking because my daughter is marrying a Sikh."
    r"(?:just |only )?asking (?:because|before|as|since|for) (?:my|our|i|we|a) [a-z' -]{1,60}",
    # "I want to learn about it.", "I'd like to cook for my friend."
    r"i (?:want|wanted|am trying|'m trying|m trying) to (?:understand|learn|know)(?: (?:more|"
    r"better))?(?: about (?:it|this|that|them|their faith|their customs|their history))?"
    r"(?: (?:the|their) (?:history|background|reasons?|story))?",
    r"i(?:'d| would) (?:like|love) to (?:cook|bake|host|invite|welcome) (?:for |)(?:my|our|a) "
    r"(?:friend|friends|neighbou?rs?|colleagues?|guests?|coworkers?|co-workers?)",
]
_FORM = re.compile("|".join(f"(?:{form})" for form in _FORMS))
_FILLER = re.compile("|".join(f"(?:{filler})" for filler in _FILLERS))


# Praise, in the superlative or of help given: "My Muslim coworkers are the hardest workers
# on the team.", "Muslims were among the first to help after the flood." (with no word the
# polarity lexicon calls bad: not "… the hardest workers at stealing our jobs")
_PRAISE = re.compile(
    rf"(?:my |our |the |these |those |)(?:{_ADJECTIVE} )?(?:{_A_PEOPLE}|(?:{_ADJECTIVE}) "
    r"(?:coworkers|co-workers|colleagues|neighbou?rs|friends|students|nurses|doctors|teachers|"
    r"volunteers|families|classmates)) (?:are|were) (?:(?:always|often|usually) )?"
    r"(?:(?:some of|one of|among) )?(?:the "
    r"(?:hardest|best|kindest|most generous|most loyal|most hospitable|most welcoming|nicest|"
    r"most honest|most helpful|most faithful|most caring|warmest|bravest) (?:workers|people|"
    r"neighbou?rs|friends|hosts|colleagues|students|volunteers|nurses|doctors|teachers|"
    r"helpers)|among the first to (?:help|respond|volunteer|give|donate|welcome|stand up|"
    r"arrive|offer help|open their doors))"
    r"(?: (?![^.!?]*\b(?:unlike|but|except|than|not|only|although|though|yet|still|even|"
    r"for once|surprisingly|compared|when|whenever|if|unless|as long|money|cash|profit|"
    rf"paid|pay|pays|{GROUP})\b)[a-z' ]{{1,40}})?"
)


# Praise of a people in words the polarity lexicon calls good, or in plain words of their
# standing, and nothing else: "Immigrants are honest, hardworking people.", "Most Jews are
# decent, ordinary people.", "Muslims are law-abiding citizens like the rest of us." Every
# word said of them is good by the lexicon (valence of 1 or more), a word of standing, a
# word for people, an article, an intensifier or "and" (``_praised``): nothing "at",
# "for", "with", "but" or "who", so "great at cleaning", "good with money", "great
# bankers" and "… are kind but …" are left to the model, and a few words the lexicon calls
# good that a stereotype uses ("rich", "powerful", "cunning") are none of these.
_QUANTITY = r"(?:most|many|the vast majority of|the majority of|nearly all|almost all|all|all the)"
_PRAISED = re.compile(
    rf"(?:{_QUANTITY} (?:of )?(?:the )?)?{_DET}(?:{_ADJECTIVE} )?{_A_PEOPLE}"
    r"(?: (?:in|of|from) (?:our |this |my |the )?[a-z]+(?: [a-z]+)?)? (?:are|were) "
    r"(?P<what>[a-z][a-z ,'-]{0,80}?)(?: too| as well)?"
    rf"(?:,? (?:just |much )?like (?:{_EVERYONE}|most (?:people|of us)|any other (?:parents?|"
    r"families|family|neighbou?rs?|citizens?|community|people)|other people))?"
)
_STANDING_WORDS = frozenset(
    {"hard-working", "hardworking", "hardworkers", "hard working", "hard workers", "law-abiding",
     "ordinary", "normal", "decent", "human", "humans", "equal", "valid", "peace-loving",
     "kind-hearted", "warm-hearted", "good-hearted", "tax-paying", "welcoming", "caring",
     "hospitable", "gentle"}
)  # fmt: skip
_PEOPLE_WORDS = frozenset(
    {"people", "person", "persons", "folk", "folks", "neighbours", "neighbors", "citizens",
     "friends", "colleagues", "coworkers", "co-workers", "workers", "parents", "families",
     "members", "beings", "hosts", "souls", "individuals", "community", "communities"}
)  # fmt: skip
_FUNCTION_WORDS = frozenset(
    {"a", "an", "and", "so", "very", "really", "truly", "incredibly", "such", "mostly",
     "generally", "usually", "always", "just", "also", "all", "extremely", "deeply",
     "remarkably", "quite", "overwhelmingly", "fellow", "simply", "wonderfully"}
)  # fmt: skip
# Words the lexicon calls good that say nothing in a people's favour here, or that a
# stereotype uses ("smart" and "clever" count only in "just as … as anyone else").
_STEREOTYPED_PRAISE = frozenset(
    {"like", "likely", "rich", "wealthy", "powerful", "influential", "privileged", "superior",
     "supreme", "pure", "dominant", "shrewd", "cunning", "chosen", "exotic", "successful",
     "lucky", "free", "winning", "winners", "fertile", "numerous", "passionate", "sexy",
     "clever", "smart", "funny", "entertaining", "special", "fine", "ok", "okay", "alright",
     "interesting", "united", "tough", "ready", "safe"}
)  # fmt: skip

# A word, or "hard working" and "hard workers" as one.
_PRAISE_WORD = re.compile(r"hard work(?:ing|ers)|[a-z][a-z'-]*")


def _praised(sentence: str) -> bool:
    """``sentence`` is a people praised in good words and nothing else (``_PRAISED``)."""
    found = _PRAISED.fullmatch(sentence)
    if not found:
        return False
    good = polarity()
    praise = False
    for word in _PRAISE_WORD.findall(found["what"]):
        stereotyped = word in _STEREOTYPED_PRAISE
        if word in _STANDING_WORDS or (not stereotyped and good.get(word, 0.0) >= 1.0):
            praise = True
        elif word not in _PEOPLE_WORDS and word not in _FUNCTION_WORDS:
            return False
    return praise


# "genuinely curious, why do sikh men wear a kara?": what the asker says before asking.
_ASKED_FIRST = re.compile(
    r"^(?:(?:i'?m |i am )?(?:genuinely|just|honestly|really|sincerely) curious|honest question|"
    r"genuine question|just wondering|quick question|serious question|sincere question)"
    r"\s*[,:-]+\s*(?=\S)"
)


def affirms_a_group(text: str) -> bool:
    """Every sentence of ``text`` affirms a group's dignity (or adds nothing), and at
    least one does."""
    affirmed = False
    for sentence in sentences(fold(text)):
        sentence = _ASKED_FIRST.sub("", sentence)
        if _FORM.fullmatch(sentence) or (
            (_PRAISE.fullmatch(sentence) or _praised(sentence)) and not has_a_bad_word(sentence)
        ):
            affirmed = True
        elif not _FILLER.fullmatch(sentence):
            return False
    return affirmed
