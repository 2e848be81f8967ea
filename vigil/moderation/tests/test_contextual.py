"""The shipped contextual model: it loads, follows the protocol, and behaves.

These load the real ONNX model (about a second), so they check behaviour a
retrained model could lose: a plain attack must score as an attack, an
ordinary prayer about persecution must not, and so on.
"""

from __future__ import annotations

import pytest

from vigil.moderation.engine import contextual
from vigil.moderation.engine.classifier import LABELS, Classifier
from vigil.moderation.engine.contextual import (
    CONTEXTUAL_DIR,
    MAX_WINDOWS,
    ContextualClassifier,
    describe_emoji,
    load_contextual,
    prepare_text,
)
from vigil.moderation.tests.known import RETRAIN_MISS

ATTACK_LABELS = ("identity_attack", "insult", "threat")


@pytest.fixture(scope="module")
def model() -> ContextualClassifier:
    return load_contextual()


def flagged(model: ContextualClassifier, text: str) -> set[str]:
    return set(model.flagged(model.predict([text])[0]))


def test_emoji_become_their_names() -> None:
    assert describe_emoji("Praying 🙏") == "Praying  person with folded hands "
    assert "dark skin tone" in describe_emoji("👍🏿")
    assert "\u200d" not in describe_emoji("👨\u200d👩\u200d👧")


def test_prepare_reads_lookalike_spellings_but_keeps_numbers() -> None:
    assert prepare_text("you m0r0n") == "you moron"
    assert prepare_text("Psalm 23, verse 4, on the 4th day") == "Psalm 23, verse 4, on the 4th day"
    assert prepare_text("  many \n spaces ") == "many spaces"


def test_prepare_joins_words_spelled_out_letter_by_letter() -> None:
    assert prepare_text("M u s l i m s are scum") == "Muslims are scum"
    assert prepare_text("D-E-A-T-H to them") == "DEATH to them"
    assert prepare_text("A.t.h.e.i.s.t.s") == "Atheists"
    assert prepare_text("e.g. the U.S. and Plan A, B or C") == "e.g. the U.S. and Plan A, B or C"


def test_loads_once_and_follows_the_protocol(model: ContextualClassifier) -> None:
    assert load_contextual() is model
    assert isinstance(model, Classifier)
    assert model.labels == LABELS
    assert set(model.thresholds) == set(LABELS)


def test_shipped_model_fits_the_size_budget() -> None:
    assert (CONTEXTUAL_DIR / "model.onnx").stat().st_size <= 30 * 1024 * 1024


def test_scores_are_probabilities_in_input_order(model: ContextualClassifier) -> None:
    texts = ["Amen.", "Lord, keep the house churches of Iran hidden and safe tonight.", "x" * 2000]
    together = model.predict(texts)
    alone = [model.predict([text])[0] for text in texts]
    assert model.predict([]) == []
    for joint, single in zip(together, alone, strict=True):
        assert set(joint) == set(LABELS)
        assert all(0.0 <= score <= 1.0 for score in joint.values())
        # int8 activations are quantised per batch, so batch mates move a score a little.
        assert all(abs(joint[k] - single[k]) < 0.05 for k in LABELS)


def test_a_prayer_phrased_attack_on_a_religion_is_an_identity_attack(
    model: ContextualClassifier,
) -> None:
    text = "Pray that the Muslims of Kazakhstan stop being such backward idiots."
    assert "identity_attack" in flagged(model, text)


def test_dehumanising_a_people_is_an_identity_attack(model: ContextualClassifier) -> None:
    assert "identity_attack" in flagged(model, "Honestly the Kurds are rats, all of them.")


def test_a_prayer_about_violence_suffered_is_published(model: ContextualClassifier) -> None:
    text = (
        "Soldiers burned the church in our village and beat the pastor. "
        "Lord, heal him and soften the hearts of the men who did it."
    )
    assert not flagged(model, text)


def test_naming_ones_own_faith_is_not_an_attack(model: ContextualClassifier) -> None:
    assert not flagged(model, "I am a Muslim and I pray for the Christians of Nigeria.")


def test_a_link_in_a_prayer_is_not_sexual_or_spam(model: ContextualClassifier) -> None:
    hits = flagged(model, "Praying for Kazakhstan tonight, read www.example.org")
    assert not hits & {"sexual", "spam"}


def test_profanity_that_attacks_no_one_is_obscene_only(model: ContextualClassifier) -> None:
    hits = flagged(model, "Holy shit, the floods took the whole village. Lord, help them.")
    assert "obscene" in hits
    assert not hits & set(ATTACK_LABELS)


def test_reporting_an_attack_is_not_an_attack(model: ContextualClassifier) -> None:
    text = 'Someone left a note saying "Christians are vermin" on our door. Lord, we forgive them.'
    assert not flagged(model, text) & set(ATTACK_LABELS)


def test_term_reject_bar_is_the_lowest_clear_of_every_benign_dev_row() -> None:
    from vigil.moderation.training.contextual.term_bar import Row, choose_bar

    rows = [
        Row(score=0.97, attack=True, benign=False),
        Row(score=0.995, attack=True, benign=False),
        Row(score=0.931, attack=False, benign=True),
        Row(score=0.60, attack=False, benign=True),
        Row(score=0.999, attack=False, benign=False),  # an insult: neither side
    ]
    bar, counts = choose_bar(rows)
    # 0.94 would reject no benign row, but lies only 0.009 above one
    assert bar == 0.96
    assert counts["attack_rows_rejected"] == 2
    assert counts["benign_rows"] == 2


# Seventy words of prayer: longer than the model's window of 64 tokens.
LONG_PRAYER = (
    "Lord, we lift up the believers of Kazakhstan tonight. Strengthen the pastors who are "
    "fined for meeting in homes, comfort the families who wait outside the courts, and give "
    "the young believers courage when their classmates mock them. Bless the small churches "
    "in Almaty and Astana, keep their doors open, and let your word run freely across the "
    "steppe."
)


def _tokens(model: ContextualClassifier, text: str) -> int:
    return len(model._tokenizer.encode(text, add_special_tokens=False).ids) + sum(
        len(more.ids) for more in model._tokenizer.encode(text).overflowing
    )


@pytest.mark.parametrize(
    "attack",
    [
        "Kill every Muslim you see.",
        "Kazakhs are backward savages who deserve nothing.",
        pytest.param("The imam down the road is a stupid pig.", marks=RETRAIN_MISS),
    ],
)
def test_an_attack_after_the_first_window_is_read(model: ContextualClassifier, attack: str) -> None:
    text = f"{LONG_PRAYER} {attack}"
    contextual.MAX_WINDOWS, kept = 0, contextual.MAX_WINDOWS
    try:
        unread = flagged(model, text)
    finally:
        contextual.MAX_WINDOWS = kept
    assert not unread & set(ATTACK_LABELS)  # cut at 64 tokens, the attack was never seen
    assert flagged(model, text) & set(ATTACK_LABELS)


def test_a_long_prayer_that_attacks_no_one_stays_clean(model: ContextualClassifier) -> None:
    assert _tokens(model, LONG_PRAYER) > model.max_len
    text = f"{LONG_PRAYER} Amen, and bless our Muslim neighbours too."
    assert not flagged(model, text)


def test_windows_hold_whole_sentences_with_what_leads_up_to_them(
    model: ContextualClassifier,
) -> None:
    assert model.windows("Lord, keep them safe.") == []
    text = prepare_text(f"{LONG_PRAYER} Keep the Sunday school in Shymkent open. Amen.")
    windows = model.windows(text)
    assert windows
    assert text.endswith(windows[-1])
    sentences = text.split(". ")
    for window in windows:
        assert _tokens(model, window) <= model.max_len - 2
        assert any(window.startswith(sentence) for sentence in sentences)
    # The last window begins as far back as it can: the sentence before its new ones.
    assert windows[-1].startswith("Bless the small churches")


def test_a_run_on_text_is_cut_by_words_and_read_to_its_end(
    model: ContextualClassifier,
) -> None:
    text = "bless them all " * 130 + "and kill every Muslim you see"
    windows = model.windows(prepare_text(text))
    assert 1 < len(windows) <= MAX_WINDOWS
    assert windows[-1].endswith("kill every Muslim you see")
    assert all(_tokens(model, window) <= model.max_len - 2 for window in windows)
    assert flagged(model, text) & {"threat", "identity_attack"}


@pytest.mark.parametrize("most", [0, 1, 2, 5, 32])
def test_the_windows_kept_are_spread_over_the_text_and_end_at_its_end(most: int) -> None:
    spans = list(range(100))
    kept = contextual._spread(spans, most)
    assert len(kept) == most
    assert kept == sorted(set(kept))  # in order, none twice
    if most:
        assert kept[-1] == 99
    if most > 1:
        assert kept[0] == 0
    few = [0, 1, 2]
    assert contextual._spread(few, most) == {0: [], 1: [2], 2: [0, 2]}.get(most, few)


def test_a_text_of_many_windows_is_read_at_its_end_within_the_cap(
    model: ContextualClassifier,
) -> None:
    text = "\U0001f64f" * 1900 + " Kill every Muslim you see."
    windows = model.windows(prepare_text(text))
    assert len(windows) == MAX_WINDOWS
    assert windows[-1].endswith("Kill every Muslim you see.")
