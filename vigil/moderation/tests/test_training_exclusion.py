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


def test_the_read_sets_are_trained_on_and_no_counted_set_is() -> None:
    trained = {path.name for path in assemble.READ_FORMS}
    kept_out = {path.name for path in assemble.FORMS}
    assert not trained & kept_out
    for name in ("forms_d_blind.csv", "forms_bf.csv", "forms_bj.csv", "prayers_v.csv"):
        assert name in kept_out
    rows = assemble.read_samples()
    by_text = {sample.text: sample for sample in rows}
    assert len(by_text) > 7000
    attack = _texts(assemble.READ_FORMS[0])
    hateful = [s for s in rows if s.targets.get("identity_attack") == 1]
    benign = [s for s in rows if s.targets.get("identity_attack") == 0]
    assert hateful and benign and attack[0] in by_text
    # a benign row insults and threatens no one; an attack says nothing of sex or spam
    assert all(s.targets["insult"] == 0 and s.targets["threat"] == 0 for s in benign)
    assert all("sexual" not in s.targets and "spam" not in s.targets for s in hateful)
    with assemble.READ_FORMS[0].open(encoding="utf-8", newline="") as handle:
        threats = [
            row["text"] for row in csv.DictReader(handle) if row["category"] == "forms:threat"
        ]
    assert threats and all(by_text[text].targets["threat"] == 1 for text in threats)


def test_the_report_marks_read_exactly_the_sets_trained_on() -> None:
    from vigil.moderation.management.commands.moderation_report import FORMS

    read = {path.name for name, path in FORMS.items() if "(read" in name}
    kept_out = {"group_templates.csv", "long_wall.csv", "wall_posts_bk.csv"}
    kept_out |= {"news_comments_bm.csv", "wall_posts_bo.csv"}
    kept_out |= {"social_replies_bq.csv", "forum_posts_bs.csv", "attacks_bu.csv"}
    assert read - kept_out == {p.name for p in assemble.READ_FORMS}
    counted = {path.name for name, path in FORMS.items() if "(counted" in name}
    assert counted <= {path.name for path in assemble.FORMS}
