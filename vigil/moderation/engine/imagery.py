"""Prayers in the strong imagery of scripture, matched as a form of words.

Intercession on a wall about persecution borrows the language of battle and fire:
"Tear down every stronghold of the enemy", "Break every chain", "Let the fire of your
Spirit burn away every lie". The contextual model reads the force of the verbs and holds
some of them as threats or attacks. Measured on the domain prayers and forms A and B
(``evaluation/``), threat or identity_attack held, for example:

* "Like the walls of Jericho, may the walls of fear and hatred come crashing down."
  (identity_attack 0.5);
* "Lord, let Your justice demolish the cruelty of every secret prison system." (threat);
* "Let the chains fall and the prison doors swing open in Eritrea!" (threat 0.70).

``prays_against_things`` is true when a text is addressed to God (or rebukes the enemy
in his name: "Satan, you are defeated!"), uses the force of
such a verb at least once, and **every** force in it falls on a thing, an evil or a
power of darkness ("walls", "chains", "fear", "the cruelty of every secret prison
system") or comes from God ("your Spirit", "your fire"): never on a people, a nation,
a person, a pronoun for people ("them") or a place of worship. Anything that names a
people or a nation other than as a place ("in Iran", "for the Muslims of Indonesia"),
a slur, a word of dehumanisation, a quote or a hidden word leaves the text to the
model. The policy then does not hold such a text on the model's identity_attack,
insult or threat scores alone; the word lists, the threat and contempt forms, the
language rule and the other labels apply as ever, and it never releases a rejection.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from .contempt import GROUP, ONE_OF_A_PEOPLE
from .wording import NATIONS, QUOTED, SLURS, VERMIN, fold

__all__ = [
    "FORCE",
    "HARMFUL",
    "PERSECUTORS",
    "gives_thanks_for_harm",
    "laments",
    "prays_against_a_people",
    "prays_against_things",
    "prays_for_revival_or_trusts",
    "prays_over_persecutors",
]

# Addressed to God (by name or by a title of Christ), or a rebuke of the enemy in his name
# ("Satan, you are defeated!").
_INVOCATION = re.compile(
    r"\b(?:lord|god|father|jesus|christ|holy spirit|almighty|heavenly|amen|o god|"
    r"your spirit|your name|your fire|your kingdom|your church|your people|your light|"
    r"light of the world|lion of judah|lamb of god|king of kings|prince of peace|"
    r"most high|saviou?r|redeemer|messiah|yahweh|emmanuel|immanuel)\b"
    r"|^\W*(?:satan|devil|darkness|death|fear|demons?|lucifer|spirits? of [a-z]+)\s*[,!]"
)
# The verbs of force, and the particle that may follow them.
FORCE = re.compile(
    r"\b(?:break|breaks|shatter|smash|crush|destroy|demolish|dismantle|tear|pull|knock|"
    r"burn|consume|sweep|strike|wipe|uproot|root|crash|crashing|silence|drown|scatter|"
    r"slay|cut|devour|blot|blow|blast|hammer|overthrow|topple|defeat|bind|cast|drive|"
    r"rain|pour|fall|annihilate|obliterate|rip|expose|confound|shake|melt|flood|kill|"
    r"murder|slaughter|behead|hang|shoot|stab|gas|exterminate|eradicate|massacre|punish|"
    r"curse|starve|rot|perish|die|suffer)"
    r"(?: (?:down|up|away|apart|out|through|off|open|on|over|upon|into))*\b"
)
# Jussives: "let …", "may …" opening a clause (not "let me", "let us", "until May") — the
# first thing after them is what the force is wished on.
_JUSSIVE = re.compile(
    r"^\s*(?:(?:o |oh |)(?:lord|god|father|jesus)\s+)?(?:let|may)\b(?! me\b| us\b|')"
)
# Words skipped on the way to the thing a force falls on.
_SKIP = frozenset(
    [
        "every",
        "each",
        "all",
        "the",
        "a",
        "an",
        "this",
        "that",
        "these",
        "those",
        "our",
        "my",
        "its",
        "any",
        "your",
        "his",
        "thy",
        "of",
        "evil",
        "wicked",
        "secret",
        "cruel",
        "mighty",
        "dark",
        "spiritual",
        "invisible",
        "iron",
        "old",
        "hidden",
        "great",
        "unseen",
        "whole",
        "entire",
        "false",
        "own",
        "deep",
        "bitter",
        "heavy",
        "demonic",
        "ancient",
        "last",
        # a place's compass word: "over North Korea"
        "north",
        "south",
        "east",
        "west",
        "central",
        "northern",
        "southern",
        "eastern",
        "western",
    ]
)
# What force may fall on (or come from): things, evils, powers of darkness, God's gifts.
_GOOD = re.compile(
    r"(?:walls?|chains?|doors?|gates?|bars|prisons?|cells?|strongholds?|fortress(?:es)?|"
    r"yokes?|shackles?|fetters|locks?|barriers?|obstacles?|blindfolds?|veils?|curtains?|"
    r"lies|lie|deceptions?|fears?|hatred|hate|darkness|evil|evils|cruelty|injustices?|"
    r"oppression|persecution|bitterness|sins?|pride|schemes?|plans?|plots?|powers?|"
    r"spirits?|forces?|grip|hold|works|curses?|storms?|weeds|mountains?|idols?|violence|"
    r"terror|despair|corruption|tyranny|addictions?|disease|sickness|poverty|hunger|giants?|"
    r"silence|opposition|weapons?|grief|shame|doubt|unbelief|hardness|hearts?|strongholds|"
    r"enemy|devil|satan|death|sorrow|wounds?|pain|tears|fire|flames?|light|love|mercy|grace|"
    r"glory|presence|peace|justice|rain|blessings?|revival|hope|joy|truth|word|kingdom|wrath|"
    r"work|"
    r"winds?|me|us|it|captives|chaos|despotism|regime's|lies'|wall|cords|snares?|traps?|"
    r"system|systems|threats?|intimidation|hostility|suspicion|division|divisions|anger|"
    r"rage|greed|lust|sorcery|witchcraft|ignorance|blindness|tear|lord|god|jesus|christ|"
    r"father|principalit(?:y|ies)|seeds?|serpent|snake|dragon|head|"
    # weapons: "let the bombs that fell on the church be the last ones"
    r"bombs?|bullets?|missiles?|rockets?|guns?|landmines?|swords?|machetes?|"
    # and the killing they do: "end this bloodshed now"
    r"bloodshed|killings?|massacres?|slaughter|wars?|fighting|carnage|attacks?|raids|masks?|"
    r"abductions|kidnappings|genocide|bloodletting|"
    # the foundations of a prison, and the gangs that rule a street by fear: "shake the
    # foundations of every cell", "tear down the gangs and violence ruling these streets"
    # (not one of them: "crush the cartel boss's head")
    r"foundations?|gangs|streets)"
)
# Whom force must not come near: in a clause with a force in it, none of these.
_TARGETS = re.compile(
    # ("those" and "these" before a thing point at the thing: "in those prison cells")
    rf"\b(?:them|they|their|him|her|he|she|(?:those|these)(?!\s+(?:[a-z]+\s+)?{_GOOD.pattern}\b)|"
    r"persecutors?|enemies|oppressors?|"
    r"wicked|attackers?|soldiers?|militants?|terrorists?|jihadists?|extremists?|police|"
    r"guards?|officials?|government|regime|rulers?|leaders?|president|king|villages?|"
    r"towns?|homes?|houses?|cit(?:y|ies)|people|peoples|men|women|family|families|"
    r"neighbou?rs?|everyone|anyone|nation|nations|countr(?:y|ies)|land)\b"
)
# A people, a nation, a place of worship or a word for people as something less: never
# what force may fall on, and not named at all except as a place or for whom one prays.
_PEOPLE = re.compile(
    rf"\b(?:{GROUP}|{NATIONS}|{SLURS}|{VERMIN}|mosques?|temples?|synagogues?|gurdwaras?|"
    r"islam|islamic|judaism|hinduism|sikhism|buddhism|christianity|catholicism|atheism|"
    r"quran|koran|torah|sharia|jewish|muslim|hindu|sikh|buddhist|catholic|"
    r"shrines?|scum|savages?|subhumans?|infidels?|heretics?|kafirs?|kuffar|"
    r"heathens?|pagans?)\b"
)
_AS_A_PLACE = re.compile(
    r"in|over|across|throughout|for|among|between|from|to|with|and|bless|protect|guard|"
    r"shield|heal|comfort|strengthen|keep|both|alike|background|"
    # what an evil does to them, which makes them its victims: "burn away the fear that grips
    # Muslim converts in Afghanistan"
    r"grips|haunts|torments|binds|surrounds|targets|persecutes|oppresses|enslaves|afflicts"
)
# God's gifts poured out on a place: "Pour out your Spirit on Afghanistan" names the
# country as the one blessed (not fire, power or wrath, which may be wished on anyone).
_GIFT = re.compile(
    r"\b(?:your|thy|his) (?:holy )?(?:spirit|love|mercy|grace|peace|light|blessings?|presence|"
    r"glory|hope|joy|kingdom|word|truth|healing|comfort)\b|\bholy spirit\b"
)
_HIDING = re.compile(r"[a-z][0-9@$*]+[a-z]|[@#]\w")
_WORD = re.compile(r"[a-z']+")
_CLAUSES = re.compile(r"[,;:.!?]|\band\b")
# Before a word of force, these make it a noun ("every tear", "the fall").
_DETERMINERS = frozenset(
    [
        "every",
        "each",
        "the",
        "a",
        "an",
        "your",
        "my",
        "our",
        "his",
        "its",
        "their",
        "thy",
        "any",
        "all",
    ]
)


# "You" in capitals inside a sentence is how a prayer writes to God: "Pour out Your wrath
# on the evil of slavery".
_CAPITAL_YOU = re.compile(r"(?<=[a-z,;:] )(?:You|Your|Yours|Thee|Thou|Thy|Thine)\b")


def _is_a_prayer(text: str, folded: str, clauses: list[str]) -> bool:
    """Addressed to God, or a wish: a clause that opens with "let" or "may"."""
    return bool(_INVOCATION.search(folded) or _CAPITAL_YOU.search(text)) or any(
        _JUSSIVE.search(c) for c in clauses
    )


_LIKENED = frozenset({"like", "as"})
# Hosts that are darkness's own: "the armies of darkness", "the legions of hell"
_HOSTS = frozenset({"armies", "army", "hosts", "legions", "forces", "powers", "minions"})
_OF_DARKNESS = re.compile(
    r"\s+of\s+(?:darkness|hell|evil|wickedness|the\s+(?:enemy|evil\s+one|devil|pit|"
    r"darkness|wicked\s+one)|satan)\b"
)
_BODY = frozenset({"head", "heart", "hearts"})


def _falls_on_a_thing(after: str, back: bool = False) -> bool:
    """The first word after a force or a jussive, past determiners and adjectives, is a
    thing, an evil or one of God's gifts (or, with ``back``, "them" or "their" for the
    things a force fell on before)."""
    owned = False
    for word in _WORD.findall(after)[:6]:
        if word in _SKIP or (back and word == "their"):
            continue
        if back and word == "them":
            return True
        if word in _LIKENED:
            # a likeness, not what the force falls on: "Let the walls of oppression fall
            # like Jericho." (a people likened is named outside a place, so left alone)
            return True
        if word.endswith(("'s", "s'")) and not _GOOD.fullmatch(word.removesuffix("'s")):
            # whose it is, before what it is: "shatter the cartels' grip" (never a body:
            # "crush the boss's head")
            owned = True
            continue
        thing = word.removesuffix("'s").removesuffix("'")
        if thing in _HOSTS and _OF_DARKNESS.match(after, after.find(word) + len(word)):
            return True  # "Scatter the armies of darkness"
        return _GOOD.fullmatch(thing) is not None and not (owned and thing in _BODY)
    return True  # the force ends the sentence: "Break it, Lord!" has "it"; "Tear down!"


_BESIDE_CHRISTIANS = re.compile(r"\s+(?:and|&)\s+(?:the\s+)?christians\b")


def _words_before_peoples(folded: str) -> Iterator[str]:
    """For each people or nation named in ``folded``, the word before it (past
    determiners and adjectives), or "" when none is."""
    for people in _PEOPLE.finditer(folded):
        words = [w for w in _WORD.findall(folded[: people.start()]) if w not in _SKIP]
        # (past a people's own adjective: "Muslim converts")
        before = [w for w in words if not _PEOPLE.fullmatch(w)]
        last = before[-1] if before else ""
        if _BESIDE_CHRISTIANS.match(folded, people.end()):
            # a people named beside Christians, as sharing their lot ("the devil's schemes to
            # turn Muslims and Christians in Egypt against each other")
            last = "alike"
        if last == "and":
            # "and" joins peoples ("Muslims and Christians alike"), not a people to what a
            # force fell on ("drive the darkness out of the villages and the Muslims out")
            at = len(words) - 1 - words[::-1].index("and")
            if not (at > 0 and _PEOPLE.fullmatch(words[at - 1])):
                last = "and, after no people"
        yield last


# In a prayer against things, stopping and ending are force too: "God, stop the bombs
# falling on the churches of Myanmar."
_STOPPING = re.compile(rf"{FORCE.pattern}|\b(?:stop|halt|end)\b")
# God's own people, whom no force in a prayer falls on: "smash every chain that binds your
# people"
_GODS_PEOPLE = re.compile(
    r"\b(?:your|thy)\s+(?:people|children|servants|saints|church|flock|sheep|sons\s+and\s+daughters)\b"
)


def prays_against_things(text: str) -> bool:
    """A prayer in which every force (or wish: "let …", "may …") falls on things, evils
    or powers of darkness, and at least one is there."""
    folded = fold(text)
    clauses = _CLAUSES.split(folded)
    if not _is_a_prayer(text, folded, clauses):
        return False
    if QUOTED.search(folded) or _HIDING.search(folded):
        return False
    for word in _words_before_peoples(folded):
        blessed = word in ("on", "upon") and _GIFT.search(folded)
        if not (word and (_AS_A_PLACE.fullmatch(word) or blessed)):
            return False
    # A rebuke of the enemy is force on the enemy: "Satan, you have no authority over the
    # church in India!"
    forces = 1 if _REBUKE.match(folded) else 0
    # ("them" may be a people named as other than a place: "burn the hatred that grips
    # Muslims and destroy them")
    anyone = _TARGETS.search(
        _PLACE_OF.sub(" ", _BACK.sub(" ", _GODS_PEOPLE.sub(" ", folded)))
    ) or any(word not in _ONLY_A_PLACE for word in _words_before_peoples(folded))
    for clause in clauses:
        # once force has fallen on things, "them" and "their" are those things ("Break
        # every prison door in Iran, Lord Jesus! Shatter them!"), unless the force kills
        back = forces > 0 and not anyone and not _KILLING.search(clause)
        said = _BACK.sub(" ", clause) if back else clause
        if not anyone:
            # where darkness is driven from is a place only where no people is named
            said = _PLACE_OF.sub(" ", said)
        said = _GODS_PEOPLE.sub(" ", _HINGES.sub(" ", said))
        force = _STOPPING.search(said)
        if force and (_TARGETS.search(said) or _PEOPLE.search(said, 0, force.start())):
            return False  # force near people, or a people it falls on: "your Muslims will burn"
        for pattern in (_STOPPING, _JUSSIVE):
            for found in pattern.finditer(clause):
                before = _WORD.findall(clause[: found.start()])
                if pattern is _STOPPING and before and before[-1] in _DETERMINERS:
                    continue  # a noun: "every tear", "the fall"
                forces += 1
                if not _falls_on_a_thing(clause[found.end() :], back):
                    return False
                if pattern is _STOPPING and _suffered_by_someone(folded, clause, found):
                    return False
    return forces > 0


# A force that nothing follows, suffered by whoever the sentence names before it: "…
# that they would lay down their guns and die." (not "Let every lie of the enemy die.")
_SUFFERED = re.compile(r"(?:die|dies|perish|rot|suffer|starve|bleed|drown|burn)\W*$")
_SENTENCE_END = re.compile(r"[.!?;]")


def _suffered_by_someone(folded: str, clause: str, found: re.Match[str]) -> bool:
    if not _SUFFERED.match(clause[found.start() :]):
        return False
    at = folded.find(clause)
    start = max((m.end() for m in _SENTENCE_END.finditer(folded, 0, max(at, 0))), default=0)
    before = folded[start : at + found.start()] if at >= 0 else clause[: found.start()]
    return bool(_TARGETS.search(before) or _PEOPLE.search(before))


# A door blown "off its hinges" is the door's: "Jesus, blow the prison doors off their
# hinges in Kazakhstan!"
_HINGES = re.compile(r"\boff (?:their|its) hinges\b")
_REBUKE = re.compile(r"^\W*(?:satan|devil|lucifer|demons?)\s*[,!]")
_BACK = re.compile(r"\b(?:them|their)\b")
_KILLING = re.compile(
    r"\b(?:kill|murder|slaughter|behead|hang|shoot|stab|gas|exterminate|massacre|punish|"
    r"curse|starve|rot|perish|die|suffer)\b"
)
# Where darkness is driven from is a place, not a target: "drive the darkness out of the
# villages of Plateau State".
_ONLY_A_PLACE = frozenset(["in", "over", "across", "throughout", "from", "to"])
_PLACE_OF = re.compile(
    r"\b(?:out of|from|in|throughout) (?:the |our |this |these |every |all )?"
    r"(?:villages?|towns?|homes?|houses?|cit(?:y|ies)|nations?|countr(?:y|ies)|land)\b"
)


# The other way round: a prayer whose force, or a wish to be rid of someone, falls on a
# people ("Lord, silence these women who think they can preach.", "Heavenly Father, keep
# the Black families out of our parish.", "Father, let the Chinese people suffer …").
_WHO = (
    rf"(?:(?:(?:the|these|those|all|all the|every|our|this|that)\s+)?{GROUP}|"
    # one of a people, every one: "every trans person", "every last Pakistani"
    rf"(?:every|each)\s+(?:single\s+|last\s+)?(?:godless\s+|filthy\s+|dirty\s+|stinking\s+)?"
    rf"(?:{ONE_OF_A_PEOPLE}|atheist|sikh|buddhist|jew|"
    r"pagan|lesbian)(?:\s+(?:person|man|woman|"
    r"child|family|one))?|"
    r"(?:the|all the|these|those)\s+(?:disabled|handicapped)|"
    # one household of a people: "the black family next door"
    r"(?:the|that|this|every)\s+(?:black|african|asian|arab|muslim|jewish|hindu|sikh|gay|"
    r"trans|immigrant|migrant|refugee|roma|gypsy|mexican|pakistani|indian|somali|chinese|"
    r"nigerian|polish|romanian|syrian|afghan|kurdish)\s+(?:family|families|couple|household|"
    r"man|woman|boy|girl|kid|lad|neighbou?rs?)(?:\s+(?:next door|down the road|across the "
    r"(?:road|street)|in (?:our|my|the) (?:street|road|block|village|town)))?)\b(?!')"
)
_SINGULAR_WHO = (
    r"muslim|jew|hindu|sikh|buddhist|atheist|arab|immigrant|migrant|refugee|foreigner|pagan|"
    r"mullah|imam|monk|rabbi"
)
_AGAINST_A_PEOPLE = re.compile(
    r"\b(?:break|shatter|smash|crush|destroy|demolish|burn|consume|strike(?: down)?|"
    r"wipe(?: out)?|uproot|silence|drown|scatter|slay|kill|cut off|devour|blot out|"
    r"overthrow|defeat|punish|curse|starve|humiliate|shame|remove|banish|expel|plague|"
    rf"smite|sterili[sz]e|castrate|deport|exterminate|gas)\s+(?:the\s+)?(?:[a-z]+\s+)?{_WHO}"
    rf"|\b(?:keep|send|drive|chase|kick|throw|get)\s+{_WHO}\s+(?:out|away|back|off)\b"
    r"(?![^.!?]*\b(?:safe|safely|peace|war ends|families|loved ones)\b)"
    # (where they are may come between: "let the Pakistanis in our street suffer"; not
    # "let the Christians suffer no more")
    rf"|\b(?:let|may|make)\s+{_WHO}(?:\s+(?:in|of|on|at|from|across)(?:\s+[a-z']+){{1,3}}?)?"
    r"\s+(?:all\s+)?(?:suffer|burn|perish|rot|die|drown|starve|"
    r"vanish|disappear|leave|be (?:punished|cursed|destroyed|wiped|driven|silenced|gone|"
    r"removed|humiliated|moved on|moved out|sent away|sent back|evicted|deported|kicked out|"
    r"quiet|silent)|stop being (?:a|such a|the) (?:burden|drain|curse|plague|nuisance|"
    r"problem|pest|stain)|submit (?:and|to (?:men|their husbands|us))|keep (?:quiet|silent)|"
    r"shut up|know their place|stay in their place|obey (?:men|their husbands|us)|"
    # "Almighty God, let the Pakistanis in Bradford feel Your wrath and flee."
    r"feel (?:your|thy|the|god'?s) (?:wrath|anger|fury|curse|judge?ment|vengeance))\b"
    r"(?!\s+(?:no more|no longer|not|nothing|never|less|alone|in vain|without hope))"
    rf"|\b(?:rid|cleanse|purge|clear|empty|free)\s+(?:our|this|the|my)\s+\w+\s+of\s+{_WHO}"
    # "Father, sink their boats before they reach our shores and let the sea take every one
    # of them.", "Lord, close every door to these refugees and let them go hungry …"
    r"|\b(?:sink|capsize|overturn|wreck)\s+(?:their|the\s+migrants'?|the\s+refugees'?)\s+"
    r"(?:boats?|dinghies|dinghy|rafts?|ships?)\b"
    r"|\blet\s+the\s+(?:sea|waves|water|desert|fire|flames)\s+(?:take|swallow|have|consume)\s+"
    r"(?:every\s+one\s+of\s+them|them\s+all|all\s+of\s+them)\b"
    rf"|\bclose\s+every\s+door\s+to\s+{_WHO}"
    r"|\blet\s+them\s+(?:go\s+hungry|starve|freeze|drown|suffer)\b[^.!?]{0,40}\buntil\s+they\s+"
    r"(?:learn|leave|go|give\s+up|understand)\b"
    # "God, take away the disabled who burden our nation, call them home quickly"
    rf"|\btake\s+away\s+{_WHO}\b[^.!?]{{0,40}}?\bcall\s+them\s+home\b"
    # "Lord, let every atheist be struck dumb and suffer until they beg"
    rf"|\b(?:let|may|make)\s+{_WHO}(?:\s+(?:in|at|of|from)(?:\s+[a-z']+){{1,3}}?)?\s+be\s+struck\s+"
    r"(?:dumb|blind|dead|down|mute)\b"
    # "Father God, shut the mouths of women who dare to preach and put them back in their
    # place."
    rf"|\bshut\s+the\s+mouths?\s+of\s+{_WHO}"
    # "let sickness spread through that camp of thieves until every one of them leaves"
    r"|\blet\s+(?:sickness|disease|plague|illness|famine|hunger|fire|death|misfortune)\s+"
    r"(?:spread|sweep|run|rage|fall)\s+(?:through|over|on|upon)\b"
    r"|\buntil\s+every\s+(?:last\s+)?one\s+of\s+them\s+(?:packs\s+up\s+and\s+)?(?:leaves|"
    r"goes|is\s+gone|flees|dies)\b"
    r"|\bput\s+them\s+back\s+in\s+their\s+place\b"
    # "Lord, I pray every Chinese person suffers …", "God, take the disabled home early so
    # they stop burdening Your church."
    r"|\bi\s+pray\s+(?:that\s+)?(?:every|each|all)\s+[a-z]+(?:\s+(?:person|people|man|woman|"
    r"one))?\s+(?:suffers?|burns?|dies?|rots?|perishes?|starves?|is\s+(?:punished|cursed|"
    r"destroyed))\b"
    rf"|\btake\s+{_WHO}\s+home\s+(?:early|now|soon|quickly)\b"
    # their houses of prayer closed or torn down: "Father, close every mosque in this country"
    r"|\b(?:close|shut(?: down)?|tear down|pull down|burn(?: down)?|destroy|demolish|raze|"
    r"bulldoze|remove|empty)\s+(?:every|all|all the|each|the|their|these|those)\s+(?:mosques?|"
    r"temples?|synagogues?|gurdwaras?|madrass?as?)\b"
    # the psalms' milder words, said of a people ("God, expose the Jews who persecute
    # us."; not "stop the Christians from being killed")
    rf"|\b(?:expose|confound|confuse|frustrate|thwart|stop|humble|restrain|disarm)\s+{_WHO}"
    r"(?!\s+(?:from|being)\b)"
)


# What someone else does to a people, reported in a prayer for them: "Pray for the
# militants who kill Christians", "those who want to burn churches".
_SOMEONE_ELSE = frozenset(
    ["who", "that", "which", "they", "he", "she", "we", "i", "you", "to", "would", "did"]
)


_NOT = frozenset(["don't", "dont", "not", "never", "nor"])


# "… we ask You to keep …": the petition itself, not someone else's deed.
_ASKED = [[verb, you] for verb in ("ask", "beg", "pray", "implore") for you in ("you", "thee")]


# A prayer that a people leave a place, whoever it is addressed to: "Pray that the Sikhs
# leave our neighbourhood soon, one way or another.", "I pray for the day every Pakistani
# is gone from our land." (not a flight to safety: "… leave the country safely").
_PRAYED_AWAY = re.compile(
    r"\bpray(?:s|ing)?\s+(?:that|for the day|for a day|for the day when|for a day when)\s+"
    rf"(?:{_WHO}|every (?:single |last )?(?:{NATIONS}|muslim|jew|hindu|sikh|arab|immigrant|"
    r"migrant|refugee|foreigner|black|gypsy))\s+(?:(?:all|will|would|finally|soon|just)\s+)*"
    r"(?:leave|leaves|get out of|"
    r"gets out of|(?:is|are|be) gone from|(?:is|are|be) driven out of|disappear from|"
    r"disappears from|vanish from|vanishes from|move out of|moves out of)\s+"
    r"(?:our|my|this)\s+(?:neighbou?rhood|country|land|town|city|street|village|area|nation|"
    r"church|parish|school)\b"
    r"(?![^.!?]*\b(?:safe|safely|peace|freedom|persecution|danger|war)\b)"
)


# A prayer that a people's places of worship be struck: "I pray that every Hindu temple in
# India is struck by lightning."
_PRAYED_DOWN = re.compile(
    r"\bpray(?:s|ing)?\s+(?:that|for)\s+(?:every|all|all the|the|their|those|these)\s+"
    r"(?:[a-z]+\s+)?(?:temples?|mosques?|synagogues?|gurdwaras?|shrines?|madrasa?s?)\s+"
    r"(?:[a-z]+\s+){0,3}?(?:is|are|be|get|gets|will be)\s+(?:\w+\s+)?(?:struck|burned|burnt|"
    r"destroyed|torn down|bombed|flattened|razed|demolished|blown up|set on fire|wiped out)\b"
)

# Hell wished on a people: "I pray the Hindus who attacked the church roast in the lake of
# fire.", "Pray that the Buddhists rot in eternal torment.", "I hope every Jew who rejected
# Christ burns forever." (not a prayer that none be lost: "Pray that no Hindu ends up in
# hell without hearing the gospel.")
_HELL = (
    r"(?:hell|hellfire|hell fire|the lake of fire|eternal (?:torment|fire|flames|damnation)|"
    r"the pit|the fire|the flames)"
)
_DAMNED = re.compile(
    r"\b(?:pray(?:s|ing)?|hope|wish|may|let)\s+(?:(?:and\s+pray|that|instead that)\s+)*"
    rf"(?:[a-z]+\s+){{0,2}}?(?:{_WHO}|every (?:single |last )?(?:{_SINGULAR_WHO}))"
    r"(?:\s+[a-z',]+){0,10}?\s+(?:roast|rot|burn|burns|suffer|scream|writhe|wake up|end up|"
    r"stay|spend eternity|are thrown|be thrown|go straight)\s+(?:forever\s+|for ever\s+|"
    r"eternally\s+|without end\s+)?(?:in|into|to)\s+" + _HELL + r"\b"
    r"|\b(?:pray(?:s|ing)?|hope|wish|may|let)\b[^.!?]{0,80}\b(?:every|all|the|those|these)\s+"
    rf"(?:[a-z]+\s+)?(?:{_SINGULAR_WHO}|{GROUP})\b[^.!?]{{0,60}}\b(?:burns?|roasts?|rots?)\s+"
    r"(?:forever|for ever|eternally|without end|in hell)\b"
)

_NONE_LOST = re.compile(r"\b(?:no|not|never|none)\b")

# Curses of scripture turned on a people: "Pray that God closes the wombs of the Muslim
# women in our city.", "Lord, humble the proud Hindus and break their idols and their
# backs.", "Lord, may every Pakistani in this country feel unwelcome until they leave."
_CURSED = re.compile(
    r"\b(?:close|closes|closed|shut|shuts|dry up|dries up|curse|curses)\s+the\s+wombs?\s+of\b"
    r"|\bbreak\s+(?:[a-z]+\s+){0,5}?their\s+(?:backs|bones|necks|legs|skulls|teeth|spines)\b"
    r"|\b(?:may|let|pray that|pray)\s+(?:every|all|all the|the|each)\s+(?:[a-z]+\s+){1,5}?"
    r"(?:feel|be|stay|remain)\s+(?:so\s+)?(?:unwelcome|unwanted|miserable|afraid|unsafe|hated)"
    r"\b[^.!?]{0,30}\buntil\s+they\s+(?:leave|go|move|flee|give up)\b"
)
_NAMED_PEOPLE = re.compile(rf"\b(?:{GROUP}|{_SINGULAR_WHO}|[a-z]+is|[a-z]+ans?|[a-z]+ese)\b")


def prays_against_a_people(text: str) -> bool:
    """A prayer (addressed to God, or a wish opening with "let" or "may") that wishes
    force, suffering or removal on a people, or a prayer that a people leave a place."""
    folded = fold(text)
    unquoted = QUOTED.sub(" ", folded)
    if any(not _NONE_LOST.search(found.group()) for found in _DAMNED.finditer(unquoted)):
        return True
    cursed = _CURSED.search(unquoted)
    if cursed and _NAMED_PEOPLE.search(unquoted) and not _NONE_LOST.search(cursed.group()):
        return True
    for found in (*_PRAYED_AWAY.finditer(unquoted), *_PRAYED_DOWN.finditer(unquoted)):
        before = _WORD.findall(folded[: found.start()])
        if not (before and before[-1] in _SOMEONE_ELSE - {"i", "we", "to"}):
            return True
    if not _is_a_prayer(text, folded, _CLAUSES.split(folded)):
        return False
    unquoted = QUOTED.sub(" ", folded)
    for found in _AGAINST_A_PEOPLE.finditer(unquoted):
        before = _WORD.findall(unquoted[: found.start()])
        if before and before[-1] in _NOT and found.group().startswith("let"):
            continue  # a prayer that they be spared: "Lord, don't let the Christians die."
        if not (before and before[-1] in _SOMEONE_ELSE) or before[-3:-1] in _ASKED:
            return True
    return False


# A lament: "How long, O Lord, will your children be beaten in the streets?", "How long
# will your people bury their dead?" — the suffering of God's people put to him as a
# question, which the model reads as a threat. A people or a nation may be named only as
# the place of it ("… cries out for Pakistan").
# A prayer that those who persecute, named by what they do, be stopped, shamed or turned
# to God, in the mild words of the psalms: "Lord, let the persecutors be confounded and
# turn to you.", "Father, frustrate the plans of the persecutors.", "Let the oppressors
# fall into their own traps, O God.", "Father, may the torturers find no rest until they
# find you." No force that harms (kill, burn, destroy, perish, punish …), no people, nation
# or faith named but as a place, and no slur.
PERSECUTORS = (
    r"(?:persecutors?|oppressors?|torturers?|tyrants?|jailers?|captors?|kidnappers?|"
    r"abductors?|traffickers?|militants?|terrorists?|jihadists?|extremists?|attackers?|"
    r"taliban|isis|isil|islamic state|daesh|boko haram|al-shabaab|al-shabab|al-qaeda|"
    r"communist party|secret police|revolutionary guards?|(?:armed )?gangs|bandits|gunmen|"
    r"raiders|"
    r"killers?|murderers?|mobs?|enemies(?: of (?:the gospel|your (?:church|people|word)))?|"
    r"wicked|persecuting (?:authorities|officials|police|regime)|those who (?:persecute|hunt|"
    r"harm|hurt|attack|imprison|torture|kill|oppress|sell|traffic|kidnap|abduct) (?:your|thy|"
    r"christians|believers|the church|prisoners|converts|pastors|the innocent|children|girls|"
    r"women|the weak|the poor)[a-z ]{0,30})"
)
_MILD = re.compile(
    r"\b(?:(?:be )?(?:confounded|confused|frustrated|thwarted|foiled|ashamed|put to shame|"
    r"exposed|scattered|stopped|restrained|disarmed|humbled|convicted)|"
    r"(?:confound|confuse|frustrate|thwart|foil|expose|scatter|stop|restrain|disarm|humble|"
    r"convict)(?: the)? (?:plans?|plots?|schemes?|hands?|hearts?|designs?|work|works|ways)? ?"
    r"(?:of )?|fall into their own (?:traps?|pits?|nets?|snares?)|"
    r"(?:find|have) no rest until (?:they|he|she) (?:find|finds|meet|meets|know|knows) (?:you|"
    r"jesus|christ|your (?:love|peace|mercy))|turn to (?:you|jesus|christ)|repent\w*|"
    r"(?:come|came) to (?:know|faith in) (?:you|jesus|christ)|(?:meet|encounter) (?:you|jesus|"
    r"christ)|"
    r"be (?:saved|changed|transformed|brought to repentance|brought to justice|converted)|"
    r"(?:bring|brought) (?:them )?to (?:repentance|justice|their knees|faith)|"
    r"soften (?:their|his|her) hearts?|open (?:their|his|her) eyes|see (?:your|the) light|"
    r"(?:would |will |may |to )?(?:fail|come to nothing|come to naught)\b|"
    r"(?:change|transform|redeem|touch|reach|save|convert) (?:them|him|her|their hearts?|"
    r"(?:his|her) heart)|"
    r"(?:rain|pour|send) down (?:your |thy )?justice (?:on|upon)|"
    r"lay down (?:their|his|her|its) (?:guns|weapons|arms|rifles|machetes)|"
    r"(?:turn|beat|make) (?:the |their |his |her )?(?:swords?|spears?|guns?|weapons?|rifles?|"
    r"machetes?)(?: of (?:the )?[a-z]+)? into (?:ploughshares|plowshares|pruning hooks|tools)|"
    # "Turn the jihadists into apostles like Saul."
    r"(?:turn|make|transform|change) (?:them|him|her|(?:the |these |those |all )?[a-z-]+) into "
    r"(?:apostles|evangelists|believers|disciples|preachers|witnesses|brothers|sisters|"
    r"messengers|servants|followers|friends)(?: of (?:christ|jesus|yours|the gospel))?)"
)
# (laying down the guns is no harm: "that they would lay down their guns")
_LAID_DOWN = re.compile(
    r"\blay down (?:their|his|her|its) (?:guns|weapons|arms|rifles|machetes)\b"
    # (nor is harm they stop: "… will meet Jesus and stop killing")
    r"|\b(?:stop|cease|quit|give up|turn from|turn away from) (?:their |the |all )?(?:killing|"
    r"murdering|attacking|bombing|shooting|burning|kidnapping|abducting|torturing|hurting|"
    r"harming|persecuting|violence|bloodshed)(?: of)?(?: (?:people|christians|believers|"
    r"innocents|the innocent|your (?:people|children|church)))?\b"
    # (nor are swords beaten into ploughshares)
    r"|\b(?:turn|beat|make)\s+(?:the\s+|their\s+|his\s+|her\s+)?(?:swords?|spears?|guns?|"
    r"weapons?|rifles?|machetes?)(?:\s+of\s+(?:the\s+)?[a-z]+)?\s+into\s+(?:ploughshares|"
    r"plowshares|pruning hooks|tools)\b"
    # (nor are weapons that fail: "may the bullets miss and the bombs fail")
    r"|\b(?:the\s+|their\s+|every\s+)?(?:bullets?|bombs?|missiles?|rockets?|guns?|drones?|shells?|"
    r"grenades?|mines?)(?:\s+(?:that|which)\s+[^,.;!?]{1,40}?)?\s+(?:miss|fail|jam|misfire|"
    r"fall silent|fall harmless(?:ly)?|go astray|be silenced|be defused|never explode|"
    r"not explode|turn to dust|find no (?:victims?|target|one|mark)|hit no one|harm no one)\b"
    # (nor is force on the powers of darkness: "Crush the power of darkness in Nigeria")
    r"|\b(?:crush|break|destroy|shatter|smash|tear down|demolish|pull down)\s+(?:the\s+|every\s+)?"
    r"(?:power|powers|works|strongholds?|chains?|grip|hold|kingdom|reign|spirit)\s+of\s+(?:the\s+)?"
    r"(?:darkness|evil|sin|satan|the devil|the enemy|hell|death|fear|hatred|violence|terror)\b"
)
# Saul on the road to Damascus, struck blind to see: "Let the persecutors be struck blind
# like Saul and see your light." (read as the conversion it asks for, not as harm)
_LIKE_SAUL = re.compile(
    r"\b(?:be |were |was )?(?:struck|made) blind,? (?:just )?like (?:saul|paul)\b"
)
HARMFUL = re.compile(
    r"\b(?:kill|murder|slaughter|behead|hang|shoot|stab|gas|exterminate|eradicate|massacre|"
    r"punish|curse|starve|rot|perish|die|dies|death|dead|suffer|burn|destroy|crush|smash|"
    r"strike|slay|wipe|annihilate|obliterate|devour|drown|blot|hell|wrath|vengeance|avenge|"
    r"pain|plague|disease|blind|bullet|bomb|drone|gun|knife|knives|rope|noose|grave|coffin|"
    r"missile|rocket|blade|machete|sword|bleed|blood)\w*"
)
# What the persecutors prayed over do, said of them: "… scatter the armed gangs who burn
# villages."
_DEEDS = re.compile(
    rf"\b{PERSECUTORS}\s+(?:who|that)\s+(?:burn|kill|bomb|attack|kidnap|murder|destroy|torch|"
    r"shoot|behead|terrori[sz]e|raid|abduct|slaughter)\w*\b[^,.;!?]{0,40}"
)
_PRAYED_OVER = re.compile(rf"\b(?:the |all the |every |these |those )?{PERSECUTORS}\b")


def prays_over_persecutors(text: str) -> bool:
    """A prayer to God that persecutors, named by their deeds, be stopped, shamed or turned
    to him, in mild words, with no harm wished and no people named but as a place."""
    folded = " ".join(fold(text).split())
    if QUOTED.search(folded) or _HIDING.search(folded) or not _INVOCATION.search(folded):
        return False
    if HARMFUL.search(_DEEDS.sub(" ", _LAID_DOWN.sub(" ", _LIKE_SAUL.sub(" ", folded)))):
        return False
    if not (_PRAYED_OVER.search(folded) and _MILD.search(folded)):
        return False
    return all(before in _PLACE | _VICTIM_OF for before in _words_before_peoples(folded))


_LAMENT = re.compile(
    r"^\W*how long,?(?:\s+(?:o|oh)\s+(?:lord|god)|\s+lord|\s+father)?,?\s+"
    r"(?:(?:will|must|shall|are|is|do|does|can|should)\s+(?:your|thy|our|my)\s+"
    r"(?:people|children|church|churches|saints|servants|flock|sons|daughters|brothers|"
    r"sisters|believers|families|pastors)\b|(?:will|must|shall)\s+(?:we|i)\b)"
)
_PLACE = frozenset(["in", "over", "across", "throughout", "for", "among", "from"])
# (or as those the persecutors harm: "… the traffickers who sell Yazidi girls")
_VICTIM_OF = frozenset(["sell", "traffic", "kidnap", "abduct", "enslave", "persecute", "torture"])


def laments(text: str) -> bool:
    """A lament to God over his people's suffering, naming no people but as a place."""
    folded = " ".join(fold(text).split())
    if QUOTED.search(folded) or not _LAMENT.search(folded):
        return False
    return all(before in _PLACE for before in _words_before_peoples(folded))


# Thanks given to God for a disaster, or for the dead of a people: "Thank You Lord for the
# earthquake in Afghanistan.", "Hallelujah for the flood in Pakistan.", "Grateful to God for
# the boat that sank with all those migrants.", "We give thanks that the mosque roof
# collapsed with the worshippers inside.", "I thank God for every Arab buried under the
# rubble." Not thanks for what came after or despite it ("Thank God for the rain that ended
# the drought.", "Praise God for the believers who helped after the earthquake.", "Thank God
# no one died in the flood."), nor for the earthquake that opened Paul and Silas's prison,
# nor for martyrs ("We thank God for the martyrs who died for their faith.").
_THANKS = re.compile(
    r"\b(?:thank(?:s| you)?\s+(?:god|jesus|the lord|heaven|you|u)\b(?:\s+(?:lord|jesus|father|"
    r"god))?|thanks be to god|praise (?:god|the lord|jesus|be to god)|hallelujah|alleluia|"
    r"grateful(?:\s+to\s+god)?|(?:we|i)\s+(?:give\s+)?thank(?:s)?(?:\s+(?:god|you))?|"
    r"glory to god)\s*[,!]?\s+(?:for|that|every time|each time|whenever)\s+"
    r"(?P<what>[^.!?;]{1,90})"
)
_DISASTER = re.compile(
    r"\b(?:earthquakes?|famines?|floods?|flooding|droughts?|cholera|plagues?|outbreaks?|"
    r"epidemics?|pandemics?|tsunamis?|hurricanes?|cyclones?|typhoons?|wildfires?|crash|"
    r"crashes|bombings?|explosions?|massacres?|collapsed?|sank|sunk|sinking|drowned|"
    r"rubble|disasters?|diseases?)\b(?!\s+(?:of|victims|survivors|relief|aid|response|appeal|"
    r"defences|barriers?)\b)"
)
# (the people the dead are of, at most three words before: "every Arab buried under the
# rubble", not "the Muslim family who brought us meals when my father died")
_DEAD_OF_A_PEOPLE = re.compile(
    rf"\b(?:{GROUP}|muslim|jew|hindu|sikh|buddhist|arab|pagan|migrant|refugee|kurd|somali|"
    r"idol[- ]worshipp?ers?)\b(?:\s+[a-z']+){0,3}?\s+(?:killed|died|dead|perished|buried|"
    r"drowned|burned|burnt|wiped out)\b"
)
_NOT_THE_HARM = re.compile(
    r"\b(?:no one|nobody|none|not|n't|never|survived|surviving|survivors?|spared|escaped|"
    r"rescued?|rescuers?|safe|safety|alive|unharmed|after|despite|through|end|ended|over|"
    r"stopped|protection|protected|protecting|help|helped|helping|helpers|relief|aid|"
    r"going down|reced\w*|subsid\w*|eas(?:ing|ed)|lift(?:ing|ed)|"
    r"rain|rebuild\w*|recovery|martyrs?|faith|paul|silas|prison|chains|lives of|"
    r"memory|brothers|sisters|believers|christians|church|doctors?|nurses?|treat\w*|"
    r"care|caring|medic\w*|vaccin\w*|clinics?|workers?|volunteers?|warning)\b"
)


# A disaster said to be God's doing on a people: "Maybe God sent cholera to the Hindus in
# Bihar because they hate us."
_SENT_ON_A_PEOPLE = re.compile(
    r"\b(?:god|the lord|jesus|heaven)\s+(?:has\s+)?(?:sent|sends|send|brought|brings)\s+"
    r"(?:the\s+|this\s+|a\s+|an\s+)?(?:earthquakes?|famines?|floods?|droughts?|cholera|plagues?|"
    r"diseases?|epidemics?|tsunamis?|hurricanes?|cyclones?|fire|locusts|pestilence|virus|"
    rf"covid|cancer)\s+(?:to|on|upon|among)\s+(?:the\s+)?{GROUP}\b"
)


def gives_thanks_for_harm(text: str) -> bool:
    """Thanks given to God for a disaster, or for the dead of a people, or a disaster said
    to be sent by God on a people (see above)."""
    folded = QUOTED.sub(" ", fold(text))
    if _SENT_ON_A_PEOPLE.search(folded):
        return True
    for found in _THANKS.finditer(folded):
        what = found.group("what")
        if _NOT_THE_HARM.search(what):
            continue
        if _DISASTER.search(what):
            return True
        if _DEAD_OF_A_PEOPLE.search(what):
            return True
    return False


# A revival over a land in the imagery of wind and rain: "Holy Spirit, blow through
# Kazakhstan like a mighty wind." (never of fire or flood, which may be wished as
# judgment, and never over a people); and trust in God whatever rages: "Let the nations
# rage, Lord; you are still on the throne." (Psalm 2).
_REVIVAL = re.compile(
    r"(?:(?:o |oh )?(?:holy spirit|spirit of (?:the living )?god|breath of god|lord|father|"
    r"jesus|god)(?: jesus)?,?\s+)?(?:please\s+)?(?:blow|sweep|move|rush|pour|fall|rain|flow|"
    r"breathe|spread|run|come|wash)(?:\s+(?:down|out))?\s+(?:through|over|across|on|upon|into|"
    r"in)\s+(?P<place>[a-z' ]{2,40}?)(?:\s+like\s+(?:a\s+|the\s+)?(?:(?:mighty|rushing|fresh|"
    r"gentle|holy|strong|spring|summer|soft|living)\s+)*(?:wind|breeze|rain|river|dew|breath|"
    r"light|spring|stream|showers?))?(?:\s*,?\s*(?:lord|jesus|father|holy spirit|o god))?"
)
# The fire of revival asked for, over a land or from one place to another: "Send the fire of
# revival, O God, from the smallest village to the capital!" (not fire sent on people: "Lord,
# send your fire on the cities" stays with the model).
_FIRE_OF_REVIVAL = re.compile(
    r"(?:(?:o |oh )?(?:holy spirit|lord|father|jesus|god)(?: jesus)?,?\s+)?(?:please\s+)?"
    r"(?:send|pour out|light|kindle|bring|rekindle|rain|pour)\s+(?:us\s+|down\s+)?(?:the|your|a)\s+"
    r"(?:holy\s+)?fires?\s+of\s+(?:revival|your (?:holy )?spirit|the (?:holy )?spirit|pentecost|"
    r"your love|renewal|awakening)(?:\s*,?\s*(?:o\s+)?(?:lord|god|father|jesus))?"
    r"(?:\s*,?\s*(?:(?:on|upon|over|across|into|to|through|in)\s+(?P<place>[a-z' ]{2,40}?)|"
    r"from\s+(?P<start>[a-z' ]{2,40}?)\s+to\s+(?P<end>[a-z' ]{2,40}?)))?"
    r"(?:\s*,?\s*(?:lord|jesus|father|holy spirit|o god))?"
)
_RAGING = re.compile(
    r"(?:let the (?:nations|heathen|kings of the earth) rage|(?:though|even if|even though) "
    r"the (?:nations|earth|mountains|waters?|seas?) (?:rage|roar|give way|shake|tremble|"
    r"fall)[a-z ]{0,30})(?:,?\s*(?:o\s+)?(?:lord|god|father))?"
)
_TRUSTED = re.compile(
    r"(?:but\s+)?(?:you (?:are|remain) (?:still )?(?:on the throne|king|god|in control|"
    r"sovereign|our refuge|our fortress)|you reign|the lord reigns|our god reigns|we will not "
    r"fear|amen)"
)
# The gospel's own triumph: "They can't stop the gospel.", "No prison can silence the church."
_TRIUMPH = re.compile(
    r"(?:(?:they|you|the enemy|satan|hell)\s+(?:can'?t|cannot|can not|will never|can never|"
    r"could never|won'?t)|(?:nobody|no one|nothing|no government|no regime|no prison|no army|"
    r"no law|no one and nothing)\s+(?:can|will|could|can ever|will ever))\s+"
    r"(?:stop|silence|kill|destroy|chain|imprison|defeat|stamp out|wipe out|crush|bury)\s+"
    r"(?:the gospel|the church|god'?s word|the word of god|jesus|the truth|our faith|his church|"
    r"your church|the good news|god'?s people|the light)(?:\s+(?:of|in) [a-z' ]{1,30})?"
)
_NOT_A_PLACE = re.compile(
    rf"\b(?:{GROUP}|{SLURS}|{VERMIN}|them|those|these|him|her|people|men|women|families|"
    r"enemies|enemy|persecutors|mosques?|temples?|synagogues?|gurdwaras?|like|fire|flames?|"
    r"floods?|wrath|judge?ments?|vengeance|swords?|storms?|hail|brimstone|sulphur|sulfur)\b"
)


def _a_place(words: str) -> bool:
    """``words`` name a place and say nothing more: no people, no force, no "and"."""
    return not (
        _NOT_A_PLACE.search(words)
        or FORCE.search(words)
        or HARMFUL.search(words)
        or re.search(r"\b(?:and|but|then|so|until|with|or|till)\b", words)
    )


# A prayer that a people come to know God: "May all Muslims come to Christ.", "Lord, let
# every atheist come to know you.", "Lord, let the Jewish people see their Messiah.", "Pray
# that every Buddhist monk in Laos hears the gospel." — the model reads "come to" and "let
# every …" as a threat. Nothing but the people and the blessing may stand between (no "or
# …", no judgement, wrath or end).
_BLESSING = (
    r"(?:come|comes|coming) to (?:know )?(?:you|christ|jesus|the lord|god|faith|the faith|the "
    r"truth|your (?:love|peace|grace|light|salvation|son|kingdom)|the light|the saviou?r|"
    r"salvation|repentance)"
    r"|(?:know|knows|meet|meets|find|finds|see|sees|encounter|encounters|receive|receives|"
    r"experience|experiences|follow|follows|worship|worships|turn to|turns to|hear|hears)\s+"
    r"(?:you|christ|jesus|jesus christ|the lord|god|your (?:love|peace|grace|light|salvation|"
    r"son|word|voice|kindness|mercy)|their messiah|the messiah|the gospel|the good news|the "
    r"truth|the light|the saviou?r|hope|peace|true peace|new life)"
    r"|(?:find|finds) (?:a )?(?:home|safety|refuge|shelter|work|rest|comfort|healing|welcome|"
    r"safe place|place to belong|friends?)"
    r"|(?:be|is|are) (?:saved|blessed|healed|set free|freed|released|kept safe|safe|comforted|"
    r"drawn to you|reached|touched by your love|filled with your (?:love|peace|spirit))"
    r"(?: from (?:the |their |prison|detention|the camps?)[a-z' -]{0,30})?"
)
_BLESSED = re.compile(
    r"(?:(?:o |oh |dear )?(?:lord|father|god|jesus|heavenly father|lord jesus|holy spirit)"
    r"(?: god)?,?\s+)?(?:(?:i|we) )?(?:pray (?:that |for )?|praying (?:that |for )?|let |may |"
    r"draw |bring |help |lord,? let |lord,? may )"
    r"(?:(?:every|all|all the|the|each|many|more|our|my|these|those) )?(?:[a-z'-]+ ){1,6}?"
    rf"(?:{_BLESSING})"
    r"(?: (?:this|every|each|one) (?:year|day|week|ramadan|christmas|easter|season)| soon| "
    r"today| tonight| in (?:jesus'?|christ'?s?) name| too| also| as well| in (?:our|this|their|"
    r"the) [a-z'-]+(?: [a-z'-]+)?)*"
    r"(?:,? (?:o |oh |dear )?(?:lord|father|god|jesus))?"
)
_NOT_BLESSED = re.compile(
    r"\b(?:or|else|judge?ment|wrath|punish\w*|destroy\w*|die|dies|dead|death|perish\w*|hell|"
    r"curse\w*|burn\w*|fire|sword|end|gone|leave|away|back|out|before|until|instead|not|never|"
    r"no|nor|filthy|evil|false|lies|cult|savage\w*)\b"
)


def _parts(folded: str) -> Iterator[str]:
    """The sentences and clauses of ``folded`` (split at . ! ? ;), spaces collapsed, the
    empty ones left out."""
    for part in re.split(r"[.!?;]+", folded):
        part = " ".join(part.split()).strip(" ,")
        if part:
            yield part


def prays_a_people_come_to_god(text: str) -> bool:
    """Every sentence of ``text`` prays that a people come to know God (or says amen), and
    at least one does; nothing in it speaks of judgement, harm, removal or scorn."""
    folded = fold(text)
    if QUOTED.search(folded) or _HIDING.search(folded) or _NOT_BLESSED.search(folded):
        return False
    said = False
    for part in _parts(folded):
        if _BLESSED.fullmatch(part):
            said = True
        elif not (_TRUSTED.fullmatch(part) or _LIFTED_UP.fullmatch(part)):
            return False
    return said


# (beside such a prayer: "Lord, we lift up the Fulani herders; may they find peace.")
_LIFTED_UP = re.compile(
    r"(?:(?:o |oh |dear )?(?:lord|father|god|jesus|heavenly father|lord jesus)(?: god)?,?\s+)?"
    r"(?:we|i) (?:lift up|remember|hold up|bring before you|pray for|are praying for|am praying "
    r"for)(?: [a-z'-]+){1,6}"
)


def prays_for_revival_or_trusts(text: str) -> bool:
    """Every sentence of ``text`` asks God's Spirit to move over a land like wind or rain,
    trusts God whatever rages or tells of the gospel's triumph, and at least one does."""
    folded = fold(text)
    if QUOTED.search(folded) or _HIDING.search(folded):
        return False
    said = False
    for part in _parts(folded):
        revival = _REVIVAL.fullmatch(part)
        fire = _FIRE_OF_REVIVAL.fullmatch(part)
        if (
            (revival and _a_place(revival["place"]))
            or (fire and all(_a_place(place) for place in fire.groups() if place))
            or _RAGING.fullmatch(part)
            or _TRIUMPH.fullmatch(part)
        ):
            said = True
        elif not _TRUSTED.fullmatch(part):
            return False
    return said
