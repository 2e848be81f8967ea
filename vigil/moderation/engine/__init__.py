"""Vigil's offline text-moderation engine (plain Python, no Django).

``policy.decide`` is the one set of rules; ``assess_text`` gathers its inputs for a
bare text (shipped word lists, the shipped classifier, language detection), and the
Django side gathers them for a visitor's post (database word lists, bans, history).
"""

from .classifier import LABELS, Classifier, KeywordFakeClassifier, load, load_default
from .language import detect_language
from .normalize import normalize
from .policy import DEFAULT_THRESHOLDS, Thresholds, Verdict, assess_text, decide
from .terms import TermHit, TermMatcher

__all__ = [
    "DEFAULT_THRESHOLDS",
    "LABELS",
    "Classifier",
    "KeywordFakeClassifier",
    "TermHit",
    "TermMatcher",
    "Thresholds",
    "Verdict",
    "assess_text",
    "decide",
    "detect_language",
    "load",
    "load_default",
    "normalize",
]
