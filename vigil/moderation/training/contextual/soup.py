"""Average the weights of runs that differ only in the order of their data.

Usage, after ``train`` has run with several ``--order-seed`` values into folders of
their own, from the repository root::

    PYTHONPATH=. .venv-train/bin/python -m vigil.moderation.training.contextual.soup \
        --work var/contextual var/contextual-order-1 var/contextual-order-2

writes the mean of their checkpoints as ``checkpoint.pt`` of the first folder, which
``export`` then reads as it reads one run's. Every run starts from the same weights
(the packaged encoder and a head drawn with the same seed, ``train.Config.seed``) and
sees the same data, so their weights stay close enough for their mean to be a model
of its own (a "uniform soup", Wortsman et al., ICML 2022): one model's cost at serving
time, with less of the spread between one run and the next.
"""

from __future__ import annotations

import argparse
import json
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    import torch

# (torch is imported where the weights are read, so the checks run without it)
DEFAULT_WORK = Path(__file__).resolve().parents[4] / "var" / "contextual"
_PER_RUN = frozenset({"order_seed", "train_minutes"})


def _own(work: Path, name: str) -> Path:
    """A run's own file: kept as ``*-own`` once a soup was written over it."""
    own = work / name.replace(".", "-own.", 1)
    return own if own.exists() else work / name


def _config(work: Path) -> dict[str, Any]:
    return json.loads(_own(work, "train_config.json").read_text("utf-8"))


def unlike_runs(works: Sequence[Path]) -> str:
    """Why the runs in ``works`` cannot be averaged ("" when they can): fewer than two, the
    same order seed twice, other settings than the first's, or another split of the data
    (their mean would be no model)."""
    if len(works) < 2:
        return "give at least two runs' folders"
    configs = [_config(work) for work in works]
    seeds = [config.get("order_seed", config.get("seed")) for config in configs]
    if len(set(seeds)) != len(seeds):
        return f"the runs' order seeds repeat ({seeds}): the same run twice"
    first = {k: v for k, v in configs[0].items() if k not in _PER_RUN}
    for work, config in zip(works[1:], configs[1:], strict=True):
        if {k: v for k, v in config.items() if k not in _PER_RUN} != first:
            return f"{work} was trained with other settings than {works[0]}"
    if len({(work / "split.json").read_bytes() for work in works}) != 1:
        return "the runs were trained on different splits of the data"
    return ""


def soup(works: Sequence[Path]) -> dict[str, torch.Tensor]:
    """The element-wise mean of the runs' checkpoints (``unlike_runs`` must say nothing)."""
    import torch

    why = unlike_runs(works)
    if why:
        raise SystemExit(f"soup: {why}")
    states = [torch.load(_own(work, "checkpoint.pt"), weights_only=True) for work in works]
    return {
        name: torch.stack([state[name].to(torch.float64) for state in states])
        .mean(0)
        .to(tensor.dtype)
        for name, tensor in states[0].items()
    }


def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument(
        "--work", type=Path, nargs="+", default=[DEFAULT_WORK],
        help="the runs' folders; the mean is written to the first",
    )  # fmt: skip
    args = parser.parse_args(argv)
    works: list[Path] = args.work
    import torch

    mean = soup(works)
    configs = [_config(work) for work in works]
    # The first run's own files are kept beside the mean, so the soup can be made again.
    first = works[0]
    for name in ("checkpoint.pt", "train_config.json"):
        own = _own(first, name)
        if own == first / name:
            own.rename(first / name.replace(".", "-own.", 1))
    torch.save(mean, first / "checkpoint.pt")
    # (a run from before ``--order-seed`` existed has none recorded: it used ``seed``)
    seeds = [config.get("order_seed", config["seed"]) for config in configs]
    record = {
        **configs[0],
        "order_seeds": seeds,
        "train_minutes": round(sum(config["train_minutes"] for config in configs), 1),
    }
    (first / "train_config.json").write_text(json.dumps(record, indent=2), "utf-8")
    print(f"wrote the mean of {len(works)} runs (order seeds {seeds}) to {first / 'checkpoint.pt'}")


if __name__ == "__main__":
    main()
