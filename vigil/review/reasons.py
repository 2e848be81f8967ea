"""Reason codes and audit entries in words a volunteer moderator understands.

The engine, submission and the queue write short codes (``classifier.threat``,
``banned term: x``, ``reason: spam``); the queue and the audit trail show these
sentences, keeping the code at hand for whoever tunes the rules.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

from django.utils import translation
from django.utils.functional import Promise
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy, ngettext_lazy, pgettext

from vigil.core.models import LogEntry
from vigil.prayers.models import Prayer, Report
from vigil.review.actions import REJECT_REASONS

SURE: dict[str, Promise] = {
    "identity_attack": gettext_lazy(
        "The automatic check thinks it may attack people for their religion, ethnicity or belief."
    ),
    "insult": gettext_lazy("The automatic check thinks it may insult someone."),
    "threat": gettext_lazy("The automatic check thinks it may threaten someone."),
    "obscene": gettext_lazy("The automatic check thinks it may use crude or obscene language."),
    "sexual": gettext_lazy("The automatic check thinks it may be sexual."),
    "spam": gettext_lazy("The automatic check thinks it may be advertising or spam."),
}
UNSURE: dict[str, Promise] = {
    "identity_attack": gettext_lazy(
        "The automatic check leans towards it being meant to attack people for their "
        "religion, ethnicity or belief, but it is unsure."
    ),
    "insult": gettext_lazy(
        "The automatic check leans towards it being meant to insult someone, but it is unsure."
    ),
    "threat": gettext_lazy(
        "The automatic check leans towards it being meant to threaten someone, but it is unsure."
    ),
    "obscene": gettext_lazy(
        "The automatic check leans towards it being meant to use crude or obscene language, "
        "but it is unsure."
    ),
    "sexual": gettext_lazy(
        "The automatic check leans towards it being meant to be sexual, but it is unsure."
    ),
    "spam": gettext_lazy(
        "The automatic check leans towards it being meant to be advertising or spam, but it "
        "is unsure."
    ),
}

PLAIN: dict[str, Promise] = {
    "language.untrained": gettext_lazy(
        "It is written in a language our automatic checks were not trained on, so a person "
        "needs to read it."
    ),
    "language.unknown": gettext_lazy(
        "Its language could not be recognised, so a person needs to read it."
    ),
    "link in a first post": gettext_lazy(
        "It contains a link, and it is the first post from this sender."
    ),
    "form token missing or invalid": gettext_lazy(
        "The form came back without its security token: an old page left open, or an "
        "automated sender."
    ),
    "pattern.threat": gettext_lazy("A phrase in it reads like a threat."),
    "pattern.contempt": gettext_lazy("A sentence in it states contempt for a group of people."),
    "pattern.harassment": gettext_lazy(
        "A phrase in it tells someone to go away, or that they are worthless."
    ),
    "symbols.weapon": gettext_lazy("It is symbols alone, a weapon among them."),
    "wall is pre-moderated": gettext_lazy("Every post on this wall is read by a moderator first."),
    "author is banned": gettext_lazy("The sender is banned."),
    "deep stage pending": gettext_lazy("It waits for the closer automatic check."),
    "deep stage: clear": gettext_lazy("The closer automatic check found nothing wrong."),
    "honeypot field filled": gettext_lazy("A hidden field that only robots fill in was filled in."),
    "approved": gettext_lazy("A moderator approved it."),
    "author banned": gettext_lazy("A moderator banned its author."),
    "reports dismissed": gettext_lazy("A moderator dismissed the readers' reports and kept it."),
}


def _classifier(match: re.Match[str]) -> str:
    label = match["label"]
    words = (UNSURE if match["uncertain"] else SURE).get(label)
    if words is not None:
        return str(words)
    if match["uncertain"]:
        return _("The automatic check leans towards “%(label)s”, but it is unsure.") % {
            "label": label
        }
    return _("The automatic check thinks it may be “%(label)s”.") % {"label": label}


def _term(match: re.Match[str]) -> str:
    term = {"term": match["term"]}
    if match["name"] and match["kind"] == "banned":
        return _("The sender's name uses a banned word: “%(term)s”.") % term
    if match["name"]:
        return _("The sender's name uses a word on the watch list: “%(term)s”.") % term
    if match["kind"] == "banned":
        return _("It uses a banned word: “%(term)s”.") % term
    return _("It uses a word on the watch list: “%(term)s”.") % term


def _moderator_reason(match: re.Match[str]) -> str:
    reason = REJECT_REASONS.get(match["code"], match["code"])
    return _("Moderator's reason: %(reason)s.") % {"reason": reason}


def _deep(match: re.Match[str]) -> str:
    return _("The closer automatic check: %(reason)s") % {"reason": reason_words(match["inner"])}


def _count(words: Promise) -> Callable[[re.Match[str]], str]:
    """``words`` (from ``ngettext_lazy`` with the number named "count") for the match's n."""
    return lambda match: str(words % {"count": int(match["n"])})


_PATTERNS: list[tuple[re.Pattern[str], Callable[[re.Match[str]], str]]] = [
    (re.compile(r"classifier\.(?P<label>\w+)(?P<uncertain> \(uncertain\))?"), _classifier),
    (re.compile(r"(?P<name>name: )?(?P<kind>banned|suspect) term: (?P<term>.+)"), _term),
    (re.compile(r"reason: (?P<code>\w+)"), _moderator_reason),
    (re.compile(r"deep stage: (?P<inner>.+)"), _deep),
    (
        re.compile(r"reported by (?P<n>\d+) readers?"),
        _count(
            ngettext_lazy(
                "%(count)s reader reported it.", "%(count)s readers reported it.", "count"
            )
        ),
    ),
    (
        re.compile(r"(?P<n>\d+) links"),
        _count(
            ngettext_lazy("It contains %(count)s link.", "It contains %(count)s links.", "count")
        ),
    ),
    (
        re.compile(r"author has (?P<n>\d+) recent rejection\(s\)"),
        _count(
            ngettext_lazy(
                "The same sender had %(count)s post rejected recently.",
                "The same sender had %(count)s posts rejected recently.",
                "count",
            )
        ),
    ),
    (
        re.compile(r"posted (?P<s>[\d.]+)s after the form loaded"),
        lambda m: (
            _("It was sent %(seconds)s seconds after the form opened, faster than anyone types.")
            % {"seconds": m["s"]}
        ),
    ),
]


# What each automatic or reader's reason suggests as the moderator's reason to reject
# (``REJECT_REASONS``), checked in this order on each code.
_SUGGESTIONS: list[tuple[re.Pattern[str], str]] = [
    (
        re.compile(r"(deep stage: )?classifier\.identity_attack\b|pattern\.contempt"),
        "identity_attack",
    ),
    (re.compile(r"(deep stage: )?classifier\.insult\b|pattern\.harassment"), "harassment"),
    (re.compile(r"(deep stage: )?classifier\.threat\b|pattern\.threat|symbols\.weapon"), "threat"),
    (re.compile(r"(deep stage: )?classifier\.obscene\b|(name: )?banned term: "), "language"),
    (re.compile(r"(deep stage: )?classifier\.sexual\b"), "sexual"),
    (re.compile(r"(deep stage: )?classifier\.spam\b|\d+ links|link in a first post|Spam"), "spam"),
    (re.compile(r"Personal information"), "personal"),
]


def suggested_reason(codes: list[str]) -> str:
    """The reason to reject that the first telling code suggests (``codes`` as the audit
    entries keep them: the automatic check's first, then readers' reports); "" when none
    does, so the moderator chooses rather than accuses by default."""
    for code in map(str, codes):
        earlier = re.fullmatch(r"reason: (\w+)", code)
        if earlier and earlier[1] in REJECT_REASONS:
            return earlier[1]  # a moderator's own reason, before an undo or a report
        for pattern, reason in _SUGGESTIONS:
            if pattern.match(code):
                return reason
    return ""


def _report_reason(code: str) -> str | None:
    """A reader's report reason, logged in English (``Report.logged_reason``), in the
    active language; ``None`` when ``code`` is not one."""
    for _value, label in Report.Reason.choices:
        with translation.override(None):
            english = str(label)
        if english == code:
            return str(label)
    return None


def reason_words(code: str) -> str:
    """``code`` as a sentence in the active language; an unknown code is returned as it is."""
    code = str(code)
    if code in PLAIN:
        return str(PLAIN[code])
    for pattern, words in _PATTERNS:
        match = pattern.fullmatch(code)
        if match:
            return words(match)
    return _report_reason(code) or code


# --- audit entries as sentences -----------------------------------------------------

# Each sentence twice: on its own, and naming the wall ("… on Kazakhstan's wall").
_DONE_BY_PERSON: dict[str, tuple[Promise, Promise]] = {
    "prayer.published": (
        gettext_lazy("%(who)s approved %(whose)s prayer"),
        gettext_lazy("%(who)s approved %(whose)s prayer on %(wall)s wall"),
    ),
    "prayer.held": (
        gettext_lazy("%(who)s held %(whose)s prayer for review"),
        gettext_lazy("%(who)s held %(whose)s prayer for review on %(wall)s wall"),
    ),
    "prayer.rejected": (
        gettext_lazy("%(who)s rejected %(whose)s prayer"),
        gettext_lazy("%(who)s rejected %(whose)s prayer on %(wall)s wall"),
    ),
    "prayer.removed": (
        gettext_lazy("%(who)s removed %(whose)s prayer"),
        gettext_lazy("%(who)s removed %(whose)s prayer on %(wall)s wall"),
    ),
    "prayer.spam": (
        gettext_lazy("%(who)s marked %(whose)s prayer as spam"),
        gettext_lazy("%(who)s marked %(whose)s prayer as spam on %(wall)s wall"),
    ),
    "prayer.pending": (
        gettext_lazy("%(who)s sent %(whose)s prayer for a closer check"),
        gettext_lazy("%(who)s sent %(whose)s prayer for a closer check on %(wall)s wall"),
    ),
    "prayer.reports_dismissed": (
        gettext_lazy("%(who)s kept %(whose)s prayer and dismissed its reports"),
        gettext_lazy("%(who)s kept %(whose)s prayer and dismissed its reports on %(wall)s wall"),
    ),
    "prayer.undone": (
        gettext_lazy("%(who)s undid their last action on %(whose)s prayer"),
        gettext_lazy("%(who)s undid their last action on %(whose)s prayer on %(wall)s wall"),
    ),
    "author.banned": (
        gettext_lazy("%(who)s banned the author of %(whose)s prayer"),
        gettext_lazy("%(who)s banned the author of %(whose)s prayer on %(wall)s wall"),
    ),
}
_DONE_BY_SYSTEM: dict[str, tuple[Promise, Promise]] = {
    "prayer.published": (
        gettext_lazy("Vigil published %(whose)s prayer"),
        gettext_lazy("Vigil published %(whose)s prayer on %(wall)s wall"),
    ),
    "prayer.held": (
        gettext_lazy("Vigil held %(whose)s prayer for a moderator"),
        gettext_lazy("Vigil held %(whose)s prayer for a moderator on %(wall)s wall"),
    ),
    "prayer.rejected": (
        gettext_lazy("Vigil rejected %(whose)s prayer"),
        gettext_lazy("Vigil rejected %(whose)s prayer on %(wall)s wall"),
    ),
    "prayer.removed": (
        gettext_lazy("%(whose_cap)s prayer was removed"),
        gettext_lazy("%(whose_cap)s prayer was removed on %(wall)s wall"),
    ),
    "prayer.spam": (
        gettext_lazy("Vigil filed %(whose)s prayer as spam"),
        gettext_lazy("Vigil filed %(whose)s prayer as spam on %(wall)s wall"),
    ),
    "prayer.pending": (
        gettext_lazy("Vigil sent %(whose)s prayer for a closer check"),
        gettext_lazy("Vigil sent %(whose)s prayer for a closer check on %(wall)s wall"),
    ),
    "prayer.edited": (
        gettext_lazy("The author edited %(whose)s prayer"),
        gettext_lazy("The author edited %(whose)s prayer on %(wall)s wall"),
    ),
    "prayer.edit_rejected": (
        gettext_lazy("Vigil refused an edit to %(whose)s prayer"),
        gettext_lazy("Vigil refused an edit to %(whose)s prayer on %(wall)s wall"),
    ),
    "prayer.reported": (
        gettext_lazy("A reader reported %(whose)s prayer"),
        gettext_lazy("A reader reported %(whose)s prayer on %(wall)s wall"),
    ),
    "prayer.deleted_by_author": (
        gettext_lazy("The author deleted %(whose)s prayer"),
        gettext_lazy("The author deleted %(whose)s prayer on %(wall)s wall"),
    ),
    "prayer.erased_by_author": (
        gettext_lazy("The author erased %(whose)s prayer and their data"),
        gettext_lazy("The author erased %(whose)s prayer and their data on %(wall)s wall"),
    ),
    "moderation.digest_sent": (
        gettext_lazy("Vigil emailed moderators the digest of held prayers"),
        gettext_lazy("Vigil emailed moderators the digest of held prayers"),
    ),
}


def possessive(name: str) -> str:
    """``name``'s, as the sentences above put it before "prayer" or "wall"."""
    name = name.strip() or _("Someone")
    if name.endswith("s"):
        return pgettext("possessive of a name ending in s", "%(name)s'") % {"name": name}
    return pgettext("possessive of a name", "%(name)s's") % {"name": name}


def _who(entry: LogEntry) -> str:
    actor: Any = entry.actor
    if actor is None:
        return "Vigil"
    return str(actor.get_full_name() or actor.get_username())


def _whose(prayer: Prayer | None) -> str:
    if prayer is None:
        return pgettext("in place of whose prayer, when the prayer is gone", "a")
    return possessive(prayer.name)


def sentence(entry: LogEntry, prayer: Prayer | None, *, wall: bool = True) -> str:
    """What ``entry`` records, as one sentence without its time or reasons, in the active
    language: "Maria approved Anna's prayer on Kazakhstan's wall" (without the wall if not
    ``wall``)."""
    templates = _DONE_BY_PERSON if entry.actor_id else _DONE_BY_SYSTEM
    pair = templates.get(entry.action) or _DONE_BY_SYSTEM.get(entry.action)
    if pair is None:
        values = {"who": _who(entry), "action": entry.action, "target": entry.target_repr}
        if entry.target_repr:
            return _("%(who)s recorded “%(action)s” on %(target)s") % values
        return _("%(who)s recorded “%(action)s”") % values
    whose = _whose(prayer)
    values = {"who": _who(entry), "whose": whose, "whose_cap": whose[:1].upper() + whose[1:]}
    if prayer is not None:
        values["wall"] = possessive(str(prayer.wall))
        return str(pair[1] if wall else pair[0]) % values
    text = str(pair[0]) % values
    return f"{text}, {entry.target_repr}" if entry.target_repr else text
