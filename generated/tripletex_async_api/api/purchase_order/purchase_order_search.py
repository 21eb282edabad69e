"""`GET /purchaseOrder` (PurchaseOrder_search): `tx.purchase_order.search(...)`."""

from typing import Any

import httpx

from ...models.list_response_purchase_order import ListResponsePurchaseOrder
from ...types import UNSET, Operation, Param, RequestArgs, Unset


def build(
    *,
    number: str | Unset = UNSET,
    delivery_date_from: str | Unset = UNSET,
    delivery_date_to: str | Unset = UNSET,
    creation_date_from: str | Unset = UNSET,
    creation_date_to: str | Unset = UNSET,
    id: str | Unset = UNSET,
    supplier_id: str | Unset = UNSET,
    project_id: str | Unset = UNSET,
    is_closed: bool | Unset = UNSET,
    with_deviation_only: bool | Unset = UNSET,
    from_: int | Unset = UNSET,
    count: int | Unset = UNSET,
    sorting: str | Unset = UNSET,
    fields: str | Unset = UNSET,
) -> RequestArgs:
    """The request of `GET /purchaseOrder`; only the arguments passed are sent."""

    params: dict[str, Any] = {}

    params["number"] = number

    params["deliveryDateFrom"] = delivery_date_from

    params["deliveryDateTo"] = delivery_date_to

    params["creationDateFrom"] = creation_date_from

    params["creationDateTo"] = creation_date_to

    params["id"] = id

    params["supplierId"] = supplier_id

    params["projectId"] = project_id

    params["isClosed"] = is_closed

    params["withDeviationOnly"] = with_deviation_only

    params["from"] = from_

    params["count"] = count

    params["sorting"] = sorting

    params["fields"] = fields

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: RequestArgs = {
        "method": "GET",
        "url": "/purchaseOrder",
        "params": params,
    }

    return _kwargs


def parse(response: httpx.Response) -> ListResponsePurchaseOrder | None:
    """The answer as `ListResponsePurchaseOrder`; None for a status the spec does not document."""
    if response.status_code == 200:
        response_200 = ListResponsePurchaseOrder.from_json(response.content)

        return response_200

    return None


OPERATION = Operation(
    id="PurchaseOrder_search",
    group="purchase_order",
    name="search",
    method="GET",
    path="/purchaseOrder",
    summary="Find purchase orders with send data. Only available for Logistics Basic.",
    parameters=(
        Param("number", "number", "query", False),
        Param("deliveryDateFrom", "delivery_date_from", "query", False),
        Param("deliveryDateTo", "delivery_date_to", "query", False),
        Param("creationDateFrom", "creation_date_from", "query", False),
        Param("creationDateTo", "creation_date_to", "query", False),
        Param("id", "id", "query", False),
        Param("supplierId", "supplier_id", "query", False),
        Param("projectId", "project_id", "query", False),
        Param("isClosed", "is_closed", "query", False),
        Param("withDeviationOnly", "with_deviation_only", "query", False, False),
        Param("from", "from_", "query", False, "0"),
        Param("count", "count", "query", False, "1000"),
        Param("sorting", "sorting", "query", False, ""),
        Param("fields", "fields", "query", False, ""),
    ),
    paginated=True,
    body_type=None,
    body_content_type=None,
    responses=((200, "ListResponsePurchaseOrder"),),
    deprecated=False,
    build=build,
    parse=parse,
)
