"""A prayer that tells what persecutors did and asks God's help for those they hurt,
matched as a form of words.

Walls about persecution are full of short accounts followed by a petition: "Islamic
State burned the churches of Mocimboa da Praia, but they cannot burn your Church. Build
it stronger, Jesus." (identity_attack 0.59), "Jihadists gave a Burkinabe village 72
hours to leave. Thousands walked away with nothing. Jehovah Jireh, provide." (0.53),
"Lord, rescue the teenage boys being recruited by al-Shabaab before they pick up a gun."
(threat 0.82). The contextual model reads the violence told of as violence meant.

``tells_and_prays`` is true when at least one sentence asks God, by name, for help with
the kind verbs of intercession (provide, protect, rescue, comfort, heal, rebuild …) and
keeps no one from anyone but persecutors and dangers, and every
other sentence tells what persecutors did (the persecutors named by what they are:
militants, jihadists, Islamic State, soldiers, the regime …) or what their victims
suffered, with no wish, approval or command in it. It is false where a people, a faith's
believers or their houses of prayer are named other than beside Christians
(``prayerframes.names_others``), where a petition asks for force or weapons, and where
anything is quoted, hidden behind symbols, or called vermin or a slur. The policy then
does not hold such a text on the model's identity_attack, insult or threat scores alone;
the word lists and every form of words still apply, and it never releases a rejection.
"""

from __future__ import annotations

import re

from .imagery import FORCE, HARMFUL, PERSECUTORS
from .prayerframes import names_others
from .wording import QUOTED, SLURS, VERMIN, fold, sentences

__all__ = ["tells_and_prays"]

_GOD = (
    r"(?:(?:o |oh |dear |heavenly |holy |almighty )?(?:lord(?: jesus| god)?|father(?: god)?|"
    r"jesus(?: christ)?|god|abba|jehovah(?: \w+)?|yahweh(?: \w+)?|holy spirit|king jesus))"
)
_GIFTS = (
    r"(?:courage|strength|peace|hope|comfort|faith|wisdom|rest|food|shelter|safety|endurance|"
    r"perseverance|boldness|grace|healing|freedom|justice|protection|joy|patience)"
)
_KIND = (
    r"(?:provide|protect|rescue|comfort|heal|strengthen|feed|be with|hold|guard|shield|restore|"
    r"bring (?:them|him|her) (?:back|home|out|to safety)|free|deliver|sustain|uphold|encourage|"
    r"have mercy|watch over|shelter|save|help|console|reunite|release|bind up|draw near|"
    r"stay with|supply|defend|spare|(?:re)?build (?:it|them|your church|the church)(?: up| "
    r"again| stronger)|(?:give|grant) (?:them|him|her|us|the [a-z]+) (?:[a-z]+ )?"
    rf"{_GIFTS})"
)
# A petition: an address to God and a kind verb, either way round ("Lord, rescue …",
# "Build it stronger, Jesus.", "Jehovah Jireh, provide.").
_PETITION = re.compile(
    rf"^{_GOD}\s*,?\s*(?:please\s+)?{_KIND}\b"
    rf"|^(?:please\s+)?{_KIND}\b[^.!?]*,\s*{_GOD}$"
    rf"|^{_GOD}\s*,?\s*(?:hear (?:us|our (?:cry|prayers?))|have mercy)\b"
    # a lament put to God: "Lord, how long?", "How long, O Lord?"
    rf"|^(?:{_GOD}\s*,?\s*how long|how long\s*,?\s*{_GOD})$"
)
# Kept "from" anyone but persecutors and dangers: "Lord, spare our church from the disabled
# who drain its resources." (not "… from the militants", "… from harm", "… from Boko Haram")
_FROM = re.compile(r"\bfrom\s+((?:[a-z'-]+\s*){1,4})")
_DANGER = re.compile(
    rf"\b(?:{PERSECUTORS}|harm|danger|dangers|violence|attacks?|evil|the evil one|enemy|fear|"
    r"hunger|cold|disease|sickness|illness|floods?|fire|bullets|guns|raids?|camps?|prisons?|"
    r"cells?|captivity|darkness|lies|threats?|despair|torture|trauma|nightmares|bondage|"
    r"slavery|traffickers|abuse|the streets|the rubble|the ruins|the bush|the forest|the "
    r"desert|death|gunmen|soldiers|police|the army|regime|raiders|fighters|rebels|armed men|"
    r"those who|all who|everyone who)\b"
)
_PERSECUTOR = re.compile(
    rf"^(?:the\s+|a\s+|an\s+)?(?:{PERSECUTORS}|gunmen|soldiers|police|the army|army|regime|"
    r"government|authorities|officials|communist party|the party|raiders|fighters|rebels|"
    r"armed men|masked men|men on motorbikes|kidnappers)\b"
)
# A wish, an approval or a command: a sentence with one is not a plain account.
_WISH = re.compile(
    r"\b(?:let|may|should|must|deserve\w*|hope|wish|pray|glad|good|great|finally|about time|"
    r"serves|yes|more|again|next|go|lol|haha)\b"
)
# what is wished on someone as their due: "… what they deserve", "… their payback"
_PAID_BACK = re.compile(
    r"\b(?:deserve\w*|coming to (?:them|him|her)|payback|repay|vengeance|revenge|pay|lesson|"
    r"more|again|too|as well|finish)\b"
)
# what persecutors are rescued from, or will no longer do: "… before they pick up a gun"
_BEFORE_THEY = re.compile(
    r"\bbefore (?:they|he|she) (?:pick up|take up|join|are given|are handed)\b[^.!?]*"
)
_OUT_OF_SIGHT = re.compile(rf"[a-z][0-9@$*]+[a-z]|[@#]\w|\b(?:{SLURS}|{VERMIN})\b")
# (women and girls, whom persecutors take, are named as victims: "Lord, protect the girls
# from Boko Haram.")
_VICTIMS = re.compile(r"\b(?:the |our |these |those )?(?:women|girls)\b")
# a chapter and verse cited: "2 Kings 6:18"
_VERSE = re.compile(r"^(?:[1-3]\s*)?[a-z]+\s+\d+(?::\d+(?:[-–]\d+)?)?$")


def tells_and_prays(text: str) -> bool:
    """See the module's note."""
    folded = fold(text)
    if QUOTED.search(folded) or _OUT_OF_SIGHT.search(folded):
        return False
    if names_others(_VICTIMS.sub(" ", folded)):
        return False
    petitions = 0
    for sentence in sentences(folded):
        if _VERSE.match(sentence):
            continue
        if _PETITION.search(sentence):
            said = _BEFORE_THEY.sub(" ", sentence)
            if (
                FORCE.search(said)
                or HARMFUL.search(said)
                or any(not _DANGER.search(found.group(1)) for found in _FROM.finditer(said))
                or _PAID_BACK.search(said)
            ):
                return False
            petitions += 1
        elif _WISH.search(sentence):
            return False
        elif _PERSECUTOR.search(sentence) or not FORCE.search(sentence):
            continue  # what persecutors did, or what their victims suffered
        else:
            return False
    return petitions > 0
