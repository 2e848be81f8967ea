"""Text classifiers: the protocol the policy relies on and the shipped model.

The shipped model is one logistic regression per label over hashed word and
character n-grams (see ``features``). Its weights live in ``model/`` as a
compressed ``.npz`` and load with numpy alone, so serving needs neither
scikit-learn nor a network. Any other model can be swapped in with ``load``
as long as it follows ``Classifier``.
"""

from __future__ import annotations

import importlib
import json
from collections.abc import Mapping, Sequence
from functools import lru_cache
from pathlib import Path
from typing import Protocol, runtime_checkable

import numpy as np
import numpy.typing as npt

from .features import FEATURES_VERSION, hashed_features

__all__ = [
    "LABELS",
    "MODEL_PATH",
    "Classifier",
    "HashedLinearClassifier",
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


class HashedLinearClassifier:
    """Per-label logistic regression over hashed n-gram features (numpy only)."""

    def __init__(
        self,
        weights: npt.NDArray[np.floating],
        bias: npt.NDArray[np.floating],
        *,
        labels: tuple[str, ...] = LABELS,
        bits: int,
        name: str = "vigil-linear",
        meta: Mapping[str, object] | None = None,
    ) -> None:
        if weights.shape != (1 << bits, len(labels)) or bias.shape != (len(labels),):
            raise ValueError(
                f"weights {weights.shape} / bias {bias.shape} do not fit {bits} bits x {labels}"
            )
        self.weights = weights.astype(np.float32)
        self.bias = bias.astype(np.float64)
        self.labels = labels
        self.bits = bits
        self.name = name
        self.meta = dict(meta or {})

    def decision_function(self, texts: Sequence[str]) -> npt.NDArray[np.float64]:
        """Raw margins, shape (len(texts), len(labels))."""
        docs, buckets = hashed_features(list(texts), self.bits)
        gathered = self.weights[buckets].astype(np.float64)
        if len(texts) == 1:  # the common per-prayer call: skip the scatter
            sums, counts = gathered.sum(axis=0, keepdims=True), np.array([float(len(buckets))])
        else:
            sums = np.zeros((len(texts), len(self.labels)))
            np.add.at(sums, docs, gathered)
            counts = np.bincount(docs, minlength=len(texts)).astype(np.float64)
        return self.bias + sums / np.sqrt(np.maximum(counts, 1.0))[:, None]

    def predict(self, texts: Sequence[str]) -> list[dict[str, float]]:
        """Probability per label for each text."""
        if not texts:
            return []
        probs = 1.0 / (1.0 + np.exp(-self.decision_function(texts)))
        return [dict(zip(self.labels, map(float, row), strict=True)) for row in probs]

    def save(self, path: Path) -> None:
        """Write weights (float16) and metadata to a compressed ``.npz``."""
        meta = {
            **self.meta,
            "bits": self.bits,
            "labels": list(self.labels),
            "name": self.name,
            "features_version": FEATURES_VERSION,
        }
        np.savez_compressed(
            path,
            weights=self.weights.astype(np.float16),
            bias=self.bias,
            meta=np.array(json.dumps(meta, sort_keys=True)),
        )

    @classmethod
    def from_file(cls, path: Path) -> HashedLinearClassifier:
        """Load a model written by ``save``; refuses a features-version mismatch."""
        with np.load(path, allow_pickle=False) as archive:
            meta = json.loads(str(archive["meta"]))
            if meta.get("features_version") != FEATURES_VERSION:
                raise ValueError(
                    f"{path}: built for features v{meta.get('features_version')}, "
                    f"this code computes v{FEATURES_VERSION}; retrain the model"
                )
            return cls(
                archive["weights"],
                archive["bias"],
                labels=tuple(meta["labels"]),
                bits=int(meta["bits"]),
                name=str(meta["name"]),
                meta=meta,
            )


@lru_cache(maxsize=1)
def load_default() -> HashedLinearClassifier:
    """The shipped model from ``engine/model/``, loaded once per process."""
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
