"""`POST /order/orderline` (OrderOrderline_post): `tx.order_orderline.post(...)`."""

from typing import Any

import httpx

from ...models.order_line import OrderLine
from ...models.response_wrapper_order_line import ResponseWrapperOrderLine
from ...types import Operation, RequestArgs, request_body_serialization


def build(
    *,
    body: OrderLine,
) -> RequestArgs:
    """The request of `POST /order/orderline`; only the arguments passed are sent."""
    headers: dict[str, Any] = {}

    _kwargs: RequestArgs = {
        "method": "POST",
        "url": "/order/orderline",
    }

    with request_body_serialization():
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json; charset=utf-8"

    _kwargs["headers"] = headers
    return _kwargs


def parse(response: httpx.Response) -> ResponseWrapperOrderLine | None:
    """The answer as `ResponseWrapperOrderLine`; None for a status the spec does not document."""
    if response.status_code == 201:
        response_201 = ResponseWrapperOrderLine.from_json(response.content)

        return response_201

    return None


OPERATION = Operation(
    id="OrderOrderline_post",
    group="order_orderline",
    name="post",
    method="POST",
    path="/order/orderline",
    summary="Create order line. When creating several order lines, use /list for better performance.",
    parameters=(),
    paginated=False,
    body_type="OrderLine",
    body_content_type="application/json; charset=utf-8",
    responses=((201, "ResponseWrapperOrderLine"),),
    deprecated=False,
    build=build,
    parse=parse,
)
