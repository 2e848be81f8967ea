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

from .contempt import GROUP, ONE_OF_A_PEOPLE
from .negation import has_a_bad_word

__all__ = [
    "without_addressee",
    "without_loose_tags",
    "without_opinion_frames",
    "without_trailing_marks",
]

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
    r"\s+(?:smh|tbh|ngl|imo|imho|"
    r"idc(?: what (?:anyone|u|you|ppl|people) (?:says?|thinks?))?|"
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


# What a post shared from social media ends with, none of it words a form of words reads:
# hashtags of one word or of prayer ("#Pakistan", "#PrayForNigeria"), @handles, and symbols
# of prayer, love, grief, praise, fire and chains, light, nature and flags ("… Scrap them
# NOW. #Pakistan", "… Let them rise like lions! 🦁🔥"). A run that holds anything else (a
# hashtag of several words, "#SendThemBack"; a symbol that laughs, winks, insults or
# threatens: 😂 👀 🐀 🔪) is kept whole, since it may be what the post says.
_TAG_WORD = re.compile(r"[#@][\w'-]+")
_NOT_A_SYMBOL = frozenset(".,;:!?'\"()[]#@-")
_MARK = re.compile(r"[#@][\w'-]+|[^\s]")
_QUIET_TAG = re.compile(r"#(?:[A-Z][a-z]+|[Pp]ray\w*)")
_A_PEOPLE_TAG = re.compile(rf"#(?:{GROUP}|{ONE_OF_A_PEOPLE})s?", re.IGNORECASE)
_HANDLE = re.compile(r"@[\w'-]+")
_QUIET_SYMBOLS = frozenset(
    "🙏❤💙💚💛🧡💜🤍🖤💗💖💕💞💓💔♥😢😭😥😔🥺🙌👏💪✊🤝🫶🔥⛓✝☦🕊🌍🌎🌏🌐✨⭐🌟💡🕯☀🌅🌄"
    "🌧⛈🌊🌬🌱🌿🌸🌹🌷🦁🐑🎺🧱📖🎶🎵⛪⚡💥🛐☮🆘❗❓‼⁉🌙🤲🧕👣🏳\ufe0f\u200d"
)


def _quiet(mark: str, handles: bool) -> bool:
    if mark[0] == "@":
        return handles and bool(_HANDLE.fullmatch(mark))
    if mark[0] == "#":
        # (a place or a prayer, not a people or a bad word: "#Pakistan", "#PrayForIran";
        # not "#Muslims", "#Invasion")
        return bool(
            _QUIET_TAG.fullmatch(mark)
            and not _A_PEOPLE_TAG.fullmatch(mark)
            and not has_a_bad_word(mark[1:].lower())
        )
    # (flags are pairs of regional indicators; skin tones go with the symbol they tone)
    return (
        mark in _QUIET_SYMBOLS
        or "\U0001f1e6" <= mark <= "\U0001f1ff"
        or ("\U0001f3fb" <= mark <= "\U0001f3ff")
    )


def _marks_start(text: str) -> int:
    """Where the run of hashtags, @handles and symbols that ``text`` ends with starts
    (``len(text)`` when it ends with none), found from the end in one pass."""
    start = end = len(text)
    while end > 0:
        while end > 0 and text[end - 1].isspace():
            end -= 1
        char = text[end - 1] if end else ""
        if char and not (char.isalnum() or char == "_" or char in _NOT_A_SYMBOL):
            start = end = end - 1
            continue
        word_start = end
        while word_start > 0 and not text[word_start - 1].isspace():
            word_start -= 1
        if word_start < end and _TAG_WORD.fullmatch(text, word_start, end):
            start = end = word_start
            continue
        break
    return start


# A reply's addressee, one or more @handles that open it: "@Grace women are …", "@Mark,
# @Aisha: …"
_ADDRESSEE = re.compile(r"^\s*(?:@[\w.-]+[\s,:;]*(?:[-–—]\s*)?)+")


def without_addressee(text: str) -> str:
    """``text`` without the @handles a reply opens with, where at least two words are left:
    who is addressed says nothing of what is said to them, while the handle read as the
    sentence's first word hides its subject from the forms of words ("@Grace women are
    too emotional to lead" read as an attack on someone called Grace's women) and moves
    the model's scores both ways."""
    found = _ADDRESSEE.match(text)
    if not found:
        return text
    rest = text[found.end() :]
    return rest if len(rest.split()) >= 2 else text


def without_trailing_marks(text: str, handles: bool = True) -> str:
    """``text`` without the hashtags, @handles and symbols it ends with, where every one of
    them says nothing a form of words reads (``_quiet``) and something else is left. With
    ``handles`` false, a run with an @handle is kept whole (the model, trained on posts
    that end with them, reads them)."""
    start = _marks_start(text)
    marks = _MARK.findall(text[start:])
    if not marks or not all(_quiet(mark, handles) for mark in marks):
        return text
    rest = text[:start].rstrip()
    return rest if rest.strip(" .,!?") else text
