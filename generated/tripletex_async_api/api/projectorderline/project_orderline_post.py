"""`POST /project/orderline` (ProjectOrderline_post): `tx.project_orderline.post(...)`."""

from typing import Any

import httpx

from ...models.project_order_line import ProjectOrderLine
from ...models.response_wrapper_project_order_line import ResponseWrapperProjectOrderLine
from ...types import Operation, RequestArgs, request_body_serialization


def build(
    *,
    body: ProjectOrderLine,
) -> RequestArgs:
    """The request of `POST /project/orderline`; only the arguments passed are sent."""
    headers: dict[str, Any] = {}

    _kwargs: RequestArgs = {
        "method": "POST",
        "url": "/project/orderline",
    }

    with request_body_serialization():
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json; charset=utf-8"

    _kwargs["headers"] = headers
    return _kwargs


def parse(response: httpx.Response) -> ResponseWrapperProjectOrderLine | None:
    """The answer as `ResponseWrapperProjectOrderLine`; None for a status the spec does not document."""
    if response.status_code == 201:
        response_201 = ResponseWrapperProjectOrderLine.from_json(response.content)

        return response_201

    return None


OPERATION = Operation(
    id="ProjectOrderline_post",
    group="project_orderline",
    name="post",
    method="POST",
    path="/project/orderline",
    summary="[BETA] Create order line. When creating several order lines, use /list for better performance.",
    parameters=(),
    paginated=False,
    body_type="ProjectOrderLine",
    body_content_type="application/json; charset=utf-8",
    responses=((201, "ResponseWrapperProjectOrderLine"),),
    deprecated=False,
    build=build,
    parse=parse,
)
