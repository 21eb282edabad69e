"""`GET /supplier` (Supplier_search): `tx.supplier.search(...)`."""

from typing import Any

import httpx

from ...models.list_response_supplier import ListResponseSupplier
from ...types import UNSET, Operation, Param, RequestArgs, Unset


def build(
    *,
    id: str | Unset = UNSET,
    supplier_number: str | Unset = UNSET,
    organization_number: str | Unset = UNSET,
    email: str | Unset = UNSET,
    invoice_email: str | Unset = UNSET,
    is_inactive: bool | Unset = UNSET,
    account_manager_id: str | Unset = UNSET,
    changed_since: str | Unset = UNSET,
    is_wholesaler: bool | Unset = UNSET,
    show_products: bool | Unset = UNSET,
    from_: int | Unset = UNSET,
    count: int | Unset = UNSET,
    sorting: str | Unset = UNSET,
    fields: str | Unset = UNSET,
) -> RequestArgs:
    """The request of `GET /supplier`; only the arguments passed are sent."""

    params: dict[str, Any] = {}

    params["id"] = id

    params["supplierNumber"] = supplier_number

    params["organizationNumber"] = organization_number

    params["email"] = email

    params["invoiceEmail"] = invoice_email

    params["isInactive"] = is_inactive

    params["accountManagerId"] = account_manager_id

    params["changedSince"] = changed_since

    params["isWholesaler"] = is_wholesaler

    params["showProducts"] = show_products

    params["from"] = from_

    params["count"] = count

    params["sorting"] = sorting

    params["fields"] = fields

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: RequestArgs = {
        "method": "GET",
        "url": "/supplier",
        "params": params,
    }

    return _kwargs


def parse(response: httpx.Response) -> ListResponseSupplier | None:
    """The answer as `ListResponseSupplier`; None for a status the spec does not document."""
    if response.status_code == 200:
        response_200 = ListResponseSupplier.from_json(response.content)

        return response_200

    return None


OPERATION = Operation(
    id="Supplier_search",
    group="supplier",
    name="search",
    method="GET",
    path="/supplier",
    summary="Find suppliers corresponding with sent data.",
    parameters=(
        Param("id", "id", "query", False),
        Param("supplierNumber", "supplier_number", "query", False),
        Param("organizationNumber", "organization_number", "query", False),
        Param("email", "email", "query", False),
        Param("invoiceEmail", "invoice_email", "query", False),
        Param("isInactive", "is_inactive", "query", False, False),
        Param("accountManagerId", "account_manager_id", "query", False),
        Param("changedSince", "changed_since", "query", False),
        Param("isWholesaler", "is_wholesaler", "query", False),
        Param("showProducts", "show_products", "query", False),
        Param("from", "from_", "query", False, "0"),
        Param("count", "count", "query", False, "1000"),
        Param("sorting", "sorting", "query", False, ""),
        Param("fields", "fields", "query", False, ""),
    ),
    paginated=True,
    body_type=None,
    body_content_type=None,
    responses=((200, "ListResponseSupplier"),),
    deprecated=False,
    build=build,
    parse=parse,
)
