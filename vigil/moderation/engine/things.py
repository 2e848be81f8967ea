"""Texts that complain only about things, matched as a form of words.

The contextual model holds strong words about everyday things as attacks, because
its training data pairs the same words with groups: "I hate mayo it's gross",
"beetroot is disgusting" (DynaHate dev, non-hateful) and "That film was a vile waste
of two hours.", "I hate this printer. It's a worthless pile of junk." (forms A) score
as identity attacks or insults.

``only_about_things`` is true when *every* sentence of a text names an everyday
thing from the list below (food and drink, weather, days, machines and software,
films and music, household things, pests and plants, laws and weapons, or an evil
that opens the sentence) or is a short exclamation of
three words or fewer or goes on about the thing named before it ("It's a worthless
pile of junk."), and **no** sentence names a person or a people: no pronoun
for people, no word for a person or a group, no religion, nationality or colour
word (so "Chinese food is disgusting" and "their food stinks" are left to the model,
as is anything said of "them"). The policy then does not hold such a text on the
model's identity_attack, insult or threat scores alone (force wished on a law or a
drought threatens no one: "Burn every last unjust blasphemy law to ashes."); the word
lists, the threat,
contempt and harassment forms, the language rule and the other labels apply as ever,
and it never releases a rejection.
"""

from __future__ import annotations

import re

from .contempt import GROUP
from .wording import NATIONS, QUOTED, SLURS, VERMIN, fold, sentences

__all__ = ["only_about_things"]

_THINGS = (
    # food and drink
    r"mayo|mayonnaise|ketchup|mustard|beetroots?|broccoli|cauliflower|sprouts|olives?|"
    r"coriander|cilantro|pineapple|pizza|toast|coffee|tea|cake|cakes|sponge|soup|"
    r"sandwich(?:es)?|burgers?|chips|fries|cheese|tofu|liver|mushrooms?|onions?|"
    r"breakfast|lunch|dinner|food|meal|milk|beer|wine|water|syrup|medicine|"
    # weather, days and seasons
    r"weather|rain|snow|wind|heat|heatwave|cold|fog|humidity|winter|summer|"
    r"mondays?|tuesdays?|wednesdays?|thursdays?|fridays?|weekends?|mornings?|"
    # machines, software and services
    r"printers?|computers?|laptops?|phones?|app|apps|update|updates|software|website|"
    r"internet|wifi|wi-fi|router|keyboard|screen|battery|alarm|alarm clock|tv|television|"
    r"car|bus|buses|train|trains|traffic|queue|queues|parking|roadworks|heating|"
    r"boiler|washing machine|fridge|oven|microwave|sofa|chair|mattress|"
    # work, school and paperwork
    r"homework|exams?|tests?|meetings?|taxes|tax|paperwork|forms?|bills?|emails?|"
    # films, music, games, books
    r"films?|movies?|songs?|music|album|show|shows|series|sequel|game|games|book|books|"
    r"novel|article|jazz|opera|podcast|ads|adverts?|commercials?|"
    # pests, plants and smells
    r"mosquitoes|mosquitos|wasps?|flies|spiders?|slugs|snails|ants|midges|weeds|"
    r"cockroaches|roaches|rats|mice|termites|fleas|bedbugs|bed bugs|locusts|moths|"
    r"nettles|pollen|smell|stench|noise|landfill|mud|dust|mould|mold|"
    # laws, which a wall about persecution condemns
    r"laws?|legislation|bans?|decrees?|propaganda|bureaucracy"
)
# (a whole word, not part of a compound: "Bomb-Builders" is a name for people)
_THING = re.compile(rf"(?<![\w-])(?:{_THINGS})(?![\w-])")
# Evils, ills and vices, which a wall about persecution condemns ("Persecution is a vile
# evil and I loathe it.", "Hatred is poison."): only as what a sentence opens with, since
# "… are a disease" says it of whoever comes before.
_EVILS = (
    r"persecution|injustice|oppression|corruption|tyranny|slavery|poverty|hunger|famine|"
    r"disease|cancer|covid|illness|addiction|hatred|racism|bigotry|prejudice|cruelty|"
    r"violence|terrorism|terror|torture|war|wars|greed|sin|evil|despair|loneliness|"
    r"depression|injustices|abuse|censorship|trafficking|crime|malaria|cholera|ebola|polio|"
    r"measles|tuberculosis|leprosy|dementia|plague|pandemic|drought|famines|bullying|"
    r"pornography|porn|gambling|alcoholism|drunkenness|idolatry|witchcraft|genocide|"
    r"exploitation|extremism|fanaticism|radicalisation|radicalization|"
    # weapons, only as what a sentence opens with ("Landmines are disgusting, cowardly
    # weapons."): "every time a bomb goes off, the suspect …" speaks of people
    r"landmines?|mines|bombs?|missiles?|weapons?|guns?|drones?|bullets?"
)
_EVIL = re.compile(rf"(?:(?:the|all|this|such|so much|religious|modern) )?(?:{_EVILS})(?![\w-])")
# A people's adjective before a dish or a thing is no people: "French fries".
_DISHES = re.compile(r"\bfrench (fries|toast|bread|mayo|press|horn|windows?|doors?)\b")
# An evil named with whom it is done to or by is the evil: "Human trafficking is a
# cesspool.", "Child abuse must end."
_COMPOUND_EVILS = re.compile(
    r"\b(?:human|child|sex|drug|domestic|gun|knife|online|sexual|organ|elder|animal) "
    r"(trafficking|abuse|violence|slavery|crime|addiction|exploitation)\b"
)

# Anything that points at a person or a people leaves the text to the model.
_PERSONS = re.compile(
    r"\b(?:you|your|yours|ya|u|he|him|his|she|her|hers|they|them|their|"
    r"theirs|(?:that|this|those|these|the whole) lot|crowd|mob|gang|bunch|sort|types?|"
    r"people|person|persons|man|men|woman|women|guy|guys|"
    r"girl|girls|boy|boys|kid|kids|child|children|folk|folks|lady|ladies|gentlemen|"
    r"everyone|everybody|anyone|anybody|someone|somebody|nobody|who|whoever|"
    r"suspects?|attackers?|bombers?|terrorists?|criminals?|thugs?|killers?|murderers?|"
    r"gunm[ae]n|militants?|soldiers?|police|officers?|politicians?|leaders?|"
    r"neighbou?rs?|immigrants?|foreigners?|race|races|tribe|tribes|religion|"
    r"muslims?|islam|islamic|christians?|jews?|jewish|hindus?|hindu|sikhs?|buddhists?|"
    r"catholics?|atheists?|arabs?|arabic|african|africans?|asian|asians?|black|blacks|white|"
    r"whites|brown|chinese|indian|indians?|mexican|mexicans?|gay|gays|lesbians?|trans|"
    r"queer|disabled|gypsy|gypsies|roma|jihad|halal|kosher|mosques?|churche?s?|temples?|"
    r"synagogues?|quran|koran|bible|torah|ramadan|eid|christmas|diwali|passover|"
    r"country|countries|nation|nations|place|foreign|homosexuals?|aliens?|illegals?|"
    r"hair|skin|afro|ghetto|"
    # beliefs, ways of life and movements of people, which an attack names in their place
    # ("Homosexuality is a sin.")
    r"homosexuality|lesbianism|transgender\w*|transsexual\w*|sodomy|sodomites?|islamism|"
    r"islamists?|zionism|zionists?|judaism|hinduism|sikhism|buddhism|christianity|"
    r"catholicism|atheism|feminism|feminists?|multiculturalism|immigration|migration|"
    r"migrants?|refugees?|asylum|diversity|interracial|miscegenation|race mixing|sharia|"
    r"hijabs?|headscar(?:f|fs|ves)|burqas?|burkas?|niqabs?|veils?|turbans?|kippahs?|"
    r"yarmulkes?|circumcision|"
    # words for people as something less, whoever they are said of
    r"scum|savages?|subhumans?|degenerates?|freaks?|perverts?|infidels?|heretics?|kafirs?|"
    r"kuffar|peasants?|poor|homeless|beggars?|humans?|populations?|citizens?|residents?|"
    r"inhabitants?|masses|lgbt\w*|gender\w*|dysphoria|non-?binary|bisexual\w*|intersex|"
    r"jewish|muslim|christian|hindu|sikh|buddhist|catholic|protestant|orthodox|mormon|"
    r"islamic|hispanic|latino|latina|"
    rf"{NATIONS}|{SLURS}|{VERMIN})\b"
)
# A spelling trick inside a word ("p0ll0cks", "f@@cking") or a handle or hashtag: the
# text may be hiding who it is about.
_HIDING = re.compile(r"[a-z][0-9@$*]+[a-z]|[@#]\w")
_GROUP = re.compile(rf"\b{GROUP}\b")
# A name inside a sentence ("The war Israel wages …", "Mark's cooking"): a country, a
# people or a person the list above cannot know. Words in capitals are not names here.
_NAME = re.compile(r"[A-Z][a-z'’]+")
_I = re.compile(r"i(?:'|’|$)")
_SHORT = 3
# A sentence that goes on about the thing named before it ("It's a worthless pile of junk.").
# or speaks of it again ("I hate it so much.", "Get rid of it.").
_BACK = re.compile(r"\b(?:it|it's|its|this|that)\b")
# A sentence the speaker tells of themself, after a thing was named ("These mosquitoes
# are vermin. I've been bitten twenty times tonight!").
_OWN = re.compile(r"^i(?:'ve|'m|'d|'ll|\s)")
# A thing that opens its sentence may be called vermin or a pest: "These mosquitoes are
# vermin." Said of anything else, the word leaves the text to the model.
_THING_FIRST = re.compile(
    rf"^(?:(?:the|these|those|this|that|my|our|all|stupid|bloody|damn|damned|wretched) )*"
    rf"(?:{_THINGS}|{_EVILS})(?![\w-])"
)
_VERMIN = re.compile(rf"\b(?:{VERMIN})\b")
_LAND = re.compile(r"\b(?:country|countries|nation|nations)\b")


def only_about_things(text: str) -> bool:
    """Every sentence of ``text`` speaks of an everyday thing (or is a short
    exclamation), at least one does, and none names a person or a people."""
    folded = _COMPOUND_EVILS.sub(r"\1", _DISHES.sub(r"\1", fold(text)))
    if QUOTED.search(folded) or _HIDING.search(folded) or _names_someone(text):
        return False
    about_things = False
    for sentence in sentences(folded):
        said = _VERMIN.sub(" ", sentence) if _THING_FIRST.match(sentence) else sentence
        if _EVIL.match(sentence):
            # An evil said to eat at a country is said of the country: "Corruption is a
            # cancer eating away at this nation.", "Poverty is a disgrace in a country
            # this rich." (a people or a faith named beside it still leaves it alone).
            said = _LAND.sub(" ", said)
        if _PERSONS.search(said) or _GROUP.search(said):
            return False
        if _THING.search(sentence) or _EVIL.match(sentence):
            about_things = True
        elif not (about_things and (_BACK.search(sentence) or _OWN.match(sentence))) and (
            len(sentence.split()) > _SHORT
        ):
            return False
    return about_things


def _names_someone(text: str) -> bool:
    """A capitalised word inside a sentence of ``text`` that is not "I" and not a thing."""
    for sentence in sentences(text):
        for word in sentence.split()[1:]:
            name = _NAME.match(word.lstrip("\"'“‘(["))
            folded = fold(name.group()) if name else ""
            if name and not (
                _I.match(folded) or _THING.fullmatch(folded) or _EVIL.fullmatch(folded)
            ):
                return True
    return False
