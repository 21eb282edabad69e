"""Pagination end to end against the in-process emulator: every record once and in order, envelopes,
first rounds, conditional walks, faults and churn, field selection, and bulk fan-out."""

from __future__ import annotations

import dataclasses
import datetime
import enum
import typing
from collections.abc import AsyncIterator
from typing import Any

import pytest
from tripletex_async_api.operations import OPERATIONS

from tripletex_async import UNSET, APIError, NotFoundError, RetryPolicy, TripletexClient, Unset
from tripletex_async.emulator import EmulatorApp, EmulatorConfig, SizeConfig, create_app
from tripletex_async.emulator.config import FaultConfig, LatencyConfig, RateLimitConfig
from tripletex_async.emulator.connect import emulator_client
from tripletex_async.missing import present

pytestmark = pytest.mark.anyio


@pytest.fixture
def anyio_backend() -> str:
    return "asyncio"


def make_app(**changes: Any) -> EmulatorApp:
    sizes = SizeConfig(customers=57, invoices=3, vouchers=3, orders=3, products=3, employees=2, projects=1)
    return create_app(dataclasses.replace(EmulatorConfig(client_companies=3, sizes=sizes), **changes))


@pytest.fixture
def app() -> EmulatorApp:
    return make_app()


@pytest.fixture
async def tx(app: EmulatorApp) -> AsyncIterator[TripletexClient]:
    async with emulator_client(app, retry=RetryPolicy.no_delay(), max_in_flight=6) as client:
        yield client


async def reference_ids(tx: Any) -> list[int]:
    """The whole list in one big page: what a walk must yield."""
    answer = await tx.customer.search(count=100_000)
    return [c.id for c in answer.values]


@pytest.mark.parametrize("window", [False, True])
@pytest.mark.parametrize("page_size", [1, 7, 11, 55, 1000])
async def test_every_customer_once_in_server_order(
    tx: TripletexClient, app: EmulatorApp, page_size: int, window: bool
) -> None:
    view = tx.as_company(app.emulator.store.client_company_ids[0])
    expected = await reference_ids(view)
    assert len(expected) > 40
    paginator = view.paginate(view.customer.search, count=page_size)
    if window:
        async with paginator as walk:
            got = [c.id async for c in walk]
    else:
        got = [c.id async for c in paginator]
    assert got == expected
    pages = -(-len(expected) // page_size) + (1 if len(expected) % page_size == 0 else 0)
    assert paginator.report.pages == pages
    assert paginator.report.requests - paginator.report.wasted_requests == pages


async def test_pages_carry_the_envelope(tx: TripletexClient) -> None:
    expected = await reference_ids(tx)
    pages = [page async for page in tx.paginate(tx.customer.search, count=10).pages()]
    assert [p.from_ for p in pages] == list(range(0, len(expected), 10))
    assert [p.index for p in pages] == list(range(len(pages)))
    assert all(p.count == 10 for p in pages[:-1]) and pages[-1].is_short
    assert {p.full_result_size for p in pages} == {len(expected)}
    assert all(p.version_digest is None and p.raw_version_digest for p in pages)  # the sentence


async def test_first_walk_speculates_and_the_next_walk_of_the_list_wastes_nothing(
    tx: TripletexClient,
) -> None:
    first = tx.paginate(tx.customer.search, count=25)  # 3 pages, window 6
    got = [c.id async for c in first]
    assert (first.report.first_round, first.report.first_round_reason) == (6, "speculative")
    assert first.report.wasted_requests == first.report.requests - 3
    second = tx.paginate(tx.customer.search, count=25, fields="id,name")  # fields: the same list
    assert [c.id async for c in second] == got
    assert (second.report.first_round, second.report.first_round_reason) == (3, "remembered")
    assert (second.report.requests, second.report.wasted_requests) == (3, 0)


async def test_conditional_walk_is_one_304_until_the_list_changes(tx: TripletexClient) -> None:
    detect = tx.paginate(tx.customer.search, count=20, consistency="detect")
    before = [c async for c in detect]
    assert detect.report.consistent and len(detect.report.digests) == 1
    digest = detect.report.digests[0]

    same = tx.paginate(tx.customer.search, count=20, sorting="id", if_none_match=digest)
    assert [c async for c in same] == []
    assert same.unchanged and same.report.requests == 1

    changed = before[3]
    changed.name = "Renamed AS"
    await tx.customer.put(present(changed.id), body=changed)
    again = tx.paginate(tx.customer.search, count=20, sorting="id", if_none_match=digest)
    names = {c.id: c.name async for c in again}
    assert not again.unchanged
    assert names[changed.id] == "Renamed AS" and len(names) == len(before)


async def test_field_selection_leaves_the_rest_unset(tx: TripletexClient) -> None:
    items = [c async for c in tx.paginate(tx.customer.search, count=20, fields="id,name")]
    assert items and all(isinstance(c.id, int) and isinstance(c.name, str) for c in items)
    assert all(isinstance(c.email, Unset) and c.postal_address is UNSET for c in items)


async def test_faults_cost_nothing_the_caller_asked_for() -> None:
    # 5xx and drops often enough that a walk of a dozen requests meets some whatever order they
    # arrive in (at 5% each, about one run in ten met none and failed the counter check)
    faults = FaultConfig(rate_429=0.05, burst_429=2, rate_500=0.1, rate_503=0.1, drop_connection=0.1)
    app = make_app(faults=faults, seed=5, latency=LatencyConfig(fixed_ms=2, jitter_ms=8))
    async with emulator_client(
        app, retry=RetryPolicy.no_delay(max_retries=8, max_rate_limit_retries=20)
    ) as tx:
        expected = await reference_ids(tx)
        async with tx.paginate(tx.customer.search, count=4) as walk:
            got = [c.id async for c in walk]
        assert got == expected
        counters = app.emulator.counters.faults
        assert counters["500"] + counters["503"] + counters["429"] + counters["drop"] > 0
        assert tx.stats.retries > 0


async def test_churn_is_detected_and_recovered() -> None:
    app = make_app(faults=FaultConfig(churn=0.3), seed=9, rate_limit=RateLimitConfig(limit=0))
    async with emulator_client(app, retry=RetryPolicy.no_delay()) as tx:
        before = set(await reference_ids(tx))
        walk = tx.paginate(tx.customer.search, count=5, consistency="dedupe", recover=True)
        got = [c.id async for c in walk]
        after = set(await reference_ids(tx))
    assert app.emulator.counters.churn_events > 0
    assert len(got) == len(set(got))  # none twice
    assert before & after <= set(got)  # every record that existed throughout
    assert walk.report.suspected_shift


async def test_for_companies_keeps_successes_and_reports_the_failure(
    tx: TripletexClient, app: EmulatorApp
) -> None:
    clients = app.emulator.store.client_company_ids
    result = await tx.for_companies(
        [*clients[:2], 999, clients[2]], lambda view: view.paginate(view.customer.search, count=10).collect()
    )
    assert [o.input for o in result] == [*clients[:2], 999, clients[2]]
    assert [o.ok for o in result] == [True, True, False, True]
    assert all(len(o.unwrap()) > 40 for o in result if o.ok)
    (failure,) = result.failures
    assert failure.input == 999 and isinstance(failure.error, APIError)


async def test_bulk_get_by_id_reports_missing_ids_typed(tx: TripletexClient) -> None:
    ids = (await reference_ids(tx))[:5]
    result = await tx.bulk(tx.customer.get, [*ids[:2], 1, *ids[2:]])
    assert [o.input for o in result] == [*ids[:2], 1, *ids[2:]]
    assert [o.unwrap().value.id for o in result if o.ok] == ids
    (failure,) = result.failures
    assert failure.input == 1 and isinstance(failure.error, NotFoundError)


def _value_for(name: str, annotation: Any) -> Any:
    """A plausible value for a required parameter, from its generated type annotation."""
    options = [a for a in (typing.get_args(annotation) or (annotation,)) if a is not type(None)]
    kind = next(a for a in options if getattr(a, "__name__", "") != "Unset")
    low = name.lower()
    if typing.get_origin(kind) is list:
        return [_value_for(name, typing.get_args(kind)[0])]
    if isinstance(kind, type) and issubclass(kind, enum.Enum):
        return next(iter(kind))
    simple: dict[Any, Any] = {
        bool: True,
        int: 1,
        float: 1.0,
        datetime.datetime: datetime.datetime(2025, 1, 1),
    }
    if kind in simple:
        return simple[kind]
    end = low.endswith("to")
    if kind is datetime.date:
        return datetime.date(2025, 12, 31) if end else datetime.date(2025, 1, 1)
    assert kind is str, (name, kind)
    if "date" in low or low.endswith(("from", "to")):
        return "2025-12-31" if end else "2025-01-01"
    return "2025-01" if "year" in low else "1"


async def test_every_paginated_operation_walks_against_the_emulator() -> None:
    """All list operations of the spec, two records a page, at most five records: typed items (the
    generated models), every page an actual request, no error."""
    sizes = SizeConfig(customers=7, invoices=7, vouchers=7, orders=7, products=7, employees=3, projects=3)
    app = create_app(EmulatorConfig(client_companies=1, sizes=sizes))
    walked = with_items = multi_page = 0
    async with emulator_client(app, retry=RetryPolicy.no_delay()) as tx:
        for info in OPERATIONS:
            if not info.paginated:
                continue
            hints = typing.get_type_hints(info.build)
            required = [p for p in info.parameters if p.required]
            params = {p.python_name: _value_for(p.python_name, hints[p.python_name]) for p in required}
            paginator = tx.paginate(getattr(getattr(tx, info.group), info.name), count=2, limit=5, **params)
            items = await paginator.collect()
            kinds = {type(item).__module__ for item in items}
            assert all(kind.startswith("tripletex_async_api.models.") for kind in kinds), (
                info.id,
                kinds,
            )
            walked += 1
            with_items += bool(items)
            multi_page += paginator.report.pages > 1
            assert paginator.report.requests - paginator.report.wasted_requests == paginator.report.pages
    assert walked == sum(1 for info in OPERATIONS if info.paginated)
    assert with_items >= 150 and multi_page >= 100, (with_items, multi_page)
