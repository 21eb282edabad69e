"""TripletexClient: every operation on the facade, company views, parsing errors, bodies, sessions."""

from __future__ import annotations

import base64
import inspect
import json
from collections import Counter
from pathlib import Path
from typing import Any, cast

import anyio
import httpx
import pytest
import respx
from tripletex_async_api.facade import GROUPS, Operations
from tripletex_async_api.operations import OPERATIONS

from tests.support.shared import shared_path, without_nulls
from tripletex_async import UNSET, ResponseParseError, TripletexClient
from tripletex_async.emulator import EmulatorConfig, create_app
from tripletex_async.emulator.connect import emulator_client
from tripletex_async.models import Project

BASE = "https://tripletex.no/v2"


def _session_route(mock: respx.MockRouter) -> respx.Route:
    return mock.post("/token/session/:create").respond(
        201, json={"value": {"token": "session-token-xyz", "expirationDate": "2099-01-01"}}
    )


@pytest.fixture
def anyio_backend() -> str:
    return "asyncio"


def test_every_operation_has_a_typed_facade_method() -> None:
    lock = json.loads((Path(__file__).resolve().parents[2] / "openapi" / "spec.lock.json").read_text("utf-8"))
    assert len(OPERATIONS) == lock["operations"]
    facade = Operations(cast(Any, None))
    for op in OPERATIONS:
        group = getattr(facade, op.group)
        assert type(group).OPERATIONS[op.name] is op, op.label
        method = getattr(group, op.name)
        assert inspect.iscoroutinefunction(method), op.label
        assert inspect.iscoroutinefunction(getattr(group, f"{op.name}_with_response"))
        assert inspect.signature(method).return_annotation, op.label
        params = set(inspect.signature(method).parameters) - {"body"}
        assert params == {p.python_name for p in op.parameters}, op.label


def test_no_group_hides_a_client_attribute() -> None:
    own = {name for name in vars(TripletexClient) if not name.startswith("_")}
    assert not own & set(GROUPS), own & set(GROUPS)
    assert len(GROUPS) == len(set(GROUPS))


@pytest.mark.anyio
async def test_company_views_never_cross_credentials() -> None:
    seen: Counter[str] = Counter()

    def answer(request: httpx.Request) -> httpx.Response:
        user = base64.b64decode(request.headers["authorization"].split()[1]).decode().split(":")[0]
        seen[user] += 1
        customer_id = int(request.url.path.rsplit("/", 1)[1])
        return httpx.Response(200, json={"value": {"id": customer_id, "name": f"company {user}"}})

    with respx.mock(base_url=BASE) as mock:
        _session_route(mock)
        mock.get(path__regex=r"/customer/\d+$").mock(side_effect=answer)
        async with TripletexClient("consumer-token-abc", "employee-token-def") as tx:
            results: list[tuple[int, str]] = []

            async def one(company: int) -> None:
                value = (await tx.as_company(company).customer.get(company)).value
                assert value
                results.append((company, str(value.name)))

            async with anyio.create_task_group() as group:
                for i in range(300):
                    group.start_soon(one, 100 + i % 7)
            assert len(results) == 300
            assert all(name == f"company {company}" for company, name in results)
            assert sum(seen.values()) == 300 and set(seen) == {str(100 + i) for i in range(7)}
            assert tx.sessions.creations == 1


@pytest.mark.anyio
async def test_bad_server_data_is_a_clear_error_not_a_crash() -> None:
    with respx.mock(base_url=BASE) as mock:
        _session_route(mock)
        mock.get("/customer/1").respond(
            200, json={"value": "not an object"}, headers={"x-tlx-request-id": "req-42"}
        )
        mock.get("/customer/2").respond(200, content=b"<html>oops</html>")
        async with TripletexClient("consumer-token-abc", "employee-token-def") as tx:
            with pytest.raises(ResponseParseError) as caught:
                await tx.customer.get(1)
            assert caught.value.request_id == "req-42" and caught.value.status == 200
            with pytest.raises(ResponseParseError):
                await tx.customer.get(2)


@pytest.mark.anyio
async def test_with_response_gives_status_headers_request_id_and_rate_limit() -> None:
    with respx.mock(base_url=BASE) as mock:
        _session_route(mock)
        mock.get("/customer/3").respond(
            200,
            json={"value": {"id": 3}},
            headers={
                "x-tlx-request-id": "abc",
                "X-Rate-Limit-Limit": "100",
                "X-Rate-Limit-Remaining": "97",
                "X-Rate-Limit-Reset": "12",
            },
        )
        async with TripletexClient("consumer-token-abc", "employee-token-def") as tx:
            response = await tx.customer.get_with_response(3)
    assert response.status_code == 200 and response.request_id == "abc"
    assert response.rate_limit.limit == 100 and response.rate_limit.remaining == 97
    assert response.rate_limit.reset_seconds == 12
    assert response.parsed and response.parsed.value and response.parsed.value.id == 3


@pytest.mark.anyio
async def test_a_thousand_concurrent_first_calls_create_one_session() -> None:
    with respx.mock(base_url=BASE) as mock:
        session = _session_route(mock)
        mock.get("/token/session/>whoAmI").respond(200, json={"value": {"employeeId": 1, "companyId": 2}})
        async with TripletexClient("consumer-token-abc", "employee-token-def", max_in_flight=50) as tx:
            async with anyio.create_task_group() as group:
                for _ in range(1000):
                    group.start_soon(tx.token_session.who_am_i)
            assert session.call_count == 1 and tx.sessions.creations == 1


def _contains_key(value: Any, key: str) -> bool:
    if isinstance(value, dict):
        return key in value or any(_contains_key(v, key) for v in value.values())
    if isinstance(value, list):
        return any(_contains_key(v, key) for v in value)
    return False


@pytest.mark.anyio
async def test_real_project_put_body_has_no_read_only_fields_or_server_nulls() -> None:
    record = json.loads(
        Path(shared_path("real-responses", "bjerkio__tripletexjs__PUT_project-ID_200_value.json")).read_text()
    )
    project = Project.from_dict(record["body"]["value"])
    project.name = "Renamed"
    sent: list[dict[str, Any]] = []

    def answer(request: httpx.Request) -> httpx.Response:
        sent.append(json.loads(request.content))
        return httpx.Response(200, json={"value": {**record["body"]["value"], "name": "Renamed"}})

    with respx.mock(base_url=BASE) as mock:
        _session_route(mock)
        mock.put(path__regex=r"/project/\d+$").mock(side_effect=answer)
        async with TripletexClient("consumer-token-abc", "employee-token-def") as tx:
            assert isinstance(project.id, int)
            await tx.project.put(project.id, body=project)
    body = sent[0]
    assert body["name"] == "Renamed"
    assert body == without_nulls(body)
    assert not _contains_key(body, "url") and not _contains_key(body, "changes")


@pytest.mark.anyio
async def test_get_change_put_round_trip_against_the_emulator() -> None:
    app = create_app(EmulatorConfig())
    async with emulator_client(app) as tx:
        page = await tx.customer.search(count=1)
        assert page.values
        first = page.values[0]
        assert isinstance(first.id, int)
        customer = (await tx.customer.get(first.id)).value
        assert customer and customer.version is not UNSET
        customer.name = "Renamed AS"
        updated = (await tx.customer.put(first.id, body=customer)).value
        assert updated and updated.name == "Renamed AS"
        assert isinstance(updated.version, int) and isinstance(customer.version, int)
        assert updated.version > customer.version


@pytest.mark.anyio
@pytest.mark.parametrize(
    ("answer", "expected"),
    [
        (
            httpx.Response(200, json={"value": {"id": 7, "status": "SENT"}}),
            {"value": {"id": 7, "status": "SENT"}},
        ),
        (httpx.Response(200, json=[1, 2]), [1, 2]),
        (httpx.Response(200), None),
        (httpx.Response(204), None),
        (httpx.Response(200, content=b"<html>ok</html>", headers={"content-type": "text/html"}), None),
        (httpx.Response(200, content=b"{not json", headers={"content-type": "application/json"}), None),
    ],
)
async def test_an_answer_documented_without_a_schema_is_returned_decoded(
    answer: httpx.Response, expected: Any
) -> None:
    """PUT /invoice/{id}/:send documents a JSON 200 with no schema: whatever JSON comes back is the
    result (nothing dropped); nothing readable is None, and the bytes stay in _with_response."""
    with respx.mock(base_url=BASE) as mock:
        _session_route(mock)
        mock.put("/invoice/5/:send").mock(return_value=answer)
        async with TripletexClient("consumer-token", "employee-token") as tx:
            from tripletex_async.models import InvoiceSendSendSendType

            result = await tx.invoice.send(5, send_type=InvoiceSendSendSendType.EMAIL)
            full = await tx.invoice.send_with_response(5, send_type=InvoiceSendSendSendType.EMAIL)
    assert result == expected
    assert full.parsed == expected and full.content == answer.content
