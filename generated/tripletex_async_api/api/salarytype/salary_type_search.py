"""`GET /salary/type` (SalaryType_search): `tx.salary_type.search(...)`."""

from typing import Any

import httpx

from ...models.list_response_salary_type import ListResponseSalaryType
from ...types import UNSET, Operation, Param, RequestArgs, Unset


def build(
    *,
    id: str | Unset = UNSET,
    number: str | Unset = UNSET,
    name: str | Unset = UNSET,
    description: str | Unset = UNSET,
    show_in_timesheet: bool | Unset = UNSET,
    is_inactive: bool | Unset = UNSET,
    employee_ids: str | Unset = UNSET,
    from_: int | Unset = UNSET,
    count: int | Unset = UNSET,
    sorting: str | Unset = UNSET,
    fields: str | Unset = UNSET,
) -> RequestArgs:
    """The request of `GET /salary/type`; only the arguments passed are sent."""

    params: dict[str, Any] = {}

    params["id"] = id

    params["number"] = number

    params["name"] = name

    params["description"] = description

    params["showInTimesheet"] = show_in_timesheet

    params["isInactive"] = is_inactive

    params["employeeIds"] = employee_ids

    params["from"] = from_

    params["count"] = count

    params["sorting"] = sorting

    params["fields"] = fields

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: RequestArgs = {
        "method": "GET",
        "url": "/salary/type",
        "params": params,
    }

    return _kwargs


def parse(response: httpx.Response) -> ListResponseSalaryType | None:
    """The answer as `ListResponseSalaryType`; None for a status the spec does not document."""
    if response.status_code == 200:
        response_200 = ListResponseSalaryType.from_json(response.content)

        return response_200

    return None


OPERATION = Operation(
    id="SalaryType_search",
    group="salary_type",
    name="search",
    method="GET",
    path="/salary/type",
    summary="Find salary type corresponding with sent data.",
    parameters=(
        Param("id", "id", "query", False),
        Param("number", "number", "query", False),
        Param("name", "name", "query", False),
        Param("description", "description", "query", False),
        Param("showInTimesheet", "show_in_timesheet", "query", False),
        Param("isInactive", "is_inactive", "query", False),
        Param("employeeIds", "employee_ids", "query", False),
        Param("from", "from_", "query", False, "0"),
        Param("count", "count", "query", False, "1000"),
        Param("sorting", "sorting", "query", False, ""),
        Param("fields", "fields", "query", False, ""),
    ),
    paginated=True,
    body_type=None,
    body_content_type=None,
    responses=((200, "ListResponseSalaryType"),),
    deprecated=False,
    build=build,
    parse=parse,
)
