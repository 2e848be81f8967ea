"""The group templates reworded, to see whether a verdict survives a change of form.

Each rewording turns a case into another that should get the same verdict (or, for the
frames of counter-speech and of agreement, a stated one): the same attack put as an
opinion, misspelt or shouted must still be held; the same support written in lower case
must still be published; an attack quoted in order to condemn it must be published, and
one quoted with approval held. ``manage.py moderation_report --rewordings`` runs every
rewording over ``evaluation/group_templates.csv`` and prints, for each, the attacks
caught and the benign texts published.

These are checks of robustness written for this project, not an independent test: the
forms of words of the policy were written after reading what the first runs let through.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from .evaluate import Case

__all__ = ["REWORDINGS", "Rewording", "reword"]

_GROUP_WORDS = (
    "muslims",
    "jews",
    "christians",
    "women",
    "trans people",
    "gay people",
    "black people",
    "disabled people",
    "immigrants",
    "refugees",
    "hindus",
    "arabs",
)
_GROUP = re.compile(r"\b(?:" + "|".join(_GROUP_WORDS) + r")\b", re.IGNORECASE)


@dataclass(frozen=True)
class Rewording:
    name: str
    change: Callable[[str], str | None]
    """The reworded text, or None when the rewording does not apply to it."""
    expected: str | None = None
    """The verdict the reworded text should get ("hateful" or "benign"); None: the case's."""
    only: str | None = None
    """Apply only to cases of this label."""


def _on_group_word(change: Callable[[str], str]) -> Callable[[str], str | None]:
    def apply(text: str) -> str | None:
        found = _GROUP.search(text)
        if not found:
            return None
        word = found.group(0).split()[0]
        return text[: found.start()] + change(word) + text[found.start() + len(word) :]

    return apply


def _swap(word: str) -> str:
    middle = len(word) // 2
    return word[: middle - 1] + word[middle] + word[middle - 1] + word[middle + 1 :]


def _drop(word: str) -> str:
    middle = len(word) // 2
    return word[:middle] + word[middle + 1 :]


def _joined(text: str) -> str | None:
    found = _GROUP.search(text)
    if not found or text[found.end() : found.end() + 1] != " ":
        return None
    return text[: found.end()] + text[found.end() + 1 :]


def _prefixed(prefix: str) -> Callable[[str], str]:
    return lambda text: prefix + text[0].lower() + text[1:]


def _bare(text: str) -> str:
    return text.rstrip(".!?")


def _framed(frame: str) -> Callable[[str], str]:
    return lambda text: frame.format(_bare(text))


_LEET = str.maketrans("aeios", "43105")

REWORDINGS: tuple[Rewording, ...] = (
    Rewording("as written", lambda text: text),
    Rewording("lower case, no full stop", lambda text: _bare(text.lower())),
    Rewording('"!!!" at the end', lambda text: _bare(text) + "!!!"),
    Rewording('opinion: "I think"', _prefixed("I think ")),
    Rewording('opinion: "I honestly believe that"', _prefixed("I honestly believe that ")),
    Rewording('opinion: "In my opinion,"', _prefixed("In my opinion, ")),
    Rewording('opinion: "Personally I feel"', _prefixed("Personally I feel ")),
    Rewording("group word: two letters swapped", _on_group_word(_swap)),
    Rewording("group word: a letter dropped", _on_group_word(_drop)),
    Rewording("group word: leetspeak", _on_group_word(lambda word: word.translate(_LEET))),
    Rewording("group word: spaced letters", _on_group_word(" ".join)),
    Rewording("group word: run into the next", _joined),
    *(
        Rewording(f"counter-speech: {frame}", _framed(frame), expected="benign", only="hateful")
        for frame in (
            'Statements like "{}" are deeply hurtful.',
            'I can\'t believe someone wrote "{}" on our wall.',
            'You really think "{}"? That is disgusting.',
            'Nobody should ever say "{}"',
            'Someone shouted "{}" at my neighbour. Lord, heal this hatred.',
        )
    ),
    *(
        Rewording(f"agreement: {frame}", _framed(frame), expected="hateful", only="hateful")
        for frame in (
            'My uncle always says "{}" and he is right.',
            '"{}" - finally someone said it.',
            'Well said: "{}"',
            '"{}" is the truth.',
            '"{}" 👍',
        )
    ),
)


def reword(cases: list[Case], rewording: Rewording) -> list[Case]:
    """The cases the rewording applies to, reworded, with the verdict they should get."""
    out = []
    for case in cases:
        if rewording.only and case.expected != rewording.only:
            continue
        text = rewording.change(case.text)
        if text is None:
            continue
        expected = rewording.expected or case.expected
        out.append(Case(text, expected, f"{rewording.name}"))
    return out
