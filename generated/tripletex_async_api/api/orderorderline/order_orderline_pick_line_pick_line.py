"""`PUT /order/orderline/{id}/:pickLine` (OrderOrderlinePickLine_pickLine): `tx.order_orderline.pick_line(...)`."""

from typing import Any
from urllib.parse import quote

import httpx

from ...models.response_wrapper_order_line import ResponseWrapperOrderLine
from ...types import UNSET, Operation, Param, RequestArgs, Unset


def build(
    id: int,
    *,
    inventory_id: int | Unset = UNSET,
    inventory_location_id: int | Unset = UNSET,
    pick_date: str | Unset = UNSET,
) -> RequestArgs:
    """The request of `PUT /order/orderline/{id}/:pickLine`; only the arguments passed are sent."""

    params: dict[str, Any] = {}

    params["inventoryId"] = inventory_id

    params["inventoryLocationId"] = inventory_location_id

    params["pickDate"] = pick_date

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: RequestArgs = {
        "method": "PUT",
        "url": "/order/orderline/{id}/:pickLine".format(
            id=quote(str(id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def parse(response: httpx.Response) -> ResponseWrapperOrderLine | None:
    """The answer as `ResponseWrapperOrderLine`; None for a status the spec does not document."""
    if response.status_code == 200:
        response_200 = ResponseWrapperOrderLine.from_json(response.content)

        return response_200

    return None


OPERATION = Operation(
    id="OrderOrderlinePickLine_pickLine",
    group="order_orderline",
    name="pick_line",
    method="PUT",
    path="/order/orderline/{id}/:pickLine",
    summary="[BETA] Pick order line. This is only available for customers who have Logistics and who activated the available inventory functionality.",
    parameters=(
        Param("id", "id", "path", True),
        Param("inventoryId", "inventory_id", "query", False),
        Param("inventoryLocationId", "inventory_location_id", "query", False),
        Param("pickDate", "pick_date", "query", False),
    ),
    paginated=False,
    body_type=None,
    body_content_type=None,
    responses=((200, "ResponseWrapperOrderLine"),),
    deprecated=False,
    build=build,
    parse=parse,
)
