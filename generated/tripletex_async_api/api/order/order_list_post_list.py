"""`POST /order/list` (OrderList_postList): `tx.order.post_list(...)`."""

from typing import Any

import httpx

from ...models.list_response_order import ListResponseOrder
from ...models.order import Order
from ...types import Operation, RequestArgs, request_body_serialization


def build(
    *,
    body: list[Order],
) -> RequestArgs:
    """The request of `POST /order/list`; only the arguments passed are sent."""
    headers: dict[str, Any] = {}

    _kwargs: RequestArgs = {
        "method": "POST",
        "url": "/order/list",
    }

    with request_body_serialization():
        _kwargs["json"] = []
        for body_item_data in body:
            body_item = body_item_data.to_dict()
            _kwargs["json"].append(body_item)

    headers["Content-Type"] = "application/json; charset=utf-8"

    _kwargs["headers"] = headers
    return _kwargs


def parse(response: httpx.Response) -> ListResponseOrder | None:
    """The answer as `ListResponseOrder`; None for a status the spec does not document."""
    if response.status_code == 201:
        response_201 = ListResponseOrder.from_json(response.content)

        return response_201

    return None


OPERATION = Operation(
    id="OrderList_postList",
    group="order",
    name="post_list",
    method="POST",
    path="/order/list",
    summary="[BETA] Create multiple Orders with OrderLines. Max 100 at a time.",
    parameters=(),
    paginated=False,
    body_type="list[Order]",
    body_content_type="application/json; charset=utf-8",
    responses=((201, "ListResponseOrder"),),
    deprecated=False,
    build=build,
    parse=parse,
)
