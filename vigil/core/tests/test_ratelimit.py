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
