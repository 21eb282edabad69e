"""`GET /order/orderline/{id}` (OrderOrderline_get): `tx.order_orderline.get(...)`."""

from typing import Any
from urllib.parse import quote

import httpx

from ...models.response_wrapper_order_line import ResponseWrapperOrderLine
from ...types import UNSET, Operation, Param, RequestArgs, Unset


def build(
    id: int,
    *,
    fields: str | Unset = UNSET,
) -> RequestArgs:
    """The request of `GET /order/orderline/{id}`; only the arguments passed are sent."""

    params: dict[str, Any] = {}

    params["fields"] = fields

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: RequestArgs = {
        "method": "GET",
        "url": "/order/orderline/{id}".format(
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
    id="OrderOrderline_get",
    group="order_orderline",
    name="get",
    method="GET",
    path="/order/orderline/{id}",
    summary="Get order line by ID.",
    parameters=(
        Param("id", "id", "path", True),
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
