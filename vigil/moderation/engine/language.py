"""Offline language detection with lingua, restricted to the languages Vigil
expects.

Low-accuracy mode (trigram models only) was meant to keep memory down, but
measured with these 17 languages both modes add about 42 MB of RSS once every
language model has been touched, while low-accuracy mode misreads short
prayers (e.g. Portuguese "Senhor, protege os cristãos" as Dutch with full
confidence). So the default is lingua's normal mode; set ``LOW_ACCURACY`` to
switch. Throughput is 8,000+ short texts per CPU-second either way.

The detector is built lazily once per process. ``detect_language`` returns an
ISO 639-1 code, or None when it cannot tell, so the policy can treat "unknown"
as "not a language any stage was trained on" (held). Three cases used to slip
through as if English and are decided before lingua is asked:

* the script: a text written mostly in a non-Latin script (Han, Devanagari,
  Arabic, Cyrillic, ...) is never English, however short, and a language lingua
  does not know (Mandarin written in Han is "zh" by script alone);
* mixed scripts inside one word ("Muslіms" with a Cyrillic і) are an attempt to
  dodge filters: unknown; so is a word wholly in another script inside a Latin text
  ("Pray for Kazakhstan ❤️ Спасибо"), which an English model cannot read;
* a short Latin text is English only when nearly all its words are English
  words (``english_words``); otherwise unknown.

A text of symbols without letters is in no language (None) too, but ``pictographic``
tells the policy that the models can read it.
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections import Counter
from collections.abc import Callable
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING

from .contextual import CONTEXTUAL_DIR

if TYPE_CHECKING:
    from lingua import LanguageDetector

__all__ = [
    "LANGUAGES",
    "MIN_CONFIDENCE",
    "MIN_LETTERS",
    "detect_language",
    "mixed_script_words",
    "script_of",
    "set_english_words",
]

LANGUAGES = (
    "en",
    "fr",
    "de",
    "es",
    "pt",
    "ar",
    "ru",
    "fa",
    "zh",
    "ko",
    "ur",
    "hi",
    "id",
    "tr",
    "it",
    "nl",
    "kk",
)
MIN_LETTERS = 8
MIN_CONFIDENCE = 0.5
MIN_MARGIN = 2.0
LOW_ACCURACY = False


@lru_cache(maxsize=1)
def _detector() -> LanguageDetector:
    from lingua import IsoCode639_1, Language, LanguageDetectorBuilder

    languages = [
        Language.from_iso_code_639_1(getattr(IsoCode639_1, code.upper())) for code in LANGUAGES
    ]
    builder = LanguageDetectorBuilder.from_languages(*languages)
    return (builder.with_low_accuracy_mode() if LOW_ACCURACY else builder).build()


# The language a script stands for when lingua cannot say (or says English).
_SCRIPT_LANGUAGE = {
    "CJK": "zh",
    "HIRAGANA": "ja",
    "KATAKANA": "ja",
    "HANGUL": "ko",
    "DEVANAGARI": "hi",
    "ARABIC": "ar",
    "CYRILLIC": "ru",
    "HEBREW": "he",
    "GREEK": "el",
    "THAI": "th",
}
_WORDS = re.compile(r"[^\W\d_]+(?:'[^\W\d_]+)?")
ENGLISH_SHARE = 0.8
SHORT_WORDS = 3


def shipped_english_words() -> frozenset[str]:
    """Whole English words of the contextual model's vocabulary (its tokenizer is
    English-only); empty when no contextual model is shipped."""
    path = CONTEXTUAL_DIR / "tokenizer.json"
    if not path.exists():
        return frozenset()
    vocabulary = json.loads(path.read_text("utf-8")).get("model", {}).get("vocab", {})
    words = {word for word in vocabulary if len(word) > 1 and word.isalpha() and word.isascii()}
    return frozenset(words | PRAYER_WORDS | ONE_LETTER_WORDS | SUBJECT_WORDS | things_words())


THINGS = Path(__file__).resolve().parent / "wordlists" / "things_en.txt"


def things_words() -> frozenset[str]:
    """The one-word English names of everyday things (WordNet's food, plants and
    artifacts, ``wordlists/things_en.txt``), which the vocabulary splits into pieces:
    "I hate mayonnaise." was read as French and held as a language no stage reads."""
    lines = THINGS.read_text("utf-8").splitlines()
    return frozenset(line for line in lines if line and not line.startswith("#") and line.isalpha())


# English's two words of one letter, which the vocabulary filter above leaves out
# ("I am a Jew." is four English words, not two).
ONE_LETTER_WORDS = frozenset({"i", "a"})


# Words of English prayer that a general vocabulary splits into pieces, and the Latin,
# Greek, Hebrew and Aramaic of the liturgy and of God's names that English prayers keep
# ("Kyrie eleison.", "Soli Deo gloria", "Jehovah Jireh, provide.", "Ameen"): a text made
# only of them is read as English, as its writer meant it.
PRAYER_WORDS = frozenset(
    {"amen", "ameen", "amin", "hallelujah", "alleluia", "hosanna", "maranatha", "selah",
     "shalom", "praise", "kyrie", "christe", "eleison", "soli", "deo", "gloria", "agnus",
     "dei", "dona", "nobis", "pacem", "gratias", "excelsis", "abba", "emmanuel", "immanuel",
     "jehovah", "yahweh", "jireh", "nissi", "rapha", "shammah", "elohim", "adonai",
     "shaddai", "ebenezer", "talitha", "koum", "ephphatha"}
)  # fmt: skip


# English words of this site's subject that the vocabulary splits into pieces: the names
# of hatred and of those who spread it, faiths, peoples and feasts ("Antisemitism kills."
# and "Stop antisemitism now." were held as in no language). Their spelling is English:
# French, German, Spanish or Italian write "islamophobie", "Antisemitismus",
# "islamofobia"; a proper name alone never makes a text English, since every word of a
# short text must be.
SUBJECT_WORDS = frozenset(
    {
        "antisemitism", "antisemitic", "antisemite", "antisemites", "islamophobia",
        "islamophobic", "islamophobes", "homophobia", "homophobic", "homophobe",
        "homophobes", "transphobia", "transphobic", "transphobe", "transphobes",
        "xenophobia", "xenophobic", "xenophobes", "bigotry", "bigot", "bigots", "bigoted",
        "misogyny", "misogynist", "misogynistic", "sexism", "sexist", "ableism", "ableist",
        "racists", "dehumanising", "dehumanizing", "slurs", "blasphemy", "persecutors",
        "apostate", "apostates", "atheists", "agnostics", "buddhists", "bahais",
        "jihadist", "jihadists", "islamist", "islamists", "extremists", "uyghur", "uyghurs",
        "uighur", "uighurs", "rohingya", "yazidi", "yazidis", "ahmadi", "ahmadis", "copt",
        "copts", "kazakhs", "dalit", "dalits", "tigrayans", "fulani", "hausa", "lgbtq",
        "lgbtqia", "hijab", "hijabs", "niqab", "niqabs", "burqa", "burqas", "ramadan",
        "iftar", "diwali", "hanukkah", "synagogues",
    }
)  # fmt: skip


_english_loader: Callable[[], frozenset[str]] | None = shipped_english_words


def pictographic(text: str) -> bool:
    """A text of symbols and no letters ("🙏🙏🙏", "✝️ ❤️"): in no language, and read by
    the models through the names they give each symbol (as in training), so the
    language rule does not hold it. Digits and punctuation alone ("...") are not."""
    text = _ADDRESSES.sub(" ", text)
    return not any(char.isalpha() for char in text) and any(
        unicodedata.category(char) == "So" for char in text
    )


def script_of(char: str) -> str:
    """The Unicode script of a letter, from its name ("LATIN", "CYRILLIC", "CJK", ...)."""
    name = unicodedata.name(char, "")
    return name.split(" ", 1)[0] if name else ""


def _scripts(text: str) -> Counter[str]:
    return Counter(script_of(char) for char in text if char.isalpha())


def _scripts_of_words(text: str) -> list[set[str]]:
    return [{script_of(char) for char in word if char.isalpha()} for word in _WORDS.findall(text)]


def mixed_script_words(text: str) -> int:
    """How many words mix Latin letters with letters of another script."""
    return sum("LATIN" in scripts and len(scripts) > 1 for scripts in _scripts_of_words(text))


def _unreadable_words(text: str) -> bool:
    """A word that mixes Latin letters with another script ("Muslіms" with a Cyrillic і),
    or one written wholly in another script inside a Latin text ("Pray for Kazakhstan ❤️
    Спасибо"): an English model cannot read it."""
    return any(
        scripts and (len(scripts) > 1 or "LATIN" not in scripts)
        for scripts in _scripts_of_words(text)
    )


def set_english_words(loader: Callable[[], frozenset[str]]) -> None:
    """Install the English vocabulary used for short Latin texts (lazy: called once)."""
    global _english_loader
    _english_loader = loader
    english_words.cache_clear()


@lru_cache(maxsize=1)
def english_words() -> frozenset[str]:
    """Lower-case English words (empty until ``set_english_words`` installs a loader)."""
    return _english_loader() if _english_loader else frozenset()


_ADDRESSES = re.compile(r"\S+://\S+|\bwww\.\S+|\S+@\S+\.\S+")


# English contractions: the word before the clitic is what the vocabulary knows
# ("I'm" is "i", "don't" is "do"); three change their stem.
_CLITICS = ("n't", "'m", "'re", "'ve", "'ll", "'d", "'s")
_IRREGULAR = {"can't": "can", "won't": "will", "shan't": "shall", "ain't": "am"}


def _stem(word: str) -> str:
    word = word.lower()
    if word in _IRREGULAR:
        return _IRREGULAR[word]
    for clitic in _CLITICS:
        if word.endswith(clitic) and len(word) > len(clitic):
            return word.removesuffix(clitic)
    return word


def _english_share(text: str) -> float:
    words = [_stem(word) for word in _WORDS.findall(text.replace("\u2019", "'"))]
    if not words or not english_words():
        return 0.0
    return sum(word in english_words() for word in words) / len(words)


def _lingua(text: str) -> tuple[str | None, float]:
    """lingua's answer (None when unsure) and its confidence."""
    confidences = _detector().compute_language_confidence_values(text)
    if not confidences:
        return None, 0.0
    best, runner_up = confidences[0].value, (confidences[1].value if len(confidences) > 1 else 0.0)
    if best < MIN_CONFIDENCE and best < MIN_MARGIN * runner_up:
        return None, best
    return str(confidences[0].language.iso_code_639_1.name).lower(), best


def _non_latin(text: str, script: str) -> str | None:
    if script == "MATHEMATICAL":
        # letters styled from the mathematical alphabets ("𝕷𝖔𝖗𝖉 𝖇𝖑𝖊𝖘𝖘"): a disguise, in
        # no language that can be told (lingua took them for Arabic)
        return None
    code, _ = _lingua(text) if sum(c.isalpha() for c in text) >= MIN_LETTERS else (None, 0.0)
    if code and code != "en":
        return code
    return _SCRIPT_LANGUAGE.get(script)


def detect_language(text: str) -> str | None:
    """ISO 639-1 code of ``text``, or None when it cannot be told (see the module).

    For Latin-script text, lingua's top language is accepted when its confidence
    is at least ``MIN_CONFIDENCE`` or ``MIN_MARGIN`` times the runner-up's; a
    text lingua is unsure of, or too short for, is English only when at least
    ``ENGLISH_SHARE`` of its words are English words; a text of at most
    ``SHORT_WORDS`` words, all English, is English whatever lingua says, and so
    is a longer one whose other language lingua chose on margin alone (below
    ``MIN_CONFIDENCE``). English words include "I", "a" and contractions.
    """
    text = _ADDRESSES.sub(" ", text)  # links and addresses are in no language
    scripts = _scripts(text)
    if not scripts:
        return None
    script, letters = scripts.most_common(1)[0]
    if script != "LATIN" and letters * 2 >= sum(scripts.values()):
        return _non_latin(text, script)
    if _unreadable_words(text):
        return None
    code, confidence = _lingua(text) if sum(scripts.values()) >= MIN_LETTERS else (None, 0.0)
    share = _english_share(text)
    if code is None and share >= ENGLISH_SHARE:
        return "en"
    short = len(_WORDS.findall(text)) <= SHORT_WORDS
    if code != "en" and share == 1.0 and (short or confidence < MIN_CONFIDENCE):
        # every word English, and lingua's other language either from too few words
        # ("Hallelujah!") or chosen on margin alone ("I am a Muslim." as Indonesian, 0.43)
        return "en"
    return code
