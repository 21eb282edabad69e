"""User code a type checker must accept (mypy --strict), against the installed wheel.

Checked by tests/typing/test_user_typing.py; never imported by the test suite itself.
"""

from __future__ import annotations

from typing import Any, assert_type

from tripletex_async import Missing, NotFoundError, TripletexClient, present, present_or
from tripletex_async.models import Customer, ListResponseCustomer, ResponseWrapperCustomer
from tripletex_async.pagination import Paginator


async def typed_pages(tx: TripletexClient) -> list[str]:
    page = await tx.customer.search(count=5)
    assert_type(page, ListResponseCustomer)
    names: list[str] = []
    for customer in page.values:  # never Unset: iterates as Customer without narrowing
        assert_type(customer, Customer)
        names.append(present_or(customer.name, ""))
    first: Customer = page.values[0]
    assert_type(first.id, Missing[int])
    return names


async def typed_pagination(tx: TripletexClient) -> int:
    walk = tx.paginate(tx.customer.search, fields="id,name", count=100)
    assert_type(walk, Paginator[Customer])
    total = 0
    async for customer in walk:
        assert_type(customer, Customer)
        total += present(customer.id, "id")
    async for row in tx.paginate(tx.product.search, raw=True):
        assert_type(row, dict[str, Any])  # plain JSON objects
    view = tx.as_company(1234)
    async for other in view.paginate(view.customer.search):
        assert_type(other, Customer)
    return total


async def typed_value(tx: TripletexClient) -> str:
    try:
        answer = await tx.customer.get(42, fields="id,name")
    except NotFoundError as error:
        return f"not found ({error.request_id})"
    assert_type(answer, ResponseWrapperCustomer)
    assert_type(answer.value, Customer | None)  # never Unset; None for {"value": null}
    customer = present(answer.value)
    assert_type(customer, Customer)
    email: Missing[str] = customer.email
    return present_or(email, "no email")


async def typed_create(tx: TripletexClient) -> int:
    created = await tx.customer.post(body=Customer(name="Fjord AS", email="post@fjord.no"))
    return present(present(created.value).id)
