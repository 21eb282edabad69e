"""`GET /purchaseOrder/deviation` (PurchaseOrderDeviation_search): `tx.purchase_order_deviation.search(...)`."""

from typing import Any

import httpx

from ...models.list_response_deviation import ListResponseDeviation
from ...types import UNSET, Operation, Param, RequestArgs, Unset


def build(
    *,
    purchase_order_id: int,
    from_: int | Unset = UNSET,
    count: int | Unset = UNSET,
    sorting: str | Unset = UNSET,
    fields: str | Unset = UNSET,
) -> RequestArgs:
    """The request of `GET /purchaseOrder/deviation`; only the arguments passed are sent."""

    params: dict[str, Any] = {}

    params["purchaseOrderId"] = purchase_order_id

    params["from"] = from_

    params["count"] = count

    params["sorting"] = sorting

    params["fields"] = fields

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: RequestArgs = {
        "method": "GET",
        "url": "/purchaseOrder/deviation",
        "params": params,
    }

    return _kwargs


def parse(response: httpx.Response) -> ListResponseDeviation | None:
    """The answer as `ListResponseDeviation`; None for a status the spec does not document."""
    if response.status_code == 200:
        response_200 = ListResponseDeviation.from_json(response.content)

        return response_200

    return None


OPERATION = Operation(
    id="PurchaseOrderDeviation_search",
    group="purchase_order_deviation",
    name="search",
    method="GET",
    path="/purchaseOrder/deviation",
    summary="Find handled deviations for purchase order. Only available for Logistics Basic.",
    parameters=(
        Param("purchaseOrderId", "purchase_order_id", "query", True),
        Param("from", "from_", "query", False, "0"),
        Param("count", "count", "query", False, "1000"),
        Param("sorting", "sorting", "query", False, ""),
        Param("fields", "fields", "query", False, ""),
    ),
    paginated=True,
    body_type=None,
    body_content_type=None,
    responses=((200, "ListResponseDeviation"),),
    deprecated=False,
    build=build,
    parse=parse,
)
