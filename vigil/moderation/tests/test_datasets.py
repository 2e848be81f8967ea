"""The loaders of the public sets read each file as its authors wrote it."""

from __future__ import annotations

from pathlib import Path

import pytest

from vigil.moderation.training.datasets import EVAL_ONLY_SOURCES, TRAIN_SOURCES, load_source

RU_HEADER = "comment_id\tsource\tcomments\tdistortion\ttoxicity\tcorrected\n"


def test_the_russian_set_is_read_as_written_and_only_evaluated(tmp_path: Path) -> None:
    folder = tmp_path / "ru_distorted_toxicity"
    folder.mkdir()
    (folder / "russian_distorted_toxicity.tsv").write_text(
        RU_HEADER
        + "1\tлентач\tтри четыре пять\t0\t0\t\n"
        + "2\tмедуза\tты д0лб0ёб\t1\t1\tты долбоёб\n"
        + '3\tмедуза\t"кавычки" и всё\t0\t0\t\n',
        encoding="utf-8",
    )
    rows = load_source("ru-distorted", tmp_path)
    assert [(row.text, row.hateful) for row in rows] == [
        ("три четыре пять", False),
        ("ты д0лб0ёб", True),  # the distorted spelling, not the corrected one
        ('"кавычки" и всё', False),
    ]
    assert {(row.language, row.split, row.source) for row in rows} == {
        ("ru", "test", "ru-distorted")
    }
    assert "ru-distorted" in EVAL_ONLY_SOURCES
    assert "ru-distorted" not in TRAIN_SOURCES


def test_a_missing_set_is_named_and_left_out_of_the_held_out_splits(tmp_path: Path) -> None:
    from vigil.moderation.engine.evaluate import held_out_cases

    folder = tmp_path / "ru_distorted_toxicity"
    folder.mkdir()
    (folder / "russian_distorted_toxicity.tsv").write_text(
        RU_HEADER + "1\tлентач\tты д0лб0ёб\t1\t1\tты долбоёб\n", encoding="utf-8"
    )
    skipped: list[str] = []
    sets = held_out_cases(tmp_path, missing=lambda name, error: skipped.append(name))
    assert [case.text for case in sets["ru-distorted"]] == ["ты д0лб0ёб"]
    assert "olid" in skipped and "ru-distorted" not in skipped
    assert not set(skipped) & set(sets)
    with pytest.raises(FileNotFoundError):  # with no one to tell, the error is not swallowed
        held_out_cases(tmp_path)
