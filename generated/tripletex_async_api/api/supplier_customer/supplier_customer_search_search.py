"""`GET /supplierCustomer/search` (SupplierCustomerSearch_search): `tx.supplier_customer.search(...)`."""

from typing import Any

import httpx

from ...models.list_response_supplier_customer import ListResponseSupplierCustomer
from ...types import UNSET, Operation, Param, RequestArgs, Unset


def build(
    *,
    query: str | Unset = UNSET,
    from_: int | Unset = UNSET,
    count: int | Unset = UNSET,
    sorting: str | Unset = UNSET,
    fields: str | Unset = UNSET,
) -> RequestArgs:
    """The request of `GET /supplierCustomer/search`; only the arguments passed are sent."""

    params: dict[str, Any] = {}

    params["query"] = query

    params["from"] = from_

    params["count"] = count

    params["sorting"] = sorting

    params["fields"] = fields

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: RequestArgs = {
        "method": "GET",
        "url": "/supplierCustomer/search",
        "params": params,
    }

    return _kwargs


def parse(response: httpx.Response) -> ListResponseSupplierCustomer | None:
    """The answer as `ListResponseSupplierCustomer`; None for a status the spec does not document."""
    if response.status_code == 200:
        response_200 = ListResponseSupplierCustomer.from_json(response.content)

        return response_200

    return None


OPERATION = Operation(
    id="SupplierCustomerSearch_search",
    group="supplier_customer",
    name="search",
    method="GET",
    path="/supplierCustomer/search",
    summary="Find all active suppliers and customers.",
    parameters=(
        Param("query", "query", "query", False),
        Param("from", "from_", "query", False, "0"),
        Param("count", "count", "query", False, "1000"),
        Param("sorting", "sorting", "query", False, ""),
        Param("fields", "fields", "query", False, ""),
    ),
    paginated=True,
    body_type=None,
    body_content_type=None,
    responses=((200, "ListResponseSupplierCustomer"),),
    deprecated=False,
    build=build,
    parse=parse,
)
