"""`GET /order/orderGroup` (OrderOrderGroup_search): `tx.order_order_group.search(...)`."""

from typing import Any

import httpx

from ...models.list_response_order_group import ListResponseOrderGroup
from ...types import UNSET, Operation, Param, RequestArgs, Unset


def build(
    *,
    ids: str | Unset = UNSET,
    order_ids: str | Unset = UNSET,
    from_: int | Unset = UNSET,
    count: int | Unset = UNSET,
    sorting: str | Unset = UNSET,
    fields: str | Unset = UNSET,
) -> RequestArgs:
    """The request of `GET /order/orderGroup`; only the arguments passed are sent."""

    params: dict[str, Any] = {}

    params["ids"] = ids

    params["orderIds"] = order_ids

    params["from"] = from_

    params["count"] = count

    params["sorting"] = sorting

    params["fields"] = fields

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: RequestArgs = {
        "method": "GET",
        "url": "/order/orderGroup",
        "params": params,
    }

    return _kwargs


def parse(response: httpx.Response) -> ListResponseOrderGroup | None:
    """The answer as `ListResponseOrderGroup`; None for a status the spec does not document."""
    if response.status_code == 200:
        response_200 = ListResponseOrderGroup.from_json(response.content)

        return response_200

    return None


OPERATION = Operation(
    id="OrderOrderGroup_search",
    group="order_order_group",
    name="search",
    method="GET",
    path="/order/orderGroup",
    summary="Find orderGroups corresponding with sent data.",
    parameters=(
        Param("ids", "ids", "query", False),
        Param("orderIds", "order_ids", "query", False),
        Param("from", "from_", "query", False, "0"),
        Param("count", "count", "query", False, "1000"),
        Param("sorting", "sorting", "query", False, ""),
        Param("fields", "fields", "query", False, ""),
    ),
    paginated=True,
    body_type=None,
    body_content_type=None,
    responses=((200, "ListResponseOrderGroup"),),
    deprecated=False,
    build=build,
    parse=parse,
)
