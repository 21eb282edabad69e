"""`GET /order/orderGroup/{id}` (OrderOrderGroup_get): `tx.order_order_group.get(...)`."""

from typing import Any
from urllib.parse import quote

import httpx

from ...models.response_wrapper_order_group import ResponseWrapperOrderGroup
from ...types import UNSET, Operation, Param, RequestArgs, Unset


def build(
    id: int,
    *,
    fields: str | Unset = UNSET,
) -> RequestArgs:
    """The request of `GET /order/orderGroup/{id}`; only the arguments passed are sent."""

    params: dict[str, Any] = {}

    params["fields"] = fields

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: RequestArgs = {
        "method": "GET",
        "url": "/order/orderGroup/{id}".format(
            id=quote(str(id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def parse(response: httpx.Response) -> ResponseWrapperOrderGroup | None:
    """The answer as `ResponseWrapperOrderGroup`; None for a status the spec does not document."""
    if response.status_code == 200:
        response_200 = ResponseWrapperOrderGroup.from_json(response.content)

        return response_200

    return None


OPERATION = Operation(
    id="OrderOrderGroup_get",
    group="order_order_group",
    name="get",
    method="GET",
    path="/order/orderGroup/{id}",
    summary="Get orderGroup by ID. A orderGroup is a way to group orderLines, and add comments and subtotals",
    parameters=(
        Param("id", "id", "path", True),
        Param("fields", "fields", "query", False, ""),
    ),
    paginated=False,
    body_type=None,
    body_content_type=None,
    responses=((200, "ResponseWrapperOrderGroup"),),
    deprecated=False,
    build=build,
    parse=parse,
)
