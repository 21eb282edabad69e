"""`POST /order` (Order_post): `tx.order.post(...)`."""

from typing import Any

import httpx

from ...models.order import Order
from ...models.response_wrapper_order import ResponseWrapperOrder
from ...types import Operation, RequestArgs, request_body_serialization


def build(
    *,
    body: Order,
) -> RequestArgs:
    """The request of `POST /order`; only the arguments passed are sent."""
    headers: dict[str, Any] = {}

    _kwargs: RequestArgs = {
        "method": "POST",
        "url": "/order",
    }

    with request_body_serialization():
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json; charset=utf-8"

    _kwargs["headers"] = headers
    return _kwargs


def parse(response: httpx.Response) -> ResponseWrapperOrder | None:
    """The answer as `ResponseWrapperOrder`; None for a status the spec does not document."""
    if response.status_code == 201:
        response_201 = ResponseWrapperOrder.from_json(response.content)

        return response_201

    return None


OPERATION = Operation(
    id="Order_post",
    group="order",
    name="post",
    method="POST",
    path="/order",
    summary="Create order.",
    parameters=(),
    paginated=False,
    body_type="Order",
    body_content_type="application/json; charset=utf-8",
    responses=((201, "ResponseWrapperOrder"),),
    deprecated=False,
    build=build,
    parse=parse,
)
