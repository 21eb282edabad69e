"""`GET /project/orderline` (ProjectOrderline_search): `tx.project_orderline.search(...)`."""

from typing import Any

import httpx

from ...models.list_response_project_order_line import ListResponseProjectOrderLine
from ...types import UNSET, Operation, Param, RequestArgs, Unset


def build(
    *,
    project_id: int,
    is_budget: bool | Unset = UNSET,
    from_: int | Unset = UNSET,
    count: int | Unset = UNSET,
    sorting: str | Unset = UNSET,
    fields: str | Unset = UNSET,
) -> RequestArgs:
    """The request of `GET /project/orderline`; only the arguments passed are sent."""

    params: dict[str, Any] = {}

    params["projectId"] = project_id

    params["isBudget"] = is_budget

    params["from"] = from_

    params["count"] = count

    params["sorting"] = sorting

    params["fields"] = fields

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: RequestArgs = {
        "method": "GET",
        "url": "/project/orderline",
        "params": params,
    }

    return _kwargs


def parse(response: httpx.Response) -> ListResponseProjectOrderLine | None:
    """The answer as `ListResponseProjectOrderLine`; None for a status the spec does not document."""
    if response.status_code == 200:
        response_200 = ListResponseProjectOrderLine.from_json(response.content)

        return response_200

    return None


OPERATION = Operation(
    id="ProjectOrderline_search",
    group="project_orderline",
    name="search",
    method="GET",
    path="/project/orderline",
    summary="[BETA] Find all order lines for project.",
    parameters=(
        Param("projectId", "project_id", "query", True),
        Param("isBudget", "is_budget", "query", False),
        Param("from", "from_", "query", False, "0"),
        Param("count", "count", "query", False, "1000"),
        Param("sorting", "sorting", "query", False, ""),
        Param("fields", "fields", "query", False, ""),
    ),
    paginated=True,
    body_type=None,
    body_content_type=None,
    responses=((200, "ListResponseProjectOrderLine"),),
    deprecated=False,
    build=build,
    parse=parse,
)
