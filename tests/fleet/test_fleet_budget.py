"""RedisRateLimiter on a real Redis: one budget for many processes, a 429 pauses all, new periods;
every write is awaited by the caller (no background tasks)."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from typing import Any

import httpx
import pytest
import pytest_asyncio
from redis.asyncio import Redis

from tripletex_async.fleet import RedisRateLimiter


class Blocked(Exception):
    pass


class Recorder:
    """A sleep that records the delay asked for and stops the caller (no real waiting)."""

    def __init__(self) -> None:
        self.delays: list[float] = []

    async def __call__(self, delay: float) -> None:
        self.delays.append(delay)
        raise Blocked


def response(status: int = 200, **headers: str) -> httpx.Response:
    return httpx.Response(status, headers={f"X-Rate-Limit-{k.title()}": v for k, v in headers.items()})


@pytest_asyncio.fixture
async def redis(redis_url: str) -> AsyncIterator[Redis]:
    client = Redis.from_url(redis_url)
    yield client
    await client.aclose()


def state(redis: Redis, sleep: Recorder | None = None, **kwargs: Any) -> RedisRateLimiter:
    if sleep is None:
        return RedisRateLimiter(redis, "k", **kwargs)
    return RedisRateLimiter(redis, "k", sleep=sleep, **kwargs)


@pytest.mark.asyncio
async def test_workers_share_one_remaining_count(redis: Redis) -> None:
    sleeps = Recorder()
    a, b = state(redis, sleeps), state(redis, sleeps)
    await a.observe(response(limit="10", remaining="5", reset="30"))

    async def one(s: RedisRateLimiter) -> bool:
        try:
            await s.wait_for_budget()
        except Blocked:
            return False
        return True

    granted = await asyncio.gather(*(one(s) for s in (a, b) * 4))
    assert granted.count(True) == 5  # 5 left in the period, whoever asks
    assert len(sleeps.delays) == 3
    assert all(29 < d <= 30.2 for d in sleeps.delays)  # until the period ends
    assert (await a.shared_snapshot())["remaining"] == "0"


@pytest.mark.asyncio
async def test_remaining_only_goes_down_within_a_period(redis: Redis) -> None:
    a, b = state(redis), state(redis)
    await a.observe(response(limit="10", remaining="3", reset="30"))
    await b.observe(response(limit="10", remaining="7", reset="30"))  # an older answer arriving late
    assert (await a.shared_snapshot())["remaining"] == "3"


@pytest.mark.asyncio
async def test_a_429_seen_by_one_pauses_all(redis: Redis) -> None:
    sleeps = Recorder()
    a, b = state(redis, sleeps), state(redis, sleeps)
    await a.observe(response(limit="10", remaining="9", reset="30"))
    assert await a.on_429(2.0) >= 2.0
    with pytest.raises(Blocked):
        await b.wait_for_budget()
    assert 1.5 < sleeps.delays[0] <= 2.2


@pytest.mark.asyncio
async def test_period_end_lets_one_probe_through_then_follows_its_headers(redis: Redis) -> None:
    a, b = state(redis, poll=0.01), state(redis, poll=0.01)
    await a.observe(response(limit="4", remaining="0", reset="0.5"))
    waited = await b.wait_for_budget()  # until the period ends, then the probe
    assert 0.0 < waited <= 0.5 + 0.1  # the waits asked for (Redis time), not a measured duration
    sleeps = Recorder()
    c = state(redis, sleeps, poll=0.01)
    with pytest.raises(Blocked):  # the probe is out: everyone else polls
        await c.wait_for_budget()
    assert sleeps.delays == [0.01]
    await b.observe(response(limit="4", remaining="3", reset="30"))  # the probe's answer
    assert await c.wait_for_budget() == 0.0
    assert (await c.shared_snapshot())["remaining"] == "2"


@pytest.mark.asyncio
async def test_no_headers_means_no_gate(redis: Redis) -> None:
    a = state(redis)
    await a.observe(response())
    for _ in range(20):
        assert await a.wait_for_budget() == 0.0


@pytest.mark.asyncio
async def test_a_new_period_seen_in_an_answer_is_learned_from_a_probe(redis: Redis) -> None:
    """An answer showing that the service began a later period does not set that period's remaining:
    requests reserved before it may reach the service after it (in flight, or in a process not yet
    scheduled), and adopting its count would spend them twice. One probe learns the real count."""
    a, b = state(redis, poll=0.01), state(redis, poll=0.01)
    await a.observe(response(limit="10", remaining="6", reset="10"))  # the period we track ends in 10 s
    for _ in range(3):  # three reserved; their answers are still to come
        assert await a.wait_for_budget() == 0.0
    await b.observe(response(limit="10", remaining="9", reset="30"))  # a later period has begun
    assert "remaining" not in await a.shared_snapshot()  # unknown, not 9
    assert await a.wait_for_budget() == 0.0  # the probe
    sleeps = Recorder()
    c = state(redis, sleeps, poll=0.01)
    with pytest.raises(Blocked):  # everyone else waits for its answer
        await c.wait_for_budget()
    assert sleeps.delays == [0.01]
    await a.observe(response(limit="10", remaining="5", reset="30"))  # the probe's answer counts all 4
    assert await c.wait_for_budget() == 0.0
    assert (await c.shared_snapshot())["remaining"] == "4"
