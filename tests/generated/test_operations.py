"""The generated operations' public contract: Operation objects, nothing sent unasked, help() text."""

from __future__ import annotations

import copy
import datetime
import enum
import inspect
import pickle
import pydoc
import typing
from typing import Any

import httpx
import pytest
import respx
from tripletex_async_api.api.customer import customer_put, customer_search
from tripletex_async_api.facade.customer import CustomerOperations

from tripletex_async import UNSET, TripletexClient, Unset
from tripletex_async._runtime import Operation
from tripletex_async.emulator import EmulatorConfig, create_app
from tripletex_async.emulator.connect import emulator_client
from tripletex_async.models import Customer

BASE = "https://tripletex.no/v2"


def test_unset_reads_as_unset_and_stays_one_object() -> None:
    assert repr(UNSET) == "UNSET" and str(UNSET) == "UNSET"
    assert not UNSET and isinstance(UNSET, Unset) and Unset() is UNSET
    assert copy.deepcopy(UNSET) is UNSET and pickle.loads(pickle.dumps(UNSET)) is UNSET


def test_an_operation_is_one_public_object_with_build_and_parse() -> None:
    op = CustomerOperations.OPERATIONS["search"]
    assert op is customer_search.OPERATION and isinstance(op, Operation)
    assert (op.id, op.group, op.name, op.method, op.path) == ("Customer_search", "customer", "search", "GET", "/customer")
    assert op.paginated and op.response_type(200) == "ListResponseCustomer" and op.returns_value
    defaults = {p.name: p.default for p in op.query_params}
    assert defaults["isInactive"] is False and defaults["email"] is None  # the spec's, kept as data
    assert op.build() == {"method": "GET", "url": "/customer", "params": {}}
    assert op.build(customer_name="Acme", is_inactive=False, from_=0)["params"] == {
        "customerName": "Acme",
        "isInactive": False,
        "from": 0,
    }
    answer = httpx.Response(200, json={"fullResultSize": 1, "values": [{"id": 5, "name": "Acme"}]})
    page = op.parse(answer)
    assert page is not None and [c.id for c in page.values] == [5]
    assert op.parse(httpx.Response(418)) is None  # not documented: the client decides what that means
    put = customer_put.OPERATION.build(7, body=Customer(name="Acme"))
    assert put["url"] == "/customer/7" and put["json"] == {"name": "Acme"}


@pytest.mark.asyncio
async def test_a_call_sends_only_what_the_caller_passed() -> None:
    with respx.mock(base_url=BASE, assert_all_called=True) as mock:
        mock.post("/token/session/:create").respond(201, json={"value": {"token": "s", "expirationDate": "2099-01-01"}})
        search = mock.get("/customer").respond(200, json={"fullResultSize": 0, "values": []})
        async with TripletexClient("consumer-token-abc", "employee-token-def") as tx:
            await tx.customer.search()
            assert search.calls.last.request.url.query == b""
            await tx.customer.search(count=5, is_inactive=False)
            assert dict(search.calls.last.request.url.params) == {"count": "5", "isInactive": "false"}


@pytest.mark.asyncio
async def test_the_emulator_applies_the_documented_defaults_of_absent_parameters() -> None:
    """isInactive defaults to false on the service: an inactive customer is left out unless asked for."""
    async with emulator_client(create_app(EmulatorConfig(client_companies=0))) as tx:
        made = (await tx.customer.post(body=Customer(name="Sleepy AS", is_inactive=True))).value
        assert isinstance(made, Customer) and isinstance(made.id, int)
        default_page = (await tx.customer.search()).values
        inactive_page = (await tx.customer.search(is_inactive=True)).values
        assert not isinstance(default_page, Unset) and not isinstance(inactive_page, Unset)
        assert made.id not in {c.id for c in default_page}
        assert made.id in {c.id for c in inactive_page}


def _help(function: Any) -> str:
    """What help() prints: the signature (pydoc renders it with inspect.signature) and the docstring."""
    return f"{function.__name__}{inspect.signature(function)}\n{pydoc.getdoc(function)}"


def test_help_shows_readable_defaults_every_parameter_the_return_type_and_errors() -> None:
    text = _help(CustomerOperations.search)
    assert " at 0x" not in text and "is_inactive: 'bool | Unset' = UNSET" in text
    for param in customer_search.OPERATION.parameters:
        assert f"{param.python_name} (" in text, param.python_name
    assert "is_inactive (bool | Unset): Equals. Service default: False." in text
    assert "count (int | Unset): Number of elements to return. Service default: 1000." in text
    assert "Returns:\n    ListResponseCustomer" in text
    assert "tripletex_async.NotFoundError" in text and "GET /customer" in text
    put = _help(CustomerOperations.put)
    assert "body (Customer): Partial object describing what should be updated" in put


def _value(annotation: Any) -> Any:
    """A value of a parameter's type (the first member of an enum, today for a date)."""
    kinds = [a for a in typing.get_args(annotation) if a is not Unset] or [annotation]
    kind = kinds[0]
    if typing.get_origin(kind) is list:
        return [_value(typing.get_args(kind)[0])]
    if isinstance(kind, type) and issubclass(kind, enum.Enum):
        return next(iter(kind))
    if kind in (datetime.date, datetime.datetime):
        return datetime.datetime(2025, 1, 2, 3, 4, 5) if kind is datetime.datetime else datetime.date(2025, 1, 2)
    return {int: 1, float: 1.5, bool: True}.get(kind, "1")


def test_every_operation_builds_its_requests_from_its_public_build() -> None:
    from tripletex_async_api.operations import OPERATIONS

    built = 0
    for op in OPERATIONS:
        hints = typing.get_type_hints(op.build)
        args = {p.python_name: _value(hints[p.python_name]) for p in op.parameters if p.required}
        path_args = [args.pop(p.python_name) for p in op.path_params]
        if op.body_type is not None:
            continue  # bodies need model instances; covered by the facade and emulator tests
        request = op.build(*path_args, **args)
        assert request["method"] == op.method, op.label
        assert "{" not in request["url"], op.label
        assert set(request.get("params", {})) == {p.name for p in op.query_params if p.required}, op.label
        built += 1
    assert built > len(OPERATIONS) / 2
