"""`PUT /project/orderline/{id}` (ProjectOrderline_put): `tx.project_orderline.put(...)`."""

from typing import Any
from urllib.parse import quote

import httpx

from ...models.project_order_line import ProjectOrderLine
from ...models.response_wrapper_project_order_line import ResponseWrapperProjectOrderLine
from ...types import Operation, Param, RequestArgs, request_body_serialization


def build(
    id: int,
    *,
    body: ProjectOrderLine,
) -> RequestArgs:
    """The request of `PUT /project/orderline/{id}`; only the arguments passed are sent."""
    headers: dict[str, Any] = {}

    _kwargs: RequestArgs = {
        "method": "PUT",
        "url": "/project/orderline/{id}".format(
            id=quote(str(id), safe=""),
        ),
    }

    with request_body_serialization():
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json; charset=utf-8"

    _kwargs["headers"] = headers
    return _kwargs


def parse(response: httpx.Response) -> ResponseWrapperProjectOrderLine | None:
    """The answer as `ResponseWrapperProjectOrderLine`; None for a status the spec does not document."""
    if response.status_code == 200:
        response_200 = ResponseWrapperProjectOrderLine.from_json(response.content)

        return response_200

    return None


OPERATION = Operation(
    id="ProjectOrderline_put",
    group="project_orderline",
    name="put",
    method="PUT",
    path="/project/orderline/{id}",
    summary="[BETA] Update project orderline.",
    parameters=(Param("id", "id", "path", True),),
    paginated=False,
    body_type="ProjectOrderLine",
    body_content_type="application/json; charset=utf-8",
    responses=((200, "ResponseWrapperProjectOrderLine"),),
    deprecated=False,
    build=build,
    parse=parse,
)
