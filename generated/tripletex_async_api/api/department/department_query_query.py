"""`GET /department/query` (DepartmentQuery_query): `tx.department.query(...)`."""

from typing import Any

import httpx

from ...models.list_response_department import ListResponseDepartment
from ...types import UNSET, Operation, Param, RequestArgs, Unset


def build(
    *,
    id: str | Unset = UNSET,
    query: str | Unset = UNSET,
    count: int | Unset = UNSET,
    fields: str | Unset = UNSET,
    is_inactive: bool | Unset = UNSET,
    from_: int | Unset = UNSET,
    sorting: str | Unset = UNSET,
) -> RequestArgs:
    """The request of `GET /department/query`; only the arguments passed are sent."""

    params: dict[str, Any] = {}

    params["id"] = id

    params["query"] = query

    params["count"] = count

    params["fields"] = fields

    params["isInactive"] = is_inactive

    params["from"] = from_

    params["sorting"] = sorting

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: RequestArgs = {
        "method": "GET",
        "url": "/department/query",
        "params": params,
    }

    return _kwargs


def parse(response: httpx.Response) -> ListResponseDepartment | None:
    """The answer as `ListResponseDepartment`; None for a status the spec does not document."""
    if response.status_code == 200:
        response_200 = ListResponseDepartment.from_json(response.content)

        return response_200

    return None


OPERATION = Operation(
    id="DepartmentQuery_query",
    group="department",
    name="query",
    method="GET",
    path="/department/query",
    summary="Wildcard search.",
    parameters=(
        Param("id", "id", "query", False),
        Param("query", "query", "query", False),
        Param("count", "count", "query", False, 25),
        Param("fields", "fields", "query", False, "id, name"),
        Param("isInactive", "is_inactive", "query", False),
        Param("from", "from_", "query", False, "0"),
        Param("sorting", "sorting", "query", False, ""),
    ),
    paginated=True,
    body_type=None,
    body_content_type=None,
    responses=((200, "ListResponseDepartment"),),
    deprecated=False,
    build=build,
    parse=parse,
)
