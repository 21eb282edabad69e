"""Envelopes as data (issue 12, point 2): a list answer's ``values`` and a resource answer's ``value``
are never ``Unset`` in response types (openapi/patches.py marks them required), and real answers
that bend that rule stay readable."""

from __future__ import annotations

from typing import Any

import pytest
import respx

from tripletex_async import MissingFieldError, RetryPolicy, TripletexClient
from tripletex_async.missing import present, present_or
from tripletex_async.models import (
    Customer,
    ListResponseCustomer,
    ResponseWrapperBoolean,
    ResponseWrapperCustomer,
)

BASE = "https://tripletex.no/v2"


@pytest.mark.parametrize(
    "body",
    [
        {"fullResultSize": 0, "from": 0, "count": 0, "values": []},
        {"fullResultSize": 0, "from": 0, "count": 0, "values": None},  # null: read as empty
        {"fullResultSize": 0, "from": 0, "count": 0},  # left out: read as empty
    ],
)
def test_values_is_always_a_list(body: dict[str, Any]) -> None:
    page = ListResponseCustomer.from_dict(body)
    assert page.values == []
    assert page.count == 0


def test_values_holds_the_models() -> None:
    page = ListResponseCustomer.from_dict({"values": [{"id": 1, "name": "A"}, None, {"id": 2}]})
    assert [c.id for c in page.values] == [1, 2]
    assert isinstance(page.values[0], Customer)


def test_value_is_the_resource() -> None:
    answer = ResponseWrapperCustomer.from_dict({"value": {"id": 7, "name": "Fjord AS"}})
    assert isinstance(answer.value, Customer) and answer.value.id == 7


@pytest.mark.parametrize("body", [{"value": None}, {}])
def test_a_single_answer_without_its_value_reads_none(body: dict[str, Any]) -> None:
    """``{"value": null}`` is a real answer (GET /ledger/voucher/openingBalance with none): None, not Unset."""
    assert ResponseWrapperCustomer.from_dict(body).value is None
    assert ResponseWrapperBoolean.from_dict(body).value is None
    assert ResponseWrapperBoolean.from_dict({"value": False}).value is False
    answer = ResponseWrapperCustomer.from_dict({"value": None})
    assert answer.to_dict() == {"value": None}
    assert answer == ResponseWrapperCustomer(value=None)


@pytest.mark.asyncio
async def test_through_the_client_null_envelopes_stay_readable() -> None:
    with respx.mock(base_url=BASE) as mock:
        mock.post("/token/session/:create").respond(
            200, json={"value": {"token": "session-token-xyz", "expirationDate": "2099-01-01"}}
        )
        mock.get("/customer/7").respond(200, json={"value": None}, headers={"x-tlx-request-id": "r-7"})
        mock.get("/customer").respond(200, json={"fullResultSize": 0, "values": None})
        async with TripletexClient(
            "prod-consumer-3f9a1", "prod-employee-77b2c", retry=RetryPolicy.disabled()
        ) as tx:
            assert (await tx.customer.search()).values == []
            answer = await tx.customer.get(7)
    assert answer.value is None
    with pytest.raises(MissingFieldError):
        present(answer.value)


def test_present_and_present_or() -> None:
    c = Customer.from_dict({"id": 3, "name": "A"})
    assert present(c.id) == 3
    assert present_or(c.email, "none") == "none"
    assert present_or(None, 5) == 5 and present_or(0, 5) == 0
    with pytest.raises(MissingFieldError, match="'email' is not in the answer"):
        present(c.email, "email")
