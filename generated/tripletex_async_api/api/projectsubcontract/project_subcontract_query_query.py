"""`GET /project/subcontract/query` (ProjectSubcontractQuery_query): `tx.project_subcontract.query(...)`."""

from typing import Any

import httpx

from ...models.list_response_project_sub_contract import ListResponseProjectSubContract
from ...types import UNSET, Operation, Param, RequestArgs, Unset


def build(
    *,
    id: str | Unset = UNSET,
    project_id: int | Unset = UNSET,
    query: str | Unset = UNSET,
    from_: int | Unset = UNSET,
    count: int | Unset = UNSET,
    sorting: str | Unset = UNSET,
    fields: str | Unset = UNSET,
) -> RequestArgs:
    """The request of `GET /project/subcontract/query`; only the arguments passed are sent."""

    params: dict[str, Any] = {}

    params["id"] = id

    params["projectId"] = project_id

    params["query"] = query

    params["from"] = from_

    params["count"] = count

    params["sorting"] = sorting

    params["fields"] = fields

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: RequestArgs = {
        "method": "GET",
        "url": "/project/subcontract/query",
        "params": params,
    }

    return _kwargs


def parse(response: httpx.Response) -> ListResponseProjectSubContract | None:
    """The answer as `ListResponseProjectSubContract`; None for a status the spec does not document."""
    if response.status_code == 200:
        response_200 = ListResponseProjectSubContract.from_json(response.content)

        return response_200

    return None


OPERATION = Operation(
    id="ProjectSubcontractQuery_query",
    group="project_subcontract",
    name="query",
    method="GET",
    path="/project/subcontract/query",
    summary="Wildcard search.",
    parameters=(
        Param("id", "id", "query", False),
        Param("projectId", "project_id", "query", False),
        Param("query", "query", "query", False),
        Param("from", "from_", "query", False, "0"),
        Param("count", "count", "query", False, "1000"),
        Param("sorting", "sorting", "query", False, ""),
        Param("fields", "fields", "query", False, ""),
    ),
    paginated=True,
    body_type=None,
    body_content_type=None,
    responses=((200, "ListResponseProjectSubContract"),),
    deprecated=False,
    build=build,
    parse=parse,
)
