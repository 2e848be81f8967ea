"""Thresholds and metrics for the contextual model (numpy only).

DynaHate has no licence, so it is read here and nowhere else: as an
out-of-distribution check, never as training data. Its two partial copies
overlap; texts are deduplicated, and a text in the original test split is a
test case even when the other copy files it elsewhere. "Caught" means any of
identity_attack, insult or threat at or above its threshold.
"""

from __future__ import annotations

import csv
import time
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import numpy.typing as npt

from .sources import Sample

__all__ = [
    "ATTACK_LABELS",
    "LabelMetrics",
    "choose_thresholds",
    "dynahate_cases",
    "label_metrics",
    "measure_speed",
    "tally_binary",
]

ATTACK_LABELS = ("identity_attack", "insult", "threat")
GRID = np.round(np.arange(0.05, 0.96, 0.01), 2)
FloatArray = npt.NDArray[np.float64]


@dataclass(frozen=True)
class LabelMetrics:
    """Dev-split quality of one label at its threshold."""

    threshold: float
    annotated: int
    positives: int
    precision: float
    recall: float
    f1: float

    def as_dict(self) -> dict[str, float | int]:
        return {k: round(v, 4) if isinstance(v, float) else v for k, v in vars(self).items()}


def _read(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def dynahate_cases(root: Path) -> dict[str, list[tuple[str, bool]]]:
    """``{"dev": [(text, hateful)], "test": [...]}`` from both DynaHate copies.

    Test = the original test split; dev = everything else (original dev, and
    the original-train rows of the second copy), minus any text in test.
    """
    rows: list[tuple[str, bool, str]] = []
    for name in ("dev.csv", "test.csv"):
        for row in _read(root / "dynahate_partial" / name):
            rows.append((row["text"], row["label"] == "hate", row["split"]))
    for name in ("dev_500.csv", "test_2000.csv"):
        for row in _read(root / "dynahate_rottger_splits" / name):
            if row.get("split") and row.get("label") in ("0", "1"):
                rows.append((row["text"], row["label"] == "1", row["split"]))
    test = {text: hate for text, hate, split in rows if split == "test"}
    dev = {text: hate for text, hate, split in rows if split != "test" and text not in test}
    return {"dev": sorted(dev.items()), "test": sorted(test.items())}


def target_matrix(samples: Sequence[Sample], labels: Sequence[str]) -> FloatArray:
    """Shape (n, labels): 1/0 where annotated, NaN where not."""
    out = np.full((len(samples), len(labels)), np.nan)
    for row, sample in enumerate(samples):
        for col, label in enumerate(labels):
            if label in sample.targets:
                out[row, col] = sample.targets[label]
    return out


def label_metrics(scores: FloatArray, gold: FloatArray, threshold: float) -> LabelMetrics:
    """Precision/recall/F1 of ``scores >= threshold`` over the annotated rows."""
    known = ~np.isnan(gold)
    predicted, actual = scores[known] >= threshold, gold[known] == 1
    hits = int(np.sum(predicted & actual))
    precision = hits / max(int(predicted.sum()), 1)
    recall = hits / max(int(actual.sum()), 1)
    f1 = 2 * precision * recall / (precision + recall) if hits else 0.0
    return LabelMetrics(threshold, int(known.sum()), int(actual.sum()), precision, recall, f1)


def choose_thresholds(
    probs: FloatArray, gold: FloatArray, labels: Sequence[str]
) -> dict[str, LabelMetrics]:
    """Per label, the bar on a 0.01 grid (0.05-0.95) with the best dev F1.

    Ties go to the higher bar (fewer benign prayers held).
    """
    chosen: dict[str, LabelMetrics] = {}
    for col, label in enumerate(labels):
        candidates = [label_metrics(probs[:, col], gold[:, col], float(t)) for t in GRID]
        chosen[label] = max(candidates, key=lambda m: (round(m.f1, 4), m.threshold))
    return chosen


def caught(
    probs: FloatArray, labels: Sequence[str], thresholds: Mapping[str, float]
) -> npt.NDArray[np.bool_]:
    """True per row when any attack label reaches its bar."""
    cols = [labels.index(label) for label in ATTACK_LABELS]
    bars = np.array([thresholds[label] for label in ATTACK_LABELS])
    return np.any(probs[:, cols] >= bars, axis=1)


def tally_binary(flagged: npt.NDArray[np.bool_], hateful: Sequence[bool]) -> dict[str, float | int]:
    """Hateful caught and non-hateful published, counts and shares."""
    gold = np.asarray(hateful, dtype=bool)
    hate_n, benign_n = int(gold.sum()), int((~gold).sum())
    hate_caught, benign_published = int((flagged & gold).sum()), int((~flagged & ~gold).sum())
    return {
        "hateful": hate_n,
        "hateful_caught": hate_caught,
        "hateful_caught_share": round(hate_caught / max(hate_n, 1), 4),
        "benign": benign_n,
        "benign_published": benign_published,
        "benign_published_share": round(benign_published / max(benign_n, 1), 4),
    }


def measure_speed(
    predict: Callable[[Sequence[str]], object],
    texts: Sequence[str],
    predict_batched: Callable[[Sequence[str]], object] | None = None,
) -> dict[str, float]:
    """Texts per CPU-second when scored one at a time (the per-prayer call) and,
    given ``predict_batched``, in one call; 50th/99th percentile wall latency
    per single text in milliseconds."""
    predict(texts[:1])
    latencies: list[float] = []
    cpu_start = time.process_time()
    for text in texts:
        wall = time.perf_counter()
        predict([text])
        latencies.append((time.perf_counter() - wall) * 1000)
    cpu = time.process_time() - cpu_start
    speed = {
        "texts": len(texts),
        "texts_per_cpu_second_single": round(len(texts) / cpu, 1),
        "latency_ms_p50": round(float(np.percentile(latencies, 50)), 2),
        "latency_ms_p99": round(float(np.percentile(latencies, 99)), 2),
    }
    if predict_batched is not None:
        batch_start = time.process_time()
        predict_batched(list(texts))
        speed["texts_per_cpu_second_batched"] = round(
            len(texts) / (time.process_time() - batch_start), 1
        )
    return speed
