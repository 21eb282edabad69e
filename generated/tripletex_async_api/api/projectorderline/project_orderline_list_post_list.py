"""`POST /project/orderline/list` (ProjectOrderlineList_postList): `tx.project_orderline.post_list(...)`."""

from typing import Any

import httpx

from ...models.list_response_project_order_line import ListResponseProjectOrderLine
from ...models.project_order_line import ProjectOrderLine
from ...types import Operation, RequestArgs, request_body_serialization


def build(
    *,
    body: list[ProjectOrderLine],
) -> RequestArgs:
    """The request of `POST /project/orderline/list`; only the arguments passed are sent."""
    headers: dict[str, Any] = {}

    _kwargs: RequestArgs = {
        "method": "POST",
        "url": "/project/orderline/list",
    }

    with request_body_serialization():
        _kwargs["json"] = []
        for body_item_data in body:
            body_item = body_item_data.to_dict()
            _kwargs["json"].append(body_item)

    headers["Content-Type"] = "application/json; charset=utf-8"

    _kwargs["headers"] = headers
    return _kwargs


def parse(response: httpx.Response) -> ListResponseProjectOrderLine | None:
    """The answer as `ListResponseProjectOrderLine`; None for a status the spec does not document."""
    if response.status_code == 201:
        response_201 = ListResponseProjectOrderLine.from_json(response.content)

        return response_201

    return None


OPERATION = Operation(
    id="ProjectOrderlineList_postList",
    group="project_orderline",
    name="post_list",
    method="POST",
    path="/project/orderline/list",
    summary="[BETA] Create multiple order lines.",
    parameters=(),
    paginated=False,
    body_type="list[ProjectOrderLine]",
    body_content_type="application/json; charset=utf-8",
    responses=((201, "ListResponseProjectOrderLine"),),
    deprecated=False,
    build=build,
    parse=parse,
)
