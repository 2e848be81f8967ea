"""Texts that quote an attack in order to condemn it, matched as a form of words.

Counter-speech quotes the attack it answers, and the contextual model reads the quote.
It was trained on counter-speech frames and publishes most of them, but not all:
wrapping each attack of the group templates (``evaluation/group_templates.csv``) in a
frame of condemnation, the full policy published 347 of 504 of 'I can't believe
someone wrote "…" on our wall.', 358 of 'You really think "…"? That is disgusting.'
and 438 of 'Nobody should ever say "…"' (against 480–492 for other frames).

``condemns_a_quote`` is true when a text quotes something ("…", '…' or “…”, two words or
more) and what it says *outside* the quotes:

* condemns it: hateful, racist, disgusting, wrong, lies, "must stop", "nobody should
  say", "I can't believe", "you are the problem", "heal", "forgive" and the like;
* endorses nothing: no "right", "true", "agree", "exactly", "facts", "based", "well
  said", "spot on" (unless denied: "not right", "isn't true"), no 👍, 💯 or 👏;
* names no people and no group of its own, no slur and no word of dehumanisation
  (so 'Muslims are scum, and people who say "Muslims are great" are wrong' stays with
  the model), and holds no second quote-free attack on the reader ("you idiot").

The other way round, the model publishes a quoted attack its author plainly sides
with: of 'My uncle always says "…" and he is right.' it held 13 of the 504 attacks, of
'"…" - finally someone said it.' 12, of '"…" is the truth.' 14. ``quotes_sided_with``
finds such texts ("he is right", "I agree", "well said", "finally someone", "so true",
"fair enough", "everyone knows", "never forget", "deny that …", 👍, 💯, 👏, unless
denied: "not right"), and the policy scores each quote as if its author had said it.

Speech reported without quotation marks counts as quoted: in "People keep posting that
Black people are criminals. It's racist." or "My uncle says immigrants are rats, and he
knows." what another is said to say, to the end of its sentence (or up to ", and he …"),
is read as the quote; what "I" or "we" say is never a quote (what "you" say is another's:
"You say Muslims are terrorists. That's racist.").

The policy does not hold a condemning text on the model's identity_attack or insult
scores alone. The word lists still apply to the whole text, quote included (a quoted
slur or obscenity is held as ever), and so do the threat, contempt and harassment forms,
the language rule and the other labels; it never releases a rejection.
"""

from __future__ import annotations

import re

from .contempt import GROUP
from .negation import says_against
from .wording import fold

__all__ = ["condemns_a_quote", "quotes_sided_with"]

_QUOTE = re.compile(r'"([^"]{3,})"|(?<![a-z])\'([^\']{3,})\'(?![a-z])')
_CONDEMN = re.compile(
    r"\b(?:hateful|hate speech|hatred|racist|racism|bigot\w*|disgusting|vile|wrong|"
    r"hurtful|unacceptable|shameful|shame on|horrible|horrid|awful|sickening|evil|"
    # "… is not a prayer, it's hate", "That is not how Christ speaks"
    r"(?:it'?s|that'?s|is|was|this is) (?:just |pure |plain |simply )?hate\b|"
    r"(?:is|was)(?: not|n'?t) a prayer|not how (?:christ|jesus|christians?|god|a christian) "
    r"(?:speaks?|talks?|loves?|acts?)|"
    r"lies|lie|lying|liars?|not true|untrue|false|nonsense|ignorant|ignorance|cruel|"
    r"dehumani[sz]\w*|offensive|appalling|abhorrent|despicable|disgraceful|outrageous|"
    r"must stop|has to stop|needs to stop|stop saying|never say|never be said|"
    r"should(?:n'?t| not| never) (?:say|be said|write|post)|nobody should|no one should|"
    r"can'?t believe|cannot believe|how can (?:anyone|you|people|someone)|"
    r"you(?: are|'re) the problem|heal|forgive|hurts?|harmful|toxic|poison\w*|"
    r"not (?:ok|okay|acceptable|funny)|deleted|reported|ashamed|walked out|left the room|"
    r"got up and left|stopped talking to|unfriended|blocked|called (?:him|her|them) out|"
    # a rebuke on the spot: "I told him to get off, and the driver backed me."
    r"told (?:him|her|them) to (?:get off|leave|go away|get lost|stop|shut up|be quiet|"
    r"apologi[sz]e)|stood up (?:to|for) (?:him|her|them|my \w+)|backed me|"
    r"unbelievable|in this day and age|speechless|heartbroken|broke my heart|made me cry|"
    r"horrified|shocked|disgusted|stop calling|how genocides? (?:start|starts|begin|begins)|"
    r"gets? people (?:killed|hurt|attacked)|leads? to violence|"
    # the words undone: "We washed it off together.", "… painted over it by morning"
    r"(?:washed|scrubbed|cleaned|painted|covered) (?:it|them|the words|the graffiti) "
    r"(?:off|away|over|up)|(?:washed|scrubbed|cleaned|painted) (?:off|away|over)|"
    r"(?:took|tore|pulled|ripped) (?:it|them|the sign|the poster|the posters) down|"
    # the moderators asked to take it away: "Why was '…' left up here? Please remove it."
    r"(?:please |kindly )?(?:remove|delete|take down) (?:it|this|that|the (?:comment|post|"
    r"message))(?: (?:please|now|moderators?|mods|admins?))*|ban (?:the|that|this) (?:user|"
    r"poster|account|troll)|"
    r"(?:left|still) up here|report(?:ed|ing)? (?:it|this|that|the (?:comment|post))|"
    r"flagg(?:ed|ing) (?:it|this|that))\b"
    # a question that asks, and only asks, why anyone would say it: "Why do people assume
    # every Muslim is an extremist?"
    r"|^why (?:do|does|would|will|did) (?:people|folks|so many people|some people|everyone|you|"
    r"they) (?:still |always |just |even |automatically )?(?:assume|think|believe|say|claim|"
    r"imagine)(?: that)? qqq\s*\?+\s*$"
)
# The name agreed with, after it: "A boy called my son a dirty immigrant, and he is one."
_SAID_OF_THEM = (
    r"(?:and|because|which|since) (?:he|she|they|we|it) (?:is|are|was|were|'s|'re) "
    r"(?:(?:just|really|actually|obviously|clearly) )?(?:one|ones|that)(?= *(?:[.!]|$))"
)
_DENIED = r"(?<!not )(?<!n't )(?<!never )(?<!isn't )(?<!aren't )"
# Outside the quotes, a word that may side with what is quoted: no release.
_ENDORSE = re.compile(
    rf"{_DENIED}\b(?:right|correct|true|agreed?|agrees|exactly|facts?|based|well said|"
    r"spot on|preach|truth|so true|no lie|100%|couldn'?t agree|amen to that|finally|"
    r"fair enough|deny|denies|denying|admit\w*|pretend\w*|afraid to|anymore|any more|"
    r"took so long|disagree\w*|cowards?|censor\w*|allowed to say|can'?t (?:even )?say|"
    r"never forget|remember|knows?|but,? qqq|look it up|look into it|google it|"
    r"(?:but|and|yet|so|very|totally|completely|100%) accurate|"
    r"do (?:your|the|some) research|wake up|open your eyes|"
    rf"{_SAID_OF_THEM}|"
    r"(?:wrote|painted|sprayed|put) (?:it|them) (?:back|up|again)|"
    # "It is not wrong to say that …", "nothing hateful about saying …"
    r"(?:not|never|isn'?t|nothing) (?:so |that |at all |really )?(?:wrong|hateful|racist|"
    r"a lie|false|cruel|offensive|bigoted))\b|\+1|"
    r"[\U0001f44d\U0001f4af\U0001f44f]"
    # "… ? Really? They are.", "… ? Because they are.": the saying repeated as one's own
    r"|(?:^|[.!?]\s*)(?:but |and |because |cos |coz )?(?:they|he|she) (?:really |truly |"
    r"actually |still |all )?(?:are|is)(?: (?:though|tho|anyway|too))?(?=\s*[.!]*$)"
)
# Outside the quotes, siding with what is quoted, plainly: the quote is read as said.
_SIDES_WITH = re.compile(
    rf"{_DENIED}\b(?:(?:he|she|they|you|it|this|that|which)(?: is|'s| are|'re| was| were)"
    r" (?:so |absolutely |totally |completely |100% |dead )?(?:right|correct|true|spot on)|"
    r"i (?:totally |completely |fully |strongly )?agree|agreed|well said|so true|spot on|"
    r"(?:finally|at last) (?:someone|somebody|a (?:man|woman|person|politician))|"
    r"fair enough|couldn'?t agree more|amen to that|preach|never forget|"
    r"(?:everyone|everybody|we all) knows?|(?:is|speaks|told|tells) the truth|"
    r"the truth is(?! that)|facts|based|remember:? qqq|(?:deny|denies|denying|won'?t admit|"
    r"afraid to (?:say|admit))(?: that)? qqq|anyone who disagrees|"
    r"(?:can'?t|cannot) (?:even )?say qqq any ?more|"
    r"took (?:so|this) long|(?:but|and|yet|so|very|totally|completely|100%) accurate|"
    r"and (?:he|she|they) (?:knows?|would know)(?= *(?:[.!]|$))|"
    rf"{_SAID_OF_THEM}|"
    r"look it up|google it|do (?:your|the|some) research|"
    # "I told him to say it louder.", "… and I told her to keep saying it"
    r"(?:told|tell) (?:him|her|them) to (?:say it louder|keep (?:going|saying it|it up)|"
    r"say it again|shout it louder)|say it louder|louder for the people)\b|\+1|"
    r"[\U0001f44d\U0001f4af\U0001f44f]"
    # "Saying immigrants are rats is true.", "… is dangerous, but it's true.", "Stop calling
    # refugees invaders, call them what they are: …"
    r"|\bqqq,? (?:is|was) (?:(?:so|absolutely|just|simply|only|dead|totally|completely) )?"
    r"(?:true|right|correct|accurate|honest|a fact|facts|common sense|realistic|fair|how you "
    r"(?:protect|save|keep|defend))\b"
    # "It is not wrong to say that …", "There's nothing racist about saying …", "It is
    # only fair to say …"
    r"|\b(?:not|never|nothing|isn'?t|wasn'?t) (?:(?:so|that|at all|really|even|remotely) )?"
    r"(?:wrong|hateful|racist|bigoted|a lie|false|cruel|offensive|hurtful|mean|rude|evil|"
    r"shameful|unfair|an insult)\b(?: (?:at all|in|with|about|to)\b)?"
    r"|\b(?:only |just |simply |perfectly |entirely )?(?:fair|right|true|honest|fine|ok|okay|"
    r"safe|reasonable|accurate|correct|realistic|common sense) (?:to|in) (?:say|saying|call|"
    r"calling|point out|pointing out|admit|admitting|claim|claiming)\b"
    r"|\bbut (?:it'?s|it is|that'?s|that is|they'?re|they are) (?:(?:still|also|all) )?(?:true|"
    r"right|correct|accurate|a fact|the truth)\b|\bcall (?:them|it) what (?:they|it) (?:are|is)\b"
)
# Anything outside the quotes that names people or insults leaves the text to the model.
_OUTSIDE_TARGET = re.compile(
    rf"\b(?:{GROUP}|rats?|vermin|parasites?|animals?|apes?|monkeys?|pigs?|dogs?|scum|"
    r"filth|trash|garbage|savages?|subhumans?|idiots?|morons?|stupid|retard\w*|"
    r"nig(?!ht|h\b|eri?an?|erien|ers?\b|el|iri|gl)\w*|negro\w*|kikes?|spics?|pakis?|fag\w*|"
    r"trann\w*|dykes?)\b"
)
_MIN_WORDS = 2
# A name another called the writer or the writer's own, told in one plain sentence ("A
# boy called my son a dirty immigrant.", "… because of her hijab."): an abuse suffered,
# never said (what "I" or "we" call anyone is not this; nor a sentence that goes on:
# "… , should be filthy …", "… , what's wrong with that").
_CALLED_OWN = re.compile(
    r"^(?:(?!(?:i|we|i'm|we're|should|must|deserves?)\b)[a-z']+ ){1,6}?(?:called|keeps? "
    r"calling|kept calling|have called|has called|had called|were calling|was calling) "
    r"(?:me|us|my [a-z]+|our [a-z]+) (?:(?!(?:should|must|deserves?|because he|because she|"
    r"and he|and she|and they|is|are|was|were)\b)[a-z'-]+ ?){1,8}"
    r"(?:(?:because|for|when|while|on|at|in|outside|after) [a-z' -]{1,60})?[.!]*$"
)

# Speech reported without quotation marks: "People keep posting that Black people are
# criminals. It's racist.", "Why do people still say Muslims are terrorists? It's
# hurtful." What another says, to the end of its sentence, is read as a quote (never what
# "I" or "we" say).
_REPORTER = (
    r"(?:(?:some|many|so many|a lot of|lots of) )?(?:people|folks|someone|somebody|he|she|you|"
    r"they|a man|a woman|a guy|a girl|a boy|a kid|a neighbou?r|a colleague|a stranger|"
    r"politicians|trolls|the regime|the government|the state media|extremists|some|many|"
    r"others|racists|bigots|antisemites|islamophobes|"
    r"(?:my|his|her|their|our|the|a|an|this|that|some) (?!(?:i|we)\b)[a-z]+"
    r"(?: (?!(?:i|we)\b)[a-z]+)?)"
)
_REPORTED = re.compile(
    rf"\b(?:why (?:do|does|did|would|will) )?(?P<who>{_REPORTER})"
    r"(?: (?:still|keep|keeps|kept|always|even|just|actually|often|constantly|openly|"
    r"loudly|once|recently|yesterday|today))* "
    r"(?:say|says|said|saying|claim|claims|claimed|claiming|post|posts|posted|posting|wrote|"
    r"write|writes|writing|tweeted|tweets|shouted|shouts|shouting|yelled|told me|told us|"
    r"tells me|tell me|tells us|insist|insists|insisted|think|thinks|thought|call|calls|"
    r"assume|assumes|assumed|"
    r"called|calling|spread|spreads|spreading|repeat|repeats|repeated|chanted|joke about|"
    r"jokes about|joked about|joking about)"
    r"(?: (?:online|on (?:facebook|twitter|x|here|the bus|tv|the radio)|at (?:work|school|"
    r"church)|in (?:class|church|the comments)|to (?:me|us|my face)))?(?: that)?,? "
    r"(?P<said>[^.!?;\n\"]{6,}?)(?P<end>,? (?=(?:and|but|which|so) (?:he|she|they|it|that|this|"
    r"i|we)\b)|,(?= you(?:'ve| have| are|'re| need| should| ought| must| really)\b)|[.!?;\n]|$)"
)
# A claim answered with the experience that refutes it: "If you think all Muslims are
# terrorists, you've never had a Muslim neighbour." (only where the claim is an attack:
# "If you think Muslims are peaceful, you've never met one." is one itself)
_REBUTTAL = re.compile(
    r"\byou(?:'ve| have) (?:clearly |obviously |simply |)never (?:met|had|known|talked to|"
    r"spoken to|lived (?:next to|beside|with|among)|worked (?:with|beside|alongside)|been to)\b"
    # "… you need to meet more Arabs."
    r"|\byou (?:really |clearly |)(?:need|ought|should|have) to (?:go and |go out and |)(?:meet|"
    r"get to know|talk to|spend time with|make friends with) (?:some|a few|more|real|actual)\b"
)

# The people a rebuttal sends the reader to meet are no target of its own ("… you need to
# meet more Arabs.").
_MET = re.compile(
    r"\b(?:meet|met|know|known|had|talk to|talked to|spend time with|make friends with|"
    r"lived (?:next to|beside|with|among)|worked (?:with|beside|alongside)) (?:more |some |"
    rf"a few |real |actual |any |)(?:{GROUP})\b"
)

# Or said by no one in particular, as what a sentence opens with: "Saying immigrants are
# rats is how genocides start.", "Stop calling refugees invaders."
_SAYING = re.compile(
    r"(?:^|(?<=[.!?] ))(?P<lead>(?:(?:stop |quit )?(?:saying|calling|claiming|comparing|likening|"
    r"equating|labell?ing|branding|describing)"
    # or what an impersonal sentence says of saying it: "It is wrong to say that Jews are
    # insects." (condemned), "It's not racist to say …", "There is nothing wrong with
    # saying …", "It's only fair to call …" (sided with)
    r"|(?:it is|it'?s|it was|that is|that'?s|there is|there'?s)(?: [a-z']+){1,4}? "
    r"(?:to|with|in|about) (?:say|saying|claim|claiming|suggest|suggesting|call|calling|"
    r"think|thinking|believe|believing|point out|pointing out|admit|admitting))"
    r"(?: that)? )"
    r"(?P<said>[^.!?\n\"]{6,}?)(?P<end> (?=(?:is|was|has|makes?|leads?|gets?)\b)|[,.!?\n]|$)"
)


def _quoting_reported_speech(folded: str) -> str:
    """``folded`` with what others are reported to say put in quotation marks (the
    reporters above never include "i" or "we")."""
    folded = _SAYING.sub(
        lambda found: (
            f'{found.group("lead")}"{found.group("said")}"{found.group("end")}'
            # (what such an opening condemns must be an attack: "Saying women are equal
            # to men is nonsense." condemns no attack, and is one)
            if says_against(found.group("said"))
            else found.group(0)
        ),
        folded,
    )
    return _REPORTED.sub(
        lambda found: (
            f'{found.group(0)[: found.start("said") - found.start()]}"{found.group("said")}"'
            f"{found.group('end')}"
        ),
        folded,
    )


def _folded_with_quotes(text: str) -> str:
    """``text`` folded; where it quotes nothing, what others are reported to say is put
    in quotation marks."""
    folded = fold(text)
    return folded if _QUOTE.search(folded) else _quoting_reported_speech(folded)


def condemns_a_quote(text: str) -> bool:
    """``text`` quotes something (or tells what another says) and, outside the quotes,
    condemns it, endorses nothing and names no people of its own."""
    folded = _folded_with_quotes(text)
    quotes = [next(part for part in match.groups() if part) for match in _QUOTE.finditer(folded)]
    if not any(len(quote.split()) >= _MIN_WORDS for quote in quotes):
        return False
    outside = " ".join(_QUOTE.sub(" qqq ", folded).split())
    if len(outside.split()) < _MIN_WORDS + 1:
        return False
    if _ENDORSE.search(outside):
        return False
    if _CALLED_OWN.match(" ".join(fold(text).split())) and not _OUTSIDE_TARGET.search(outside):
        return True
    if (
        _REBUTTAL.search(outside)
        and all(says_against(quote) for quote in quotes)
        and not _OUTSIDE_TARGET.search(_MET.sub(" ", outside))
    ):
        return True
    if _OUTSIDE_TARGET.search(outside):
        return False
    return bool(_CONDEMN.search(outside))


def quotes_sided_with(text: str) -> list[str]:
    """The quoted spans of ``text`` when what it says outside them plainly sides with
    them ('… and he is right', 'I agree:', 'finally someone said it', 'well said', 👍):
    the policy then scores each quote as if the author had written it."""
    folded = _folded_with_quotes(text)
    quotes = [next(part for part in match.groups() if part) for match in _QUOTE.finditer(folded)]
    quotes = [quote for quote in quotes if len(quote.split()) >= _MIN_WORDS]
    if not quotes:
        return []
    outside = " ".join(_QUOTE.sub(" qqq ", folded).split())
    return quotes if _SIDES_WITH.search(outside) else []
