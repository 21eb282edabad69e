"""The first round of a walk: speculative on an idle client, remembered, limited, conditional, and
a single probe when the client is busy or the rate-limit budget is low."""

from __future__ import annotations

from typing import Any

import anyio
import httpx
import pytest
import respx

from tests.support.pagination import BOUNDARIES, FakeList, customers, ids
from tripletex_async import TripletexClient

pytestmark = pytest.mark.anyio


@pytest.mark.parametrize(("total", "size", "expected_requests"), BOUNDARIES)
async def test_boundaries_by_default_speculative_then_remembered(
    tx: TripletexClient, router: respx.MockRouter, total: int, size: int, expected_requests: int
) -> None:
    """A list never walked starts with a full window (4 here); the walk remembers how many pages it
    took, and the next walk of the same list asks for exactly those first."""
    fake = FakeList(customers(total))
    router.get("/customer").mock(side_effect=fake)
    paginator = tx.paginate(tx.customer.search, count=size)
    assert ids(await paginator.collect()) == list(range(1, total + 1))
    report = paginator.report
    assert (report.first_round, report.first_round_reason) == (4, "speculative")
    # started; a request cancelled by the short page before it was sent never reaches the server
    assert report.requests == max(4, expected_requests)
    assert expected_requests <= len(fake.requests) <= report.requests
    assert report.wasted_requests == report.requests - expected_requests
    assert set(range(0, size * expected_requests, size)) <= set(fake.starts)

    fake.requests.clear()
    fake.starts.clear()
    items = await paginator.collect()  # each iteration is a fresh walk
    assert ids(items) == list(range(1, total + 1))
    report = paginator.report
    assert (report.first_round, report.first_round_reason) == (min(4, expected_requests), "remembered")
    assert sorted(fake.starts) == [size * k for k in range(expected_requests)]
    assert report.wasted_requests == 0


async def test_remembered_sizes_are_per_list(tx: TripletexClient, router: respx.MockRouter) -> None:
    """Another company, other filters or another page size is another list; fields and sorting are not."""
    fake = FakeList(customers(5))
    router.get("/customer").mock(side_effect=fake)
    await tx.paginate(tx.customer.search, count=10, fields="id,name").collect()

    def reason(paginator: Any) -> str:
        return str(paginator.report.first_round_reason)

    same = tx.paginate(tx.customer.search, count=10, fields="id", sorting="-id")
    await same.collect()
    assert reason(same) == "remembered" and same.report.requests == 1
    for other in (
        tx.as_company(5).paginate(tx.as_company(5).customer.search, count=10),
        tx.paginate(tx.customer.search, count=10, email="c1@example.no"),
        tx.paginate(tx.customer.search, count=5),
    ):
        await other.collect()
        assert reason(other) == "speculative", other
    view = tx.as_company(5)
    again = view.paginate(view.customer.search, count=10)
    await again.collect()
    assert reason(again) == "remembered"  # views share the client's memory, keyed by company


async def test_a_list_that_grew_is_walked_whole_after_a_remembered_start(
    tx: TripletexClient, router: respx.MockRouter
) -> None:
    fake = FakeList(customers(5), full_result_size=0)
    router.get("/customer").mock(side_effect=fake)
    await tx.paginate(tx.customer.search, count=10).collect()
    fake.records = customers(62)
    paginator = tx.paginate(tx.customer.search, count=10)
    assert ids(await paginator.collect()) == list(range(1, 63))
    assert (paginator.report.first_round, paginator.report.first_round_reason) == (1, "remembered")
    grown = tx.paginate(tx.customer.search, count=10)
    await grown.collect()
    assert grown.report.first_round == 4  # 7 pages now: a full window first


async def test_limit_and_conditional_walks_start_small(tx: TripletexClient, router: respx.MockRouter) -> None:
    fake = FakeList(customers(500))
    router.get("/customer").mock(side_effect=fake)
    limited = tx.paginate(tx.customer.search, count=10, limit=15)
    assert len(await limited.collect()) == 15
    assert (limited.report.first_round, limited.report.first_round_reason) == (2, "limit")
    assert len(fake.requests) == 2
    conditional = tx.paginate(tx.customer.search, count=10, if_none_match="0123abcd")
    assert len(await conditional.collect()) == 500
    assert (conditional.report.first_round, conditional.report.first_round_reason) == (1, "conditional")
    after_limit = tx.paginate(tx.customer.search, count=10)
    await after_limit.collect()  # a walk cut short by limit taught nothing; the conditional one did
    assert after_limit.report.first_round_reason == "remembered" and after_limit.report.first_round == 4


async def test_concurrent_cold_walks_do_not_speculate_into_each_others_slots(
    tx: TripletexClient, router: respx.MockRouter
) -> None:
    """Eight small lists walked at once on a client with 4 slots: the first walk takes the spare
    slots, the others find them claimed and probe page 0 alone, so the extra requests are at most
    one window's worth instead of one per walk."""
    fake = FakeList(customers(3), delay=0.02)
    router.get("/customer").mock(side_effect=fake)
    reports: list[Any] = []

    async def walk(n: int) -> None:
        paginator = tx.paginate(tx.customer.search, count=10, email=f"list{n}@example.no")
        await paginator.collect()
        reports.append(paginator.report)

    async with anyio.create_task_group() as tg:
        for n in range(8):
            tg.start_soon(walk, n)
    reasons = sorted(r.first_round_reason for r in reports)
    assert reasons == ["busy"] * 7 + ["speculative"]
    assert sum(r.requests for r in reports) == 8 + 3
    assert sum(r.wasted_requests for r in reports) == 3


async def test_a_low_rate_limit_budget_means_no_speculation(
    tx: TripletexClient, router: respx.MockRouter
) -> None:
    fake = FakeList(customers(3))

    async def answer(request: httpx.Request) -> httpx.Response:
        response = await fake(request)
        response.headers.update(
            {"X-Rate-Limit-Limit": "1000", "X-Rate-Limit-Remaining": "10", "X-Rate-Limit-Reset": "30"}
        )
        return response

    router.get("/customer").mock(side_effect=answer)
    await tx.customer.search(count=1)  # the service says: 10 requests left in this period
    paginator = tx.paginate(tx.customer.search, count=10)
    assert len(await paginator.collect()) == 3
    assert (paginator.report.first_round, paginator.report.first_round_reason) == (1, "budget")
    assert paginator.report.requests == 1


async def test_forgetting_sizes_makes_walks_cold_again(tx: TripletexClient, router: respx.MockRouter) -> None:
    router.get("/customer").mock(side_effect=FakeList(customers(3)))
    await tx.paginate(tx.customer.search, count=10).collect()
    assert len(tx.walk_planner) == 1
    tx.walk_planner.forget()
    again = tx.paginate(tx.customer.search, count=10)
    await again.collect()
    assert again.report.first_round_reason == "speculative"
