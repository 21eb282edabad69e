"""`GET /department` (Department_search): `tx.department.search(...)`."""

from typing import Any

import httpx

from ...models.list_response_department import ListResponseDepartment
from ...types import UNSET, Operation, Param, RequestArgs, Unset


def build(
    *,
    id: str | Unset = UNSET,
    name: str | Unset = UNSET,
    department_number: str | Unset = UNSET,
    department_manager_id: str | Unset = UNSET,
    is_inactive: bool | Unset = UNSET,
    from_: int | Unset = UNSET,
    count: int | Unset = UNSET,
    sorting: str | Unset = UNSET,
    fields: str | Unset = UNSET,
) -> RequestArgs:
    """The request of `GET /department`; only the arguments passed are sent."""

    params: dict[str, Any] = {}

    params["id"] = id

    params["name"] = name

    params["departmentNumber"] = department_number

    params["departmentManagerId"] = department_manager_id

    params["isInactive"] = is_inactive

    params["from"] = from_

    params["count"] = count

    params["sorting"] = sorting

    params["fields"] = fields

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: RequestArgs = {
        "method": "GET",
        "url": "/department",
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
    id="Department_search",
    group="department",
    name="search",
    method="GET",
    path="/department",
    summary="Find department corresponding with sent data.",
    parameters=(
        Param("id", "id", "query", False),
        Param("name", "name", "query", False),
        Param("departmentNumber", "department_number", "query", False),
        Param("departmentManagerId", "department_manager_id", "query", False),
        Param("isInactive", "is_inactive", "query", False),
        Param("from", "from_", "query", False, "0"),
        Param("count", "count", "query", False, "1000"),
        Param("sorting", "sorting", "query", False, ""),
        Param("fields", "fields", "query", False, ""),
    ),
    paginated=True,
    body_type=None,
    body_content_type=None,
    responses=((200, "ListResponseDepartment"),),
    deprecated=False,
    build=build,
    parse=parse,
)
