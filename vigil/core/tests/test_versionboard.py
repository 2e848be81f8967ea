"""The board of cache versions beside the disk cache: what one process bumps, every
other process reads at once; bumps from several processes are all counted; clearing the
cache retires every version and every copy of a kept answer."""

from __future__ import annotations

import fcntl
import multiprocessing
import sys
from pathlib import Path
from typing import Any

import pytest
from django.core.cache import cache, caches

from vigil.core import responsecache, versionboard, versions
from vigil.core.diskcache import PersistentDiskCache
from vigil.core.versionboard import GENERATION_KEY, CacheVersions, VersionBoard

_SPAWN = multiprocessing.get_context("spawn")


def _bump_in_a_new_process(path: str, key: str, times: int) -> None:
    board = VersionBoard(Path(path))  # its own mapping of the file, as a worker has
    for _ in range(times):
        board.bump(key)


def _run(*jobs: tuple[str, str, int]) -> None:
    processes = [_SPAWN.Process(target=_bump_in_a_new_process, args=job) for job in jobs]
    for process in processes:
        process.start()
    for process in processes:
        process.join(60)
        assert process.exitcode == 0


def test_what_another_process_bumps_is_read_here_at_once(tmp_path: Path) -> None:
    board = VersionBoard(tmp_path / "versions.board")
    assert board.read("vigil:wall-version:7") == 0
    _run((str(board.path), "vigil:wall-version:7", 1))
    assert board.read("vigil:wall-version:7") == 1
    assert board.read_many(["vigil:wall-version:7", "vigil:wall-version:8"]) == {
        "vigil:wall-version:7": 1,
        "vigil:wall-version:8": 0,
    }


def test_bumps_from_several_processes_at_once_are_all_counted(tmp_path: Path) -> None:
    board = VersionBoard(tmp_path / "versions.board")
    _run(*[(str(board.path), "vigil:content-version", 400)] * 3)
    assert board.read("vigil:content-version") == 1200


def _lock_in_a_forked_process(directory: str, ready: Any, locked: Any) -> None:
    board = versionboard.board_at(directory)
    ready.set()
    locked.wait(30)
    try:
        fcntl.flock(board._fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        sys.exit(0)  # the parent's lock holds this worker off, as it should
    sys.exit(3)  # the parent's lock did not: a bump here could be lost


def test_a_forked_worker_waits_for_a_bump_in_its_parent(tmp_path: Path) -> None:
    """gunicorn forks its workers: a board opened before the fork is opened again in each.
    A forked process shares its parent's open file, and ``flock`` parts open files, not
    processes: with the parent's file the parent's lock would not hold the child off."""
    parent = versionboard.board_at(str(tmp_path))
    fork = multiprocessing.get_context("fork")
    ready, locked = fork.Event(), fork.Event()
    child = fork.Process(target=_lock_in_a_forked_process, args=(str(tmp_path), ready, locked))
    child.start()
    assert ready.wait(30)
    with parent._locked():
        locked.set()
        child.join(30)
    assert child.exitcode == 0


def test_a_new_mapping_of_an_existing_board_keeps_its_versions(tmp_path: Path) -> None:
    first = VersionBoard(tmp_path / "versions.board")
    first.bump("vigil:content-version")
    again = VersionBoard(tmp_path / "versions.board")
    assert again.read("vigil:content-version") == 1
    assert again.generation() == first.generation()


def test_a_reset_zeroes_the_versions_under_a_new_generation(tmp_path: Path) -> None:
    board = VersionBoard(tmp_path / "versions.board")
    board.bump("vigil:content-version")
    before = board.generation()
    other = VersionBoard(tmp_path / "versions.board")
    other.reset()
    assert board.read("vigil:content-version") == 0
    assert board.generation() != before
    assert board.read_many([GENERATION_KEY])[GENERATION_KEY] == other.generation()


def test_keys_that_share_a_slot_share_a_counter(tmp_path: Path) -> None:
    """A collision costs a render, never a stale answer: a bump of either key moves both."""
    board = VersionBoard(tmp_path / "versions.board")
    seen: dict[int, str] = {}
    for n in range(100_000):
        key = f"vigil:wall-version:{n}"
        slot = versionboard._slot(key)
        if slot in seen:
            break
        seen[slot] = key
    else:
        pytest.fail("no two keys shared a slot")
    first, second = seen[slot], key
    board.bump(first)
    assert board.read(second) == 1


def test_the_site_keeps_its_versions_on_the_board_of_its_disk_cache() -> None:
    if not isinstance(caches["default"], PersistentDiskCache):
        pytest.skip("the default cache is not the disk cache (REDIS_URL is set)")
    store = versionboard.store()
    assert isinstance(store, VersionBoard)
    assert Path(store.path).parent == Path(cache.directory)
    versions.bump("vigil:wall-version:1")
    assert store.read("vigil:wall-version:1") == 1
    assert cache.get("vigil:wall-version:1") is None  # not a query of the cache


def test_clearing_the_disk_cache_retires_every_version() -> None:
    if not isinstance(versionboard.store(), VersionBoard):
        pytest.skip("the default cache is not the disk cache (REDIS_URL is set)")
    versions.bump("vigil:content-version")
    generation = versionboard.store().generation()
    cache.clear()
    assert versions.current("vigil:content-version") == 0
    assert versionboard.store().generation() != generation


def test_other_caches_keep_the_versions_themselves(settings) -> None:
    settings.CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}
    store = versionboard.store()
    assert isinstance(store, CacheVersions)
    store.bump("vigil:wall-version:3")
    store.bump("vigil:wall-version:3")
    assert cache.get("vigil:wall-version:3") == 2
    generation = store.generation()
    assert store.read_many(["vigil:wall-version:3", "vigil:wall-version:4", GENERATION_KEY]) == {
        "vigil:wall-version:3": 2,
        "vigil:wall-version:4": 0,
        GENERATION_KEY: generation,
    }


def test_a_copy_kept_in_this_process_is_not_served_after_a_clear(rf, settings) -> None:
    """Versions climb back from 0 after a clear; the generation keeps an old copy out."""
    settings.VIGIL_RESPONSE_CACHE = True
    from django.http import HttpResponse

    request = rf.get("/countries/somewhere/")
    response = HttpResponse(b"old page")
    response["Cache-Control"] = "public, max-age=0, s-maxage=300"
    responsecache.keep(request, response, {"vigil:wall-version:5": 1})
    versions.bump("vigil:wall-version:5")
    assert responsecache.lookup(request) is not None
    cache.clear()
    versions.bump("vigil:wall-version:5")  # back at the number the copy was built from
    assert responsecache.lookup(request) is None
