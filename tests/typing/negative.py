"""User mistakes a type checker must flag (mypy --strict), one per line marked ``# E: <error code>``.

tests/typing/test_user_typing.py asserts that mypy reports exactly these (line, code) pairs.
"""

from __future__ import annotations

from tripletex_async import TripletexClient
from tripletex_async.models import Customer


async def mistakes(tx: TripletexClient) -> None:
    await tx.customer.search(count="5")  # E: arg-type
    await tx.customer.search(is_inactive="no")  # E: arg-type
    await tx.customer.search(custmer_name="Acme")  # E: call-arg
    await tx.customer.get("42")  # E: arg-type
    await tx.customer.get()  # E: call-arg
    await tx.customer.post(body={"name": "Acme"})  # E: arg-type
    await tx.custommer.search()  # E: attr-defined
    await tx.customer.serch()  # E: attr-defined
    page = await tx.customer.search(count=5)
    page.valuez  # E: attr-defined
    for customer in page.values:
        customer.nmae  # E: attr-defined
        customer.name.upper()  # E: union-attr
    Customer(name=5)  # E: arg-type
    tx.paginate(tx.customer.get)  # E: arg-type
    view = tx.as_company("1234")  # E: arg-type
    (await tx.customer.get(1)).value.name  # E: union-attr
    await view.customer.search(count=None)  # E: arg-type
