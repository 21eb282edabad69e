"""`PUT /order/{id}` (Order_put): `tx.order.put(...)`."""

from typing import Any
from urllib.parse import quote

import httpx

from ...models.order import Order
from ...models.response_wrapper_order import ResponseWrapperOrder
from ...types import UNSET, Operation, Param, RequestArgs, Unset, request_body_serialization


def build(
    id: int,
    *,
    body: Order,
    update_lines_and_groups: bool | Unset = UNSET,
) -> RequestArgs:
    """The request of `PUT /order/{id}`; only the arguments passed are sent."""
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}

    params["updateLinesAndGroups"] = update_lines_and_groups

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: RequestArgs = {
        "method": "PUT",
        "url": "/order/{id}".format(
            id=quote(str(id), safe=""),
        ),
        "params": params,
    }

    with request_body_serialization():
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json; charset=utf-8"

    _kwargs["headers"] = headers
    return _kwargs


def parse(response: httpx.Response) -> ResponseWrapperOrder | None:
    """The answer as `ResponseWrapperOrder`; None for a status the spec does not document."""
    if response.status_code == 200:
        response_200 = ResponseWrapperOrder.from_json(response.content)

        return response_200

    return None


OPERATION = Operation(
    id="Order_put",
    group="order",
    name="put",
    method="PUT",
    path="/order/{id}",
    summary="Update order.",
    parameters=(
        Param("id", "id", "path", True),
        Param("updateLinesAndGroups", "update_lines_and_groups", "query", False, False),
    ),
    paginated=False,
    body_type="Order",
    body_content_type="application/json; charset=utf-8",
    responses=((200, "ResponseWrapperOrder"),),
    deprecated=False,
    build=build,
    parse=parse,
)
