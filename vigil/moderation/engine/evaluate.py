"""Evaluation harness: run ``assess`` over labelled cases and tabulate.

A hateful case counts as caught when it is held or rejected; a benign case
should be published, and must never be rejected. Throughput is texts per
CPU-second (``time.process_time``), memory the peak RSS growth of the process
while evaluating (it includes loading models on first use).

``python -m vigil.moderation.engine.evaluate`` prints the report for the
validation suite and, when the public datasets are present, their held-out
splits (which training never sees).
"""

from __future__ import annotations

import argparse
import csv
import resource
import time
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from .policy import Verdict, assess_text

__all__ = [
    "Case",
    "Outcome",
    "Report",
    "Tally",
    "evaluate",
    "format_report",
    "held_out_cases",
    "measure_throughput",
    "read_suite",
]

SUITE = Path(__file__).resolve().parents[1] / "evaluation" / "suite.csv"
DEFAULT_DATA = Path(__file__).resolve().parents[4] / "shared" / "data" / "moderation"


@dataclass(frozen=True)
class Case:
    """One labelled text; ``expected`` is "benign" or "hateful"."""

    text: str
    expected: str
    category: str


@dataclass(frozen=True)
class Outcome:
    case: Case
    decision: Verdict

    @property
    def correct(self) -> bool:
        """Hateful held/rejected, or benign published."""
        return (self.decision.action == "publish") == (self.case.expected == "benign")


@dataclass
class Tally:
    """Counts for one category (or overall)."""

    n: int = 0
    hateful: int = 0
    caught: int = 0
    benign: int = 0
    published: int = 0
    benign_rejected: int = 0

    def add(self, outcome: Outcome) -> None:
        action = outcome.decision.action
        self.n += 1
        if outcome.case.expected == "hateful":
            self.hateful += 1
            self.caught += action != "publish"
        else:
            self.benign += 1
            self.published += action == "publish"
            self.benign_rejected += action == "reject"

    @property
    def score(self) -> float:
        """Share correct: caught for hateful cases, published for benign ones."""
        return (self.caught + self.published) / self.n if self.n else 0.0


@dataclass
class Report:
    """Per-category tallies, the overall tally and the cost of the run."""

    title: str
    categories: dict[str, Tally] = field(default_factory=dict)
    overall: Tally = field(default_factory=Tally)
    outcomes: list[Outcome] = field(default_factory=list)
    cpu_seconds: float = 0.0
    peak_extra_mb: float = 0.0

    @property
    def throughput(self) -> float:
        """Texts per CPU-second."""
        return self.overall.n / self.cpu_seconds if self.cpu_seconds else float("inf")


def _rss_mb() -> float:
    with open("/proc/self/status", encoding="ascii") as status:
        line = next(line for line in status if line.startswith("VmRSS"))
    return int(line.split()[1]) / 1024


def _peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def evaluate(
    cases: Iterable[Case], assess: Callable[[str], Verdict], title: str = "evaluation"
) -> Report:
    """Assess every case and tally the outcomes per category and overall."""
    report = Report(title)
    cases = list(cases)
    rss_before = _rss_mb()
    started = time.process_time()
    decisions = [assess(case.text) for case in cases]
    report.cpu_seconds = time.process_time() - started
    report.peak_extra_mb = max(0.0, _peak_rss_mb() - rss_before)
    for case, decision in zip(cases, decisions, strict=True):
        outcome = Outcome(case, decision)
        report.outcomes.append(outcome)
        report.categories.setdefault(case.category, Tally()).add(outcome)
        report.overall.add(outcome)
    return report


def _row(name: str, tally: Tally) -> str:
    caught = (
        f"{tally.caught}/{tally.hateful} {tally.caught / tally.hateful:6.1%}"
        if tally.hateful
        else "-"
    )
    published = (
        f"{tally.published}/{tally.benign} {tally.published / tally.benign:6.1%}"
        if tally.benign
        else "-"
    )
    return f"{name:30s} {tally.n:6d}  {caught:>18s}  {published:>18s}  {tally.benign_rejected:8d}"


def format_report(report: Report, failures: int = 0) -> str:
    """The report as a plain-text table, optionally with the first failures."""
    lines = [
        f"== {report.title}",
        f"{'category':30s} {'n':>6s}  {'hateful caught':>18s}  "
        f"{'benign published':>18s}  {'benign rej':>8s}",
    ]
    lines += [_row(name, tally) for name, tally in sorted(report.categories.items())]
    lines.append(_row("OVERALL", report.overall))
    lines.append(
        f"throughput {report.throughput:,.0f} texts/CPU-s ({report.cpu_seconds:.2f} CPU-s); "
        f"peak extra RSS {report.peak_extra_mb:.1f} MB"
    )
    wrong = [o for o in report.outcomes if not o.correct][:failures]
    lines += [
        f"  MISS [{o.case.category}] {o.decision.action} {o.decision.reasons} {o.case.text[:110]!r}"
        for o in wrong
    ]
    return "\n".join(lines)


def read_suite(path: Path = SUITE) -> list[Case]:
    """Cases from a ``text,expected,category`` CSV."""
    with path.open(encoding="utf-8", newline="") as handle:
        return [
            Case(row["text"], row["expected"], row["category"]) for row in csv.DictReader(handle)
        ]


def held_out_cases(
    data: Path, missing: Callable[[str, OSError], None] | None = None
) -> dict[str, list[Case]]:
    """Held-out (never trained on) splits of the public datasets under ``data``. A set
    whose files cannot be read is passed to ``missing`` and left out; with no ``missing``,
    the error is raised."""
    from vigil.moderation.training.datasets import EVAL_ONLY_SOURCES, TRAIN_SOURCES, load_source

    sets: dict[str, list[Case]] = {}
    for name in TRAIN_SOURCES + EVAL_ONLY_SOURCES:
        try:
            examples = [e for e in load_source(name, data) if e.split == "test"]
        except OSError as error:
            if missing is None:
                raise
            missing(name, error)
            continue
        sets[name] = [
            Case(e.text, "hateful" if e.hateful else "benign", f"{name}:{e.language}")
            for e in examples
        ]
    return sets


def measure_throughput(
    texts: Sequence[str], assess: Callable[[str], Verdict], repeat: int = 10
) -> float:
    """Texts per CPU-second over ``repeat`` passes (steadier than one short pass)."""
    from .normalize import normalize

    assess(texts[0])  # load models outside the timed loop
    started = time.process_time()
    for _ in range(repeat):
        normalize.cache_clear()  # each pass pays for normalisation like fresh texts do
        for text in texts:
            assess(text)
    return len(texts) * repeat / (time.process_time() - started)


def _parse_args(argv: Sequence[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description="Evaluate Vigil's fast moderation stage.")
    parser.add_argument("--suite", type=Path, default=SUITE)
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA, help="public datasets folder")
    parser.add_argument("--failures", type=int, default=0, help="list this many misses per report")
    parser.add_argument("--suite-only", action="store_true", help="skip the held-out splits")
    return parser.parse_args(argv)


def _fast(text: str) -> Verdict:
    return assess_text(text, detect=None)


def _full(text: str) -> Verdict:
    return assess_text(text)


def main(argv: Sequence[str] | None = None) -> None:
    """Print the suite report (with and without language detection), throughput,
    and the held-out splits of the public datasets when they are available."""
    from .normalize import normalize

    args = _parse_args(argv)
    cases = read_suite(args.suite)
    for assess, title in ((_fast, "no language detection"), (_full, "with language detection")):
        normalize.cache_clear()
        print(format_report(evaluate(cases, assess, f"suite, fast stage, {title}"), args.failures))
    texts = [case.text for case in cases]
    for assess, title in ((_fast, "fast stage"), (_full, "fast stage + language detection")):
        print(
            f"throughput, {title}, suite x10: {measure_throughput(texts, assess):,.0f} texts/CPU-s"
        )
    if args.suite_only or not args.data.exists():
        return
    for name, held in held_out_cases(args.data).items():
        normalize.cache_clear()
        print(format_report(evaluate(held, _full, f"held-out: {name}"), 0))


if __name__ == "__main__":
    main()
