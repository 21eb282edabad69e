"""`GET /project/orderline/orderLineTemplate` (ProjectOrderlineOrderLineTemplate_orderLineTemplate): `tx.project_orderline.order_line_template(...)`."""

from typing import Any

import httpx

from ...models.response_wrapper_project_order_line import ResponseWrapperProjectOrderLine
from ...types import UNSET, Operation, Param, RequestArgs, Unset


def build(
    *,
    project_id: int,
    product_id: int,
    fields: str | Unset = UNSET,
) -> RequestArgs:
    """The request of `GET /project/orderline/orderLineTemplate`; only the arguments passed are sent."""

    params: dict[str, Any] = {}

    params["projectId"] = project_id

    params["productId"] = product_id

    params["fields"] = fields

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: RequestArgs = {
        "method": "GET",
        "url": "/project/orderline/orderLineTemplate",
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
    id="ProjectOrderlineOrderLineTemplate_orderLineTemplate",
    group="project_orderline",
    name="order_line_template",
    method="GET",
    path="/project/orderline/orderLineTemplate",
    summary="[BETA] Get order line template from project and product",
    parameters=(
        Param("projectId", "project_id", "query", True),
        Param("productId", "product_id", "query", True),
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
