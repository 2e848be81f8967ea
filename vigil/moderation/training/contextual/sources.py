"""Training rows for the contextual model, one loader per public dataset.

Every loader yields ``Sample`` rows whose ``targets`` hold only the labels the
source actually annotates: a dataset that marks hate speech says nothing about
threats or sexual content, so those labels are left out (masked in the loss)
rather than guessed as 0. ``obscene`` is tagged on every public row with the
training lexicon (``training/obscene_lexicon.txt``), so profanity that attacks
no one teaches ``obscene`` and nothing else.

Only sets whose licence allows training a shipped model are loaded here (see
``CONTEXTUAL_MODEL_CARD.md``). DynaHate has no licence and is never loaded by
this module: ``evaluation.dynahate_cases`` reads it for evaluation alone.
Davidson, ToxiGen and MLMA come through ``training.datasets`` and keep its
seeded 80/20 split: their 20 % stays unseen by both shipped models.
"""

from __future__ import annotations

import ast
import csv
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from vigil.moderation.engine.terms import TermMatcher, read_wordlist
from vigil.moderation.training.datasets import load_source

__all__ = ["LOADERS", "Sample", "obscene_tag", "targets"]

LEXICON = Path(__file__).resolve().parents[1] / "obscene_lexicon.txt"
csv.field_size_limit(1 << 24)


@dataclass(frozen=True)
class Sample:
    """One training text.

    ``targets`` maps a label to 0 or 1 for the labels this row is annotated
    for; other labels are unknown. ``group`` is the unit of the train/dev
    split (a row id, or a template id for generated lines, so that no
    template is on both sides). ``weight`` scales the row's loss.
    """

    text: str
    targets: Mapping[str, int]
    source: str
    group: str
    weight: float = 1.0


def targets(**known: int | bool | None) -> dict[str, int]:
    """Label -> 0/1 for the given labels; ``None`` means not annotated."""
    return {label: int(value) for label, value in known.items() if value is not None}


@lru_cache(maxsize=1)
def _obscene_matcher() -> TermMatcher:
    return TermMatcher(read_wordlist(LEXICON), [])


def obscene_tag(text: str) -> int:
    """1 when the text contains a word from the training obscenity lexicon."""
    return int(bool(_obscene_matcher().find(text)))


def _rows(path: Path, delimiter: str = ",") -> Iterator[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as handle:
        yield from csv.DictReader(handle, delimiter=delimiter)


def _legacy(
    root: Path, name: str, mapper: Callable[[frozenset[str]], dict[str, int]]
) -> Iterator[Sample]:
    """Train-split rows of a set loaded by ``training.datasets`` (English only)."""
    for index, example in enumerate(load_source(name, root)):
        if example.split == "train" and example.language == "en":
            known = mapper(example.labels) | {"obscene": obscene_tag(example.text)}
            yield Sample(example.text, known, name, f"{name}:{index}")


def davidson(root: Path) -> Iterator[Sample]:
    """Hate -> identity_attack; offensive -> insult (not identity); neither -> clean."""

    def mapper(labels: frozenset[str]) -> dict[str, int]:
        if "identity_attack" in labels:
            return targets(identity_attack=1)
        if "insult" in labels:
            return targets(identity_attack=0, insult=1)
        return targets(identity_attack=0, insult=0, threat=0, sexual=0, spam=0)

    return _legacy(root, "davidson2017", mapper)


def toxigen(root: Path) -> Iterator[Sample]:
    """hate_* -> identity_attack; neutral_* (benign group mentions) -> clean."""

    def mapper(labels: frozenset[str]) -> dict[str, int]:
        hate = "identity_attack" in labels
        return targets(identity_attack=hate, **({} if hate else _clean_rest()))

    return _legacy(root, "toxigen", mapper)


def mlma(root: Path) -> Iterator[Sample]:
    """English MLMA: hateful/fearful -> identity_attack; offensive kinds -> insult."""

    def mapper(labels: frozenset[str]) -> dict[str, int]:
        if not labels:
            return targets(identity_attack=0, insult=0, threat=0)
        return targets(
            identity_attack="identity_attack" in labels, insult="insult" in labels or None
        )

    return _legacy(root, "mlma", mapper)


def _clean_rest() -> dict[str, int]:
    return {"insult": 0, "threat": 0, "sexual": 0, "spam": 0}


def hatexplain(root: Path) -> Iterator[Sample]:
    """HateXplain (MIT): hatespeech -> identity_attack; offensive -> insult; normal -> clean."""
    folder = root / "hatexplain_tokens_tharindu"
    for name in ("hatexplain_train.csv", "hatexplain_test.csv"):
        for index, row in enumerate(_rows(folder / name)):
            text = " ".join(ast.literal_eval(row["post_tokens"]))
            label = row["post_label"]
            if label == "hatespeech":
                known = targets(identity_attack=1)
            elif label == "offensive":
                known = targets(identity_attack=0, insult=1)
            else:
                known = targets(identity_attack=0, **_clean_rest())
            known["obscene"] = obscene_tag(text)
            yield Sample(text, known, "hatexplain", f"hatexplain:{name}:{index}")


def mhs(root: Path) -> Iterator[Sample]:
    """Measuring Hate Speech, binarised (CC-BY-4.0): only identity_attack is known."""
    folder = root / "mhs_binary_rottger"
    for name in ("train_20692.csv", "dev_500.csv", "test_2000.csv"):
        for index, row in enumerate(_rows(folder / name)):
            text = row["text"]
            known = targets(identity_attack=row["label"] == "1", obscene=obscene_tag(text))
            yield Sample(text, known, "mhs", f"mhs:{name}:{index}")


def _score(value: str) -> float | None:
    return float(value) if value.strip() else None


def _sbic_targets(row: Mapping[str, str]) -> dict[str, int]:
    offensive, group, sexual = (_score(row[k]) for k in ("offensiveYN", "whoTarget", "sexYN"))
    known: dict[str, int] = {}
    if offensive is not None and offensive >= 0.5:
        if group is not None and group >= 0.5:
            known["identity_attack"] = 1
        else:
            known["insult"] = 1
            if group is not None:
                known["identity_attack"] = 0
    elif offensive is not None and offensive <= 0.2:
        known.update(identity_attack=0, insult=0, threat=0)
    if sexual is not None and (sexual >= 0.5 or sexual == 0):
        known["sexual"] = int(sexual >= 0.5)
    return known


def sbic(root: Path) -> Iterator[Sample]:
    """Social Bias Frames dev+test (CC-BY-4.0).

    Offensive (mean >= 0.5) aimed at a group -> identity_attack; offensive
    otherwise -> insult; inoffensive (<= 0.2) -> clean; lewd (sexYN >= 0.5)
    -> sexual, sexYN = 0 -> not sexual; in-between scores stay unknown.
    """
    folder = root / "sbic_partial"
    for name in ("SBIC.v2.agg.dev.csv", "SBIC.v2.agg.tst.csv"):
        for index, row in enumerate(_rows(folder / name)):
            text = " ".join(row["post"].split())
            known = _sbic_targets(row) | {"obscene": obscene_tag(text)}
            if text and len(known) > 1:
                yield Sample(text, known, "sbic", f"sbic:{name}:{index}")


def implicit_hate(root: Path) -> Iterator[Sample]:
    """Implicit Hate Corpus stage 1: explicit or implicit hate -> identity_attack;
    stage 2 "threatening" posts -> also threat; not_hate -> no attack, no threat."""
    folder = root / "implicit_hate_corpus"
    threatening = {
        row["post"]
        for row in _rows(folder / "implicit_hate_v1_stg2_posts.tsv", "\t")
        if "threatening" in (row["implicit_class"], row["extra_implicit_class"])
    }
    for index, row in enumerate(_rows(folder / "implicit_hate_v1_stg1_posts.tsv", "\t")):
        text, hate = row["post"], row["class"] != "not_hate"
        known = targets(
            identity_attack=hate,
            threat=1 if text in threatening else (0 if not hate else None),
            obscene=obscene_tag(text),
        )
        yield Sample(" ".join(text.split()), known, "implicit_hate", f"implicit_hate:{index}")


def hatemoji(root: Path) -> Iterator[Sample]:
    """HatemojiBuild (CC-BY-4.0), all splits: hateful -> identity_attack (threatening
    language also threat, derogation/dehumanising also insult); not hateful -> clean."""
    folder = root / "hatemoji_build"
    for name in ("train.csv", "validation.csv", "test.csv"):
        for row in _rows(folder / name):
            text, kind = row["text"], row["type"]
            if row["label_gold"] == "1":
                known = targets(identity_attack=1, threat=kind == "threateninglanguage" or None)
            else:
                known = targets(identity_attack=0, insult=0, threat=0, sexual=0)
            known["obscene"] = obscene_tag(text)
            yield Sample(text, known, "hatemoji", f"hatemoji:{row['entry_id']}")


def jigsaw_templates(root: Path) -> Iterator[Sample]:
    """Jigsaw sentence templates (CC-BY-4.0), English.

    Non-toxic identity statements -> clean. Toxic ones: "kill <group>" ->
    identity_attack + threat; "I hate <group>" -> identity_attack; "<name> is a
    vile <group>" -> identity_attack + insult; occupations -> insult only.
    """
    path = root / "jigsaw_sentence_templates" / "en_sentence_templates.csv"
    for index, row in enumerate(_rows(path)):
        template, text = row["template"], row["phrase"]
        if row["toxicity"] == "nontoxic":
            known = targets(identity_attack=0, **_clean_rest())
        elif template == "verb_adj":
            known = targets(identity_attack=1, threat=1)
        elif template == "am_hate_adj":
            known = targets(identity_attack=1, threat=0)
        elif template == "you_occupation":
            known = targets(identity_attack=0, insult=1, threat=0)
        else:
            known = targets(identity_attack=1, insult=1, threat=0)
        known["obscene"] = obscene_tag(text)
        yield Sample(text, known, "jigsaw_templates", f"jigsaw:{template}:{index}")


def toxic_counterspeech(root: Path) -> Iterator[Sample]:
    """Reddit replies (MIT): 1 hate -> identity_attack; 2 counter-speech and
    0 other -> not an attack (counter-speech may still be rude: insult unknown).
    The GPT-4o-labelled file is silver, so its rows weigh half."""
    folder = root / "toxic_counterspeech_reddit"
    for name, weight in (("validation_set.csv", 1.0), ("gpt_4o_labels.csv", 0.5)):
        for row in _rows(folder / name):
            text = row["reply"].strip()
            if not text or (text.startswith("http") and " " not in text):
                continue
            label = row["label"]
            known = targets(identity_attack=label == "1", threat=0 if label == "2" else None)
            known["obscene"] = obscene_tag(text)
            yield Sample(text, known, "toxic_counterspeech", f"tcs:{row['id']}", weight)


def hostile_counterspeech(root: Path) -> Iterator[Sample]:
    """Reddit newcomer/reply pairs (no licence; the datasheet allows training):
    counter-speech -> not an identity attack; a reply that attacks the
    newcomer -> insult. The texts never leave this process."""
    path = root / "hostile_counterspeech_reddit" / "counterspeech_dataset.csv"
    for row in _rows(path):
        for role in ("newcomer", "reply"):
            text = row[role].strip()
            attack = role == "reply" and row["reply_attack"] == "1"
            counter = row[f"{role}_counterspeech"] == "1"
            if text and (attack or counter):
                known = targets(identity_attack=0, insult=1 if attack else None)
                known["obscene"] = obscene_tag(text)
                yield Sample(text, known, "hostile_counterspeech", f"hcs:{row['id']}:{role}")


LOADERS: dict[str, Callable[[Path], Iterator[Sample]]] = {
    "davidson2017": davidson,
    "toxigen": toxigen,
    "mlma": mlma,
    "hatexplain": hatexplain,
    "mhs": mhs,
    "sbic": sbic,
    "implicit_hate": implicit_hate,
    "hatemoji": hatemoji,
    "jigsaw_templates": jigsaw_templates,
    "toxic_counterspeech": toxic_counterspeech,
    "hostile_counterspeech": hostile_counterspeech,
}
