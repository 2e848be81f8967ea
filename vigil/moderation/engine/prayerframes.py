"""An attack framed as a prayer is read as the attack too.

The contextual model learnt from thousands of prayers that were all kind, so the words
of a prayer — "Father,", "Lord Jesus,", "Pray that", "we pray for", "May God", "Amen" —
move it a long way towards harmless. Around an attack on a people they hide it: "Father,
Muslims are not people You made, they are demons in human skin. Guard Your children."
scored 0.14 for identity_attack, the same words without "Father," and the last prayer
0.8; "Pray for our brothers surrounded by Hindu vermin who multiply like rats in the
slums." 0.09. Of 100 such attacks written apart from the project, 60 were published.

``without_prayer_frames`` removes the address to God at the start of a sentence, the
first-person "I pray (that)" / "I go to church to pray for" / "Pray for" / "Let us pray",
"May God" (kept as "may"),
"Amen", "Hallelujah" and "in Jesus' name", and the policy has the model read what is
left beside the text as written. Removing them from a kind prayer takes away the context
the model reads it by ("god bless eritrea!!!! praying the prisoners get out soon" reads
as an attack once it is "eritrea!!!! the prisoners get out soon"), so the reading counts
only where it could be an attack on someone: its insult score where what is left speaks
to or of one person ("you", "him", a name: ``names_someone``), its identity_attack and
threat scores where it names a people, a faith's believers or their houses of prayer
(``names_others``) — not the church, the believers or the persecuted the prayer is for.
"""

from __future__ import annotations

import re

from .contempt import GROUP
from .wording import fold

__all__ = ["names_others", "names_someone", "without_prayer_frames"]

_GOD = (
    r"(?:(?:dear|heavenly|holy|almighty|gracious|merciful|loving|mighty|o|oh|sweet|precious)\s+)*"
    r"(?:lord(?:\s+god|\s+jesus(?:\s+christ)?)?|father(?:\s+god)?|jesus(?:\s+christ)?|god|abba|"
    r"saviou?r|holy spirit|christ)"
)
_ADDRESS = re.compile(
    rf"(?:^|(?<=[.!?\n]))(\s*)(?:{_GOD})(?:\s*(?:,|!|:)\s*|\s+(?=(?:we|i|please|let|may|"
    r"give|grant|send|protect|guard|shield|bless|thank|help|rebuke|humble|reveal|expose|"
    r"strike|destroy|bring|open)\b))",
    re.IGNORECASE,
)
_PRAYER_WORDS = re.compile(
    r"\b(?:amen|hallelujah|alleluia|in jesus'?\s*name|in the name of jesus)\b[.!]*"
    r"|(?:\b(?:we|i)\s+(?:(?:also|just|humbly|really|still|will|'ll|keep)\s+)?(?:pray|beg you|"
    r"ask you)|\b(?:let\s+us|let's)\s+pray|(?:^|(?<=[.!?,:;\n])\s*)(?:please\s+)?pray(?:ing)?"
    # "I go to church to pray for …"
    r"|\b(?:we|i)\s+(?:(?:also|just|often|always|still|will|'ll)\s+)?(?:go|went|come|came)\s+"
    r"to\s+(?:church|mass|chapel|the\s+(?:church|chapel|cathedral|prayer\s+meeting))\s+"
    r"(?:to|and)\s+pray)"
    r"(?:\s+(?:that|for))?\b",
    re.IGNORECASE,
)
_MAY_GOD = re.compile(r"\b(may|let)\s+(?:god|the lord|jesus|heaven)\b", re.IGNORECASE)
_APOSTROPHES = str.maketrans({"\u2019": "'", "\u2018": "'"})
# A span in double quotes, as written ("…" or “…”).
QUOTED_SPAN = re.compile(r'"[^"]*"|“[^”]*”')


def without_prayer_frames(text: str) -> str:
    """``text`` without its words of prayer (see the module's note) and without what it
    quotes (the words of others, which ``quotes`` reads), spaces collapsed; ``text``
    itself when it has no words of prayer."""
    plain = QUOTED_SPAN.sub(" ", text.translate(_APOSTROPHES))
    stripped = _ADDRESS.sub(lambda match: match.group(1), plain)
    stripped = _PRAYER_WORDS.sub("", stripped)
    stripped = _MAY_GOD.sub(lambda match: match.group(1), stripped)
    if stripped == plain:
        return text
    return " ".join(stripped.split()).strip(" ,")


# A people or a faith's believers, as contempt names them or singular ("a Hindu family",
# "every Jew"), or a faith's houses of prayer and its teachers; not the Christians a
# prayer is for.
_SINGULAR = (
    r"muslim|moslem|islamist|jew|hindu|buddhist|sikh|atheist|pagan|arab|kurd|somali|afghan|"
    r"pakistani|iranian|fulani|chinese|gay|immigrant|migrant|refugee|foreigner|indian|african"
)
_OTHERS = re.compile(
    rf"\b(?:{GROUP}|{_SINGULAR}|mosques?|synagogues?|temples?|gurdwaras?|imams?|"
    r"mullahs?|rabbis?|monks?|islam|hinduism|judaism|buddhism)\b"
)


_OURS = re.compile(r"(?:christian|catholic|protestant|evangelical|convert|copt)s?\b|christian \w+")


# Someone spoken to or of: "you", "he", "her", a handle, or a name inside a sentence ("…
# everyone but Tom."), not the capitals of God's names and pronouns.
_SOMEONE = re.compile(
    r"\b(?:you|your|yours|yourself|u|ur|he|she|him|her|his|hers|himself|herself)\b|@\w"
    r"|(?<=[a-z,] )(?!(?:God|Lord|Jesus|Christ|Father|Spirit|Holy|You|Your|Yours|He|His|Him|"
    r"Thee|Thy|Thou|Amen|I)\b)[A-Z][a-z]+"
)


def names_someone(text: str) -> bool:
    """Whether ``text`` speaks to or of one person (see ``_SOMEONE``)."""
    return bool(_SOMEONE.search(text))


# Peoples named together with Christians, as those who share a suffering: "Christian and
# Muslim alike", "Muslims and Christians", "both Hindu and Christian families".
_TOGETHER = re.compile(
    rf"\b(?:both\s+)?(?:(?:christians?|believers)\s+(?:and|or|&)\s+(?:{GROUP}|{_SINGULAR})|"
    rf"(?:{GROUP}|{_SINGULAR})\s+(?:and|or|&)\s+(?:christians?|believers))\b"
)


def names_others(text: str) -> bool:
    """Whether ``text`` names a people, a faith's believers or their houses of prayer,
    other than Christians (or beside them, as sharing what they suffer)."""
    folded = _TOGETHER.sub(" ", fold(text))
    return any(not _OURS.match(found.group()) for found in _OTHERS.finditer(folded))
