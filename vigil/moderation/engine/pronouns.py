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
from .negation import has_a_bad_word
from .wording import fold, sentences

__all__ = ["pronouns_resolved"]

_GROUP = re.compile(rf"\b{GROUP}\b")
# "they", "they're", "they are", "people like him": what stands for the group.
_PRONOUN = re.compile(
    r"^(?:they(?:'re| are)|theyre|they|(?:people|men|women|folks?) like (?:him|her|them))\b"
)
# "Every one of them", "his sort", "that crowd": the group again, anywhere in the sentence
# ("Lots of Nigerians in my building now. Every one of them is a scammer.").
_REFERENCE = re.compile(
    r"\b(?:(?:every|each)(?: single)? one of them|each of them|all of them|the lot of them|"
    r"(?:his|her|their|that|this) (?:sort|kind|crowd|lot|type)|(?:people|men|women|folks?) like "
    r"(?:him|her|them|that|those))\b"
)
# A sentence that ends by saying who someone is: "Our new neighbours are Jewish."
_ENDS_WITH_GROUP = re.compile(
    rf"\b(?:are|were) (?:all |both |)(?:(?P<group>{GROUP})|(?P<adjective>black|asian|african|"
    r"arab|jewish|muslim|hindu|sikh|buddhist|chinese|indian|gay|lesbian|trans|transgender|"
    r"disabled|autistic|nigerian|pakistani|somali|mexican|polish|romanian|syrian|afghan|"
    r"iranian|turkish|kurdish|eritrean))$"
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
    group, opening = "", True
    for sentence in sentences(fold(text))[:_SENTENCES_MAX]:
        named = _GROUP.search(sentence)
        if (
            group
            and not named
            and (_PRONOUN.search(sentence) or _REFERENCE.search(sentence))
            and len(sentence.split()) <= _WORDS_MAX
            and not _SUFFERED.search(sentence)
            and not _DENIAL.search(sentence)
        ):
            resolved = _REFERENCE.sub(_referred(group), _PRONOUN.sub(_replace(group), sentence))
            # (a group named only at the end of a sentence is followed by "they" only to a
            # bad word: "Our new neighbours are Jewish. They brought us bread." is left alone)
            if opening or has_a_bad_word(resolved) or _REFERENCE.search(sentence):
                found.append(resolved)
        group, opening = _opening_group(sentence)
    return found


def _referred(group: str) -> Callable[[re.Match[str]], str]:
    """What takes the place of "every one of them" ("every one of the nigerians") or of
    "that crowd" (the group)."""

    def replace(match: re.Match[str]) -> str:
        said = match.group(0)
        return said.replace("them", f"the {group}") if said.endswith("them") else group

    return replace


def _opening_group(sentence: str) -> tuple[str, bool]:
    """The group a sentence opens with (within its first three words), or else the one it
    ends by naming ("Our new neighbours are Jewish."), or ""; and whether it opens it."""
    words = sentence.split()
    for start in range(min(_OPENING, len(words))):
        found = _GROUP.match(" ".join(words[start:]))
        if found:
            return found.group(0), True
    ending = _ENDS_WITH_GROUP.search(sentence.rstrip(" .!"))
    if ending:
        return ending.group("group") or f"{ending.group('adjective')} people", False
    return "", True


def _replace(group: str) -> Callable[[re.Match[str]], str]:
    """What takes the place of a pronoun: the group, with "are" after "they're"."""

    def replace(match: re.Match[str]) -> str:
        if match.group(0).endswith(("'re", " are", "theyre")):
            return f"{group} are"
        return group

    return replace
