"""Bulk fan-out: bounded, in input order, failures kept with their input and typed error."""

from __future__ import annotations

import base64

import anyio
import httpx
import pytest
import respx

from tests.support.pagination import make_client
from tripletex_async import (
    ConfigurationError,
    NotFoundError,
    PermissionDeniedError,
    TripletexClient,
)
from tripletex_async.bulk import BulkError, run_bulk
from tripletex_async.missing import present

pytestmark = pytest.mark.anyio


class Answers:
    def __init__(self, missing: set[int], delay: float = 0.0) -> None:
        self.missing = missing
        self.delay = delay
        self.active = 0
        self.max_active = 0

    async def __call__(self, request: httpx.Request) -> httpx.Response:
        self.active += 1
        self.max_active = max(self.max_active, self.active)
        try:
            await anyio.sleep(self.delay)
        finally:
            self.active -= 1
        customer_id = int(request.url.path.rsplit("/", 1)[1])
        if customer_id in self.missing:
            return httpx.Response(404, json={"status": 404, "code": 6000, "message": "Object not found"})
        return httpx.Response(200, json={"value": {"id": customer_id, "name": f"C{customer_id}"}})


async def test_bulk_get_partial_failure(tx: TripletexClient, router: respx.MockRouter) -> None:
    answers = Answers({3, 7}, delay=0.005)
    router.get(path__regex=r"/customer/\d+").mock(side_effect=answers)
    progress: list[tuple[int, int, int]] = []
    ids = list(range(1, 21))
    result = await tx.bulk(
        tx.customer.get, ids, fields="id, name", concurrency=3, progress=lambda *a: progress.append(a)
    )
    assert len(result) == 20 and not result.ok
    assert [o.input for o in result] == ids
    assert [v.value.id for v in result.values] == [i for i in ids if i not in (3, 7)]
    assert [(o.input, type(o.error)) for o in result.failures] == [(3, NotFoundError), (7, NotFoundError)]
    assert result[2].error is not None and not result[2].ok
    assert result[0].unwrap().value.name == "C1"
    with pytest.raises(NotFoundError):
        result[2].unwrap()
    assert answers.max_active <= 3
    assert progress[-1] == (20, 20, 2)
    assert len(progress) == 20
    with pytest.raises(BulkError) as info:
        result.raise_for_failures()
    assert len(info.value.failures) == 2 and "2 of 20" in str(info.value)
    assert result.by_input()[7].error is not None


async def test_bulk_with_keyword_inputs(tx: TripletexClient, router: respx.MockRouter) -> None:
    router.get(path__regex=r"/customer/\d+").mock(side_effect=Answers(set()))
    result = await tx.bulk(tx.customer.get, [{"id": 5}, {"id": 6}])
    assert result.ok and [v.value.id for v in result.values] == [5, 6]


async def test_bulk_refuses_before_any_request(tx: TripletexClient, router: respx.MockRouter) -> None:
    with pytest.raises(ConfigurationError):
        await tx.bulk(lambda i: i, [1])
    with pytest.raises(ConfigurationError):
        await tx.bulk(tx.customer.get, [1], fields="id(")
    with pytest.raises(ConfigurationError):
        await tx.bulk(tx.customer.get, [1], concurrency=0)
    assert not router.calls


async def test_for_companies(router: respx.MockRouter) -> None:
    def answer(request: httpx.Request) -> httpx.Response:
        user = base64.b64decode(request.headers["authorization"].split()[1]).decode().split(":")[0]
        if user == "13":
            return httpx.Response(403, json={"status": 403, "code": 9000, "message": "Forbidden"})
        return httpx.Response(200, json={"fullResultSize": 1, "values": [{"id": int(user), "name": user}]})

    router.get("/customer").mock(side_effect=answer)
    async with make_client() as tx:
        result = await tx.for_companies([11, 12, 13, 14], tx.customer.search, count=10, fields="id,name")
        assert [o.input for o in result] == [11, 12, 13, 14]
        assert [r.values[0].id for r in result.values] == [11, 12, 14]
        assert [(o.input, type(o.error)) for o in result.failures] == [(13, PermissionDeniedError)]

        async def names(view: object) -> list[str]:
            company: int = view.company_id  # type: ignore[attr-defined]
            return [present(c.name) async for c in tx.as_company(company).paginate(tx.customer.search)]

        walked = await tx.for_companies([21, 22], lambda v: v.paginate(v.customer.search).collect())
        assert [[c.id for c in items] for items in walked.values] == [[21], [22]]
        bad = await tx.for_companies([-1], tx.customer.search)
        assert isinstance(bad.failures[0].error, ConfigurationError)
        view = tx.as_company(11)
        from_view = await view.for_companies([12], view.customer.search)
        assert from_view.values[0].values[0].id == 12
        with pytest.raises(ConfigurationError):
            await tx.for_companies([1], lambda v: v, count=1)


async def test_cancellation_is_not_a_failure() -> None:
    started = 0

    async def slow(i: int) -> int:
        nonlocal started
        started += 1
        await anyio.sleep(10)
        return i

    with anyio.move_on_after(0.05) as scope:
        await run_bulk(slow, range(100), concurrency=4)
    assert scope.cancelled_caught
    assert started == 4


async def test_run_bulk_generic() -> None:
    async def work(i: int) -> int:
        await anyio.sleep(0.001 * (10 - i))
        if i == 5:
            raise ValueError("five")
        return i * i

    result = await run_bulk(work, range(10), concurrency=10)
    assert [o.value for o in result if o.ok] == [i * i for i in range(10) if i != 5]
    assert isinstance(result.failures[0].error, ValueError)
    assert (await run_bulk(work, [], concurrency=2)).outcomes == []
