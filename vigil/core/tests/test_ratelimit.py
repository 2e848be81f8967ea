from __future__ import annotations

import pytest

from vigil.core import ratelimit
from vigil.core.ratelimit import Rate, RateLimited


@pytest.fixture
def clock(monkeypatch):
    now = [1_000_000_040.0]  # 20 s into a minute
    monkeypatch.setattr(ratelimit, "_now", lambda: now[0])
    return now


def test_hits_up_to_the_limit_then_raises_with_retry_after(clock):
    rate = Rate(3, 60)
    assert [ratelimit.hit("s", "id", rate) for _ in range(3)] == [1, 2, 3]
    with pytest.raises(RateLimited) as limited:
        ratelimit.hit("s", "id", rate)
    assert limited.value.retry_after == 40
    ratelimit.hit("s", "other", rate)  # other identities are separate
    clock[0] += 40  # the next window
    assert ratelimit.hit("s", "id", rate) == 1


def test_check_does_not_count(clock):
    rate = Rate(1, 60)
    ratelimit.check("s", "id", rate)
    ratelimit.check("s", "id", rate)
    ratelimit.hit("s", "id", rate)
    with pytest.raises(RateLimited):
        ratelimit.check("s", "id", rate)


_COUNT_HITS = """
import django, sys
django.setup()
from vigil.core import ratelimit
from vigil.core.ratelimit import Rate, RateLimited
allowed = 0
for _ in range(int(sys.argv[1])):
    try:
        ratelimit.hit("shared", sys.argv[2], Rate(30, 3600))
        allowed += 1
    except RateLimited:
        pass
print(allowed)
"""


def test_a_limit_is_shared_by_every_worker_process(settings, tmp_path):
    """Three processes with the configured cache (a disk cache under var/, or Redis
    with REDIS_URL) count against one limit: together they get 30 hits, not 90."""
    import os
    import subprocess
    import sys
    import uuid

    ident = uuid.uuid4().hex
    env = {**os.environ, "DJANGO_SETTINGS_MODULE": "vigil.test_settings"}
    workers = [
        subprocess.Popen(
            [sys.executable, "-c", _COUNT_HITS, "25", ident],
            cwd=settings.BASE_DIR,
            env=env,
            stdout=subprocess.PIPE,
            text=True,
        )
        for _ in range(3)
    ]
    allowed = [int(worker.communicate(timeout=120)[0].strip()) for worker in workers]
    assert sum(allowed) == 30
