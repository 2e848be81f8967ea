"""Attacks made through a pronoun: the group named in one sentence, attacked in the next.

The contextual model finds an attack by the group's word, and a pronoun hides it:
"Refugees arrived in our village last year. They are nothing but trouble." and "Women
want to be pastors now. They're too thick to understand scripture." (forms A and the
probes) were published, while "Refugees are nothing but trouble." is held.

``pronouns_resolved`` returns, for each short sentence that opens with "they" or with
"people like him / her / them" right after a sentence that names a group, that sentence
with the pronoun replaced by the group ("Refugees are nothing but trouble."). The group
must open that sentence (within its first three words), so that "they" has one reading:
in "Stop sharing posts that demean trans people; they cause real harm." it is the posts.
The policy scores those sentences too, and the higher score of each label counts, as it
does for a quote its author sides with: it can only hold more, never release. A sentence
about what is done to them or what they suffer ("They are being slaughtered.", "They are
beaten and jailed for their faith."), that prays for, blesses, helps or welcomes them, or
that denies something ("They are not stupid.") is left as it is.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from .contempt import GROUP
from .wording import fold, sentences

__all__ = ["pronouns_resolved"]

_GROUP = re.compile(rf"\b{GROUP}\b")
# "they", "they're", "they are", "people like him": what stands for the group.
_PRONOUN = re.compile(
    r"^(?:they(?:'re| are)|theyre|they|(?:people|men|women|folks?) like (?:him|her|them))\b"
)
# A denial ("They are not stupid.") answers an attack rather than making one.
_DENIAL = re.compile(r"\b(?:not|never|no|nothing like|n't|nt)\b|n't\b")
_WORDS_MAX = 16
_OPENING = 3
# What is done to them, or what they suffer, is no attack: "Pray for the Christians of
# Nigeria. They are being slaughtered." reads as "Christians are being slaughtered", which
# the model holds without the prayer around it.
_SUFFERED = re.compile(
    r"\b(?:they(?:'re| are| were)|theyre) (?:all |still |now |often |)(?:being|getting|not|"
    r"\w+ed|\w+en|in|under|afraid|scared|hiding|hungry|homeless|alone|suffering|dying|"
    r"fleeing)\b|\b(?:persecut\w*|kill\w*|suffer\w*|prison\w*|jail\w*|arrest\w*|attack\w*|"
    r"threat\w*|pray\w*|bless\w*|protect\w*|help\w*|welcome\w*|love\w*|safe\w*)\b"
)
_SENTENCES_MAX = 8


def pronouns_resolved(text: str) -> list[str]:
    """Each sentence of ``text`` that opens with "they" (or "people like him") right
    after a sentence naming a group, with the group's words in its place."""
    found: list[str] = []
    group = ""
    for sentence in sentences(fold(text))[:_SENTENCES_MAX]:
        named = _GROUP.search(sentence)
        if (
            group
            and not named
            and _PRONOUN.search(sentence)
            and len(sentence.split()) <= _WORDS_MAX
            and not _SUFFERED.search(sentence)
            and not _DENIAL.search(sentence)
        ):
            found.append(_PRONOUN.sub(_replace(group), sentence))
        group = _opening_group(sentence)
    return found


def _opening_group(sentence: str) -> str:
    """The group a sentence opens with (within its first three words), or ""."""
    words = sentence.split()
    for start in range(min(_OPENING, len(words))):
        found = _GROUP.match(" ".join(words[start:]))
        if found:
            return found.group(0)
    return ""


def _replace(group: str) -> Callable[[re.Match[str]], str]:
    """What takes the place of a pronoun: the group, with "are" after "they're"."""

    def replace(match: re.Match[str]) -> str:
        if match.group(0).endswith(("'re", " are", "theyre")):
            return f"{group} are"
        return group

    return replace
