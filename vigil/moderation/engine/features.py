"""Deterministic hashed features for the shipped linear model (numpy only).

Each text is normalised (``normalize``) and turned into:

* character 3-, 4- and 5-grams of `` text `` (robust to spelling games and
  inflection);
* word unigrams and bigrams of the text with doubled letters collapsed
  ("fuuck" and "fuck" share a feature).

Every feature is a span of UTF-8 bytes. Span hashes come from one vectorised
polynomial prefix sum over the whole batch (arithmetic modulo 2**64, which
numpy's uint64 does natively), salted per feature kind and finished with the
splitmix64 mixer, then masked into ``2**bits`` buckets. No Python ``hash()``
(which is salted per process) and no scikit-learn are involved, so training
and serving produce identical buckets on every machine.

Training and serving call the same ``hashed_features``; a model records
``FEATURES_VERSION`` so a change here cannot silently mismatch old weights.
"""

from __future__ import annotations

import re
from functools import lru_cache

import numpy as np
import numpy.typing as npt

from .normalize import normalize

__all__ = ["FEATURES_VERSION", "hashed_features"]

FEATURES_VERSION = 1
CHAR_NGRAMS = (3, 4, 5)
_SALT_UNIGRAM, _SALT_BIGRAM = 101, 103
_P = np.uint64(0x100000001B3)
_P_INV = np.uint64(pow(0x100000001B3, -1, 2**64))
_RUNS = re.compile(r"([^\W\d])\1+")

U64 = npt.NDArray[np.uint64]
I64 = npt.NDArray[np.int64]


def _layout(texts: list[str]) -> tuple[npt.NDArray[np.uint8], I64]:
    """Concatenate `` text `` per document, separated by NUL bytes."""
    blob = b"\x00".join(b" " + text.encode("utf-8") + b" " for text in texts) + b"\x00"
    data = np.frombuffer(blob, dtype=np.uint8)
    doc = np.cumsum(data == 0, dtype=np.int64)
    doc[data == 0] -= 1  # the NUL closing a document still belongs to it
    return data, doc


@lru_cache(maxsize=8)
def _powers(size: int) -> tuple[U64, U64]:
    """P**-i for i < size and P**k for k <= size (mod 2**64), cached per size class."""
    with np.errstate(over="ignore"):
        inv_pow = np.cumprod(np.full(size, _P_INV, dtype=np.uint64), dtype=np.uint64) * _P
        pow_ = np.cumprod(np.full(size + 1, _P, dtype=np.uint64), dtype=np.uint64) * _P_INV
    return inv_pow.astype(np.uint64), pow_.astype(np.uint64)


def _prefix(data: npt.NDArray[np.uint8]) -> tuple[U64, U64]:
    """Prefix sums G[i] = sum_{j<i} a[j] * P**-j, and the powers of P."""
    inv_pow, pow_ = _powers(max(1024, 1 << (len(data) - 1).bit_length()))
    with np.errstate(over="ignore"):
        values = (data.astype(np.uint64) + np.uint64(1)) * inv_pow[: len(data)]
        prefix = np.concatenate([np.zeros(1, np.uint64), np.cumsum(values, dtype=np.uint64)])
    return prefix, pow_


def _span_hash(prefix: U64, pow_: U64, start: I64, stop: I64, salt: U64) -> U64:
    """Hash of bytes [start, stop) for many spans at once, salted and mixed.
    The value does not depend on where the span sits in the batch."""
    with np.errstate(over="ignore"):
        h = (prefix[stop] - prefix[start]) * pow_[stop - 1]
        h += salt * np.uint64(0x9E3779B97F4A7C15)
        h ^= h >> np.uint64(30)
        h *= np.uint64(0xBF58476D1CE4E5B9)
        h ^= h >> np.uint64(27)
        h *= np.uint64(0x94D049BB133111EB)
        h ^= h >> np.uint64(31)
    return h


def _char_spans(data: npt.NDArray[np.uint8], nul: I64, n: int, limit: int) -> I64:
    """Start offsets (< limit) of byte n-grams that stay inside one document."""
    starts = np.arange(min(limit, len(data) - n + 1), dtype=np.int64)
    return starts[nul[starts + n] == nul[starts]]


def _word_spans(data: npt.NDArray[np.uint8], first: int) -> tuple[I64, I64, I64, I64]:
    """(start, stop) of words and of word bigrams at or after offset ``first``."""
    delim = np.flatnonzero((data == 32) | (data == 0)).astype(np.int64)
    delim = delim[delim >= first]
    gap_ok = (delim[1:] - delim[:-1] > 1) & (data[delim[1:]] == 32) & (data[delim[:-1]] == 32)
    uni_start, uni_stop = delim[:-1][gap_ok] + 1, delim[1:][gap_ok]
    pair_ok = gap_ok[:-1] & gap_ok[1:]
    return uni_start, uni_stop, delim[:-2][pair_ok] + 1, delim[2:][pair_ok]


def hashed_features(texts: list[str], bits: int) -> tuple[I64, I64]:
    """Return ``(doc_index, bucket)`` for every feature occurrence of every text.

    A document's features are the union over kinds; duplicates are kept (they
    count twice), which the model accounts for by dividing a document's summed
    weights by the square root of its feature count. All texts (and their
    run-collapsed word forms) are hashed in one vectorised pass.
    """
    norms = [normalize(text) for text in texts]
    data, doc = _layout(norms + [_RUNS.sub(r"\1", text) for text in norms])
    doc %= max(len(texts), 1)
    boundary = int(np.searchsorted(np.cumsum(data == 0), len(texts)))  # first byte of the word half
    nul = np.concatenate([np.zeros(1, np.int64), np.cumsum(data == 0, dtype=np.int64)])
    starts = [_char_spans(data, nul, n, boundary) for n in CHAR_NGRAMS]
    stops = [start + n for start, n in zip(starts, CHAR_NGRAMS, strict=True)]
    salts = list(CHAR_NGRAMS)
    uni_start, uni_stop, bi_start, bi_stop = _word_spans(data, boundary)
    starts += [uni_start, bi_start]
    stops += [uni_stop, bi_stop]
    salts += [_SALT_UNIGRAM, _SALT_BIGRAM]
    start, stop = np.concatenate(starts), np.concatenate(stops)
    salt = np.repeat(np.array(salts, dtype=np.uint64), [len(x) for x in starts])
    prefix, pow_ = _prefix(data)
    buckets = _span_hash(prefix, pow_, start, stop, salt) & np.uint64((1 << bits) - 1)
    return doc[start], buckets.astype(np.int64)
