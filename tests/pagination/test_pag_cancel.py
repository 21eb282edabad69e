"""Early exit and cancellation: nothing left in flight, requests cancelled promptly, no stray tasks."""

from __future__ import annotations

import time

import anyio
import pytest
import respx

from tests.support.pagination import FakeList, customers
from tripletex_async import TripletexClient
from tripletex_async.missing import present

pytestmark = pytest.mark.anyio


def _other_tasks() -> int:
    """Tasks besides the test's own (asyncio only; trio has no global task list worth checking)."""
    import sniffio

    if sniffio.current_async_library() != "asyncio":
        return 0
    import asyncio

    return len([t for t in asyncio.all_tasks() if t is not asyncio.current_task() and not t.done()])


async def test_break_leaves_nothing_in_flight(tx: TripletexClient, router: respx.MockRouter) -> None:
    fake = FakeList(customers(500), delay=0.01)
    router.get("/customer").mock(side_effect=fake)
    before = _other_tasks()
    seen = 0
    async for _ in tx.paginate(tx.customer.search, count=10, concurrency=4):
        seen += 1
        if seen == 25:
            break
    assert seen == 25
    assert fake.active == 0
    assert tx.stats.in_flight == 0
    assert _other_tasks() == before
    requests = len(fake.requests)
    await anyio.sleep(0.05)
    assert len(fake.requests) == requests  # nothing keeps fetching in the background
    assert requests <= 4 + 4 + 4  # first round, the round being parsed, one round ahead


async def test_break_from_pages(tx: TripletexClient, router: respx.MockRouter) -> None:
    fake = FakeList(customers(500), full_result_size=0, delay=0.005)
    router.get("/customer").mock(side_effect=fake)
    async for page in tx.paginate(tx.customer.search, count=10, concurrency=3).pages():
        assert page.index == 0
        break
    assert fake.active == 0


async def test_cancelling_the_consumer_cancels_requests_promptly(
    tx: TripletexClient, router: respx.MockRouter
) -> None:
    fake = FakeList(customers(500), delay=lambda start: 0.0 if start == 0 else 30.0)
    router.get("/customer").mock(side_effect=fake)
    got: list[int] = []
    started = anyio.current_time()
    with anyio.move_on_after(0.2) as scope:
        async for c in tx.paginate(tx.customer.search, count=10, concurrency=4):
            got.append(present(c.id))
    assert scope.cancelled_caught
    assert anyio.current_time() - started < 2.0
    assert got == []  # page 0 arrived, but a round is handed out once all of it is in
    assert fake.cancelled == 3  # pages 1-3 of the first round
    assert fake.active == 0
    assert tx.stats.in_flight == 0


async def test_cancelling_a_task_group_running_walks(tx: TripletexClient, router: respx.MockRouter) -> None:
    fake = FakeList(customers(300), delay=0.5)
    router.get("/customer").mock(side_effect=fake)
    before = _other_tasks()

    async def walk() -> None:
        await tx.paginate(tx.customer.search, count=10, concurrency=2).collect()

    async with anyio.create_task_group() as tg:
        tg.start_soon(walk)
        tg.start_soon(walk)
        await anyio.sleep(0.05)
        tg.cancel_scope.cancel()
    assert fake.active == 0
    assert fake.cancelled == 4  # each walk's first round (two pages) in flight
    assert _other_tasks() == before


async def test_error_cancels_the_rest_of_the_round(tx: TripletexClient, router: respx.MockRouter) -> None:
    fake = FakeList(
        customers(100), full_result_size=0, delay=lambda s: 0.0 if s <= 10 else 5.0, errors={10: 404}
    )
    router.get("/customer").mock(side_effect=fake)
    started = anyio.current_time()
    with pytest.raises(Exception) as info:
        await tx.paginate(tx.customer.search, count=10, concurrency=4, prefetch=4).collect()
    assert type(info.value).__name__ == "NotFoundError"  # typed, not an ExceptionGroup
    assert anyio.current_time() - started < 2.0
    assert fake.active == 0


async def test_the_clock_is_virtual() -> None:
    """The bounds above are virtual time: an hour's sleep passes at once, and it is measured."""
    real = time.perf_counter()
    started = anyio.current_time()
    await anyio.sleep(3600)
    assert anyio.current_time() - started >= 3600
    assert time.perf_counter() - real < 5
