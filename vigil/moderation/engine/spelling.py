"""Words for peoples spelt so that the model does not know them, mended.

The contextual model finds an attack on a group by the word for the group. Spelt with
a letter dropped or two letters swapped, with digits for letters or spaces between the
letters, or run into the next word, that word is one it has never seen, and the attack
goes through: on the group templates (``evaluation/group_templates.csv``), the full
policy caught 494 of 504 attacks as written, but only 304 with a letter dropped from
the group's word ("I despise Musims and everything they stand for."), 328 with two
letters swapped ("Jwes"), 362 in leetspeak ("Mu5l1m5"), 388 with spaced letters
("d i s a b l e d") and 288 run into the next word ("Muslimsand"). The same
misspellings held benign texts ("Gy people deserve the same rights as everyone else."),
since the forms of words no longer found the group either.

``mend_spelling`` returns the text with such words mended, for the model and the forms
of words to read. A word is changed only when it is not a word the model's own
vocabulary knows (so "jaws", "guy", "hindi" and "tan" stay as they are), and only into:

* a word for a people from the list below, one letter dropped, added, changed or two
  letters swapped away (for the short words "gay", "jew", "jews", "arab" and "roma",
  other than by a swap, only when "people", "men", "women" or "folk" follows, so that
  a name such as "Jes" stays);
* any known word, when its digits or symbols are read as the letters they stand for
  ("h4te" → "hate", "r3fug335" → "refugees"), and "h8" and its forms as "hate";
* the letters of a run of three or more single letters, joined ("d i s a b l e d");
* two words, when it is a word for a people run into a known word or the other way
  round ("Muslimsand" → "muslims and", "peopleare" → "people are");
* a word that carries an attack (the polarity lexicon's words and a list of others),
  two letters swapped or one dropped ("disugsting", "vermn"), when it can be only one
  such word and is written in lower case. With the longest other word of each group
  template so misspelt, the full policy caught 398 (swapped) and 396 (dropped) of the 504
  attacks and published 214 and 220 of the 324 benign texts; with this, 459 and 442, 265
  and 271;
* a whole sentence run together, cut into the fewest known words, when one of them is a
  word for a people and another a small word of a sentence ("and", "are", "hate", "in":
  "Blackpeoplearestupidandlazy" → "black people are stupid and lazy", "Ican'tstandJews"
  → "i can't stand jews"; "#BlackLivesMatter" and "transvestites" stay). With every
  space taken out of the group templates, the full policy caught 358 of their 504
  attacks and published 112 of their 324 benign texts; with this, 468 and 191.
"""

from __future__ import annotations

import json
import re
from functools import lru_cache
from pathlib import Path

__all__ = ["calm_emphasis", "mend_spelling"]

_VOCABULARY = Path(__file__).resolve().parent / "model" / "contextual" / "tokenizer.json"

_PEOPLES = (
    "muslims",
    "muslim",
    "islam",
    "islamic",
    "jews",
    "jewish",
    "christians",
    "christian",
    "catholics",
    "hindus",
    "hindu",
    "sikhs",
    "buddhists",
    "atheists",
    "women",
    "woman",
    "trans",
    "transgender",
    "gays",
    "lesbians",
    "lesbian",
    "homosexuals",
    "homosexual",
    "queers",
    "blacks",
    "black",
    "whites",
    "asians",
    "asian",
    "africans",
    "african",
    "arabs",
    "arab",
    "mexicans",
    "mexican",
    "immigrants",
    "immigrant",
    "migrants",
    "migrant",
    "refugees",
    "refugee",
    "foreigners",
    "disabled",
    "gypsies",
    "roma",
    "jew",
    "gay",
)
_PEOPLE_SET = frozenset(_PEOPLES)
_SHORT = frozenset({"gay", "jew", "jews", "arab", "roma"})
_BEFORE_PERSONS = frozenset({"people", "men", "women", "folk", "folks", "person"})
_JOINABLE = _PEOPLE_SET | {"people"}
# Texting forms with a number for a sound ("h8" is "hate"), too short to decode.
_TEXTING = {
    "h8": "hate",
    "h8s": "hates",
    "h8ed": "hated",
    "h8ing": "hating",
    "h8r": "hater",
    "h8rs": "haters",
    "h8ers": "haters",
    "h8ful": "hateful",
}
# Other spellings of a word for a people, old or made up to pass a filter, that no letter's
# change mends ("Moslems go home" was published, the model not knowing the word), and the
# mocking spellings an insult of a people is written in ("wimmin are stoopid").
_VARIANTS = {
    "moslem": "muslim",
    "moslems": "muslims",
    "mozlem": "muslim",
    "mozlems": "muslims",
    "muzlim": "muslim",
    "muzlims": "muslims",
    "muzlem": "muslim",
    "muzlems": "muslims",
    "moslim": "muslim",
    "moslims": "muslims",
    "mooslims": "muslims",
    "joos": "jews",
    "jooz": "jews",
    "jewz": "jews",
    "jooish": "jewish",
    "hindoo": "hindu",
    "hindoos": "hindus",
    "wimmin": "women",
    "wimmen": "women",
    "stoopid": "stupid",
    "stoopit": "stupid",
}
# Slurs one letter away from a word for a people: mended, they would read as neutral.
_SLURS_NEAR_PEOPLES = frozenset({"whitey", "whiteys", "blacky", "blackie", "blackies", "jewy"})
_LEET = str.maketrans("4@3€1!|0$5+7", "aaeeiiiossst")
# A word, with symbols inside it ("mu$lim$", "$hoot"); not a handle ("@name") and not
# the punctuation after it ("me!").
_TOKEN = re.compile(r"(?<![@\w])\$?[^\W_]+(?:[@$€!|+*]+[^\W_]+)*")
# (or a dot or a hyphen between them: "s.c.u.m", "v-e-r-m-i-n"; "U.S." and "e.g." are two
# letters, and only a known word is joined)
_SPACED = re.compile(r"(?<![^\W_.])(?:[^\W\d_][ .\-]){2,}[^\W\d_](?![^\W_])")
_GAPS = re.compile(r"[ .\-]")
# A charged word split by a hyphen into pieces that are no words ("ver-min", "scu-m").
_HYPHENATED = re.compile(r"\b([^\W\d_]{1,8})-([^\W\d_]{1,8})\b")
_MIN_LENGTH = 2
_MAX_LENGTH = 40  # longer than any word for a people run into another word
_MIN_LETTERS = 2


@lru_cache(maxsize=1)
def _known() -> frozenset[str]:
    """Whole words of the contextual model's WordPiece vocabulary (empty without it)."""
    if not _VOCABULARY.exists():
        return frozenset()
    vocab = json.loads(_VOCABULARY.read_text("utf-8"))["model"]["vocab"]
    return frozenset(word for word in vocab if word.isalpha())


def _is_known(word: str, known: frozenset[str]) -> bool:
    if word in known:
        return True
    for ending, stem_ending in (("ies", "y"), ("es", ""), ("s", "")):
        if word.endswith(ending) and word[: -len(ending)] + stem_ending in known:
            return True
    return False


def _one_edit(word: str, target: str) -> bool:
    """One letter dropped, added or changed, or two neighbours swapped."""
    if word == target or abs(len(word) - len(target)) > 1:
        return False
    if len(word) == len(target):
        diff = [i for i, (a, b) in enumerate(zip(word, target, strict=True)) if a != b]
        if len(diff) == 1:
            return True
        first, second = [*diff, -1, -1][:2]
        return (
            len(diff) == 2
            and second == first + 1
            and word[first] == target[second]
            and word[second] == target[first]
        )
    short, long = (word, target) if len(word) < len(target) else (target, word)
    return any(long[:i] + long[i + 1 :] == short for i in range(len(long)))


def _people_word(word: str, following: str) -> str | None:
    for people in _PEOPLES:
        if not _one_edit(word, people):
            continue
        swapped = sorted(word) == sorted(people)
        if people not in _SHORT or swapped or following in _BEFORE_PERSONS:
            return people
    return None


def _split(word: str, known: frozenset[str]) -> str | None:
    """A word for a people run into a known word, or the other way round; the longest
    word for a people wins ("muslimsand" is "muslims and", not "muslim sand")."""
    cuts = range(2, len(word) - 1)
    for cut in reversed(cuts):
        if word[:cut] in _JOINABLE and _is_known(word[cut:], known):
            return f"{word[:cut]} {word[cut:]}"
    for cut in cuts:
        if word[cut:] in _JOINABLE and _is_known(word[:cut], known):
            return f"{word[:cut]} {word[cut:]}"
    return None


# Words of one or two letters a run-together sentence may hold; any other part must be a
# known word of three letters or more.
_SHORT_WORDS = "a i an am as at be by do go he if in is it me my no of on or so to up us we"
_SHORT_PARTS = frozenset(_SHORT_WORDS.split())
# A sentence run together says something of the people it names: at least one of these
# words is in it ("ihatewomen", "muslimsoutnow"), where a name or a compound rarely has
# one ("blacklivesmatter", "transvestites").
_GLUE_WORDS = (
    "i you we they he she it are is am was were be the and or of to all should must not "
    "no hate hates love loves kill out go get stop can will need deserve deserves belong "
    "make makes have has on in this that for with our my your their them us me like than "
    "here there"
)
_GLUE = frozenset(_GLUE_WORDS.split())
# What a part costs: the fewest parts win, but a small word of a sentence costs less than
# a rare short word ("in a zoo", not "ina zoo").
_GLUE_COST = 0.7
_RARE_COST = 1.8
_LONGEST_PART = 20


def _segment(word: str, known: frozenset[str], *, parts_needed: int = 3) -> str | None:
    """A sentence run together into one word, cut into the fewest known words
    ("blackpeoplearestupidandlazy" → "black people are stupid and lazy"), when it names a
    people and holds one of the ``_GLUE`` words; None otherwise."""
    length = len(word)
    if length < 2 * parts_needed:
        return None
    unreached = (float("inf"), 0)
    best = [(0.0, 0)] + [unreached] * length
    for end in range(1, length + 1):
        for start in range(max(0, end - _LONGEST_PART), end):
            if best[start] is unreached:
                continue
            part = word[start:end]
            if part in _SHORT_PARTS or part in _GLUE:
                cost = best[start][0] + _GLUE_COST
            elif len(part) > 2 and _is_known(part, known):
                cost = best[start][0] + (_RARE_COST if len(part) == 3 else 1.0)
            else:
                continue
            if cost < best[end][0]:
                best[end] = (cost, start)
    if best[length] is unreached:
        return None
    parts: list[str] = []
    end = length
    while end > 0:
        start = best[end][1]
        parts.append(word[start:end])
        end = start
    parts.reverse()
    if len(parts) < parts_needed:
        return None
    if parts_needed > 2 and not (_JOINABLE.intersection(parts) and _GLUE.intersection(parts)):
        return None
    return " ".join(parts)


# A contraction inside a run of words: "Ican'tstandJews" is "i can't stand jews".
_RUN_ON_CONTRACTION = re.compile(r"(?<![\w#@'’])([^\W\d_]+)(['’])(t|s|re|ve|ll|d|m)([^\W\d_]{4,})")


def _mend_contraction(match: re.Match[str], known: frozenset[str]) -> str:
    before, apostrophe, ending, after = (match.group(i) for i in range(1, 5))
    if len(after) > _MAX_LENGTH or _is_known(after.casefold(), known):
        return match.group(0)
    rest = _segment(after.casefold(), known, parts_needed=2)
    if rest is None or not _JOINABLE.intersection(rest.split()):
        return match.group(0)
    head = before.casefold()
    if not _is_known(head, known):
        head = _segment(head, known, parts_needed=2) or head
    return f"{head}{apostrophe}{ending} {rest}"


# Words that carry an attack, beside the polarity lexicon's: a word two letters of which
# are swapped ("disugsting", "haet") or with one letter dropped ("vermn", "despse") is
# read as the one such word it can be. Only these, only lower-case words (a capital may be
# a name: "Bastar" is a district, not "bastard"), and never a word changed or added to,
# which would read "kilns" as "kills" and "slurs" as "sluts".
_ATTACK_WORDS = (
    "vermin animals animal parasites parasite cockroaches rats plague zoo deserve deserves die "
    "dead death shot shoot shooting burn burned hang hanged gas gassed exterminate exterminated "
    "eliminate eradicate wipe belong belongs filth filthy dirty scum trash garbage rubbish "
    "subhuman subhumans savages savage inferior lazy thieves thief criminals criminal "
    "terrorists terrorist rapists liars disease diseases cancer infestation monsters monster "
    "beasts beast pigs apes dogs insects stupid idiots worthless useless disgusting despise "
    "loathe detest hate hatred kill killed killing murder slaughter deport deported ban banned "
    "expel removed vile evil wicked sick burden invaders invasion breed breeding"
)
# Informal spellings that are not misspellings of anything above.
_INFORMAL_WORDS = (
    "cant dont wont isnt arent wasnt werent didnt doesnt hasnt havent couldnt shouldnt "
    "wouldnt aint ive youre theyre thats whats theres yall gonna wanna gotta kinda sorta lmao"
)
_INFORMAL = frozenset(_INFORMAL_WORDS.split())
_MIN_TYPO = 4


@lru_cache(maxsize=1)
def _charged_words() -> tuple[frozenset[str], dict[str, frozenset[str]]]:
    """The charged words, and each spelling with one letter dropped from them mapped to
    the words it can come from."""
    from .negation import polarity

    words = {word for word in polarity() if word.isalpha() and len(word) >= _MIN_TYPO}
    words |= set(_ATTACK_WORDS.split())
    dropped: dict[str, set[str]] = {}
    for word in words:
        for i in range(1, len(word)):  # the first letter stays
            dropped.setdefault(word[:i] + word[i + 1 :], set()).add(word)
    return frozenset(words), {short: frozenset(found) for short, found in dropped.items()}


def _typo_of_charged_word(word: str) -> str | None:
    """The one charged word ``word`` is a swap or a dropped letter away from."""
    charged, dropped = _charged_words()
    if len(word) < _MIN_TYPO or word in charged or word in _INFORMAL:
        return None
    found = {
        swapped
        for i in range(1, len(word) - 1)  # the first letter stays
        if word[i] != word[i + 1]
        and (swapped := word[:i] + word[i + 1] + word[i] + word[i + 2 :]) in charged
    }
    if len(word) > _MIN_TYPO:
        found |= dropped.get(word, frozenset())
    return found.pop() if len(found) == 1 else None


def _mend(word: str, following: str, known: frozenset[str], *, symbols: bool) -> str | None:
    lower = word.casefold()
    if not lower.isalpha() and not symbols:
        return None
    if lower in _TEXTING:
        return _TEXTING[lower]
    variant = _VARIANTS.get(lower.translate(_LEET))
    if variant and (symbols or lower.isalpha()):
        return variant
    if symbols and "*" in lower:
        # a vowel starred out of a charged word: "id*ots", "sc*m", "v*rmin"
        charged = _charged_words()[0]
        starred = {lower.replace("*", vowel) for vowel in "aeiou"} & charged
        if len(starred) == 1:
            return starred.pop()
    if lower in _SLURS_NEAR_PEOPLES:
        return None
    if _is_known(lower, known) or not _MIN_LENGTH <= len(lower) <= _MAX_LENGTH:
        return None
    if not lower.isalpha():
        letters = sum(char.isalpha() for char in lower)
        if letters < _MIN_LETTERS or letters < len(lower) - letters:
            return None  # a number ("70s", "15", "C4"), not a word in disguise
        decoded = lower.translate(_LEET)
        if lower[0].isdigit() and decoded not in _PEOPLE_SET and decoded not in _charged_words()[0]:
            return None
        if decoded.isalpha() and decoded != lower:
            if _is_known(decoded, known):
                return decoded
            return _people_word(decoded, following)
        return None
    return (
        _people_word(lower, following)
        or _split(lower, known)
        or _segment(lower, known)
        or (None if word[0].isupper() else _typo_of_charged_word(lower))
    )


def _join_letters(spaced: str, known: frozenset[str]) -> str:
    word = _GAPS.sub("", spaced)
    lower = word.casefold()
    joins = _is_known(lower, known) or lower in _PEOPLE_SET or lower in _charged_words()[0]
    return word if joins else spaced


def _join_halves(match: re.Match[str], known: frozenset[str]) -> str:
    word = match.group(1) + match.group(2)
    if word.casefold() not in _charged_words()[0]:
        return match.group(0)
    if _is_known(match.group(1).casefold(), known) and _is_known(match.group(2).casefold(), known):
        return match.group(0)  # two words ("dis-ease" stays as written)
    return word


def mend_spelling(text: str, *, symbols: bool = True) -> str:
    """``text`` with misspelt words for peoples (and leetspeak, spaced letters and words
    run together around them) mended; ``text`` itself when nothing needed mending.

    ``symbols=False`` leaves words with digits or symbols in them as they are: the
    language is told from the text mended that way, so that a text hiding its letters
    ("0ld p3opl3 are s!ck") stays in no language the detector can tell, and held."""
    known = _known()
    if not known:
        return text
    joined = _SPACED.sub(lambda match: _join_letters(match.group(0), known), text)
    joined = _HYPHENATED.sub(lambda match: _join_halves(match, known), joined)
    joined = _RUN_ON_CONTRACTION.sub(lambda match: _mend_contraction(match, known), joined)
    tokens = list(_TOKEN.finditer(joined))
    pieces: list[str] = []
    last = 0
    changed = joined != text
    for index, match in enumerate(tokens):
        following = tokens[index + 1].group(0).casefold() if index + 1 < len(tokens) else ""
        mended = _mend(match.group(0), following, known, symbols=symbols)
        if mended is None:
            continue
        pieces += [joined[last : match.start()], mended]
        last = match.end()
        changed = True
    if not changed:
        return text
    return "".join([*pieces, joined[last:]])


_EMPHASIS = re.compile(r"([!?])[!?]+|(\.)\.{3,}")
# Symbols of warmth after words: the model reads their names ("person with folded hands",
# "flexed biceps") beside a people's name as an attack ("Immigrants make this country
# stronger 💪", identity_attack 0.40 against 0.24 without it). Only among words; a text of
# symbols alone is read as it is.
_WARMTH = re.compile(
    "(?<=\\w)[\\s.,!]*(?:[\U0001f64f\u2764\U0001f4aa\U0001f64c\U0001f60a\U0001f970\U0001f49b"
    "\U0001f49c\U0001f499\U0001f49a\U0001f9e1\U0001f90d\u2728\U0001f54a\U0001f3e0\U0001f917"
    "\U0001f60d\u263a\U0001f495\U0001f496\U0001f497\U0001f49e\U0001f338\U0001f33b]"
    "[\ufe0f\U0001f3fb-\U0001f3ff\\s]*)+$"
)


def calm_emphasis(text: str) -> str:
    """Runs of exclamation and question marks as one ("!!!" → "!", "?!?" → "?"): they
    say how loudly, not of whom, but the model reads "Jews are wonderful people!!!" as an
    attack (identity_attack 0.71 against 0.2 with one mark). Symbols of warmth that end a
    text of words (🙏, ❤️, 💪 …) are left out the same way."""
    text = _WARMTH.sub("", text)
    return _EMPHASIS.sub(lambda match: match.group(1) or "...", text)
