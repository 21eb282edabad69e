"""ratelimit.py: header parsing, the budget gate and 429 pauses."""

from __future__ import annotations

import random
from typing import Any

import anyio
import anyio.lowlevel
import httpx
import pytest

from tests.support.virtual_clock import backend_options
from tripletex_async.errors import ConfigurationError
from tripletex_async.ratelimit import RateLimitSnapshot, RateLimitState


class FakeTime:
    """Virtual monotonic clock; ``sleep`` advances it and yields to other tasks."""

    def __init__(self) -> None:
        self.now = 1000.0
        self.sleeps: list[float] = []

    def monotonic(self) -> float:
        return self.now

    async def sleep(self, seconds: float) -> None:
        self.sleeps.append(seconds)
        self.now += max(0.0, seconds)
        await anyio.lowlevel.checkpoint()


def make_state(ft: FakeTime, **kwargs: Any) -> RateLimitState:
    kwargs.setdefault("slack", 0.0)
    return RateLimitState(monotonic=ft.monotonic, sleep=ft.sleep, rng=random.Random(7), **kwargs)


@pytest.mark.parametrize(
    ("headers", "expected"),
    [
        (
            {"X-Rate-Limit-Limit": "1000", "X-Rate-Limit-Remaining": "998", "X-Rate-Limit-Reset": "42"},
            RateLimitSnapshot(1000, 998, 42.0),
        ),
        ({"x-rate-limit-remaining": "0"}, RateLimitSnapshot(None, 0, None)),
        ({}, RateLimitSnapshot()),
        (
            {"X-Rate-Limit-Limit": "lots", "X-Rate-Limit-Remaining": "-3", "X-Rate-Limit-Reset": "nan"},
            RateLimitSnapshot(None, 0, None),  # a negative remaining means the period is spent
        ),
        ({"X-Rate-Limit-Reset": "1.5", "X-Rate-Limit-Remaining": " 7 "}, RateLimitSnapshot(None, 7, 1.5)),
        ({"X-Rate-Limit-Reset": "inf", "X-Rate-Limit-Limit": ""}, RateLimitSnapshot()),
    ],
)
def test_snapshot_from_headers(headers: dict[str, str], expected: RateLimitSnapshot) -> None:
    assert RateLimitSnapshot.from_headers(headers) == expected
    assert RateLimitSnapshot.from_headers(httpx.Headers(headers)) == expected
    assert RateLimitSnapshot().is_empty


def test_invalid_arguments() -> None:
    with pytest.raises(ConfigurationError):
        RateLimitState(max_wait=-1)


def test_snapshot_counts_down() -> None:
    ft = FakeTime()
    st = make_state(ft)
    st.update(RateLimitSnapshot(100, 50, 10.0))
    ft.now += 4
    assert st.snapshot() == RateLimitSnapshot(100, 50, 6.0)


@pytest.mark.anyio
async def test_spent_budget_blocks_until_reset() -> None:
    ft = FakeTime()
    st = make_state(ft, slack=0.25)
    st.update(RateLimitSnapshot(100, 0, 5.0))
    waited = await st.wait_for_budget()
    assert waited == pytest.approx(5.25)
    assert st.remaining is None and st.reset_at is None  # new period: budget unknown but available
    assert await st.wait_for_budget() == 0.0


@pytest.mark.anyio
async def test_budget_is_reserved_per_request() -> None:
    ft = FakeTime()
    st = make_state(ft)
    st.update(RateLimitSnapshot(100, 2, 30.0))
    assert await st.wait_for_budget() == 0.0
    assert await st.wait_for_budget() == 0.0
    assert st.remaining == 0
    assert await st.wait_for_budget() == pytest.approx(30.0)


@pytest.mark.anyio
async def test_spent_budget_without_reset_does_not_block() -> None:
    ft = FakeTime()
    st = make_state(ft)
    st.update(RateLimitSnapshot(100, 0, None))
    assert await st.wait_for_budget() == 0.0
    assert ft.sleeps == []


@pytest.mark.anyio
async def test_wait_longer_than_max_wait_fails_fast() -> None:
    ft = FakeTime()
    st = make_state(ft, max_wait=10.0)
    st.update(RateLimitSnapshot(100, 0, 300.0))
    assert await st.wait_for_budget() == 0.0
    assert ft.sleeps == []


@pytest.mark.anyio
async def test_on_429_with_reset_pauses_for_reset() -> None:
    ft = FakeTime()
    st = make_state(ft)
    assert st.pause(3.0) == pytest.approx(3.0)
    assert await st.wait_for_budget() == pytest.approx(3.0)
    assert await st.wait_for_budget() == 0.0


@pytest.mark.anyio
async def test_on_429_without_reset_uses_known_period_end() -> None:
    ft = FakeTime()
    st = make_state(ft)
    st.update(RateLimitSnapshot(100, 1, 8.0))
    ft.now += 2
    assert st.pause(None) == pytest.approx(6.0)


def test_on_429_without_any_reset_backs_off_exponentially_with_jitter() -> None:
    ft = FakeTime()
    st = make_state(ft, backoff_base=1.0, backoff_max=5.0)
    delays = [st.pause(None) for _ in range(5)]
    bounds = [1.0, 2.0, 4.0, 5.0, 5.0]
    for delay, cap in zip(delays, bounds, strict=True):
        assert cap * 0.5 <= delay <= cap
    assert st.consecutive_429 == 5
    st.record(httpx.Response(200))
    assert st.consecutive_429 == 0


def test_observe_reads_headers() -> None:
    ft = FakeTime()
    st = make_state(ft)
    st.record(httpx.Response(200, headers={"X-Rate-Limit-Remaining": "9", "X-Rate-Limit-Limit": "10"}))
    assert (st.limit, st.remaining) == (10, 9)
    assert "remaining=9" in repr(st)


@pytest.mark.parametrize("backend", ["asyncio", "trio"])
def test_429_pause_holds_every_waiter(backend: str) -> None:
    """The default clock and sleep (the event loop's; virtual here, so exact and load-proof)."""

    async def main() -> tuple[float, list[float]]:
        st = RateLimitState(slack=0.0)
        paused_at = anyio.current_time()
        st.pause(5.0)
        released: list[float] = []

        async def waiter() -> None:
            await st.wait_for_budget()
            released.append(anyio.current_time())

        async with anyio.create_task_group() as tg:
            for _ in range(20):
                tg.start_soon(waiter)
            await anyio.sleep(1.0)
            assert released == []  # still paused one second in
        return paused_at, released

    name, options = backend_options(backend)
    paused_at, released = anyio.run(main, backend=name, backend_options=options)
    assert len(released) == 20
    assert released == pytest.approx([paused_at + 5.0] * 20)  # every waiter held to the pause's end
