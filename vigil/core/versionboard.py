"""Where cache versions live: in the shared cache, or, beside the disk cache of a
one-machine site, on a board of counters in a memory-mapped file.

A kept answer is served only if every version it was built from is still current
(``responsecache``), so a hit of the cached country page reads three of them: the
content version, its wall's version and the cache's generation. In the disk cache each
read is a SQLite query (about 18 µs on an idle machine, most of a hit's cost). The board
keeps each version as an 8-byte counter in a file beside the cache's shards, mapped into
every process that uses the cache: reading one is a lookup in shared memory, with no
system call, and what one process writes every other process on the machine sees at
once (they map the same pages). A bump takes the file's lock (and a thread lock: the
file's lock does not part the threads of one process).

Keys are spread over the board's slots by a hash. Two keys that share a slot share a
counter: a bump of either moves both, so an answer built from the other is built again.
That costs a render, never a stale page. Counters only grow, except that clearing the
cache zeroes them and writes a new generation, which every kept answer carries: a copy
kept in a process before the clear is never served after it, even when a counter
climbs back to the number it was built from. A torn read (a counter read while another
process writes it) reads a value that differs from the kept one, or the old one: either
way, nothing stale is served.

With Redis (``REDIS_URL``) the versions stay in Redis, where every machine sees them;
``store()`` chooses by the default cache.
"""

from __future__ import annotations

import fcntl
import functools
import hashlib
import mmap
import os
import threading
import uuid
from collections.abc import Iterable
from pathlib import Path
from typing import Protocol

from django.core.cache import cache

__all__ = ["GENERATION_KEY", "VersionBoard", "VersionStore", "store"]

# The cache's generation: a new value after every clear, carried by every kept answer.
GENERATION_KEY = "vigil:response-generation"

SLOTS = 16_384
_MAGIC = b"VIGILVB1"
_HEADER = 64  # magic (8 bytes), generation (16), then nothing
_SIZE = _HEADER + 8 * SLOTS


class VersionStore(Protocol):
    def read(self, key: str) -> int:
        """The current version of ``key`` (0 until first bumped)."""

    def read_many(self, keys: Iterable[str]) -> dict[str, object]:
        """The current value of each key: a version (0 until first bumped), or the
        generation for ``GENERATION_KEY``."""

    def bump(self, key: str) -> None:
        """Move ``key`` to a new version, in every process at once."""

    def generation(self) -> str:
        """The cache's generation (a new one after every clear)."""


class CacheVersions:
    """Versions as counters in the shared cache (Redis, or any backend)."""

    def read(self, key: str) -> int:
        return int(cache.get(key, 0))

    def read_many(self, keys: Iterable[str]) -> dict[str, object]:
        keys = list(keys)
        found = cache.get_many(keys)
        return {key: found.get(key, 0) for key in keys}

    def bump(self, key: str) -> None:
        # Atomic on every backend Django ships ("incr or add").
        try:
            cache.incr(key)
        except ValueError:  # no counter yet (or it was evicted)
            if not cache.add(key, 1, timeout=None):
                cache.incr(key)

    def generation(self) -> str:
        return str(cache.get_or_set(GENERATION_KEY, uuid.uuid4().hex, timeout=None))


@functools.lru_cache(maxsize=8192)
def _slot(key: str) -> int:
    digest = hashlib.blake2b(key.encode(), digest_size=8).digest()
    return _HEADER + 8 * (int.from_bytes(digest, "little") % SLOTS)


class VersionBoard:
    """Versions as 8-byte counters in a memory-mapped file shared by every process of
    one machine (see the module's docstring)."""

    def __init__(self, path: Path) -> None:
        path.parent.mkdir(parents=True, exist_ok=True)
        self.path = path
        self._lock = threading.Lock()
        self._fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o666)  # as SQLite makes its files
        with self._locked():
            if os.fstat(self._fd).st_size < _SIZE:
                os.ftruncate(self._fd, _SIZE)
            self._map = mmap.mmap(self._fd, _SIZE, mmap.MAP_SHARED)
            if self._map[:8] != _MAGIC:
                self._map[8:24] = uuid.uuid4().bytes
                self._map[:8] = _MAGIC

    def _locked(self) -> _FileLock:
        return _FileLock(self._fd, self._lock)

    def read(self, key: str) -> int:
        at = _slot(key)
        return int.from_bytes(self._map[at : at + 8], "little")

    def read_many(self, keys: Iterable[str]) -> dict[str, object]:
        data = self._map
        found: dict[str, object] = {}
        for key in keys:
            if key == GENERATION_KEY:
                found[key] = data[8:24].hex()
            else:
                at = _slot(key)
                found[key] = int.from_bytes(data[at : at + 8], "little")
        return found

    def bump(self, key: str) -> None:
        at = _slot(key)
        with self._locked():
            value = int.from_bytes(self._map[at : at + 8], "little") + 1
            self._map[at : at + 8] = value.to_bytes(8, "little")

    def generation(self) -> str:
        return self._map[8:24].hex()

    def reset(self) -> None:
        """Zero every counter under a new generation (what clearing the cache does)."""
        with self._locked():
            self._map[8:24] = uuid.uuid4().bytes
            self._map[_HEADER:_SIZE] = bytes(_SIZE - _HEADER)

    def close(self) -> None:
        self._map.close()
        os.close(self._fd)


class _FileLock:
    """The board's file lock, taken by one thread of this process at a time."""

    def __init__(self, fd: int, lock: threading.Lock) -> None:
        self._fd, self._thread_lock = fd, lock

    def __enter__(self) -> None:
        self._thread_lock.acquire()
        fcntl.flock(self._fd, fcntl.LOCK_EX)

    def __exit__(self, *exc: object) -> None:
        fcntl.flock(self._fd, fcntl.LOCK_UN)
        self._thread_lock.release()


_boards: dict[str, VersionBoard] = {}
_boards_lock = threading.Lock()


def _forget_boards() -> None:
    """In a forked child: map the boards again. A forked process shares its parent's open
    file, and so its lock (``flock`` parts open files, not processes), and may inherit a
    thread lock held by a thread it does not have."""
    global _boards_lock
    _boards.clear()
    _boards_lock = threading.Lock()


os.register_at_fork(after_in_child=_forget_boards)


def board_at(directory: str) -> VersionBoard:
    """The board beside the disk cache in ``directory`` (one per process)."""
    board = _boards.get(directory)
    if board is None:
        with _boards_lock:
            board = _boards.get(directory)
            if board is None:
                board = _boards[directory] = VersionBoard(Path(directory) / "versions.board")
    return board


_CACHE_VERSIONS = CacheVersions()


def store() -> VersionStore:
    """The board when the default cache keeps one (the disk cache), else the cache."""
    board = getattr(cache, "version_board", None)
    return board() if callable(board) else _CACHE_VERSIONS
