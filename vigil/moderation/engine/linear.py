"""The shipped linear model: one logistic regression per label over hashed word and
character n-grams (``features``), with numpy alone."""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from pathlib import Path

import numpy as np
import numpy.typing as npt

from .classifier import LABELS
from .features import FEATURES_VERSION, hashed_features

__all__ = ["HashedLinearClassifier"]


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
