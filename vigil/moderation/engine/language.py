"""Offline language detection with lingua, restricted to the languages Vigil
expects.

Low-accuracy mode (trigram models only) was meant to keep memory down, but
measured with these 17 languages both modes add about 42 MB of RSS once every
language model has been touched, while low-accuracy mode misreads short
prayers (e.g. Portuguese "Senhor, protege os cristãos" as Dutch with full
confidence). So the default is lingua's normal mode; set ``LOW_ACCURACY`` to
switch. Throughput is 8,000+ short texts per CPU-second either way.

The detector is built lazily once per process. ``detect_language`` returns an
ISO 639-1 code, or None when the text is too short or lingua is not confident,
so the policy can treat "unknown" as "not a language the classifier was
trained on".
"""

from __future__ import annotations

from functools import lru_cache
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from lingua import LanguageDetector

__all__ = ["LANGUAGES", "MIN_CONFIDENCE", "MIN_LETTERS", "detect_language"]

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


def detect_language(text: str) -> str | None:
    """ISO 639-1 code of ``text``, or None if it is too short or ambiguous.

    The top language is accepted when its confidence is at least
    ``MIN_CONFIDENCE`` or ``MIN_MARGIN`` times the runner-up's (short texts
    spread confidence thinly over related languages).
    """
    if sum(char.isalpha() for char in text) < MIN_LETTERS:
        return None
    confidences = _detector().compute_language_confidence_values(text)
    if not confidences:
        return None
    best, runner_up = confidences[0].value, (confidences[1].value if len(confidences) > 1 else 0.0)
    if best < MIN_CONFIDENCE and best < MIN_MARGIN * runner_up:
        return None
    return str(confidences[0].language.iso_code_639_1.name).lower()
