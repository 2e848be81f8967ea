"""Loaders for the public moderation datasets and Vigil's own training words.

Every loader returns ``Example`` rows with Vigil labels and a ``split``
("train" or "test"). Test splits are the official ones where a dataset has
them (OLID, GermEval) and seeded 20 % splits otherwise; they are never
trained on, and ``evaluate`` reports them as held-out sets.

Licences decide what may go into the shipped model (see MODEL_CARD.md):
``TRAIN_SOURCES`` lists the permissively licensed sets trained on by default;
the others are loaded for evaluation only.
"""

from __future__ import annotations

import csv
import io
import random
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from vigil.moderation.engine.classifier import LABELS
from vigil.moderation.engine.terms import TermMatcher, read_wordlist

__all__ = [
    "EVAL_ONLY_SOURCES",
    "OWN_WORDS",
    "TRAIN_SOURCES",
    "Example",
    "load_own_words",
    "load_source",
]

HERE = Path(__file__).resolve().parent
OWN_WORDS = HERE / "own_words.csv"
TRAIN_SOURCES = ("davidson2017", "toxigen", "mlma", "germeval2018")
EVAL_ONLY_SOURCES = ("olid", "ethos", "told-br", "ru-distorted")
SPLIT_SEED = 1729
TEST_SHARE = 0.2


@dataclass(frozen=True)
class Example:
    """One labelled text. ``hateful`` is the binary gold used for evaluation."""

    text: str
    labels: frozenset[str]
    source: str
    split: str
    language: str = "en"
    hateful: bool = field(default=False)


def _split(source: str, index: int) -> str:
    """Seeded, stable per-row split: the same row is always in the same split."""
    return (
        "test" if random.Random(f"{SPLIT_SEED}:{source}:{index}").random() < TEST_SHARE else "train"
    )


def _obscene_matcher() -> TermMatcher:
    return TermMatcher(read_wordlist(HERE / "obscene_lexicon.txt"), [])


def _example(
    text: str,
    labels: set[str],
    source: str,
    split: str,
    language: str = "en",
    hateful: bool | None = None,
) -> Example:
    return Example(
        text,
        frozenset(labels),
        source,
        split,
        language,
        bool(labels) if hateful is None else hateful,
    )


def _davidson(root: Path) -> Iterator[Example]:
    """class 0 hate -> identity_attack; 1 offensive -> insult; obscene by lexicon."""
    obscene = _obscene_matcher()
    with (root / "davidson2017" / "labeled_data.csv").open(encoding="utf-8") as handle:
        for index, row in enumerate(csv.DictReader(handle)):
            labels = {"0": {"identity_attack"}, "1": {"insult"}, "2": set()}[row["class"]]
            if labels and obscene.find(row["tweet"]):
                labels = labels | {"obscene"}
            yield _example(row["tweet"], labels, "davidson2017", _split("davidson2017", index))


def _toxigen(root: Path) -> Iterator[Example]:
    """hate_* -> identity_attack; neutral_* -> benign (hard negatives that name groups)."""
    for path in sorted((root / "toxigen" / "demonstrations").glob("*/*.txt")):
        hate = path.name.startswith("hate_")
        lines = [
            line.strip().lstrip("-").strip()
            for line in path.read_text(encoding="utf-8").splitlines()
        ]
        for index, line in enumerate(filter(None, lines)):
            labels = {"identity_attack"} if hate else set()
            yield _example(line, labels, "toxigen", _split(f"toxigen/{path.stem}", index))


_MLMA_MAP = {
    "hateful": "identity_attack",
    "fearful": "identity_attack",
    "offensive": "insult",
    "abusive": "insult",
    "disrespectful": "insult",
}


def _mlma(root: Path) -> Iterator[Example]:
    """sentiment tokens -> labels (see _MLMA_MAP); rows mixing "normal" with others dropped."""
    with zipfile.ZipFile(root / "mlma" / "hate_speech_mlma.zip") as archive:
        for language in ("en", "fr", "ar"):
            raw = archive.read(f"hate_speech_mlma/{language}_dataset.csv").decode("utf-8")
            for index, row in enumerate(csv.DictReader(io.StringIO(raw))):
                tokens = set(row["sentiment"].split("_"))
                if "normal" in tokens and len(tokens) > 1:
                    continue
                labels = {_MLMA_MAP[t] for t in tokens if t in _MLMA_MAP}
                yield _example(
                    row["tweet"], labels, "mlma", _split(f"mlma/{language}", index), language
                )


_GERMEVAL_MAP = {
    "ABUSE": {"identity_attack", "insult"},
    "INSULT": {"insult"},
    "PROFANITY": {"obscene"},
    "OTHER": set(),
}


def _germeval(root: Path) -> Iterator[Example]:
    """Official train/test split.

    ABUSE -> identity_attack + insult, INSULT -> insult, PROFANITY -> obscene.
    """
    for split, name in (("train", "germeval2018.training.txt"), ("test", "germeval2018.test.txt")):
        for line in (root / "germeval2018" / name).read_text(encoding="utf-8").splitlines():
            parts = line.split("\t")
            if len(parts) == 3:
                yield _example(parts[0], set(_GERMEVAL_MAP[parts[2]]), "germeval2018", split, "de")


def _olid(root: Path) -> Iterator[Example]:
    """Official split (evaluation only by default).

    OFF/TIN/GRP -> identity_attack, OFF/TIN/IND|OTH -> insult, OFF/UNT -> obscene.
    """
    base = root / "olid" / "OLIDv1.0"
    with (base / "olid-training-v1.0.tsv").open(encoding="utf-8") as handle:
        for row in csv.DictReader(handle, delimiter="\t", quoting=csv.QUOTE_NONE):
            yield _example(row["tweet"], _olid_labels(row), "olid", "train")
    gold = dict(csv.reader((base / "labels-levela.csv").open(encoding="utf-8")))
    with (base / "testset-levela.tsv").open(encoding="utf-8") as handle:
        for row in csv.DictReader(handle, delimiter="\t", quoting=csv.QUOTE_NONE):
            off = gold[row["id"]] == "OFF"
            yield _example(row["tweet"], {"insult"} if off else set(), "olid", "test")


def _olid_labels(row: dict[str, str]) -> set[str]:
    if row["subtask_a"] == "NOT":
        return set()
    if row["subtask_b"] == "UNT":
        return {"obscene"}
    return {"identity_attack"} if row["subtask_c"] == "GRP" else {"insult"}


def _ethos(root: Path) -> Iterator[Example]:
    """Evaluation only (GPL-3.0): isHate >= 0.5 -> hateful; 0 < isHate < 0.5 dropped as unclear."""
    with (root / "ethos" / "Ethos_Dataset_Binary.csv").open(encoding="utf-8") as handle:
        for row in csv.DictReader(handle, delimiter=";"):
            score = float(row["isHate"])
            if score >= 0.5 or score == 0:
                yield _example(
                    row["comment"], {"identity_attack"} if score >= 0.5 else set(), "ethos", "test"
                )


def _told_br(root: Path) -> Iterator[Example]:
    """Evaluation only (CC-BY-SA-4.0), seeded 20 % sample.

    Any category flagged by >= 2 annotators -> hateful; no flag at all -> benign.
    """
    with (root / "told-br" / "ToLD-BR.csv").open(encoding="utf-8") as handle:
        for index, row in enumerate(csv.DictReader(handle)):
            votes = [float(value) for key, value in row.items() if key != "text"]
            if max(votes) >= 2 or max(votes) == 0:
                split = _split("told-br", index)
                if split == "test":
                    yield _example(
                        row["text"],
                        {"insult"} if max(votes) >= 2 else set(),
                        "told-br",
                        split,
                        "pt",
                    )


def _ru_distorted(root: Path) -> Iterator[Example]:
    """Evaluation only (MIT): Russian Distorted Toxicity, 3,000 VK comments, every one
    read. ``toxicity`` 1 -> hateful. The comment as written, not its ``corrected``
    spelling: the distortions are what the set tests."""
    path = root / "ru_distorted_toxicity" / "russian_distorted_toxicity.tsv"
    with path.open(encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(handle, delimiter="\t", quoting=csv.QUOTE_NONE):
            labels = {"insult"} if row["toxicity"] == "1" else set()
            yield _example(row["comments"], labels, "ru-distorted", "test", "ru")


_LOADERS = {
    "davidson2017": _davidson,
    "toxigen": _toxigen,
    "mlma": _mlma,
    "germeval2018": _germeval,
    "olid": _olid,
    "ethos": _ethos,
    "told-br": _told_br,
    "ru-distorted": _ru_distorted,
}


def load_source(name: str, root: Path) -> list[Example]:
    """All rows of one public dataset, with Vigil labels and their split."""
    return list(_LOADERS[name](root))


def load_own_words(path: Path = OWN_WORDS) -> list[Example]:
    """Vigil's own training material: ``text`` plus one 0/1 column per label, and the
    generated benign invocations of ``prayer_templates``."""
    from .prayer_templates import benign_prayers

    with path.open(encoding="utf-8", newline="") as handle:
        written = [
            _example(
                row["text"], {label for label in LABELS if row[label] == "1"}, "own_words", "train"
            )
            for row in csv.DictReader(handle)
        ]
    return written + [_example(text, set(), "own_words", "train") for text in benign_prayers()]
