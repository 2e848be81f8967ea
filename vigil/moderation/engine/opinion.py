"""An attack stated as an opinion is read as the attack.

A frame of opinion at the start of a sentence — "I think", "I honestly believe that",
"In my opinion,", "Personally,", "To be honest,", "Am I the only one who thinks",
"Don't you think", "Unpopular opinion:" — changes nothing of what the sentence
says about a group, but it moves the contextual model a long way: on the group
templates (``evaluation/group_templates.csv``), the full policy caught 494 of 504
attacks as written and only 305–404 with one of these frames put in front, and held
more of the benign texts too, since the forms of words (affirmation, negation …) no
longer matched the whole sentence.

``without_opinion_frames`` removes such frames from the start of every sentence, so the
model and the forms of words read "I think Muslims are disgusting." as "Muslims are
disgusting.". It removes only frames in the first person that introduce a clause:
"I think of them as family", "I believe in …", "I don't think …", "Some people think …"
and "I feel sorry for …" are left as they are ("I feel" counts only before "that", "like"
or a clause: "I feel Muslims are / have / make …", "I feel I …").

A tag of defiance after a claim — "…, sorry not sorry.", "…, I said what I said.",
"… End of discussion.", "…, no offence." — says no more than the claim either, and moves
the model further still: "Gay people are disgusting." scored 0.95 as an identity attack,
and 0.25 with ", sorry not sorry" after it. Such tags are removed from the end of a
sentence, or as a sentence of their own.

The policy reads both: the model scores the text with and without its frames and the
higher score of each label counts (the model moves both ways: "I think Roma people are
born thieves." scores higher than the bare claim), and the forms of words read the text
without them.
"""

from __future__ import annotations

import re

__all__ = ["without_loose_tags", "without_opinion_frames"]

_ADVERBS = r"(?:(?:really|honestly|truly|genuinely|personally|just|do|strongly|firmly|still|" \
    r"sincerely|actually|seriously)\s+)*"  # fmt: skip
# "I think …", "I honestly believe that …", "I'm convinced that …", "I feel like …"
_FEEL_CLAUSE = (
    r"(?=\s+(?:i|we)\b|\s+(?:[\w'-]+\s+){1,3}(?:are|is|were|should|must|deserve|belong|"
    r"have|has|can'?t|cannot|don'?t|do not|make|makes|will|would|need|ruin)\b)"
)
_FIRST_PERSON = (
    rf"i(?:\s+{_ADVERBS}(?:(?:think|believe|reckon|suspect|guess|would say|'d say)(?:\s+that)?"
    rf"|feel\s+(?:that|like)|feel{_FEEL_CLAUSE})"
    rf"|(?:'m|\s+am)\s+{_ADVERBS}(?:convinced|sure|certain)(?:\s+that)?)"
    r"(?!\s+(?:of|about|in|on|so|not|it\b|that's|this|you're wrong))"
)
_PHRASES = (
    r"in my (?:honest |humble |personal |own )?(?:opinion|view|book)|imo|imho|tbh|tbf|"
    r"to be (?:honest|frank|fair)|honestly|frankly|personally|quite frankly|"
    r"let'?s be honest|let'?s face it|truth be told|if you ask me|"
    r"it seems to me(?: that)?|my (?:opinion|view|belief) is(?: that)?|"
    r"it'?s my (?:opinion|view|belief) that|"
    # a claim put as too plain to doubt: "Isn't it obvious that …", "Is it not obvious …"
    r"isn'?t it (?:obvious|clear|plain)(?: that)?|is it not (?:obvious|clear|plain)(?: that)?|"
    # an opinion put to the reader for agreement: "Am I the only one who thinks …",
    # "Don't you think …"
    r"am i the only one (?:who|that) (?:thinks?|believes?|feels?)(?: that)?|"
    r"(?:does )?anyone else (?:think|feel|believe)(?: that)?|"
    r"don'?t you (?:think|agree)(?: that)?|wouldn'?t you (?:say|agree)(?: that)?|"
    r"who else (?:thinks|agrees)(?: that)?|unpopular opinion|hot take|not gonna lie|ngl|"
    r"call me old[- ]fashioned,? but|say what you (?:like|want|will),? but"
)
_FRAME = re.compile(
    rf"(?:^|(?<=[.!?\n]))(\s*)(?:(?:{_PHRASES})\s*[,:]?\s*|{_FIRST_PERSON}\s*,?\s*)+"
    r"(?=\w)",
    re.IGNORECASE,
)
# Tags of defiance or of a shrug after a claim: "…, sorry not sorry.", "…, I said what I
# said.", "… End of discussion.", "…, no offence.", "…, just saying.", "… Fight me."
_TAGS = (
    r"sorry(?:,)? not sorry|i said what i said|end of (?:discussion|story|debate|conversation)|"
    r"no offen[cs]e(?: (?:intended|meant))?|just saying|i'?m just saying|(?:change|prove) my mind|"
    r"prove me wrong|fight me|deal with it|don'?t @ me|simple as(?: that)?|"
    r"(?:and )?that'?s (?:a fact|the truth|just facts|facts|all there is to it|that)|"
    r"facts|period|full stop|cope|not even sorry|you know it'?s true|i don'?t care who "
    r"(?:hears|knows) it|someone had to say it|somebody had to say it|"
    r"(?:and )?i don'?t care who (?:says|thinks) otherwise|"
    r"(?:and )?i'?m (?:tired|sick) of pretending otherwise"
)
_TAG = re.compile(
    rf"(?:\s*[,;:\-\u2013\u2014]\s*|(?<=[.!?])\s*|\s+(?=and\s+i))(?:{_TAGS})\s*[.!]*"
    r"(?=\s*(?:$|\n))",
    re.IGNORECASE,
)
# Tags a casual writer puts after a claim with no comma: "muslim men are all abusers idc what
# anyone says" (``without_loose_tags``; not laughter, which after harm told approves it:
# "Jews were gassed lol")
_LOOSE_TAG = re.compile(
    r"\s+(?:smh|idc(?: what (?:anyone|u|you|ppl|people) (?:says?|thinks?))?|"
    r"i don'?t care what (?:anyone|you|people) (?:says?|thinks?))\s*[.!]*(?=\s*(?:$|\n))",
    re.IGNORECASE,
)
_APOSTROPHES = str.maketrans({"\u2019": "'", "\u2018": "'"})


def without_opinion_frames(text: str) -> str:
    """``text`` with first-person frames of opinion removed from the start of each
    sentence (the rest, capitals and punctuation kept); ``text`` itself when it has none."""
    plain = text.translate(_APOSTROPHES)
    framed, tagged = _FRAME.search(plain), _TAG.search(plain)
    if not framed and not tagged:
        return text
    if tagged and plain[: tagged.start()].strip(" .,!?"):
        plain = plain[: tagged.start()].rstrip(" ,;:") + (
            "" if plain[: tagged.start()].rstrip().endswith((".", "!", "?")) else "."
        )
    return _FRAME.sub(lambda match: match.group(1), plain) if framed else plain


def without_loose_tags(text: str) -> str:
    """``text`` without a casual tag at its end ("… idc what anyone says"), for the forms of
    words only (the model reads the text as written)."""
    loose = _LOOSE_TAG.search(text)
    if loose and text[: loose.start()].strip(" .,!?"):
        return text[: loose.start()]
    return text
