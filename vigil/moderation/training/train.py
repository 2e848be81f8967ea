"""Train the shipped moderation model (one logistic regression per label).

Usage, from the repository root::

    .venv/bin/python -m vigil.moderation.training.train
        [--data ../shared/data/moderation] [--skip-cv] [--include-olid]

Reads the permissively licensed public datasets (``datasets.TRAIN_SOURCES``,
train splits only) plus ``own_words.csv``, hashes features with the same code
the engine serves with, fits scikit-learn's liblinear logistic regression per
label, and writes ``engine/model/vigil-linear.npz`` (loadable with numpy only).
Everything is seeded and liblinear is deterministic for a fixed input order,
so the same inputs give the same weights.
"""

from __future__ import annotations

import argparse
import csv
import random
import sys
import time
from collections import Counter
from collections.abc import Sequence
from pathlib import Path

import numpy as np
import numpy.typing as npt
from joblib import Parallel, delayed
from scipy import sparse
from sklearn.linear_model import LogisticRegression

from vigil.moderation.engine.classifier import LABELS, MODEL_PATH
from vigil.moderation.engine.features import hashed_features
from vigil.moderation.engine.linear import HashedLinearClassifier
from vigil.moderation.engine.normalize import normalize

from .datasets import EVAL_ONLY_SOURCES, TRAIN_SOURCES, Example, load_own_words, load_source

REPO_ROOT = Path(__file__).resolve().parents[3]
DEFAULT_DATA = REPO_ROOT.parent / "shared" / "data" / "moderation"
SUITE = REPO_ROOT / "vigil" / "moderation" / "evaluation" / "suite.csv"
SEED = 20261125
BITS = 19
C_BY_LABEL = {
    "identity_attack": 4.0,
    "insult": 4.0,
    "threat": 8.0,
    "obscene": 4.0,
    "sexual": 8.0,
    "spam": 8.0,
}
SOURCE_WEIGHT = {"own_words": 6.0, "toxigen": 3.0, "mlma": 0.5}
MIN_POSITIVE_SHARE = 0.15
NEAR_DUPLICATE = 0.5
MAX_BENIGN_HELD = 0.02
FloatArray = npt.NDArray[np.float64]


def parse_args(argv: Sequence[str] | None = None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument(
        "--data", type=Path, default=DEFAULT_DATA, help="folder with the public datasets"
    )
    parser.add_argument(
        "--out", type=Path, default=MODEL_PATH, help="where to write the .npz model"
    )
    parser.add_argument("--bits", type=int, default=BITS, help="hash space is 2**bits buckets")
    parser.add_argument(
        "--include-olid",
        action="store_true",
        help="also train on OLID (no licence of its own; off for the shipped model)",
    )
    parser.add_argument(
        "--skip-cv",
        action="store_true",
        help="skip the 5-fold out-of-fold threshold advice (saves ~3 minutes)",
    )
    return parser.parse_args(argv)


def training_examples(data: Path, include_olid: bool) -> list[Example]:
    """Train splits of the chosen public sets plus all of own_words, in a seeded order."""
    sources = TRAIN_SOURCES + (("olid",) if include_olid else ())
    examples = [e for name in sources for e in load_source(name, data) if e.split == "train"]
    examples += load_own_words()
    random.Random(SEED).shuffle(examples)
    return examples


def _shingles(text: str) -> set[str]:
    norm = normalize(text)
    return {norm[i : i + 5] for i in range(max(len(norm) - 4, 1))}


def check_suite_separation(own: list[Example], suite_path: Path = SUITE) -> None:
    """Abort if any own_words line is a near-duplicate of a validation-suite case."""
    if not suite_path.exists():
        return
    with suite_path.open(encoding="utf-8", newline="") as handle:
        suite = [(row["text"], _shingles(row["text"])) for row in csv.DictReader(handle)]
    worst = max(
        (
            (len(a & b) / len(a | b), ex.text, text)
            for ex in own
            for a in [_shingles(ex.text)]
            for text, b in suite
        ),
        default=(0.0, "", ""),
    )
    print(f"closest own_words/suite pair: Jaccard {worst[0]:.2f}\n  {worst[1]!r}\n  {worst[2]!r}")
    if worst[0] >= NEAR_DUPLICATE:
        sys.exit("own_words.csv has a near-duplicate of a suite case; rewrite it")


def feature_matrix(texts: list[str], bits: int) -> sparse.csr_matrix:
    """Rows scaled by 1/sqrt(feature count), exactly as the served model does."""
    docs, buckets = hashed_features(texts, bits)
    counts = np.bincount(docs, minlength=len(texts)).astype(np.float64)
    values = 1.0 / np.sqrt(np.maximum(counts, 1.0))[docs]
    matrix = sparse.csr_matrix((values, (docs, buckets)), shape=(len(texts), 1 << bits))
    matrix.sum_duplicates()
    return matrix


def sample_weights(examples: list[Example], label: str) -> npt.NDArray[np.float64]:
    """Per-source weights, then positives up-weighted to at least MIN_POSITIVE_SHARE
    of the total so rare labels (threat, sexual, spam) are not drowned out."""
    weights = np.array([SOURCE_WEIGHT.get(e.source, 1.0) for e in examples])
    positive = np.array([label in e.labels for e in examples])
    pos, neg = weights[positive].sum(), weights[~positive].sum()
    if 0 < pos < MIN_POSITIVE_SHARE * (pos + neg):
        weights[positive] *= MIN_POSITIVE_SHARE * neg / ((1 - MIN_POSITIVE_SHARE) * pos)
    return weights


def _fit_label(
    matrix: sparse.csr_matrix, examples: list[Example], label: str
) -> tuple[npt.NDArray[np.float64], float]:
    target = np.array([label in e.labels for e in examples], dtype=np.int8)
    model = LogisticRegression(
        C=C_BY_LABEL[label], solver="liblinear", max_iter=200, random_state=SEED
    )
    model.fit(matrix, target, sample_weight=sample_weights(examples, label))
    return model.coef_[0], float(model.intercept_[0])


def fit(examples: list[Example], bits: int, jobs: int = 2) -> HashedLinearClassifier:
    """One liblinear logistic regression per label over the hashed features."""
    matrix = feature_matrix([e.text for e in examples], bits)
    fitted = Parallel(n_jobs=jobs)(delayed(_fit_label)(matrix, examples, label) for label in LABELS)
    weights = np.stack([coef for coef, _ in fitted], axis=1).astype(np.float32)
    bias = np.array([intercept for _, intercept in fitted])
    return HashedLinearClassifier(weights, bias, bits=bits)


def _out_of_fold_scores(
    examples: list[Example], own: list[int], bits: int, folds: int
) -> FloatArray:
    """Probabilities for the own_words rows, each from a model that never saw it."""
    fold_of = {index: n % folds for n, index in enumerate(own)}
    scores = np.zeros((len(examples), len(LABELS)))
    for fold in range(folds):
        train = [e for i, e in enumerate(examples) if fold_of.get(i, -1) != fold]
        held = [i for i in own if fold_of[i] == fold]
        margins = fit(train, bits).decision_function([examples[i].text for i in held])
        scores[held] = 1 / (1 + np.exp(-margins))
    return scores


def _lowest_bar(benign_scores: FloatArray, max_held: float = MAX_BENIGN_HELD) -> float:
    """Lowest bar on a 0.05 grid that holds at most ``max_held`` of benign lines."""
    grid = [round(t, 2) for t in np.arange(0.05, 1.0, 0.05)]
    return next((t for t in grid if np.mean(benign_scores >= t) <= max_held), 0.95)


def cross_validate_own_words(
    examples: list[Example], bits: int, folds: int = 5
) -> dict[str, float]:
    """Per label, the hold bar that holds <= 2 % of benign own_words lines in
    out-of-fold predictions (public data always in training). This is how the
    policy's hold thresholds were chosen, without looking at the suite."""
    own = [i for i, e in enumerate(examples) if e.source == "own_words"]
    scores = _out_of_fold_scores(examples, own, bits, folds)
    benign = [i for i in own if not examples[i].labels]
    print("label             threshold  benign-held  positives-caught (own_words, out-of-fold)")
    bars: dict[str, float] = {}
    for k, label in enumerate(LABELS):
        positive = [i for i in own if label in examples[i].labels]
        bars[label] = bar = _lowest_bar(scores[benign, k])
        held, caught = np.mean(scores[benign, k] >= bar), np.mean(scores[positive, k] >= bar)
        print(f"{label:16s} {bar:9.2f}  {held:10.1%}  {caught:10.1%} of {len(positive)}")
    return bars


def main(argv: Sequence[str] | None = None) -> None:
    """Train and save the model; print what went in."""
    args = parse_args(argv)
    started = time.process_time()
    examples = training_examples(args.data, args.include_olid)
    check_suite_separation([e for e in examples if e.source == "own_words"])
    print(f"training on {len(examples)} texts: {dict(Counter(e.source for e in examples))}")
    suggested = {} if args.skip_cv else cross_validate_own_words(examples, args.bits)
    model = fit(examples, args.bits)
    model.meta.update(
        {
            "sources": sorted({e.source for e in examples}),
            "eval_only_sources": [
                s for s in EVAL_ONLY_SOURCES if not (s == "olid" and args.include_olid)
            ],
            "trained_languages": ["en"],
            "seed": SEED,
            "training_texts": len(examples),
            "suggested_hold": suggested,
        }
    )
    args.out.parent.mkdir(parents=True, exist_ok=True)
    model.save(args.out)
    size_mb, cpu = args.out.stat().st_size / 1e6, time.process_time() - started
    print(f"wrote {args.out} ({size_mb:.1f} MB) in {cpu:.0f} CPU s (main process)")


if __name__ == "__main__":
    main()
