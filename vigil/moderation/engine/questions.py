"""Texts that only ask about a people's customs, words or needs, matched as a form of words.

The contextual model reads a people or a house of prayer named in a question as an
attack: "What do atheists usually do for funerals? Is there a typical non-religious
ceremony?" (identity_attack 0.58), "Is the mosque going to have a public open day? Would
like to see inside." (0.82), "What's the legal difference between an asylum seeker, a
refugee and a migrant?" (0.49), "What does kosher actually involve beyond not eating
pork?" (0.65) were held, in a set of forum posts written apart.

The questions matched here ask what a word or a custom means or involves, what people
usually do, what the difference between two things is, what the best way is to welcome
or help someone, how many will come to a place of worship or whether it will open its
doors, whether two peoples are the same, why some of a people prefer a custom or a
word, or whether someone carries or wears something. ``asks_in_good_faith`` is true
when *every* sentence of a text is such a question, or a sentence that only frames one
("Genuine question:", "For the Sikhs here:", "I'd like to understand the reasoning.",
"Would like to see inside."), and at least one is a question; and the text has no word
the polarity lexicon calls clearly bad, no slur or word of vermin, and none of the words
with which a question insinuates ("allowed", "let", "even", "always", "really", "so
many", "bother", "deserve", "agenda", "just asking"): "Why are Muslims allowed to live
among decent people?", "Why do trans people always need so much attention? Just
asking." stay with the model. The policy then does not hold such a text on the model's
identity_attack score alone; every other label, word list and form of words applies.
"""

from __future__ import annotations

import re

from .negation import BAD, polarity
from .wording import SLUR_OR_VERMIN, fold

__all__ = ["asks_in_good_faith"]

_WHO = r"(?:i|we|you|one|people|someone|a visitor|our church|our parish|the church)"
_QUESTIONS = [
    # "What does 'halachically Jewish' mean exactly?", "What does kosher actually involve
    # beyond not eating pork?"
    r"what (?:does|do|did) [^?]{1,60}? (?:actually |really |usually |exactly |typically )?(?:mean|"
    r"involve|entail|look like|stand for|require|consist of|celebrate|commemorate|"
    r"symboli[sz]e)\b[^?]{0,60}",
    # "What do atheists usually do for funerals?"
    r"what (?:do|does|did|would|will) [^?]{1,50}? (?:usually|typically|normally|traditionally|"
    r"generally|actually) (?:do|wear|eat|say|sing|read|celebrate|believe|call)\b[^?]{0,60}",
    # "What's the legal difference between an asylum seeker, a refugee and a migrant?", "What's
    # the best way to help Rohingya refugees directly …?"
    r"what(?:'s| is| are) the (?:(?:legal|real|main|actual|technical|practical) )?(?:difference|"
    r"differences) between\b[^?]{1,100}",
    rf"what(?:'s| is) the (?:best|right|kindest|proper|correct|polite|respectful|simplest|easiest) "
    rf"(?:way|word|term|name|thing to say)(?: for {_WHO})? to (?:help|welcome|support|greet|"
    r"address|refer to|describe|ask|invite|include|thank|reach|serve|pray (?:for|with)|talk to|"
    r"say)\b[^?]{0,100}",
    # "How should I ask a trans friend which name they'd like me to use?"
    rf"how (?:should|do|can|could|would|might) {_WHO} (?:best )?(?:ask|address|greet|welcome|help|"
    r"support|respect|say|pronounce|refer to|talk to|invite|include|learn about|find out about|"
    r"pray for|thank)\b[^?]{0,100}",
    # "How many families are expected to use the new mosque once it opens?"
    r"how many (?:people|families|worshippers|members|visitors|children|students|pupils|"
    r"volunteers|believers) (?:are expected to|will|would|usually|normally|go to|attend|come to|"
    r"use|visit)\b[^?]{0,80}",
    # "Is the mosque going to have a public open day?"
    r"(?:is|are|will|does|do|can|could) (?:the|your|our|this|that|their) (?:new )?(?:mosque|"
    r"synagogue|temple|gurdwara|church|chapel|centre|center|community cent(?:re|er)|festival|"
    r"service|open day|celebration)s? (?:be |going to |have |hold |open |welcome |allow visitors|"
    r"run )[^?]{0,80}",
    # "Are Roma and Irish Travellers the same group?"
    r"(?:are|is) [^?]{1,50}? (?:and|&) [^?]{1,50}? (?:the same|one and the same|related|"
    r"different)(?: (?:group|people|thing|faith|religion|community|ethnicity))?(?: or not)?",
    # "Why do some Black Americans prefer 'Black' and others 'African American'?", "… why do some
    # Muslim women choose to wear the niqab in countries where nobody requires it?"
    r"why do (?:some|many|so few) [^?]{1,60}? (?:prefer|choose|decide|like) (?:to )?[^?]{1,100}",
    # "do you carry the kirpan at all times, including at work?", "How do you handle airports?"
    r"do you (?:carry|wear|keep|observe|celebrate|fast|cover|eat|use) [^?]{1,80}",
    r"how do you (?:handle|manage|deal with|cope with|get through) (?:airports?|security|work|"
    r"school|fasting|exams|the heat|travel|flights?)\b[^?]{0,40}",
    # "Is it generational?", "Does it matter if only your father is Jewish?"
    r"is it (?:generational|regional|cultural|a regional thing|a generational thing|a personal "
    r"choice|optional|compulsory|required|a choice)",
    r"does it matter (?:if|whether|that) [^?]{1,60}",
    r"is there (?:a|an|any) (?:typical|usual|traditional|standard|common|special|particular|"
    r"non-religious|secular|religious)\b[^?]{1,60}",
    # "Holi is the one with the coloured powder right?"
    r"[a-z]+ is the (?:one|festival|holiday|day) (?:with|where|when) [^?]{1,60}?,? right",
]
# Sentences that only frame such a question.
_FRAMES = [
    r"(?:genuine|honest|serious|sincere|quick|real|curious|naive|dumb|silly) question",
    r"for (?:the|any) [a-z' -]{1,40}? (?:here|on here|reading this|in this thread)",
    r"(?:i'd|i would|i'd really|i would really|would|i'd love to|i would love to) "
    r"(?:like|love) to (?:understand|know|learn|hear|see inside|visit)(?: more)?"
    r"(?: (?:the reasoning|the reason|why|how|from people who do|from people who know|about it))*"
    r"(?: from [a-z' ]{1,40})?",
    r"(?:i|we) (?:keep seeing|often see|sometimes hear|keep hearing) (?:them|the words|the terms|"
    r"people) (?:lumped together|used interchangeably|mixed up|confused)(?: and (?:i'm|i am) not "
    r"sure (?:that's|that is) right)?",
    r"people (?:here )?(?:use|used) the (?:words|terms) interchangeably",
    r"never been but my (?:neighbou?r|friend|colleague|cousin|flatmate) goes every year",
    r"thanks(?: in advance)?|thank you(?: in advance)?",
]
_QUESTION = re.compile("|".join(f"(?:{form})" for form in _QUESTIONS))
_FRAME = re.compile("|".join(f"(?:{form})" for form in _FRAMES))
# The words with which a question insinuates rather than asks.
_INSINUATING = re.compile(
    r"\b(?:allowed|allow them|let them|let in|even|always|really|so many|too many|bother|"
    r"deserve\w*|agenda|just asking|permission|tolerate|put up with|still|why should|normal|"
    r"real reason|actually want|take over|outnumber\w*|breed\w*|handouts?|benefits|our "
    r"(?:country|town|streets|women|children|kids)|invade\w*|invasion|replace\w*|money|cash|"
    r"gold|profit\w*|banks?|media|power|control\w*|crimes?|criminals?|steal\w*|jobs|welfare|"
    r"taxes|smell\w*)\b"
)
# Words of mourning, which the polarity lexicon calls bad, asked about in good faith ("What
# do atheists usually do for funerals?").
_MOURNING = frozenset({"funeral", "funerals", "mourning", "mourn", "grief", "grieving", "burial"})
_WORD = re.compile(r"[a-z][a-z'-]*")
# A sentence and the mark it ends with.
_PARTS = re.compile(r"([^.!?;:\n]+)([.!?;:\n]*)")


def asks_in_good_faith(text: str) -> bool:
    """Every sentence of ``text`` asks about a people's customs, words or needs (or only
    frames such a question), at least one asks, and nothing in it insinuates."""
    folded = fold(text).replace("’", "'")
    scores = polarity()
    if any(
        scores.get(word, 0.0) <= BAD and word not in _MOURNING for word in _WORD.findall(folded)
    ):
        return False
    if SLUR_OR_VERMIN.search(folded) or _INSINUATING.search(folded):
        return False
    asked = False
    for part, mark in _PARTS.findall(folded):
        sentence = " ".join(part.replace('"', " ").split()).strip(" ,-–—*")
        sentence = re.sub(r"(?<![a-z])'|'(?![a-z])", "", sentence).strip()
        if not sentence:
            continue
        if "?" in mark and _QUESTION.fullmatch(sentence):
            asked = True
        elif not _FRAME.fullmatch(sentence):
            return False
    return asked
