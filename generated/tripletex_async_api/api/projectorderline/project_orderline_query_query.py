"""`GET /project/orderline/query` (ProjectOrderlineQuery_query): `tx.project_orderline.query(...)`."""

from typing import Any

import httpx

from ...models.list_response_project_order_line import ListResponseProjectOrderLine
from ...types import UNSET, Operation, Param, RequestArgs, Unset


def build(
    *,
    id: str | Unset = UNSET,
    project_id: int | Unset = UNSET,
    query: str | Unset = UNSET,
    is_budget: bool | Unset = UNSET,
    from_: int | Unset = UNSET,
    count: int | Unset = UNSET,
    sorting: str | Unset = UNSET,
    fields: str | Unset = UNSET,
) -> RequestArgs:
    """The request of `GET /project/orderline/query`; only the arguments passed are sent."""

    params: dict[str, Any] = {}

    params["id"] = id

    params["projectId"] = project_id

    params["query"] = query

    params["isBudget"] = is_budget

    params["from"] = from_

    params["count"] = count

    params["sorting"] = sorting

    params["fields"] = fields

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: RequestArgs = {
        "method": "GET",
        "url": "/project/orderline/query",
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
    id="ProjectOrderlineQuery_query",
    group="project_orderline",
    name="query",
    method="GET",
    path="/project/orderline/query",
    summary="[BETA] Wildcard search.",
    parameters=(
        Param("id", "id", "query", False),
        Param("projectId", "project_id", "query", False),
        Param("query", "query", "query", False),
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
