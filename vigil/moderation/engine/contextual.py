"""The contextual classifier: a fine-tuned small transformer served with onnxruntime.

The linear model reads words; this one reads sentences, so it can tell a
prayer that *reports* an attack ("someone wrote 'Muslims are vermin' on our
wall") from the attack itself. It is a six-layer MiniLM encoder with one
sigmoid output per label, exported to ONNX and quantised to int8. Serving
needs ``onnxruntime``, ``tokenizers`` and numpy only, each imported when the model is
first used (a process that asks the model process never holds them); the files live in
``model/contextual/`` (``model.onnx``, ``tokenizer.json``, ``meta.json``) and
are described in ``CONTEXTUAL_MODEL_CARD.md`` beside them.

``prepare_text`` is the one place where text is shaped for the model. Training
imports it from here, so what the model learnt on is exactly what it is served.
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections.abc import Mapping, Sequence
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

from .classifier import LABELS

if TYPE_CHECKING:
    import numpy as np
    import numpy.typing as npt
    from tokenizers import Tokenizer

__all__ = [
    "CONTEXTUAL_DIR",
    "ContextualClassifier",
    "contextual_thresholds",
    "describe_emoji",
    "load_contextual",
    "prepare_text",
]

CONTEXTUAL_DIR = Path(__file__).resolve().parent / "model" / "contextual"
DEFAULT_BATCH = 32

_SKIN_TONES = {
    "\U0001f3fb": "light skin tone",
    "\U0001f3fc": "medium-light skin tone",
    "\U0001f3fd": "medium skin tone",
    "\U0001f3fe": "medium-dark skin tone",
    "\U0001f3ff": "dark skin tone",
}
_JOINERS = frozenset({"\u200d", "\ufe0e", "\ufe0f", "\u20e3"})
_REGIONAL_A = 0x1F1E6
_LEET = str.maketrans({"0": "o", "1": "i", "3": "e", "4": "a", "5": "s", "7": "t", "@": "a"})
_LEET_EXTRA = str.maketrans({"$": "s", "!": "i", "|": "l"})
# A run of look-alike digits or symbols with a letter on both sides: "m0r0n", "sh!t".
_FLANKED_LEET = re.compile(r"(?<=[^\W\d_])[013457@$!|]+(?=[^\W\d_])")
_SPACES = re.compile(r"\s+")
# Where a long text is cut into windows: the space after a sentence's end, or after its end
# and one closing quote or bracket. A sentence too long for a window is cut every
# RUN_ON_WORDS words (about 20 tokens). A text is read in at most MAX_WINDOWS further
# windows (a prayer of the longest length allowed, 2,000 characters of words, needs about
# ten; of emoji, each read as its name, up to a hundred and fifty), spread over it and
# always including its end.
_SENTENCE_END = re.compile(r"(?:(?<=[.!?…])|(?<=[.!?…][\"'”’)\]]))\s+")
RUN_ON_WORDS = 16
MAX_WINDOWS = 32
# A window is read without the start of its text, and the model flags more out of context
# than in it: its outputs count one logit below what it says (an identity_attack bar of
# 0.37 asks 0.61 of a window; threat 0.61 asks 0.81).
WINDOW_MARGIN = 1.0


def _is_emoji(char: str) -> bool:
    """Pictographs and dingbats (category So above U+2000), not letters or ©/®."""
    return ord(char) >= 0x2000 and unicodedata.category(char) == "So"


def _emoji_name(char: str) -> str:
    if char in _SKIN_TONES:
        return _SKIN_TONES[char]
    return unicodedata.name(char, "symbol").lower()


def describe_emoji(text: str) -> str:
    """Replace each emoji by its Unicode name in words, padded with spaces.

    "I 🔪 them 👳🏾" becomes "I  kitchen knife  them  man with turban medium-dark
    skin tone ". Joiners and variation selectors are dropped; two regional
    indicator letters become "flag" and the two letters. The contract is only
    that the same text always yields the same words, in training and serving.
    """
    if text.isascii():
        return text
    out: list[str] = []
    for char in text:
        if char in _JOINERS:
            continue
        code = ord(char)
        if _REGIONAL_A <= code <= _REGIONAL_A + 25:
            out.append(f" flag {chr(ord('a') + code - _REGIONAL_A)} ")
        elif char in _SKIN_TONES or _is_emoji(char):
            out.append(f" {_emoji_name(char)} ")
        else:
            out.append(char)
    return "".join(out)


def _unleet(match: re.Match[str]) -> str:
    return match.group(0).translate(_LEET).translate(_LEET_EXTRA)


# Three or more single letters spelled out with one space, dot or hyphen between
# them ("M u s l i m s", "D-E-A-T-H", "A.t.h.e.i.s.t.s"); "U.S." and "e.g." are two.
_SPELLED = re.compile(r"(?<![^\W_])(?:[^\W\d_][ .\-]){2,}[^\W\d_](?![^\W_])")


_SPELLING_GAPS = re.compile(r"[ .\-]")


def _join_spelled(match: re.Match[str]) -> str:
    return _SPELLING_GAPS.sub("", match.group(0))


def prepare_text(text: str) -> str:
    """The form of ``text`` the contextual model reads (training and serving alike).

    NFKC (so full-width and mathematical letters read as plain ones), emoji as
    their names, look-alike digits or symbols between letters read as letters
    ("m0r0n" -> "moron", "sh!t" -> "shit"; "Psalm 23" and "4th" unchanged),
    words spelled out letter by letter joined ("D-E-A-T-H" -> "DEATH"),
    whitespace collapsed. Case, punctuation and quotes are kept: they carry
    who is saying what.
    """
    text = describe_emoji(unicodedata.normalize("NFKC", text))
    text = _FLANKED_LEET.sub(_unleet, text)
    text = _SPELLED.sub(_join_spelled, text)
    return _SPACES.sub(" ", text).strip()


# Not ``def _spread[T]``: training imports this module under Python 3.11 (the torch wheel's).
_T = TypeVar("_T")


def _spread(items: list[_T], most: int) -> list[_T]:  # noqa: UP047
    """At most ``most`` of ``items``, evenly spaced, the last always among them."""
    if len(items) <= most:
        return items
    if most <= 1:
        return items[-1:] if most == 1 else []
    last = len(items) - 1
    return [items[round(step * last / (most - 1))] for step in range(most)]


def _sigmoid(logits: npt.NDArray[np.float32]) -> npt.NDArray[np.float64]:
    import numpy as np

    return 1.0 / (1.0 + np.exp(-logits.astype(np.float64)))


class ContextualClassifier:
    """Scores texts with the exported transformer; implements ``Classifier``.

    One onnxruntime session per process, one intra-op thread (the server has
    few cores and several workers). Texts are tokenised, sorted by length and
    run in batches padded to their longest member, so a single prayer costs
    one short forward pass.
    """

    name = "vigil-contextual"

    def __init__(
        self, model_dir: Path = CONTEXTUAL_DIR, *, batch_size: int = DEFAULT_BATCH
    ) -> None:
        self.model_dir = model_dir
        self.meta: dict[str, Any] = json.loads((model_dir / "meta.json").read_text("utf-8"))
        self.labels: tuple[str, ...] = tuple(self.meta["labels"])
        self.max_len = int(self.meta["max_len"])
        self.thresholds: dict[str, float] = {
            label: float(bar) for label, bar in self.meta["thresholds"].items()
        }
        self.batch_size = batch_size
        self._tokenizer = _load_tokenizer(model_dir / "tokenizer.json", self.max_len)
        self._session = _load_session(model_dir / "model.onnx")

    def logits(self, texts: Sequence[str]) -> npt.NDArray[np.float32]:
        """Raw outputs, shape (len(texts), len(labels)), in the order given.

        A text longer than the model's window (``max_len`` tokens) is read whole up to
        the window, as it always was, and then again in windows of whole sentences that
        reach its end (``windows``); each label keeps its highest output, a window's
        counted ``WINDOW_MARGIN`` below what it says, so an attack after the first fifty
        words of a long prayer counts. The further windows run in calls of their own, so
        a short text's outputs do not move with them."""
        import numpy as np

        prepared = [prepare_text(text) for text in texts]
        encodings = self._tokenizer.encode_batch(prepared)
        out = self._outputs([np.asarray(encoding.ids, dtype=np.int64) for encoding in encodings])
        owners: list[int] = []
        windows: list[str] = []
        for index, encoding in enumerate(encodings):
            if encoding.overflowing:
                more = self.windows(prepared[index])
                windows += more
                owners += [index] * len(more)
        if windows:
            # A text's readings (``policy.model_scores``) often share their long tail.
            distinct = list(dict.fromkeys(windows))
            read = self._outputs(
                [np.asarray(e.ids, dtype=np.int64) for e in self._tokenizer.encode_batch(distinct)]
            )
            row_of = dict(zip(distinct, read, strict=True))
            for owner, window in zip(owners, windows, strict=True):
                np.maximum(out[owner], row_of[window] - WINDOW_MARGIN, out=out[owner])
        return out

    def windows(self, text: str) -> list[str]:
        """The further windows of a prepared ``text`` too long for one: runs of whole
        sentences (a sentence too long for a window is cut every ``RUN_ON_WORDS``
        words), each ending with sentences no window before it held whole, and each
        beginning as far back as the window allows, so a sentence is read with what
        leads up to it. At most ``MAX_WINDOWS``, spread over the text, the last always
        among them; the first reading (the text cut at the window) is not."""
        budget = self.max_len - 2  # [CLS] and [SEP]
        pieces: list[str] = []
        sizes: list[int] = []
        sentences = _SENTENCE_END.split(text)
        for sentence, encoding in zip(
            sentences, self._tokenizer.encode_batch(sentences, add_special_tokens=False),
            strict=True,
        ):  # fmt: skip
            if len(encoding.ids) <= budget and not encoding.overflowing:
                pieces.append(sentence)
                sizes.append(len(encoding.ids))
                continue
            words = sentence.split()
            cut = [
                " ".join(words[start : start + RUN_ON_WORDS])
                for start in range(0, len(words), RUN_ON_WORDS)
            ]
            pieces += cut
            sizes += [
                len(part.ids)
                for part in self._tokenizer.encode_batch(cut, add_special_tokens=False)
            ]
        covered = used = 0
        while covered < len(pieces) and used + sizes[covered] <= budget:
            used += sizes[covered]
            covered += 1
        spans: list[tuple[int, int]] = []
        while covered < len(pieces):
            end, used = covered + 1, sizes[covered]
            while end < len(pieces) and used + sizes[end] <= budget:
                used += sizes[end]
                end += 1
            start = covered
            while start > 0 and used + sizes[start - 1] <= budget:
                start -= 1
                used += sizes[start]
            spans.append((start, end))
            covered = end
        return [" ".join(pieces[start:end]) for start, end in _spread(spans, MAX_WINDOWS)]

    def _outputs(self, ids: list[npt.NDArray[np.int64]]) -> npt.NDArray[np.float32]:
        """Outputs for token ids, run in batches of similar length, in the order given."""
        import numpy as np

        order = sorted(range(len(ids)), key=lambda index: len(ids[index]))
        out = np.zeros((len(ids), len(self.labels)), dtype=np.float32)
        for start in range(0, len(order), self.batch_size):
            chunk = order[start : start + self.batch_size]
            out[chunk] = self._run([ids[index] for index in chunk])
        return out

    def _run(self, batch: list[npt.NDArray[np.int64]]) -> npt.NDArray[np.float32]:
        import numpy as np

        width = max(len(row) for row in batch)
        input_ids = np.zeros((len(batch), width), dtype=np.int64)
        mask = np.zeros((len(batch), width), dtype=np.int64)
        for row, ids in enumerate(batch):
            input_ids[row, : len(ids)] = ids
            mask[row, : len(ids)] = 1
        (logits,) = self._session.run(["logits"], {"input_ids": input_ids, "attention_mask": mask})
        return np.asarray(logits, dtype=np.float32)

    def predict(self, texts: Sequence[str]) -> list[dict[str, float]]:
        """Probability per label for each text (sigmoid of the logits)."""
        if not texts:
            return []
        probs = _sigmoid(self.logits(texts))
        return [dict(zip(self.labels, map(float, row), strict=True)) for row in probs]

    def flagged(self, scores: Mapping[str, float]) -> list[str]:
        """Labels of one ``predict`` row at or above the thresholds in ``meta.json``."""
        return [label for label in self.labels if scores[label] >= self.thresholds[label]]


def _load_tokenizer(path: Path, max_len: int) -> Tokenizer:
    from tokenizers import Tokenizer

    tokenizer = Tokenizer.from_file(str(path))
    tokenizer.enable_truncation(max_length=max_len)
    tokenizer.no_padding()
    return tokenizer


def _load_session(path: Path) -> Any:
    import onnxruntime

    options = onnxruntime.SessionOptions()
    options.intra_op_num_threads = 1
    options.inter_op_num_threads = 1
    options.execution_mode = onnxruntime.ExecutionMode.ORT_SEQUENTIAL
    options.graph_optimization_level = onnxruntime.GraphOptimizationLevel.ORT_ENABLE_ALL
    return onnxruntime.InferenceSession(
        str(path), sess_options=options, providers=["CPUExecutionProvider"]
    )


@lru_cache(maxsize=1)
def load_contextual() -> ContextualClassifier:
    """The shipped contextual model, loaded on first use and kept for the process.

    Loading is lazy because it costs ~0.2 s and ~80 MB of memory (onnxruntime
    included); a worker that never needs the contextual stage never pays it.
    """
    classifier = ContextualClassifier()
    if classifier.labels != LABELS:
        raise ValueError(f"{CONTEXTUAL_DIR}: labels {classifier.labels} are not {LABELS}")
    return classifier


def contextual_term_reject_bar(model_dir: Path = CONTEXTUAL_DIR) -> float | None:
    """The bar max(identity_attack, threat) must reach for a banned term to reject,
    shipped in ``meta.json`` (chosen on the dev split by ``training/contextual/term_bar.py``),
    or ``None`` when the model does not ship one."""
    meta = model_dir / "meta.json"
    if not meta.exists():
        return None
    bar = json.loads(meta.read_text("utf-8")).get("term_reject_bar")
    return None if bar is None else float(bar)


def contextual_thresholds(model_dir: Path = CONTEXTUAL_DIR) -> dict[str, float]:
    """The hold bars shipped in the model's ``meta.json`` (chosen on a development split
    of its training data), or ``{}`` when no contextual model is shipped."""
    meta = model_dir / "meta.json"
    if not meta.exists():
        return {}
    bars = json.loads(meta.read_text("utf-8")).get("thresholds", {})
    return {str(label): float(bar) for label, bar in bars.items()}
