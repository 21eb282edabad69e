"""`GET /project/orderline/{id}` (ProjectOrderline_get): `tx.project_orderline.get(...)`."""

from typing import Any
from urllib.parse import quote

import httpx

from ...models.response_wrapper_project_order_line import ResponseWrapperProjectOrderLine
from ...types import UNSET, Operation, Param, RequestArgs, Unset


def build(
    id: int,
    *,
    fields: str | Unset = UNSET,
) -> RequestArgs:
    """The request of `GET /project/orderline/{id}`; only the arguments passed are sent."""

    params: dict[str, Any] = {}

    params["fields"] = fields

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: RequestArgs = {
        "method": "GET",
        "url": "/project/orderline/{id}".format(
            id=quote(str(id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def parse(response: httpx.Response) -> ResponseWrapperProjectOrderLine | None:
    """The answer as `ResponseWrapperProjectOrderLine`; None for a status the spec does not document."""
    if response.status_code == 200:
        response_200 = ResponseWrapperProjectOrderLine.from_json(response.content)

        return response_200

    return None


OPERATION = Operation(
    id="ProjectOrderline_get",
    group="project_orderline",
    name="get",
    method="GET",
    path="/project/orderline/{id}",
    summary="[BETA] Get order line by ID.",
    parameters=(
        Param("id", "id", "path", True),
        Param("fields", "fields", "query", False, ""),
    ),
    paginated=False,
    body_type=None,
    body_content_type=None,
    responses=((200, "ResponseWrapperProjectOrderLine"),),
    deprecated=False,
    build=build,
    parse=parse,
)
