"""Assemble the contextual model's training and dev sets.

Each public source is sampled down to a fixed share (the model trains in
about an hour on two cores, so it sees ~49,000 texts, not 200,000), the
project's own lines, the read sets of functional forms and the generated lines are added
whole, anything that comes near an evaluation text is dropped, and the rest is split into train
and dev: public and own rows stratified by source and label pattern, generated
lines by template id. Every step is seeded, so the same inputs give the same
sets in the same order.
"""

from __future__ import annotations

import csv
import itertools
import random
import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

from vigil.moderation.engine.classifier import LABELS
from vigil.moderation.engine.prayerframes import without_prayer_frames
from vigil.moderation.training.datasets import OWN_WORDS
from vigil.moderation.training.prayer_templates import benign_prayers

from .generators import generate
from .sources import LOADERS, Sample, obscene_tag

__all__ = [
    "CAPS",
    "Split",
    "assemble",
    "near_duplicates",
    "own_samples",
    "read_samples",
    "summary",
    "unframed_twins",
]

SEED = 20261125
DEV_SHARE = 0.1
GENERATED_DEV_SHARE = 0.15
NEAR_DUPLICATE = 0.5
OWN_WEIGHT = 2.0
SUITE = Path(__file__).resolve().parents[2] / "evaluation" / "suite.csv"
PROBES = SUITE.with_name("probes.csv")
DOMAIN_PRAYERS = SUITE.with_name("domain_prayers.csv")
FORMS = (
    SUITE.with_name("forms_d_blind.csv"),
    SUITE.with_name("forms_f.csv"),
    SUITE.with_name("forms_g.csv"),
    SUITE.with_name("forms_i.csv"),
    SUITE.with_name("forms_k.csv"),
    SUITE.with_name("forms_m.csv"),
    SUITE.with_name("forms_n.csv"),
    SUITE.with_name("forms_o.csv"),
    SUITE.with_name("forms_s.csv"),
    SUITE.with_name("forms_t.csv"),
    SUITE.with_name("forms_x.csv"),
    SUITE.with_name("forms_z.csv"),
    SUITE.with_name("forms_ab.csv"),
    SUITE.with_name("forms_ad.csv"),
    SUITE.with_name("forms_af.csv"),
    SUITE.with_name("forms_ah.csv"),
    SUITE.with_name("forms_aj.csv"),
    SUITE.with_name("forms_al.csv"),
    SUITE.with_name("forms_an.csv"),
    SUITE.with_name("forms_ap.csv"),
    SUITE.with_name("forms_ar.csv"),
    SUITE.with_name("forms_at.csv"),
    SUITE.with_name("forms_av.csv"),
    SUITE.with_name("forms_ax.csv"),
    SUITE.with_name("forms_az.csv"),
    SUITE.with_name("forms_bb.csv"),
    SUITE.with_name("forms_bd.csv"),
    SUITE.with_name("forms_bf.csv"),
    SUITE.with_name("forms_bh.csv"),
    SUITE.with_name("forms_bj.csv"),
    SUITE.with_name("prayers_z.csv"),
    SUITE.with_name("prayers_v.csv"),
    SUITE.with_name("group_templates.csv"),
    SUITE.with_name("long_wall.csv"),
    SUITE.with_name("wall_posts_bk.csv"),
    SUITE.with_name("wall_posts_bl.csv"),
    SUITE.with_name("news_comments_bm.csv"),
    SUITE.with_name("news_comments_bn.csv"),
    SUITE.with_name("wall_posts_bo.csv"),
    SUITE.with_name("wall_posts_bp.csv"),
    SUITE.with_name("social_replies_bq.csv"),
    SUITE.with_name("social_replies_br.csv"),
    SUITE.with_name("forum_posts_bs.csv"),
    SUITE.with_name("forum_posts_bt.csv"),
    SUITE.with_name("attacks_bu.csv"),
    SUITE.with_name("attacks_bv.csv"),
)
"""Texts written apart from the training lines and kept out of every training run, like the
suite, the probes and the domain prayers: the sets only ever counted, the group templates,
the long wall posts, wall posts BK, BO (read), BL and BP, news comments BM (read) and BN,
social replies BQ (read) and BR, forum posts BS (read) and BT, and attacks BU (read) and
BV."""

READ_FORMS = (
    SUITE.with_name("forms_a.csv"),
    SUITE.with_name("forms_b.csv"),
    SUITE.with_name("forms_c.csv"),
    SUITE.with_name("forms_d_read.csv"),
    SUITE.with_name("forms_e.csv"),
    SUITE.with_name("forms_h.csv"),
    SUITE.with_name("forms_j.csv"),
    SUITE.with_name("forms_l.csv"),
    SUITE.with_name("forms_p.csv"),
    SUITE.with_name("forms_q.csv"),
    SUITE.with_name("forms_r.csv"),
    SUITE.with_name("forms_w.csv"),
    SUITE.with_name("forms_y.csv"),
    SUITE.with_name("forms_aa.csv"),
    SUITE.with_name("forms_ac.csv"),
    SUITE.with_name("forms_ae.csv"),
    SUITE.with_name("forms_ag.csv"),
    SUITE.with_name("forms_ai.csv"),
    SUITE.with_name("forms_ak.csv"),
    SUITE.with_name("forms_am.csv"),
    SUITE.with_name("forms_ao.csv"),
    SUITE.with_name("forms_aq.csv"),
    SUITE.with_name("forms_as.csv"),
    SUITE.with_name("forms_au.csv"),
    SUITE.with_name("forms_aw.csv"),
    SUITE.with_name("forms_ay.csv"),
    SUITE.with_name("forms_ba.csv"),
    SUITE.with_name("forms_bc.csv"),
    SUITE.with_name("forms_be.csv"),
    SUITE.with_name("forms_bg.csv"),
    SUITE.with_name("forms_bi.csv"),
    SUITE.with_name("prayers_u.csv"),
    SUITE.with_name("prayers_y.csv"),
)
"""Sets of the same functional forms by the same kind of writers, each counted once and
then read to write the forms of words (``moderation_report`` marks them "read"): trained on
as labelled rows, so what a reader found in them teaches the model too. A row close to a
kept-out text is dropped like any other training line."""
READ_WEIGHT = 2.0

# Rows drawn from each public source (None: all of them).
CAPS: dict[str, int | None] = {
    "hatexplain": 6300,
    "mhs": 5000,
    "sbic": 4000,
    "implicit_hate": 4000,
    "hatemoji": 3600,
    "davidson2017": 2700,
    "toxic_counterspeech": 2200,
    "jigsaw_templates": 1800,
    "mlma": 900,
    "toxigen": None,
    "hostile_counterspeech": None,
}
_WORD = re.compile(r"[a-z0-9']+")


@dataclass(frozen=True)
class Split:
    """The assembled sets and what was dropped on the way."""

    train: list[Sample]
    dev: list[Sample]
    dropped_near_eval: int


def own_samples() -> list[Sample]:
    """``own_words.csv`` (all six labels annotated) and the generated benign prayers."""
    with OWN_WORDS.open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    own = [
        Sample(row["text"], {label: int(row[label]) for label in LABELS}, "own_words", f"own:{i}")
        for i, row in enumerate(rows)
    ]
    clean = dict.fromkeys(LABELS, 0)
    prayers = [
        Sample(text, clean, "own_prayers", f"prayer:{i}") for i, text in enumerate(benign_prayers())
    ]
    return [Sample(s.text, s.targets, s.source, s.group, OWN_WEIGHT) for s in own + prayers]


_HATEFUL_ALSO = {"forms:threat": "threat"}


def read_samples() -> list[Sample]:
    """The read sets as training rows: an attack is an identity attack (and a threat in
    the threat form); a benign text attacks, insults and threatens no one. What the forms
    do not say (obscenity from the lexicon aside) is left unannotated."""
    samples = []
    for path in READ_FORMS:
        with path.open(encoding="utf-8", newline="") as handle:
            for i, row in enumerate(csv.DictReader(handle)):
                text, hateful = row["text"], row["expected"] == "hateful"
                if hateful:
                    known = {"identity_attack": 1}
                    if also := _HATEFUL_ALSO.get(row["category"]):
                        known[also] = 1
                else:
                    known = {"identity_attack": 0, "insult": 0, "threat": 0}
                known["obscene"] = obscene_tag(text)
                samples.append(Sample(text, known, "read_forms", f"{path.stem}:{i}", READ_WEIGHT))
    return samples


def _sample_source(name: str, root: Path, rng: random.Random) -> list[Sample]:
    rows = list(LOADERS[name](root))
    cap = CAPS[name]
    if cap is not None and len(rows) > cap:
        rows = rng.sample(rows, cap)
    return rows


def _bigrams(text: str) -> set[tuple[str, str]]:
    words = _WORD.findall(text.lower())
    return set(itertools.pairwise(words)) or {(w, "") for w in words}


def near_duplicates(texts: Sequence[str], against: Iterable[str]) -> set[int]:
    """Indexes of ``texts`` whose word-bigram Jaccard with any of ``against``
    is at least NEAR_DUPLICATE (exact repeats included)."""
    index: dict[tuple[str, str], list[int]] = defaultdict(list)
    reference = [_bigrams(text) for text in against]
    for ref_id, grams in enumerate(reference):
        for gram in grams:
            index[gram].append(ref_id)
    hits: set[int] = set()
    for text_id, text in enumerate(texts):
        grams = _bigrams(text)
        shared = Counter(ref for gram in grams for ref in index.get(gram, ()))
        for ref_id, count in shared.items():
            if count / len(grams | reference[ref_id]) >= NEAR_DUPLICATE:
                hits.add(text_id)
                break
    return hits


def _suite_texts() -> list[str]:
    texts = []
    for path in (SUITE, PROBES, DOMAIN_PRAYERS, *FORMS):
        if not path.exists():
            continue
        with path.open(encoding="utf-8", newline="") as handle:
            texts += [row["text"] for row in csv.DictReader(handle)]
    return texts


def _stratum(sample: Sample) -> tuple[object, ...]:
    return (sample.source, *(sample.targets.get(label, -1) for label in LABELS))


def _split_rows(rows: list[Sample], rng: random.Random) -> tuple[list[Sample], list[Sample]]:
    """Per stratum (source x label pattern), a seeded DEV_SHARE goes to dev."""
    strata: dict[tuple[object, ...], list[Sample]] = defaultdict(list)
    for sample in rows:
        strata[_stratum(sample)].append(sample)
    train: list[Sample] = []
    dev: list[Sample] = []
    for key in sorted(strata, key=repr):
        members = strata[key]
        rng.shuffle(members)
        cut = round(len(members) * DEV_SHARE)
        dev += members[:cut]
        train += members[cut:]
    return train, dev


def _split_generated(rows: list[Sample], rng: random.Random) -> tuple[list[Sample], list[Sample]]:
    """Whole templates go to dev: GENERATED_DEV_SHARE of each family's template ids."""
    by_family: dict[str, set[str]] = defaultdict(set)
    for sample in rows:
        by_family[sample.group.split(":")[0]].add(sample.group)
    dev_groups: set[str] = set()
    for family in sorted(by_family):
        groups = sorted(by_family[family])
        rng.shuffle(groups)
        dev_groups.update(groups[: max(1, round(len(groups) * GENERATED_DEV_SHARE))])
    train = [s for s in rows if s.group not in dev_groups]
    dev = [s for s in rows if s.group in dev_groups]
    return train, dev


def unframed_twins(samples: Sequence[Sample], known: set[str]) -> list[Sample]:
    """Each text with words of prayer read without them, as the policy scores it too
    (``policy.model_scores``: "Lord, have mercy on the Jews" is also read as "have mercy on
    the Jews"), with the prayer's labels; texts already in ``known`` are left out."""
    twins = []
    for sample in samples:
        bare = without_prayer_frames(sample.text)
        if bare != sample.text and bare.strip(" .,!?") and bare not in known:
            known.add(bare)
            twins.append(Sample(bare, sample.targets, sample.source, sample.group, sample.weight))
    return twins


def assemble(root: Path, eval_texts: Iterable[str] = ()) -> Split:
    """Train and dev sets from every source; texts near the suite or any of
    ``eval_texts`` (DynaHate) are dropped first, so evaluation stays unseen."""
    rng = random.Random(SEED)
    public = [s for name in sorted(CAPS) for s in _sample_source(name, root, rng)]
    own, generated = own_samples() + read_samples(), generate()
    pool = public + own + generated
    pool = list({s.text: s for s in pool if s.text.strip()}.values())
    against = [*_suite_texts(), *eval_texts]
    near = near_duplicates([s.text for s in pool], against)
    kept = [s for i, s in enumerate(pool) if i not in near]
    rows = [s for s in kept if s.source != "generated"]
    train, dev = _split_rows(rows, rng)
    gen_train, gen_dev = _split_generated([s for s in kept if s.source == "generated"], rng)
    train, dev = train + gen_train, dev + gen_dev
    # (after the split, so that a prayer and its reading without the words of prayer are
    # on the same side of it)
    known = {s.text for s in kept}
    twins = unframed_twins(train, known), unframed_twins(dev, known)
    close = [near_duplicates([s.text for s in side], against) for side in twins]
    train += [s for i, s in enumerate(twins[0]) if i not in close[0]]
    dev += [s for i, s in enumerate(twins[1]) if i not in close[1]]
    rng.shuffle(train)
    return Split(train, dev, len(near) + sum(map(len, close)))


def summary(samples: Sequence[Sample]) -> dict[str, dict[str, int]]:
    """Per source: rows, and positives / annotated rows per label."""
    table: dict[str, dict[str, int]] = defaultdict(Counter)
    for sample in samples:
        row = table[sample.source]
        row["rows"] += 1
        for label, value in sample.targets.items():
            row[f"{label}_annotated"] += 1
            row[f"{label}_positive"] += value
    return {source: dict(counts) for source, counts in sorted(table.items())}
