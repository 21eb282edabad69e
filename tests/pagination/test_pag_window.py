"""The sliding window (``async with tx.paginate(...) as walk``) and ``if_none_match``."""

from __future__ import annotations

from typing import Any

import anyio
import httpx
import pytest
import respx

from tests.support.pagination import FakeList, customer, customers, data_requests
from tripletex_async import TripletexClient
from tripletex_async.errors import NotFoundError, ResponseParseError
from tripletex_async.missing import present
from tripletex_async.pagination import NO_MATCH_DIGEST

pytestmark = pytest.mark.anyio


def ids(items: list[Any]) -> list[int]:
    return [c["id"] if isinstance(c, dict) else c.id for c in items]


def _other_tasks() -> int:
    """Tasks besides the test's own (asyncio only)."""
    import sniffio

    if sniffio.current_async_library() != "asyncio":
        return 0
    import asyncio

    return len([t for t in asyncio.all_tasks() if t is not asyncio.current_task() and not t.done()])


async def test_order_preserved_under_out_of_order_completion(
    tx: TripletexClient, router: respx.MockRouter
) -> None:
    # later pages answer first: the reorder buffer still hands pages out in server order
    fake = FakeList(customers(95), delay=lambda start: 0.0 if start == 0 else 0.002 * (100 - start) / 10)
    router.get("/customer").mock(side_effect=fake)
    async with tx.paginate(tx.customer.search, count=10, concurrency=4) as walk:
        got = [c.id async for c in walk]
    assert got == list(range(1, 96))
    assert walk.report.pages == 10 and walk.report.items == 95
    assert sorted(fake.starts) == list(range(0, 100, 10))  # each page asked once

    fake.starts.clear()
    async with tx.paginate(tx.customer.search, count=10, concurrency=4).raw() as raw:
        pages = [page async for page in raw.pages()]
    assert [p.index for p in pages] == list(range(10))
    assert ids([v for p in pages for v in p.values]) == list(range(1, 96))
    assert isinstance(pages[0].values[0], dict)


async def test_in_flight_never_above_concurrency_and_window_slides(
    tx: TripletexClient, router: respx.MockRouter
) -> None:
    started_when_slow_done: list[int] = []

    def hook(fake: FakeList, start: int) -> None:
        if start == 10:
            started_when_slow_done.append(len(fake.starts))

    # page 1 is slow: rounds would wait for it; the window keeps the other slots busy meanwhile
    fake = FakeList(customers(200), delay=lambda start: 0.3 if start == 10 else 0.005, hook=hook)
    router.get("/customer").mock(side_effect=fake)
    async with tx.paginate(tx.customer.search, count=10, concurrency=3) as walk:
        got = [c.id async for c in walk]
    assert got == list(range(1, 201))
    assert fake.max_active == 3
    assert started_when_slow_done[0] >= 6  # pages 0..6 (bounded by 2 * concurrency past page 1)
    assert started_when_slow_done[0] <= 1 + 2 * 3  # the reorder buffer is bounded
    assert walk.report.requests == len(fake.starts) == 21  # 200 records + the empty page


async def test_small_list_first_speculative_then_one_request(
    tx: TripletexClient, router: respx.MockRouter
) -> None:
    # never walked: a full window first; page 0 is short, so the other three are cancelled at once
    fake = FakeList(customers(7), delay=lambda start: 0.01 if start == 0 else 30.0)
    router.get("/customer").mock(side_effect=fake)
    started = anyio.current_time()
    async with tx.paginate(tx.customer.search, count=10, concurrency=4) as walk:
        assert len([c async for c in walk]) == 7
        assert fake.active == 0
    assert anyio.current_time() - started < 2.0
    assert sorted(fake.starts) == [0, 10, 20, 30]
    assert walk.report.requests == 4 and walk.report.wasted_requests == 3
    assert walk.report.first_round_reason == "speculative"

    # walked before: the client remembers it took one page
    fake = FakeList(customers(7), delay=0.01)
    router.get("/customer").mock(side_effect=fake)
    async with tx.paginate(tx.customer.search, count=10, concurrency=4) as walk:
        assert len([c async for c in walk]) == 7
    assert fake.starts == [0]
    assert walk.report.requests == 1 and walk.report.wasted_requests == 0
    assert walk.report.first_round_reason == "remembered"

    fake = FakeList(customers(7), full_result_size=0, delay=0.01)
    router.get("/customer").mock(side_effect=fake)
    async with tx.paginate(tx.customer.search, count=10, concurrency=4, prefetch=3) as walk:
        assert len(await walk.collect()) == 7
    assert sorted(fake.starts) == [0, 10, 20]
    assert walk.report.wasted_requests == 2


async def test_short_page_stops_and_cancels_later_requests(
    tx: TripletexClient, router: respx.MockRouter
) -> None:
    # no size hint: the window is speculative; pages past the short page 2 hang until cancelled
    fake = FakeList(customers(25), full_result_size=0, delay=lambda s: 0.01 if s <= 20 else 30.0)
    router.get("/customer").mock(side_effect=fake)
    started = anyio.current_time()
    async with tx.paginate(tx.customer.search, count=10, concurrency=4) as walk:
        got = [c.id async for c in walk]
        assert fake.active == 0  # cancelled as soon as the short page arrived, not at block exit
    assert anyio.current_time() - started < 2.0
    assert got == list(range(1, 26))
    assert fake.cancelled >= 1
    assert walk.report.requests >= 4
    assert walk.report.wasted_requests == walk.report.requests - 3  # all but pages 0, 1 and 2


async def test_break_leaves_nothing_behind(tx: TripletexClient, router: respx.MockRouter) -> None:
    fake = FakeList(customers(500), delay=0.01)
    router.get("/customer").mock(side_effect=fake)
    before = _other_tasks()
    seen = 0
    async with tx.paginate(tx.customer.search, count=10, concurrency=4) as walk:
        async for _ in walk:
            seen += 1
            if seen == 25:
                break
    assert seen == 25
    assert fake.active == 0
    assert tx.stats.in_flight == 0
    assert _other_tasks() == before
    requests = len(fake.starts)
    await anyio.sleep(0.05)
    assert len(fake.starts) == requests  # nothing keeps fetching in the background
    assert requests <= 3 + 2 * 4  # the pages handed out plus the bounded window


async def test_cancelling_the_block_cancels_requests_promptly(
    tx: TripletexClient, router: respx.MockRouter
) -> None:
    fake = FakeList(customers(500), delay=lambda start: 0.0 if start == 0 else 30.0)
    router.get("/customer").mock(side_effect=fake)
    before = _other_tasks()
    got: list[int] = []
    started = anyio.current_time()
    with anyio.move_on_after(0.2) as scope:
        async with tx.paginate(tx.customer.search, count=10, concurrency=4) as walk:
            async for c in walk:
                got.append(present(c.id))
    assert scope.cancelled_caught
    assert anyio.current_time() - started < 2.0
    assert got == list(range(1, 11))  # page 0 is handed out at once; the window waits meanwhile
    assert fake.cancelled == 4
    assert fake.active == 0 and tx.stats.in_flight == 0
    assert _other_tasks() == before


async def test_cancelling_inside_the_block_cancels_requests_at_once(
    tx: TripletexClient, router: respx.MockRouter
) -> None:
    fake = FakeList(customers(500), delay=lambda start: 0.0 if start == 0 else 30.0)
    router.get("/customer").mock(side_effect=fake)
    async with tx.paginate(tx.customer.search, count=10, concurrency=4) as walk:
        with anyio.move_on_after(0.1):
            async for _ in walk:
                pass
        await anyio.sleep(0.01)
        assert fake.active == 0  # the interrupted iteration cancelled its requests itself
        assert fake.cancelled == 4


async def test_errors_propagate_typed(tx: TripletexClient, router: respx.MockRouter) -> None:
    fake = FakeList(
        customers(100), full_result_size=0, delay=lambda s: 0.0 if s <= 10 else 5.0, errors={10: 404}
    )
    router.get("/customer").mock(side_effect=fake)
    got: list[int] = []
    started = anyio.current_time()
    with pytest.raises(NotFoundError):  # the typed error itself, not an ExceptionGroup
        async with tx.paginate(tx.customer.search, count=10, concurrency=4, prefetch=4) as walk:
            async for c in walk:
                got.append(present(c.id))
    assert got == list(range(1, 11))  # page 0 first, then the failure of page 1
    assert anyio.current_time() - started < 2.0
    assert fake.active == 0 and tx.stats.in_flight == 0


async def test_error_can_be_handled_inside_the_block(tx: TripletexClient, router: respx.MockRouter) -> None:
    fake = FakeList(customers(50), errors={20: 404})
    router.get("/customer").mock(side_effect=fake)
    async with tx.paginate(tx.customer.search, count=10, concurrency=4) as walk:
        with pytest.raises(NotFoundError):
            await walk.collect()
        fake.errors.clear()
        assert [p.index async for p in walk.pages()] == [0, 1, 2, 3, 4, 5]  # a fresh walk
    # an error past the end of the list does not matter
    router.get("/customer").mock(side_effect=FakeList(customers(15), full_result_size=0, errors={20: 500}))
    async with tx.paginate(tx.customer.search, count=10, concurrency=4) as walk:
        assert len(await walk.collect()) == 15


async def test_parse_error_is_typed(tx: TripletexClient, router: respx.MockRouter) -> None:
    router.get("/customer").mock(return_value=httpx.Response(200, content=b"{not json"))
    with pytest.raises(ResponseParseError):
        async with tx.paginate(tx.customer.search, count=10) as walk:
            await walk.collect()


def _insert_low_id(fake: FakeList, at: int) -> None:
    if at >= 30 and not any(r["id"] == 15 for r in fake.records):
        fake.records.append(customer(15))


async def test_dedupe_and_recovery_in_the_window(tx: TripletexClient, router: respx.MockRouter) -> None:
    original = customers(50, step=10, first=10)
    fake = FakeList(list(original), hook=_insert_low_id, delay=lambda s: 0.001 * ((s // 10) % 3))
    router.get("/customer").mock(side_effect=fake)
    async with tx.paginate(
        tx.customer.search, count=10, concurrency=3, consistency="dedupe", recover=True
    ).raw() as walk:
        got = ids(await walk.collect())
    assert len(got) == len(set(got))  # no duplicates
    assert set(ids(original)) <= set(got)  # no skips
    report = walk.report
    assert report.suspected_shift and report.passes >= 2
    assert report.digest_changed and "digest changed" in report.summary()
    assert report.consistent  # the last pass saw a stable list
    assert all(r.headers["if-none-match"] == NO_MATCH_DIGEST for r in data_requests(router))


async def test_detect_reports_duplicates(tx: TripletexClient, router: respx.MockRouter) -> None:
    records = customers(30, first=1)

    def shift(fake: FakeList, at: int) -> None:
        if at == 10 and fake.records[0]["id"] == 1:
            fake.records.insert(0, customer(0))  # every later record moves one place down

    # page 1 answers after the insertion, page 0 before it: id 10 is on both pages (page 0 probed
    # alone, so it is answered before the others are asked)
    fake = FakeList(records, hook=shift, delay=lambda s: 0.0)
    router.get("/customer").mock(side_effect=fake)
    async with tx.paginate(
        tx.customer.search, count=10, concurrency=3, prefetch=1, consistency="detect"
    ) as walk:
        got = [c.id async for c in walk]
    assert got.count(10) == 2 and walk.report.duplicates == 1
    assert not walk.report.consistent


async def test_progress_limit_and_typed_values(tx: TripletexClient, router: respx.MockRouter) -> None:
    router.get("/customer").mock(side_effect=FakeList(customers(95), delay=0.001))
    calls: list[tuple[int, int | None]] = []
    async with tx.paginate(
        tx.customer.search, count=10, concurrency=4, limit=42, progress=lambda n, t: calls.append((n, t))
    ) as walk:
        got = [c async for c in walk]
    assert [c.id for c in got] == list(range(1, 43))
    assert present(got[0].postal_address).city == "Oslo"
    assert calls == [(10, 42), (20, 42), (30, 42), (40, 42), (42, 42)]
    assert len(data_requests(router)) == 5


async def test_paginator_cannot_be_entered_twice(tx: TripletexClient, router: respx.MockRouter) -> None:
    from tripletex_async.errors import ConfigurationError

    router.get("/customer").mock(side_effect=FakeList(customers(5)))
    pager = tx.paginate(tx.customer.search)
    async with pager:
        with pytest.raises(ConfigurationError):
            async with pager:
                pass
    assert len(await pager.collect()) == 5  # rounds again after the block
    async with pager as walk:  # and it can be entered again
        assert len(await walk.collect()) == 5


@pytest.mark.parametrize("window", [True, False])
async def test_if_none_match_304_yields_nothing(
    tx: TripletexClient, router: respx.MockRouter, window: bool
) -> None:
    fake = FakeList(customers(25))
    router.get("/customer").mock(side_effect=fake)
    first = tx.paginate(tx.customer.search, count=10, consistency="detect")
    await first.collect()
    digest = first.report.digests[0]

    async def walk_with(previous: str | None) -> tuple[Any, list[Any]]:
        pager = tx.paginate(tx.customer.search, count=10, sorting="id", if_none_match=previous, concurrency=4)
        if window:
            async with pager as walk:
                return walk, [c async for c in walk]
        return pager, await pager.collect()

    mark = len(data_requests(router))
    walk, got = await walk_with(digest)
    assert got == [] and walk.unchanged
    requests = data_requests(router)[mark:]
    assert len(requests) == 1 and requests[0].headers["if-none-match"] == digest
    assert walk.report.requests == 1 and walk.report.wasted_requests == 0 and walk.report.pages == 0

    fake.records.append(customer(26))  # changed: the whole list, the digest only on the first page
    mark = len(data_requests(router))
    walk, got = await walk_with(digest)
    assert not walk.unchanged and ids(got) == list(range(1, 27))
    requests = data_requests(router)[mark:]
    assert requests[0].headers["if-none-match"] == digest
    assert all("if-none-match" not in r.headers for r in requests[1:])
    assert walk.report.digests and walk.report.digests[0] != digest

    mark = len(data_requests(router))  # a sentence is not a digest: no conditional request
    walk, got = await walk_with("'If-None-Match' header not specified")
    assert len(got) == 26 and not walk.unchanged
    assert all("if-none-match" not in r.headers for r in data_requests(router)[mark:])
