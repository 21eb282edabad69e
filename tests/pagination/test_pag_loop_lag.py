"""A walk keeps the event loop responsive: every page handed out is a checkpoint, a typed page is
parsed a step at a time (separately from its decoding), and few pages of decoded records or models
are alive at once (each full collection of the cyclic GC traverses all of them, holding the loop)."""

from __future__ import annotations

import gc
from typing import Any

import anyio
import pytest
import respx

from tests.support.pagination import FakeList, Ticker, customers
from tripletex_async import TripletexClient
from tripletex_async.models import Customer

pytestmark = pytest.mark.anyio


async def _ticks_at_each_page(pages: Any, ticker: Ticker) -> list[tuple[int, int]]:
    """(page index, ticker count when it was handed out) for each page."""
    seen: list[tuple[int, int]] = []
    async with anyio.create_task_group() as tg:
        tg.start_soon(ticker.run)
        async for page in pages:
            seen.append((page.index, ticker.ticks))
        ticker.running = False
    return seen


@pytest.mark.parametrize("raw", [False, True], ids=["typed", "raw"])
async def test_rounds_give_the_loop_back_between_the_pages_of_a_round(
    tx: TripletexClient, router: respx.MockRouter, raw: bool
) -> None:
    router.get("/customer").mock(side_effect=FakeList(customers(80)))
    paginator = tx.paginate(tx.customer.search, count=10, concurrency=4)
    pages: Any = paginator.raw().pages() if raw else paginator.pages()
    seen = await _ticks_at_each_page(pages, Ticker())
    assert [index for index, _ in seen] == list(range(9))  # 8 full pages, then the empty one
    ticks = [count for _, count in seen]
    # pages 1-3 of each round were ready when the round ended: each hand-out still yields. (Trio
    # runs the tasks of one batch in random order, so one yield lets the ticker run before the
    # consumer resumes only on asyncio; two yields do on both.)
    assert all(ticks[i + 2] > ticks[i] for i in range(len(ticks) - 2)), ticks


async def test_the_window_decodes_and_parses_a_page_in_separate_steps(
    tx: TripletexClient, router: respx.MockRouter
) -> None:
    router.get("/customer").mock(side_effect=FakeList(customers(120)))
    async with tx.paginate(tx.customer.search, count=10, concurrency=4) as walk:
        seen = await _ticks_at_each_page(walk.pages(), Ticker())
    assert [index for index, _ in seen] == list(range(13))
    ticks = dict(seen)
    # pages requested after the first answer arrive undecoded: handing one out yields before it is
    # decoded and again before its (one-step) parse, even when it is already in the buffer; so two
    # pages are four yields (the ticker surely runs between at least three: see above)
    gaps = {index: ticks[index] - ticks[index - 2] for index in range(5, 12)}
    assert all(gap >= 3 for gap in gaps.values()), gaps


def _alive(kind: type) -> int:
    gc.collect()
    return sum(1 for obj in gc.get_objects() if isinstance(obj, kind))


async def test_rounds_keep_one_page_of_models_alive(tx: TripletexClient, router: respx.MockRouter) -> None:
    router.get("/customer").mock(side_effect=FakeList(customers(120), delay=0.1))
    before = _alive(Customer)
    most = 0
    async for page in tx.paginate(tx.customer.search, count=10, concurrency=4).pages():
        most = max(most, _alive(Customer) - before)
        assert len(page.values) == (10 if page.index < 12 else 0)
    # the page in hand only: the rest of its round waits decoded, parsed when handed out
    assert most == 10


def _decoded_records(source: list[dict[str, Any]]) -> int:
    """Record dicts alive other than the fake list's own (i.e. decoded from an answer)."""
    gc.collect()
    own = {id(record) for record in source}
    return sum(
        1
        for obj in gc.get_objects()
        if isinstance(obj, dict) and "postalAddress" in obj and id(obj) not in own
    )


async def test_the_first_round_stays_undecoded_until_handed_out(
    tx: TripletexClient, router: respx.MockRouter
) -> None:
    records = customers(200)
    # page 0 comes last: when it is handed out, pages 1-6 are waiting in the reorder buffer
    router.get("/customer").mock(
        side_effect=FakeList(records, delay=lambda start: 1.0 if start == 0 else 0.5)
    )
    before = _decoded_records(records)  # other tests' leftovers
    async with tx.paginate(tx.customer.search, count=10, concurrency=4).raw() as walk:
        async for page in walk.pages():
            assert page.index == 0
            waiting = _decoded_records(records) - before
            break
    # page 0 in hand, and the first answer (it plans the walk), decoded on arrival; pages 2 and 3
    # of the first round, like every later page, wait as bytes (decoding 8 big pages that arrive
    # together would hold the loop for 8 decodings in a row)
    assert waiting == 20
