"""`PUT /order/orderline/{id}` (OrderOrderline_put): `tx.order_orderline.put(...)`."""

from typing import Any
from urllib.parse import quote

import httpx

from ...models.order_line import OrderLine
from ...models.response_wrapper_order_line import ResponseWrapperOrderLine
from ...types import Operation, Param, RequestArgs, request_body_serialization


def build(
    id: int,
    *,
    body: OrderLine,
) -> RequestArgs:
    """The request of `PUT /order/orderline/{id}`; only the arguments passed are sent."""
    headers: dict[str, Any] = {}

    _kwargs: RequestArgs = {
        "method": "PUT",
        "url": "/order/orderline/{id}".format(
            id=quote(str(id), safe=""),
        ),
    }

    with request_body_serialization():
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json; charset=utf-8"

    _kwargs["headers"] = headers
    return _kwargs


def parse(response: httpx.Response) -> ResponseWrapperOrderLine | None:
    """The answer as `ResponseWrapperOrderLine`; None for a status the spec does not document."""
    if response.status_code == 200:
        response_200 = ResponseWrapperOrderLine.from_json(response.content)

        return response_200

    return None


OPERATION = Operation(
    id="OrderOrderline_put",
    group="order_orderline",
    name="put",
    method="PUT",
    path="/order/orderline/{id}",
    summary="[BETA] Put order line",
    parameters=(Param("id", "id", "path", True),),
    paginated=False,
    body_type="OrderLine",
    body_content_type="application/json; charset=utf-8",
    responses=((200, "ResponseWrapperOrderLine"),),
    deprecated=False,
    build=build,
    parse=parse,
)
