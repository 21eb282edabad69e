"""`GET /order/orderline/orderLineTemplate` (OrderOrderlineOrderLineTemplate_orderLineTemplate): `tx.order_orderline.order_line_template(...)`."""

from typing import Any

import httpx

from ...models.response_wrapper_order_line import ResponseWrapperOrderLine
from ...types import UNSET, Operation, Param, RequestArgs, Unset


def build(
    *,
    order_id: int,
    product_id: int,
    fields: str | Unset = UNSET,
) -> RequestArgs:
    """The request of `GET /order/orderline/orderLineTemplate`; only the arguments passed are sent."""

    params: dict[str, Any] = {}

    params["orderId"] = order_id

    params["productId"] = product_id

    params["fields"] = fields

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: RequestArgs = {
        "method": "GET",
        "url": "/order/orderline/orderLineTemplate",
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
    id="OrderOrderlineOrderLineTemplate_orderLineTemplate",
    group="order_orderline",
    name="order_line_template",
    method="GET",
    path="/order/orderline/orderLineTemplate",
    summary="[BETA] Get order line template from order and product",
    parameters=(
        Param("orderId", "order_id", "query", True),
        Param("productId", "product_id", "query", True),
        Param("fields", "fields", "query", False, ""),
    ),
    paginated=False,
    body_type=None,
    body_content_type=None,
    responses=((200, "ResponseWrapperOrderLine"),),
    deprecated=False,
    build=build,
    parse=parse,
)
