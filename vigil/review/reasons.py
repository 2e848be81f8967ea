"""Reason codes and audit entries in words a volunteer moderator understands.

The engine, submission and the queue write short codes (``classifier.threat``,
``banned term: x``, ``reason: spam``); the queue and the audit trail show these
sentences, keeping the code at hand for whoever tunes the rules.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

from vigil.core.models import LogEntry
from vigil.prayers.models import Prayer
from vigil.review.actions import REJECT_REASONS

LABEL_WORDS = {
    "identity_attack": "attack people for their religion, ethnicity or belief",
    "insult": "insult someone",
    "threat": "threaten someone",
    "obscene": "use crude or obscene language",
    "sexual": "be sexual",
    "spam": "be advertising or spam",
}

PLAIN: dict[str, str] = {
    "language.untrained": "It is written in a language our automatic checks were not "
    "trained on, so a person needs to read it.",
    "language.unknown": "Its language could not be recognised, so a person needs to read it.",
    "link in a first post": "It contains a link, and it is the first post from this sender.",
    "form token missing or invalid": "The form came back without its security token: an old "
    "page left open, or an automated sender.",
    "pattern.threat": "A phrase in it reads like a threat.",
    "wall is pre-moderated": "Every post on this wall is read by a moderator first.",
    "author is banned": "The sender is banned.",
    "deep stage pending": "It waits for the closer automatic check.",
    "deep stage: clear": "The closer automatic check found nothing wrong.",
    "honeypot field filled": "A hidden field that only robots fill in was filled in.",
    "approved": "A moderator approved it.",
    "author banned": "A moderator banned its author.",
    "reports dismissed": "A moderator dismissed the readers' reports and kept it.",
}


def _classifier(match: re.Match[str]) -> str:
    label = LABEL_WORDS.get(match["label"], match["label"].replace("_", " "))
    if match["uncertain"]:
        return f"The automatic check leans towards it being meant to {label}, but it is unsure."
    return f"The automatic check thinks it may {label}."


def _term(match: re.Match[str]) -> str:
    where = "The sender's name" if match["name"] else "It"
    if match["kind"] == "banned":
        return f"{where} uses a banned word: “{match['term']}”."
    return f"{where} uses a word on the watch list: “{match['term']}”."


def _moderator_reason(match: re.Match[str]) -> str:
    return f"Moderator's reason: {REJECT_REASONS.get(match['code'], match['code'])}."


def _deep(match: re.Match[str]) -> str:
    return f"The closer automatic check: {reason_words(match['inner'])}"


_PATTERNS: list[tuple[re.Pattern[str], Callable[[re.Match[str]], str]]] = [
    (re.compile(r"classifier\.(?P<label>\w+)(?P<uncertain> \(uncertain\))?"), _classifier),
    (re.compile(r"(?P<name>name: )?(?P<kind>banned|suspect) term: (?P<term>.+)"), _term),
    (re.compile(r"reason: (?P<code>\w+)"), _moderator_reason),
    (re.compile(r"deep stage: (?P<inner>.+)"), _deep),
    (re.compile(r"reported by (?P<n>\d+) readers?"), lambda m: f"{m['n']} readers reported it."),
    (re.compile(r"(?P<n>\d+) links"), lambda m: f"It contains {m['n']} links."),
    (
        re.compile(r"author has (?P<n>\d+) recent rejection\(s\)"),
        lambda m: f"The same sender had {m['n']} post(s) rejected recently.",
    ),
    (
        re.compile(r"posted (?P<s>[\d.]+)s after the form loaded"),
        lambda m: f"It was sent {m['s']} seconds after the form opened, faster than anyone types.",
    ),
]


def reason_words(code: str) -> str:
    """``code`` as a sentence; an unknown code is returned as it is."""
    code = str(code)
    if code in PLAIN:
        return PLAIN[code]
    for pattern, words in _PATTERNS:
        match = pattern.fullmatch(code)
        if match:
            return words(match)
    return code


# --- audit entries as sentences -----------------------------------------------------

_DONE_BY_PERSON: dict[str, str] = {
    "prayer.published": "{who} approved {whose} prayer",
    "prayer.held": "{who} held {whose} prayer for review",
    "prayer.rejected": "{who} rejected {whose} prayer",
    "prayer.removed": "{who} removed {whose} prayer",
    "prayer.spam": "{who} marked {whose} prayer as spam",
    "prayer.pending": "{who} sent {whose} prayer for a closer check",
    "prayer.reports_dismissed": "{who} kept {whose} prayer and dismissed its reports",
    "prayer.undone": "{who} undid their last action on {whose} prayer",
    "author.banned": "{who} banned the author of {whose} prayer",
}
_DONE_BY_SYSTEM: dict[str, str] = {
    "prayer.published": "Vigil published {whose} prayer",
    "prayer.held": "Vigil held {whose} prayer for a moderator",
    "prayer.rejected": "Vigil rejected {whose} prayer",
    "prayer.removed": "{whose_cap} prayer was removed",
    "prayer.spam": "Vigil filed {whose} prayer as spam",
    "prayer.pending": "Vigil sent {whose} prayer for a closer check",
    "prayer.edited": "The author edited {whose} prayer",
    "prayer.edit_rejected": "Vigil refused an edit to {whose} prayer",
    "prayer.reported": "A reader reported {whose} prayer",
    "prayer.deleted_by_author": "The author deleted {whose} prayer",
    "prayer.erased_by_author": "The author erased {whose} prayer and their data",
    "moderation.digest_sent": "Vigil emailed moderators the digest of held prayers",
}


def possessive(name: str) -> str:
    name = name.strip() or "Someone"
    return f"{name}'" if name.endswith("s") else f"{name}'s"


def _who(entry: LogEntry) -> str:
    actor: Any = entry.actor
    if actor is None:
        return "Vigil"
    return str(actor.get_full_name() or actor.get_username())


def _whose(prayer: Prayer | None) -> str:
    return possessive(prayer.name) if prayer is not None else "a"


def sentence(entry: LogEntry, prayer: Prayer | None, *, wall: bool = True) -> str:
    """What ``entry`` records, as one sentence without its time or reasons:
    "Maria approved Anna's prayer on Kazakhstan's wall" (without the wall if not ``wall``)."""
    templates = _DONE_BY_PERSON if entry.actor_id else _DONE_BY_SYSTEM
    template = templates.get(entry.action) or _DONE_BY_SYSTEM.get(entry.action)
    whose = _whose(prayer)
    if template is None:
        target = f" on {entry.target_repr}" if entry.target_repr else ""
        return f"{_who(entry)} recorded “{entry.action}”{target}"
    text = template.format(who=_who(entry), whose=whose, whose_cap=whose[:1].upper() + whose[1:])
    if prayer is not None:
        return f"{text} on {possessive(str(prayer.wall))} wall" if wall else text
    return f"{text}, {entry.target_repr}" if entry.target_repr else text
