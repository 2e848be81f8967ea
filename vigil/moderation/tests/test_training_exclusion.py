"""Texts written to measure the model are kept out of its training data."""

from __future__ import annotations

import csv

from vigil.moderation.training.contextual import assemble


def _texts(path) -> list[str]:
    with path.open(encoding="utf-8", newline="") as handle:
        return [row["text"] for row in csv.DictReader(handle)]


def test_every_evaluation_set_is_among_the_texts_training_keeps_out() -> None:
    kept_out = set(assemble._suite_texts())
    for path in (assemble.SUITE, assemble.PROBES, assemble.DOMAIN_PRAYERS, *assemble.FORMS):
        assert path.exists(), path
        texts = _texts(path)
        assert texts and set(texts) <= kept_out, path


def test_a_training_line_close_to_an_evaluation_text_is_dropped() -> None:
    evaluation = _texts(assemble.FORMS[1])[:5]
    close = evaluation[0].rstrip(".!?") + " indeed."
    far = "Lord, keep the believers of Kazakhstan steady and full of hope."
    assert assemble.near_duplicates([far, close], evaluation) == {1}
