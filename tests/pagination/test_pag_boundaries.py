"""Page boundaries, ordering, modes (typed / pages / raw), limits and refusals before any request."""

from __future__ import annotations

import random
from typing import Any

import httpx
import pytest
import respx

from tests.support.pagination import BOUNDARIES, FakeList, customers, data_requests, ids
from tripletex_async import UNSET, ConfigurationError, NotFoundError, ResponseParseError, TripletexClient
from tripletex_async.missing import present
from tripletex_async.models import Customer

pytestmark = pytest.mark.anyio


@pytest.mark.parametrize(("total", "size", "expected_requests"), BOUNDARIES)
async def test_boundaries_probing_page_0_alone(
    tx: TripletexClient, router: respx.MockRouter, total: int, size: int, expected_requests: int
) -> None:
    fake = FakeList(customers(total))
    router.get("/customer").mock(side_effect=fake)
    paginator = tx.paginate(tx.customer.search, count=size, prefetch=1)
    items = await paginator.collect()
    assert ids(items) == list(range(1, total + 1))
    assert all(isinstance(c, Customer) for c in items)
    assert len(fake.requests) == expected_requests
    assert sorted(fake.starts) == [size * k for k in range(expected_requests)]
    assert paginator.report.first_round_reason == "explicit"
    assert paginator.report.wasted_requests == 0


@pytest.mark.parametrize("reported", [0, 5, 11, 100, 10_000, None])
@pytest.mark.parametrize("total", [0, 23, 40])
async def test_full_result_size_is_only_a_hint(
    tx: TripletexClient, router: respx.MockRouter, reported: int | None, total: int
) -> None:
    fake = FakeList(customers(total), full_result_size=lambda rows: reported)
    router.get("/customer").mock(side_effect=fake)
    items = await tx.paginate(tx.customer.search, count=10, concurrency=3).collect()
    assert ids(items) == list(range(1, total + 1))  # none lost, none repeated, in order


async def test_full_result_size_zero_with_values(tx: TripletexClient, router: respx.MockRouter) -> None:
    fake = FakeList(customers(57), full_result_size=0)
    router.get("/customer").mock(side_effect=fake)
    pages = [page async for page in tx.paginate(tx.customer.search, count=10).pages()]
    assert [p.count for p in pages] == [10, 10, 10, 10, 10, 7]
    assert [p.from_ for p in pages] == [0, 10, 20, 30, 40, 50]
    assert all(p.full_result_size == 0 for p in pages)
    assert sum(len(p) for p in pages) == 57


async def test_order_kept_under_random_latency(tx: TripletexClient, router: respx.MockRouter) -> None:
    rng = random.Random(7)
    fake = FakeList(customers(95), delay=lambda start: rng.random() * 0.02)
    router.get("/customer").mock(side_effect=fake)
    items = await tx.paginate(tx.customer.search, count=10, concurrency=4, prefetch=4).collect()
    assert ids(items) == list(range(1, 96))
    assert fake.max_active <= 4


async def test_window_is_bounded_and_used(router: respx.MockRouter) -> None:
    from tests.support.pagination import make_client

    fake = FakeList(customers(200), delay=0.01)
    router.get("/customer").mock(side_effect=fake)
    async with make_client(max_in_flight=10) as tx:
        items = await tx.paginate(tx.customer.search, count=10, concurrency=5).collect()
    assert len(items) == 200
    assert fake.max_active == 5
    assert len(fake.requests) <= 21 + 4  # 21 needed, plus at most a window of speculation


async def test_hint_avoids_speculation(tx: TripletexClient, router: respx.MockRouter) -> None:
    fake = FakeList(customers(35))
    router.get("/customer").mock(side_effect=fake)
    paginator = tx.paginate(tx.customer.search, count=10, concurrency=8, prefetch=1)
    assert len(await paginator.collect()) == 35
    assert len(fake.requests) == 4  # fullResultSize=35 planned exactly pages 0..3
    assert paginator.report.wasted_requests == 0


async def test_speculative_pages_past_the_end_are_dropped(
    tx: TripletexClient, router: respx.MockRouter
) -> None:
    fake = FakeList(customers(15), full_result_size=0)
    router.get("/customer").mock(side_effect=fake)
    paginator = tx.paginate(tx.customer.search, count=10, concurrency=4, prefetch=4)
    assert ids(await paginator.collect()) == list(range(1, 16))
    assert paginator.report.pages == 2
    assert paginator.report.requests == 4
    assert paginator.report.wasted_requests == 2


async def test_errors_past_the_end_are_ignored(tx: TripletexClient, router: respx.MockRouter) -> None:
    fake = FakeList(customers(15), full_result_size=0, errors={20: 404, 30: 404})
    router.get("/customer").mock(side_effect=fake)
    items = await tx.paginate(tx.customer.search, count=10, concurrency=4, prefetch=4).collect()
    assert ids(items) == list(range(1, 16))


async def test_error_inside_the_list_is_raised_typed(tx: TripletexClient, router: respx.MockRouter) -> None:
    fake = FakeList(customers(45), errors={20: 404})
    router.get("/customer").mock(side_effect=fake)
    seen: list[int] = []
    with pytest.raises(NotFoundError):
        async for c in tx.paginate(tx.customer.search, count=10, concurrency=2):
            seen.append(present(c.id))
    assert seen == list(range(1, 21)) or seen == list(range(1, 11)) or seen == []


async def test_unparseable_page_is_a_response_parse_error(
    tx: TripletexClient, router: respx.MockRouter
) -> None:
    router.get("/customer").respond(200, content=b"<html>oops</html>")
    with pytest.raises(ResponseParseError):
        await tx.paginate(tx.customer.search).collect()


async def test_pages_raw_and_typed_modes(tx: TripletexClient, router: respx.MockRouter) -> None:
    fake = FakeList(customers(12))
    router.get("/customer").mock(side_effect=fake)
    raw = await tx.paginate(tx.customer.search, count=5).raw().collect()
    assert raw[0] == customers(1)[0]
    assert isinstance(raw[0], dict)
    raw2 = await tx.paginate(tx.customer.search, count=5, raw=True).collect()
    assert raw2 == raw
    pages = [p async for p in tx.paginate(tx.customer.search, count=5).pages()]
    assert [p.index for p in pages] == [0, 1, 2]
    assert pages[0].model is not None and pages[0].model.full_result_size == 12
    assert pages[-1].is_short and not pages[0].is_short
    assert pages[0].version_digest is None  # a sentence is not a digest
    assert pages[0].raw_version_digest == "'If-None-Match' header not specified"
    raw_pages = [p async for p in tx.paginate(tx.customer.search, count=5).raw().pages()]
    assert raw_pages[1].values == customers(12)[5:10]


async def test_start_offset_and_limit(tx: TripletexClient, router: respx.MockRouter) -> None:
    fake = FakeList(customers(100))
    router.get("/customer").mock(side_effect=fake)
    items = await tx.paginate(tx.customer.search, from_=15, count=10, limit=23).collect()
    assert ids(items) == list(range(16, 39))
    assert max(fake.starts) == 35
    assert await tx.paginate(tx.customer.search, limit=0).collect() == []


async def test_filtered_fields_leave_the_rest_unset(tx: TripletexClient, router: respx.MockRouter) -> None:
    fake = FakeList(customers(3))
    router.get("/customer").mock(side_effect=fake)
    items = await tx.paginate(tx.customer.search, fields="id, name").collect()
    assert data_requests(router)[0].url.params["fields"] == "id,name"
    first = items[0]
    assert first.id == 1
    assert first.name == "Customer 1"
    assert first.email is UNSET
    assert first.postal_address is UNSET


async def test_nested_filtered_fields_parse(tx: TripletexClient, router: respx.MockRouter) -> None:
    body = {
        "fullResultSize": 1,
        "values": [{"id": 1, "postalAddress": {"city": "Oslo"}, "accountManager": None}],
    }
    router.get("/customer").respond(200, json=body)
    items = await tx.paginate(
        tx.customer.search, fields="id,postalAddress(city),accountManager(id)"
    ).collect()
    assert present(items[0].postal_address).city == "Oslo"
    assert present(items[0].postal_address).id is UNSET
    assert items[0].account_manager is UNSET


async def test_company_view_paginates_as_that_company(tx: TripletexClient, router: respx.MockRouter) -> None:
    fake = FakeList(customers(3))
    router.get("/customer").mock(side_effect=fake)
    view = tx.as_company(77)
    assert len(await view.paginate(view.customer.search).collect()) == 3
    import base64

    auth = fake.requests[0].headers["authorization"].split()[1]
    assert base64.b64decode(auth).decode().startswith("77:")


async def test_progress_callback(tx: TripletexClient, router: respx.MockRouter) -> None:
    router.get("/customer").mock(side_effect=FakeList(customers(25)))
    calls: list[tuple[int, int | None]] = []
    await tx.paginate(tx.customer.search, count=10, progress=lambda n, t: calls.append((n, t))).collect()
    assert calls == [(10, 25), (20, 25), (25, 25)]


# Refusals: before any request ------------------------------------------------------------


@pytest.mark.parametrize(
    "kwargs",
    [
        {"fields": "id,name,"},
        {"fields": "id,(name)"},
        {"fields": "customer(id"},
        {"fields": "id name"},
        {"sorting": "name,"},
        {"no_such_param": 1},
        {"concurrency": 0},
        {"count": 0},
        {"from_": -1},
        {"consistency": "strict"},
        {"recover": True},
    ],
)
async def test_bad_arguments_are_refused_before_any_request(
    tx: TripletexClient, router: respx.MockRouter, kwargs: dict[str, Any]
) -> None:
    route = router.get("/customer").respond(200, json={"values": []})
    with pytest.raises(ConfigurationError):
        tx.paginate(tx.customer.search, **kwargs)
    assert not route.called
    assert not data_requests(router)


async def test_non_paginated_operations_are_refused(tx: TripletexClient, router: respx.MockRouter) -> None:
    for op in (tx.customer.get, tx.customer.post, tx.customer.put_list, tx.token_session.who_am_i):
        with pytest.raises(ConfigurationError) as info:
            tx.paginate(op)  # type: ignore[arg-type]  # refused at runtime too
        assert "cannot be paginated" in str(info.value)
    with pytest.raises(ConfigurationError, match="Customer_get"):
        tx.paginate(tx.customer.get)  # type: ignore[arg-type]
    with pytest.raises(ConfigurationError, match="not an operation"):
        tx.paginate(lambda: None)  # type: ignore[arg-type]
    assert not router.calls


async def test_every_paginated_operation_is_accepted(tx: TripletexClient) -> None:
    from tripletex_async_api.operations import OPERATIONS

    accepted = 0
    for info in OPERATIONS:
        op = getattr(getattr(tx, info.group), info.name)
        if info.paginated:
            params: dict[str, Any] = {p.python_name: 1 for p in info.path_params}
            tx.paginate(op, **params)
            accepted += 1
        else:
            with pytest.raises(ConfigurationError):
                tx.paginate(op)
    assert accepted == sum(1 for info in OPERATIONS if info.paginated)


async def test_with_response_variant_is_understood(tx: TripletexClient, router: respx.MockRouter) -> None:
    router.get("/customer").mock(side_effect=FakeList(customers(2)))
    assert len(await tx.paginate(tx.customer.search_with_response).collect()) == 2


async def test_envelope_count_that_lies_does_not_lose_the_end(
    tx: TripletexClient, router: respx.MockRouter
) -> None:
    def answer(request: Any) -> Any:
        import httpx

        start = int(request.url.params["from"])
        rows = customers(25)[start : start + 10]
        # envelope first, claiming a full page even for the short one
        values = __import__("json").dumps(rows)
        text = f'{{"fullResultSize":25,"from":{start},"count":10,"versionDigest":null,"values":{values}}}'
        return httpx.Response(200, content=text.encode())

    router.get("/customer").mock(side_effect=answer)
    items = await tx.paginate(tx.customer.search, count=10, concurrency=4).collect()
    assert ids(items) == list(range(1, 26))


async def test_progress_bar_renders(tx: TripletexClient, router: respx.MockRouter) -> None:
    import io

    from rich.console import Console

    from tripletex_async.progress import progress_bar

    router.get("/customer").mock(side_effect=FakeList(customers(25)))
    out = io.StringIO()
    with progress_bar("customers", console=Console(file=out, force_terminal=False, width=100)) as bar:
        await tx.paginate(tx.customer.search, count=10, progress=bar.pages).collect()
        bar.bulk(3, 4, 1)
    assert "customers" in out.getvalue()


def _ignoring(records: list[dict[str, Any]], *, count: bool, offset: bool) -> Any:
    """A list endpoint that ignores ``count`` (sends everything) and/or ``from`` (always from 0)."""

    async def answer(request: httpx.Request) -> httpx.Response:
        asked_from = int(request.url.params.get("from", "0"))
        asked_count = int(request.url.params.get("count", "1000"))
        start = 0 if offset else asked_from
        page = records[start:] if count else records[start : start + asked_count]
        body = {"fullResultSize": len(records), "from": start, "count": len(page), "values": page}
        return httpx.Response(200, json=body)

    return answer


@pytest.mark.parametrize("window", [False, True])
async def test_a_service_ignoring_count_gives_the_whole_list_once(
    tx: TripletexClient, router: respx.MockRouter, window: bool, caplog: pytest.LogCaptureFixture
) -> None:
    """As GET /company/salesmodules did with count=1 (six values back): page 0 is the whole list."""
    route = router.get("/customer").mock(side_effect=_ignoring(customers(6), count=True, offset=True))
    paginator = tx.paginate(tx.customer.search, count=2)
    if window:
        async with paginator as walk:
            items = [c async for c in walk]
    else:
        items = await paginator.collect()
    assert ids(items) == [1, 2, 3, 4, 5, 6]
    assert paginator.report.unpaged and paginator.report.pages == 1
    assert "ignores count" in caplog.text
    assert route.call_count <= paginator.report.requests


@pytest.mark.parametrize("prefetch", [1, 4])
async def test_a_service_ignoring_from_is_an_error_not_a_loop(
    tx: TripletexClient, router: respx.MockRouter, prefetch: int
) -> None:
    router.get("/customer").mock(side_effect=_ignoring(customers(30), count=False, offset=True))
    with pytest.raises(ResponseParseError, match="from=10, the answer says from=0"):
        await tx.paginate(tx.customer.search, count=10, prefetch=prefetch).collect()


async def test_more_values_than_asked_on_a_later_page_is_an_error(
    tx: TripletexClient, router: respx.MockRouter
) -> None:
    records = customers(40)

    async def answer(request: httpx.Request) -> httpx.Response:
        start = int(request.url.params["from"])
        page = records[start : start + (10 if start == 0 else 15)]
        return httpx.Response(200, json={"from": start, "count": len(page), "values": page})

    router.get("/customer").mock(side_effect=answer)
    with pytest.raises(ResponseParseError, match="15 values for count=10 on page 1"):
        await tx.paginate(tx.customer.search, count=10, prefetch=1).collect()


async def test_an_empty_last_page_may_name_any_offset(tx: TripletexClient, router: respx.MockRouter) -> None:
    records = customers(20)

    async def answer(request: httpx.Request) -> httpx.Response:
        start = int(request.url.params["from"])
        page = records[start : start + 10]
        return httpx.Response(200, json={"from": start if page else 0, "count": len(page), "values": page})

    router.get("/customer").mock(side_effect=answer)
    assert ids(await tx.paginate(tx.customer.search, count=10).collect()) == list(range(1, 21))
