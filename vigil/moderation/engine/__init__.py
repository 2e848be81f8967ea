"""Vigil's offline text-moderation engine (plain Python, no Django).

``assess_text`` runs the fast stage: normalisation, word lists, the shipped
classifier and the policy. The pieces are importable on their own for the
Django side to compose differently.
"""

from .classifier import LABELS, Classifier, KeywordFakeClassifier, load, load_default
from .language import detect_language
from .normalize import normalize
from .policy import DEFAULT_THRESHOLDS, Decision, Thresholds, assess_text, decide
from .terms import TermHit, TermMatcher

__all__ = [
    "DEFAULT_THRESHOLDS",
    "LABELS",
    "Classifier",
    "Decision",
    "KeywordFakeClassifier",
    "TermHit",
    "TermMatcher",
    "Thresholds",
    "assess_text",
    "decide",
    "detect_language",
    "load",
    "load_default",
    "normalize",
]
