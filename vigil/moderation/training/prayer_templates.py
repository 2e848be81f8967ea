"""Generated benign prayers: the plain invocations a prayer wall is full of.

The hand-written material teaches the model what prayer-phrased attacks look like
("Lord, wipe out …"), which left it reading any "Lord, <verb> …" as a possible
threat. These lines, built from templates with a fixed seed, teach it the ordinary
shape of intercession: an address, a kind request, a people or a place, a close.
"""

from __future__ import annotations

import csv
import random
from pathlib import Path

from vigil.moderation.engine.normalize import normalize

SUITE = Path(__file__).resolve().parent.parent / "evaluation" / "suite.csv"
NEAR_DUPLICATE = 0.5

SEED = 20261125
ADDRESSES = [
    "Lord",
    "Father",
    "Jesus",
    "Lord Jesus",
    "Holy Spirit",
    "God of all comfort",
    "Heavenly Father",
    "Good Shepherd",
    "Prince of Peace",
    "O Lord",
    "Dear God",
    "Abba Father",
    "Merciful God",
    "Christ our hope",
    "Faithful God",
]
REQUESTS = [
    "be near",
    "watch over",
    "strengthen",
    "comfort",
    "protect",
    "bless",
    "sustain",
    "encourage",
    "hold",
    "shelter",
    "guide",
    "heal",
    "restore",
    "provide for",
    "give courage to",
    "give wisdom to",
    "give rest to",
    "give joy to",
    "be a light to",
    "surround",
    "keep safe",
    "lift up",
    "remember",
    "walk with",
    "pour your peace on",
    "open doors for",
    "fill with hope",
    "give daily bread to",
    "draw close to",
    "be the strength of",
    "cover with your grace",
]
PEOPLE = [
    "the believers",
    "your church",
    "the house churches",
    "the pastors",
    "the families",
    "the children",
    "the widows",
    "the prisoners",
    "the new believers",
    "the converts",
    "the young people",
    "the mothers",
    "the elderly",
    "the teachers",
    "the students",
    "the displaced families",
    "the church leaders",
    "the small congregations",
    "the hidden believers",
    "the Bible translators",
    "the evangelists",
    "the nurses",
    "the farmers",
    "the refugees",
    "the orphans",
    "the worship leaders",
    "the choir",
    "our brothers and sisters",
    "every secret believer",
    "the persecuted church",
]
PLACES = [
    "in Kazakhstan",
    "in Nigeria",
    "in Iran",
    "in North Korea",
    "in Pakistan",
    "in Syria",
    "in Iraq",
    "in Eritrea",
    "in Somalia",
    "in Yemen",
    "in Libya",
    "in Sudan",
    "in Afghanistan",
    "in Myanmar",
    "in India",
    "in China",
    "in Egypt",
    "in Algeria",
    "in Central Asia",
    "in the Middle East",
    "across Africa",
    "in their villages",
    "in the cities",
    "in the camps",
    "in prison",
    "at home",
    "tonight",
    "today",
    "this week",
    "in every hidden place",
]
CLOSES = [
    "Amen.",
    "In Jesus' name, amen.",
    "We trust you.",
    "Thank you, Lord.",
    "Hear our prayer.",
    "You are faithful.",
    "Let your will be done.",
    "We love them.",
    "Your grace is enough.",
    "",
    "",
    "",
]
SHORT = [
    "Praying for you all.",
    "Praying with you tonight.",
    "Amen and amen.",
    "Standing with you in prayer.",
    "You are not forgotten.",
    "We are praying.",
    "Thank you for this wall.",
    "This gives me hope.",
    "Praying from my kitchen table.",
    "Our small group prayed for you today.",
    "Keep going, we are with you.",
    "Lifting you up this morning.",
    "May God bless you richly.",
    "Peace be with you.",
    "Holding you in my heart.",
    "Praying every day this month.",
]


def _shingles(text: str) -> set[str]:
    norm = normalize(text)
    return {norm[i : i + 5] for i in range(max(len(norm) - 4, 1))}


def _suite_shingles() -> list[set[str]]:
    if not SUITE.exists():
        return []
    with SUITE.open(encoding="utf-8", newline="") as handle:
        return [_shingles(row["text"]) for row in csv.DictReader(handle)]


def _near_suite(text: str, suite: list[set[str]]) -> bool:
    """Generated lines that come close to a validation case are dropped, so the
    suite stays unseen (the same bar train.py enforces on hand-written lines)."""
    mine = _shingles(text)
    return any(len(mine & other) / len(mine | other) >= NEAR_DUPLICATE for other in suite)


def benign_prayers(count: int = 900) -> list[str]:
    """``count`` distinct benign prayers, the same ones on every run."""
    rng = random.Random(SEED)
    suite = _suite_shingles()
    candidates = list(SHORT)
    while len(candidates) < count * 2:
        address, request = rng.choice(ADDRESSES), rng.choice(REQUESTS)
        body = f"{address}, {request} {rng.choice(PEOPLE)} {rng.choice(PLACES)}."
        candidates.append(f"{body} {rng.choice(CLOSES)}".strip())
    lines: list[str] = []
    for text in dict.fromkeys(candidates):
        if len(lines) < count and not _near_suite(text, suite):
            lines.append(text)
    return sorted(lines)
