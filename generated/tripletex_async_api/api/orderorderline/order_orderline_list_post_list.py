"""`POST /order/orderline/list` (OrderOrderlineList_postList): `tx.order_orderline.post_list(...)`."""

from typing import Any

import httpx

from ...models.list_response_order_line import ListResponseOrderLine
from ...models.order_line import OrderLine
from ...types import Operation, RequestArgs, request_body_serialization


def build(
    *,
    body: list[OrderLine],
) -> RequestArgs:
    """The request of `POST /order/orderline/list`; only the arguments passed are sent."""
    headers: dict[str, Any] = {}

    _kwargs: RequestArgs = {
        "method": "POST",
        "url": "/order/orderline/list",
    }

    with request_body_serialization():
        _kwargs["json"] = []
        for body_item_data in body:
            body_item = body_item_data.to_dict()
            _kwargs["json"].append(body_item)

    headers["Content-Type"] = "application/json; charset=utf-8"

    _kwargs["headers"] = headers
    return _kwargs


def parse(response: httpx.Response) -> ListResponseOrderLine | None:
    """The answer as `ListResponseOrderLine`; None for a status the spec does not document."""
    if response.status_code == 201:
        response_201 = ListResponseOrderLine.from_json(response.content)

        return response_201

    return None


OPERATION = Operation(
    id="OrderOrderlineList_postList",
    group="order_orderline",
    name="post_list",
    method="POST",
    path="/order/orderline/list",
    summary="Create multiple order lines.",
    parameters=(),
    paginated=False,
    body_type="list[OrderLine]",
    body_content_type="application/json; charset=utf-8",
    responses=((201, "ListResponseOrderLine"),),
    deprecated=False,
    build=build,
    parse=parse,
)
