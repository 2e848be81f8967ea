"""The generated training lines are the same for the same seed, counter-speech lines
quote an attack inside a condemning frame without being labelled an attack, and a prayer
is trained on as the policy also reads it, without its words of prayer."""

from __future__ import annotations

from vigil.moderation.training.contextual import generators
from vigil.moderation.training.contextual.assemble import unframed_twins
from vigil.moderation.training.contextual.sources import Sample


def test_the_same_seed_gives_the_same_lines() -> None:
    first = [(s.text, s.group) for s in generators.generate(seed=7, per_template=3)]
    again = [(s.text, s.group) for s in generators.generate(seed=7, per_template=3)]
    assert first == again
    other = [(s.text, s.group) for s in generators.generate(seed=8, per_template=3)]
    assert first != other


def test_counter_speech_lines_are_labelled_clean_under_every_frame() -> None:
    lines = [s for s in generators.generate() if s.group.startswith("counter:")]
    groups = {s.group for s in lines}
    assert groups == {f"counter:{i}" for i in range(len(generators.COUNTER_FRAMES))}
    assert all(s.targets["identity_attack"] == 0 and s.targets["threat"] == 0 for s in lines)


def test_prayers_for_a_people_beside_words_of_harm_are_clean() -> None:
    lines = [s for s in generators.generate() if s.group.startswith("blessing:")]
    assert {s.group for s in lines} == {f"blessing:{i}" for i in range(len(generators.BLESSINGS))}
    assert all(s.targets["identity_attack"] == 0 and s.targets["threat"] == 0 for s in lines)
    plurals = {plural for plural, _ in generators.GROUPS}
    assert any(plural in s.text for s in lines for plural in plurals)


def test_a_prayer_is_also_trained_on_without_its_words_of_prayer() -> None:
    clean = {"identity_attack": 0, "threat": 0}
    attack = {"identity_attack": 1, "threat": 1}
    rows = [
        Sample("Lord, have mercy on the Jews of Iran.", clean, "own", "own:1", 2.0),
        Sample("Lord, crush the Hindus under your feet.", attack, "read_forms", "f:2", 2.0),
        Sample("I hate Mondays.", clean, "own", "own:3"),
        Sample("Lord, keep the believers safe.", clean, "own", "own:4"),
    ]
    known = {s.text for s in rows} | {"keep the believers safe."}
    twins = unframed_twins(rows, known)
    assert [(s.text, s.targets, s.group, s.weight) for s in twins] == [
        ("have mercy on the Jews of Iran.", clean, "own:1", 2.0),
        ("crush the Hindus under your feet.", attack, "f:2", 2.0),
    ]
    assert "crush the Hindus under your feet." in known
