"""`POST /order/orderGroup` (OrderOrderGroup_post): `tx.order_order_group.post(...)`."""

from typing import Any

import httpx

from ...models.order_group import OrderGroup
from ...models.response_wrapper_order_group import ResponseWrapperOrderGroup
from ...types import UNSET, Operation, Param, RequestArgs, Unset, request_body_serialization


def build(
    *,
    body: OrderGroup,
    order_line_ids: str | Unset = UNSET,
) -> RequestArgs:
    """The request of `POST /order/orderGroup`; only the arguments passed are sent."""
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}

    params["orderLineIds"] = order_line_ids

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: RequestArgs = {
        "method": "POST",
        "url": "/order/orderGroup",
        "params": params,
    }

    with request_body_serialization():
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json; charset=utf-8"

    _kwargs["headers"] = headers
    return _kwargs


def parse(response: httpx.Response) -> ResponseWrapperOrderGroup | None:
    """The answer as `ResponseWrapperOrderGroup`; None for a status the spec does not document."""
    if response.status_code == 201:
        response_201 = ResponseWrapperOrderGroup.from_json(response.content)

        return response_201

    return None


OPERATION = Operation(
    id="OrderOrderGroup_post",
    group="order_order_group",
    name="post",
    method="POST",
    path="/order/orderGroup",
    summary="[Beta] Post orderGroup.",
    parameters=(Param("orderLineIds", "order_line_ids", "query", False),),
    paginated=False,
    body_type="OrderGroup",
    body_content_type="application/json; charset=utf-8",
    responses=((201, "ResponseWrapperOrderGroup"),),
    deprecated=False,
    build=build,
    parse=parse,
)
