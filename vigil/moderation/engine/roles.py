"""Texts that criticise only people in a role, matched as a form of words.

The site's policy removes attacks on people *because of their religion, ethnicity or
belief*, harassment and inappropriate language. A complaint about lawyers, referees or
estate agents is none of these, but the contextual model holds it as an identity
attack, because the same sentence shapes in its training data name peoples: "I really
can't stand lawyers." (identity_attack 0.52, insult 0.69), "Politicians are all liars."
(0.50, 0.52), "Journalists are pathetic." (0.64, 0.64).

``only_about_roles`` is true when *every* sentence of a text names a role from the
list below (a trade, a profession, an office, a place in a game or on the road) or goes
on about the role named before it ("They only care about money."), and nothing in the
text names a people, a religion, a belief, a colour or a gender, uses a word of
dehumanisation (vermin, parasites, animals …), a word that stands in for a people in
coded attacks (bankers, globalists, elites, thugs …), a word that likens people to apes,
death or violence wished on anyone, the words of an attack on migrants ("they came here
on boats"), a quotation, a handle or a word hiding a digit or a symbol. Other words of
contempt are allowed: "Landlords are parasites." and "Football fans are animals." attack
no one's religion, ethnicity or belief. The policy then does not hold such a text on the model's
identity_attack or insult scores alone; the word lists (profanity holds as ever), the
threat, contempt and harassment forms, the language rule and the other labels apply,
and it never releases a rejection.

Beliefs and parties are not roles: "Capitalists are scum." and "Liberals are
traitors." stay with the model, since belief is one of the things the policy protects.
"""

from __future__ import annotations

import re

from .contempt import GROUP
from .wording import NATIONS, QUOTED, SLURS, fold, sentences

__all__ = ["only_about_roles"]

_ROLES = (
    # law, government and paperwork
    r"lawyers?|solicitors?|attorneys?|barristers?|judges?|politicians?|mps|senators?|"
    r"congressmen|councillors?|councilors?|bureaucrats?|civil servants?|officials?|"
    r"tax collectors?|tax inspectors?|traffic wardens?|parking wardens?|inspectors?|"
    r"cops?|police officers?|policemen|the police|the government|the council|"
    # institutions, by their names and offices
    r"(?:the )?parliament|(?:the )?congress|the senate|the cabinet|the ministry|ministries|"
    r"ministers?|city hall|the authorities|the administration|"
    r"the (?:eu|un|european union|united nations|bbc|nhs|tax office)|nato|the school board|"
    r"the board|the committee|the bureaucracy|"
    # and bodies that run things, criticised for how they run them: "What a useless,
    # spineless election commission.", "That ferry company's safety record is a scandal."
    r"(?:election |electoral |the |this |that )?commissions?|(?:[a-z]+ )?compan(?:y|ies)|"
    r"(?:[a-z]+ )?firms?|corporations?|the regime|this regime|that regime|the junta|"
    # those who persecute, by what they do
    r"militants?|jihadists?|extremists?|terrorists?|kidnappers?|traffickers?|"
    r"(?:prison )?guards?|jailers?|soldiers?|gunmen|mobs?|persecutors?|torturers?|captors?|"
    # trades and offices
    r"estate agents?|realtors?|landlords?|letting agents?|plumbers?|builders?|"
    r"mechanics?|electricians?|salesmen|salespeople|telemarketers?|"
    r"(?:cold|spam|scam|nuisance) callers?|robocallers?|robocalls?|"
    r"call centres?|insurers?|insurance companies|accountants?|consultants?|"
    r"managers?|bosses|my boss|ceos?|executives?|middle managers?|recruiters?|"
    r"doctors?|dentists?|receptionists?|teachers?|professors?|lecturers?|"
    r"economists?|pundits?|commentators?|critics?|reviewers?|journalists?|reporters?|"
    r"columnists?|newspapers?|tabloids?|influencers?|youtubers?|tiktokers?|"
    r"celebrities|celebs?|billionaires?|millionaires?|developers?|programmers?|"
    r"scammers?|spammers?|hackers?|trolls?|customer service|airlines?|"
    # games and sport
    r"referees?|refs?|umpires?|linesmen|footballers?|strikers?|goalkeepers?|"
    r"defenders?|the players?|the team|the manager|the coach|coaches|"
    r"fans|supporters|season ticket holders?|"
    # the road and the town
    r"drivers?|motorists?|cyclists?|taxi drivers?|bus drivers?|commuters?|"
    r"tourists?|shoppers?|tailgaters?|"
    # pastimes, tastes and trades of the arts and money (not ages: "Boomers are the
    # dumbest generation" is an attack on people for their age)
    r"gamers?|hipsters?|nerds?|geeks?|students?|"
    r"tech bros?|crypto bros?|gym bros?|golfers?|joggers?|bikers?|"
    r"skateboarders?|surfers?|smokers?|vapers?|gamblers?|punters?|anglers?|actors?|"
    r"actresses|artists?|musicians?|singers?|comedians?|poets?|chefs?|"
    r"waiters?|waitresses|baristas?|investors?|stockbrokers?|brokers?|traders?|tenants?|"
    r"offenders"
)
# Those named by a wrong they do, which no one is born into ("Fly-tippers are the scum of
# the countryside."): a role only as the sentence's subject, since the same words are
# what an attack calls a people ("… are pickpockets", with the people's name misspelt).
_WRONGDOERS = re.compile(
    r"^(?:(?!(?:are|were|is|was|r|all are|being|like)\b)[a-z-]+\s+){0,2}(?:hooligans|vandals|"
    r"litterers|litter louts|fly-?tippers|shoplifters|burglars|pickpockets|looters|poachers|"
    r"muggers|fraudsters|con ?men|con artists|tax (?:dodgers|evaders|cheats)|arsonists|"
    r"loan sharks|drunk drivers|speeders|queue[- ]jumpers|polluters)\b"
)
# People named by an everyday habit, which no one is born into ("people who dont use
# indicators on roundabouts are the worst humans alive"): read as offenders, a role (not a
# habit of faith, dress, love or origin: "people who pray five times a day", "people who
# wear headscarves", "people who came here").
_BEHAVING = re.compile(
    r"(?:^|(?<=[.!?;]\s))(?:the\s+|all\s+|those\s+|these\s+)?(?:people|folks?|anyone|guys|those|"
    r"someone|whoever)\s+(?:who|that)\s+(?:don'?t|do not|never|always|still|keep|can'?t|won'?t|"
    r"refuse to\s+)?\s*(?:use|park|drive|litter|leave|talk|chew|play|put|take|throw|block|cut|"
    r"jump|text|ring|call|spit|dump|blast|steal|tailgate|speed|honk|skip|queue|push|indicate|"
    r"recline|clap|vape|smoke|shout|hog|double|answer|reply|tag|spam|film|record|slurp|"
    r"overtake|undertake|signal|return|pick|clean|flush|slam|rev|hoot|beep)(?:s|ed|ing)?\b"
)
# Not the tail of a compound ("bomb-builders" is a coded word for a people).
_ROLE = re.compile(rf"(?<![\w-])(?:{_ROLES})\b")

# A people, a belief, a gender or a colour anywhere leaves the text to the model.
_PROTECTED = re.compile(
    r"\b(?:you|your|yours|you're|youre|ya|u|ur|yourself|yourselves|"
    r"people|persons?|men|women|woman|man|girls?|boys?|ladies|"
    r"neighbou?rs?|immigrants?|migrants?|refugees?|foreigners?|race|races|tribes?|"
    r"religions?|faith|belief|beliefs|muslims?|islam|islamic|christians?|jews?|jewish|"
    r"hindus?|hindu|sikhs?|buddhists?|catholics?|protestants?|atheists?|arabs?|"
    r"africans?|asians?|black|blacks|white|whites|brown|chinese|indians?|mexicans?|"
    r"gay|gays|lesbians?|trans|queer|disabled|gypsy|gypsies|roma|travellers?|"
    r"homosexuals?|aliens?|illegals|jihad\w*|halal|kosher|mosques?|churche?s?|"
    # (a people's country, not "this country" or "our nation", where the role is at work)
    r"temples?|synagogues?|(?<!this )(?<!our )(?<!the )(?:country|nation)|countries|nations|"
    r"foreign|"
    r"liberals?|conservatives?|leftists?|lefties|libtards?|communists?|socialists?|"
    r"capitalists?|democrats?|republicans?|tories|tory|labour|feminists?|vegans?|"
    r"zionists?|nazis?|fascists?|marxists?|woke|"
    r"gender|genders|sex|sexual\w*|transgender\w*|lgbt\w*|pride|"
    rf"{NATIONS}|"
    # words that stand in for a people in coded attacks
    r"bankers?|banking|financiers?|globalists?|globalism|elites?|elitists?|cosmopolitans?|"
    r"moneylenders?|hollywood|the media|soros|rothschilds?|thugs?|ghetto|urban|"
    r"welfare|inner city|invaders?|colonists?|settlers?|"
    # slurs, the words that liken people to apes (the racist abuse of players and
    # others of a trade), and the words of removal, whatever they are said of
    rf"{SLURS}|apes?|monkeys?|gorillas?|savages?|subhumans?|sub-humans?|infest\w*|"
    r"breed\w*|exterminat\w*|eradicat\w*|purge\w*|cleans\w*|deport\w*|gas\w*)\b"
)
# Death or violence wished on them, or the words of an attack on migrants, leave the text
# to the model too: "Journalists are vermin who should be shot.", "Those drivers are
# idiots, they came here on boats." (a complaint about a trade wishes no one dead).
_VIOLENT = re.compile(
    r"\b(?:die(?! on this hill)|dies|dying|dead|death|deaths|kill(?!ers?\b)\w*|shot|"
    r"shoot\w*|hang|hanged|hung|lynch\w*|"
    # (not "killers" or "murderers", what they are called for what they do)
    r"murder(?!ers?\b|ous\b)\w*|execut\w*|stab\w*|strung up|string \w+ up|lined up|line \w+ up|"
    r"wipe\w* out|"
    r"put down|drown\w*|behead\w*|bullets?|bomb\w*|burn\w* alive|"
    r"boats?|go back|send \w+ back|came here|come here|over here|invad\w*|take over)\b"
)
# A country's government or forces are an office, not its people: "The Chinese government is
# evil.", "The North Korean regime is monstrous.", "Iran's authorities are cowards." (read
# as "the government", so the people's name in front of it does not count as naming them).
_COUNTRY = (
    rf"(?:north |south )?(?:{NATIONS}|chinese|indian|saudi|egyptian|cuban|burmese|"
    r"belarusian|uzbek|turkmen|libyan|sudanese|yemeni|algerian|moroccan|tunisian|laotian|"
    r"nicaraguan|venezuelan|eritrea|myanmar|burma|cuba|vietnam|belarus|egypt|saudi arabia|"
    r"sudan|yemen|libya|uzbekistan|turkmenistan|nicaragua|venezuela)"
)
_OFFICE = (
    r"(?:government|regime|authorities|army|military|police|courts?|dictatorship|"
    r"junta|leadership|security services|secret police|communist party|ruling party)"
)
# The seats of the governments that persecute: "The regime in Tehran …"
_CAPITAL = (
    r"(?:tehran|beijing|pyongyang|asmara|kabul|riyadh|havana|hanoi|minsk|tashkent|khartoum|"
    r"moscow|damascus|baghdad|islamabad|delhi|new delhi|naypyidaw|managua|caracas|tripoli|"
    r"sanaa|ashgabat|vientiane|cairo|ankara|baku|dushanbe|mogadishu)"
)
_STATE = re.compile(
    rf"\b(?:(?:the|this|that|our|their|its) (?:{_COUNTRY}(?:'s|s')? )?|{_COUNTRY}(?:'s|s')? )"
    rf"{_OFFICE}(?: (?:of|in) (?:{_COUNTRY}|{_CAPITAL}))?\b|\b(?:the )?ccp\b|"
    r"\b(?:the )?(?:chinese |vietnamese |cuban |lao |north korean )?communist party\b"
)
# The armed groups that persecute, named by what they are: "The Taliban are monsters." is
# said of the militants, not of a people or a faith (read as "the militants").
_ARMED = re.compile(
    r"\b(?:the )?(?:taliban|boko haram|isis|isil|islamic state|daesh|al-shabaab|al-shabab|"
    r"al-qaeda|al qaeda|janjaweed)\b"
)
# A spelling trick inside a word or a handle, hashtag or brackets of an echo: the text
# may be hiding who it is about.
_HIDING = re.compile(r"[a-z][0-9@$*]+[a-z]|[@#]\w|\(\(|\)\)")
_GROUP = re.compile(rf"\b{GROUP}\b")
# A sentence that goes on about the role named before it ("They only care about money.").
_BACK = re.compile(r"(?:they|they're|theyre|them|their|it|it's|its|this|that|he|he's|she|she's)\b")
# People as what the role is called, not a people: "Estate agents are the worst people on
# earth." (read as "… are the worst"; who they are is still the role).
_PEOPLE_SAID_OF_THEM = re.compile(
    r"\b((?:are|were)\s+(?:the|such)\s+(?:[a-z]+\s+){1,3}?)(?:people|humans|human beings|"
    r"persons)\b"
)


def only_about_roles(text: str) -> bool:
    """Every sentence of ``text`` names a role or goes on about the one named before,
    at least one names a role, and nothing names a people, a belief or a coded target."""
    folded = _ARMED.sub("the militants", _STATE.sub("the government", fold(text)))
    folded = _PEOPLE_SAID_OF_THEM.sub(r"\1", _BEHAVING.sub("the offenders", folded))
    if QUOTED.search(folded) or _HIDING.search(folded):
        return False
    if _PROTECTED.search(folded) or _VIOLENT.search(folded) or _GROUP.search(folded):
        return False
    about_roles = False
    for sentence in sentences(folded):
        if _ROLE.search(sentence) or _WRONGDOERS.match(sentence):
            about_roles = True
        elif not (about_roles and (_BACK.match(sentence) or _CLOSING.match(sentence))):
            return False
    return about_roles


# After a role is named, a sentence that prays, asks or names what the role does: "Free him
# now.", "Lord, open the doors.", "Pray for the house churches.", "Locking prisoners in
# shipping containers is pure evil." (the text names no people anywhere, checked above)
_CLOSING = re.compile(
    r"(?:(?:o |oh |dear )?lord|father|(?:dear )?god|jesus|pray|praying|prayers|free|release|"
    r"let|may|amen|open|break|bring|protect|save|please|[a-z]+ing\b[^.!?]*\b(?:is|are|was)\b)\b"
)
