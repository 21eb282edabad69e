"""`PUT /order/orderGroup` (OrderOrderGroup_put): `tx.order_order_group.put(...)`."""

from typing import Any

import httpx

from ...models.order_group import OrderGroup
from ...models.response_wrapper_order_group import ResponseWrapperOrderGroup
from ...types import UNSET, Operation, Param, RequestArgs, Unset, request_body_serialization


def build(
    *,
    body: OrderGroup,
    order_line_ids: str | Unset = UNSET,
    remove_existing_order_lines: bool | Unset = UNSET,
) -> RequestArgs:
    """The request of `PUT /order/orderGroup`; only the arguments passed are sent."""
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}

    params["OrderLineIds"] = order_line_ids

    params["removeExistingOrderLines"] = remove_existing_order_lines

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: RequestArgs = {
        "method": "PUT",
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
    if response.status_code == 200:
        response_200 = ResponseWrapperOrderGroup.from_json(response.content)

        return response_200

    return None


OPERATION = Operation(
    id="OrderOrderGroup_put",
    group="order_order_group",
    name="put",
    method="PUT",
    path="/order/orderGroup",
    summary="[Beta] Put orderGroup.",
    parameters=(
        Param("OrderLineIds", "order_line_ids", "query", False),
        Param("removeExistingOrderLines", "remove_existing_order_lines", "query", False, False),
    ),
    paginated=False,
    body_type="OrderGroup",
    body_content_type="application/json; charset=utf-8",
    responses=((200, "ResponseWrapperOrderGroup"),),
    deprecated=False,
    build=build,
    parse=parse,
)
