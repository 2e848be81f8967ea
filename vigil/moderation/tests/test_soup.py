"""Only runs that differ in the order of their data are averaged into one model."""

from __future__ import annotations

import json
from pathlib import Path

from vigil.moderation.training.contextual import soup


def _run(folder: Path, *, order_seed: int, split: str = "split", **settings: object) -> Path:
    folder.mkdir()
    config = {"seed": 20261125, "epochs": 1, "lr": 8e-05, "train_minutes": 9.5}
    config |= {"order_seed": order_seed, **settings}
    (folder / "train_config.json").write_text(json.dumps(config), "utf-8")
    (folder / "split.json").write_text(split, "utf-8")
    return folder


def test_runs_that_differ_only_in_their_order_seed_and_time_can_be_averaged(
    tmp_path: Path,
) -> None:
    runs = [_run(tmp_path / str(n), order_seed=n, train_minutes=9 + n) for n in range(3)]
    assert soup.unlike_runs(runs) == ""


def test_one_run_is_no_soup(tmp_path: Path) -> None:
    assert "at least two" in soup.unlike_runs([_run(tmp_path / "a", order_seed=1)])


def test_the_same_order_seed_twice_is_refused(tmp_path: Path) -> None:
    runs = [_run(tmp_path / "a", order_seed=1), _run(tmp_path / "b", order_seed=1)]
    assert "repeat" in soup.unlike_runs(runs)


def test_runs_with_other_settings_or_another_head_are_refused(tmp_path: Path) -> None:
    first = _run(tmp_path / "a", order_seed=1)
    assert "other settings" in soup.unlike_runs([first, _run(tmp_path / "b", order_seed=2, lr=1)])
    other_head = _run(tmp_path / "c", order_seed=3, seed=7)
    assert "other settings" in soup.unlike_runs([first, other_head])


def test_runs_on_another_split_of_the_data_are_refused(tmp_path: Path) -> None:
    runs = [_run(tmp_path / "a", order_seed=1), _run(tmp_path / "b", order_seed=2, split="x")]
    assert "different splits" in soup.unlike_runs(runs)


def test_a_soup_written_over_its_first_run_is_checked_by_that_run_s_own_settings(
    tmp_path: Path,
) -> None:
    first = _run(tmp_path / "a", order_seed=1)
    # what main() leaves in the first folder: the run's own settings kept aside
    (first / "train_config.json").rename(first / "train_config-own.json")
    mean = {"seed": 20261125, "epochs": 1, "lr": 8e-05, "order_seed": 1, "order_seeds": [1, 2]}
    (first / "train_config.json").write_text(json.dumps(mean | {"train_minutes": 19}), "utf-8")
    assert soup.unlike_runs([first, _run(tmp_path / "b", order_seed=2)]) == ""


def test_a_run_from_before_order_seeds_counts_as_ordered_by_its_seed(tmp_path: Path) -> None:
    older = _run(tmp_path / "a", order_seed=20261125)
    config = json.loads((older / "train_config.json").read_text("utf-8"))
    del config["order_seed"]
    (older / "train_config.json").write_text(json.dumps(config), "utf-8")
    assert soup.unlike_runs([older, _run(tmp_path / "b", order_seed=1)]) == ""
    assert "repeat" in soup.unlike_runs([older, _run(tmp_path / "c", order_seed=20261125)])
