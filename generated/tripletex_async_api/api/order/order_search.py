"""`GET /order` (Order_search): `tx.order.search(...)`."""

from typing import Any

import httpx

from ...models.list_response_order import ListResponseOrder
from ...types import UNSET, Operation, Param, RequestArgs, Unset


def build(
    *,
    id: str | Unset = UNSET,
    number: str | Unset = UNSET,
    customer_id: str | Unset = UNSET,
    order_date_from: str,
    order_date_to: str,
    delivery_comment: str | Unset = UNSET,
    is_closed: bool | Unset = UNSET,
    is_subscription: bool | Unset = UNSET,
    from_: int | Unset = UNSET,
    count: int | Unset = UNSET,
    sorting: str | Unset = UNSET,
    fields: str | Unset = UNSET,
) -> RequestArgs:
    """The request of `GET /order`; only the arguments passed are sent."""

    params: dict[str, Any] = {}

    params["id"] = id

    params["number"] = number

    params["customerId"] = customer_id

    params["orderDateFrom"] = order_date_from

    params["orderDateTo"] = order_date_to

    params["deliveryComment"] = delivery_comment

    params["isClosed"] = is_closed

    params["isSubscription"] = is_subscription

    params["from"] = from_

    params["count"] = count

    params["sorting"] = sorting

    params["fields"] = fields

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: RequestArgs = {
        "method": "GET",
        "url": "/order",
        "params": params,
    }

    return _kwargs


def parse(response: httpx.Response) -> ListResponseOrder | None:
    """The answer as `ListResponseOrder`; None for a status the spec does not document."""
    if response.status_code == 200:
        response_200 = ListResponseOrder.from_json(response.content)

        return response_200

    return None


OPERATION = Operation(
    id="Order_search",
    group="order",
    name="search",
    method="GET",
    path="/order",
    summary="Find orders corresponding with sent data.",
    parameters=(
        Param("id", "id", "query", False),
        Param("number", "number", "query", False),
        Param("customerId", "customer_id", "query", False),
        Param("orderDateFrom", "order_date_from", "query", True),
        Param("orderDateTo", "order_date_to", "query", True),
        Param("deliveryComment", "delivery_comment", "query", False),
        Param("isClosed", "is_closed", "query", False),
        Param("isSubscription", "is_subscription", "query", False),
        Param("from", "from_", "query", False, "0"),
        Param("count", "count", "query", False, "1000"),
        Param("sorting", "sorting", "query", False, ""),
        Param("fields", "fields", "query", False, ""),
    ),
    paginated=True,
    body_type=None,
    body_content_type=None,
    responses=((200, "ListResponseOrder"),),
    deprecated=False,
    build=build,
    parse=parse,
)
