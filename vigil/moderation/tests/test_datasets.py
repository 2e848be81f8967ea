"""The loaders of the public sets read each file as its authors wrote it."""

from __future__ import annotations

from pathlib import Path

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
