"""Choose the bar at which a banned term rejects, on the dev split of the training data.

A banned term in a text rejects (with a message to rewrite) only when the contextual
scores confirm an attack on people or a threat; otherwise it holds for a person. The
confirming bar is *not* the hold bar: a wrongly rejected prayer is the worse mistake
(the author is told off and nobody reads it), while a held attack still waits for a
moderator. So the bar is the lowest on a 0.01 grid that lies at least ``MARGIN`` (0.02)
above the scores of every dev row that contains a banned term and is annotated as neither
an identity attack, an insult nor a threat. Only the dev split chooses it
(no evaluation set is read).

Usage, from the repository root, with the shipped model and the project's venv (no
torch needed)::

    .venv/bin/python -m vigil.moderation.training.contextual.term_bar [--write]

``--write`` stores the bar and the counts behind it in ``meta.json``.
"""

from __future__ import annotations

import argparse
import json
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from vigil.moderation.engine.contextual import CONTEXTUAL_DIR, load_contextual
from vigil.moderation.engine.terms import TermMatcher

from .assemble import assemble
from .evaluation import dynahate_cases
from .sources import Sample

ATTACK_LABELS = ("identity_attack", "threat")
"""The scores that confirm a banned term (their maximum is compared with the bar)."""
GRID = [round(0.50 + step / 100, 2) for step in range(50)]


@dataclass(frozen=True)
class Row:
    score: float
    """max(identity_attack, threat) from the shipped model."""
    attack: bool
    """Annotated as an identity attack or a threat."""
    benign: bool
    """Annotated as none of identity attack, insult and threat (each known and 0)."""


def rows_with_banned_terms(samples: Sequence[Sample]) -> list[Row]:
    matcher = TermMatcher.default("en")
    model = load_contextual()
    rows = []
    for sample in samples:
        if not any(hit.kind == "banned" for hit in matcher.find(sample.text)):
            continue
        scores = model.predict([sample.text])[0]
        targets = sample.targets
        rows.append(
            Row(
                score=max(scores.get(label, 0.0) for label in ATTACK_LABELS),
                attack=any(targets.get(label) == 1 for label in ATTACK_LABELS),
                benign=targets.get("identity_attack") == 0
                and targets.get("insult") != 1
                and targets.get("threat") != 1,
            )
        )
    return rows


MARGIN = 0.02
"""How far above every benign dev row's score the bar must lie. The int8 kernels differ
between processors in the scores' last digits, and unseen benign texts sit near the dev
rows: a bar right at the highest benign dev score rejected a benign text of DynaHate's test
split with the model of 2026-12-06 (chosen 0.97; that model's highest benign dev row scored
between 0.96 and 0.97)."""


def choose_bar(rows: Sequence[Row]) -> tuple[float, dict[str, int]]:
    """The lowest grid bar at least ``MARGIN`` above every benign row's score, with what it
    would reject."""
    for bar in GRID:
        if not any(row.benign and row.score > bar - MARGIN for row in rows):
            break
    else:
        bar = 1.0
    counts = {
        "rows_with_banned_term": len(rows),
        "benign_rows": sum(row.benign for row in rows),
        "attack_rows": sum(row.attack for row in rows),
        "attack_rows_rejected": sum(row.attack and row.score >= bar for row in rows),
    }
    return bar, counts


DEFAULT_DATA = Path(__file__).resolve().parents[4].parent / "shared" / "data" / "moderation"
"""The public datasets folder (the same as ``train.DEFAULT_DATA``, without importing torch)."""


def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA, help="public datasets folder")
    parser.add_argument("--write", action="store_true", help="store the bar in meta.json")
    args = parser.parse_args(argv)
    held_out = [text for cases in dynahate_cases(args.data).values() for text, _ in cases]
    split = assemble(args.data, held_out)
    rows = rows_with_banned_terms(split.dev)
    bar, counts = choose_bar(rows)
    for grid_bar in (0.6, 0.7, 0.8, 0.9, 0.95, 0.97, 0.98, 0.99):
        benign = sum(row.benign and row.score >= grid_bar for row in rows)
        attacks = sum(row.attack and row.score >= grid_bar for row in rows)
        print(f"bar {grid_bar:.2f}: benign rejected {benign}, attacks rejected {attacks}")
    print(f"chosen {bar:.2f}: {counts}")
    if args.write:
        meta_path = CONTEXTUAL_DIR / "meta.json"
        meta = json.loads(meta_path.read_text("utf-8"))
        meta["term_reject_bar"] = bar
        meta["term_reject_rule"] = (
            "a banned term rejects when max(identity_attack, threat) >= this bar: the lowest "
            "bar (0.01 grid) at least 0.02 above the score of every dev row with a banned term "
            "annotated as neither identity attack, insult nor threat"
        )
        meta["term_reject_dev"] = counts
        meta_path.write_text(json.dumps(meta, indent=1, ensure_ascii=False) + "\n", "utf-8")


if __name__ == "__main__":
    main()
