"""Text classifiers: the protocol the policy relies on and the shipped model.

The shipped model is one logistic regression per label over hashed word and
character n-grams (``linear``, ``features``). Its weights live in ``model/`` as a
compressed ``.npz`` and load with numpy alone, so serving needs neither
scikit-learn nor a network; numpy itself is imported only when a model is loaded,
so a process that asks the model process for its scores never holds it. Any other
model can be swapped in with ``load`` as long as it follows ``Classifier``.
"""

from __future__ import annotations

import importlib
from collections.abc import Mapping, Sequence
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Protocol, runtime_checkable

if TYPE_CHECKING:
    from .linear import HashedLinearClassifier

__all__ = [
    "LABELS",
    "MODEL_PATH",
    "Classifier",
    "KeywordFakeClassifier",
    "load",
    "load_default",
]

LABELS = ("identity_attack", "insult", "threat", "obscene", "sexual", "spam")
MODEL_PATH = Path(__file__).resolve().parent / "model" / "vigil-linear.npz"


@runtime_checkable
class Classifier(Protocol):
    """Scores texts: per text, a probability in [0, 1] for each of ``labels``."""

    name: str
    labels: tuple[str, ...]

    def predict(self, texts: Sequence[str]) -> list[dict[str, float]]: ...


@lru_cache(maxsize=1)
def load_default() -> HashedLinearClassifier:
    """The shipped model from ``engine/model/``, loaded once per process."""
    from .linear import HashedLinearClassifier

    return HashedLinearClassifier.from_file(MODEL_PATH)


def load(dotted_path: str) -> Classifier:
    """Import ``package.module.Name`` (or ``package.module:Name``) as a Classifier.

    ``Name`` may be a class (instantiated without arguments), a factory
    function (called without arguments) or a ready instance, so a deployment
    can swap models from a setting without code changes.
    """
    module_name, _, attribute = dotted_path.replace(":", ".").rpartition(".")
    if not module_name:
        raise ImportError(f"{dotted_path!r} is not a dotted path like 'package.module.Name'")
    target = getattr(importlib.import_module(module_name), attribute)
    if isinstance(target, type) or (callable(target) and not isinstance(target, Classifier)):
        target = target()
    classifier = target
    if not isinstance(classifier, Classifier):
        raise TypeError(f"{dotted_path!r} does not provide name, labels and predict()")
    return classifier


class KeywordFakeClassifier:
    """Deterministic stand-in for tests: 0.99 on a label when one of its marker
    words appears in the text (case-insensitive substring), else 0.01.

    By default the marker for a label is ``"fake-<label>"``, e.g. a text
    containing "fake-obscene" scores 0.99 on ``obscene``.
    """

    name = "keyword-fake"

    def __init__(
        self, markers: Mapping[str, str] | None = None, labels: tuple[str, ...] = LABELS
    ) -> None:
        self.labels = labels
        self.markers = (
            dict(markers) if markers is not None else {f"fake-{label}": label for label in labels}
        )

    def predict(self, texts: Sequence[str]) -> list[dict[str, float]]:
        """0.99 for labels whose marker appears, 0.01 for the rest."""
        return [self._score(text.casefold()) for text in texts]

    def _score(self, folded: str) -> dict[str, float]:
        hit = {label for marker, label in self.markers.items() if marker.casefold() in folded}
        return {label: 0.99 if label in hit else 0.01 for label in self.labels}
