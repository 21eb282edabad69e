"""`GET /employee/employment/leaveOfAbsence` (EmployeeEmploymentLeaveOfAbsence_search): `tx.employee_employment_leave_of_absence.search(...)`."""

from typing import Any

import httpx

from ...models.list_response_leave_of_absence import ListResponseLeaveOfAbsence
from ...types import UNSET, Operation, Param, RequestArgs, Unset


def build(
    *,
    employment_ids: str | Unset = UNSET,
    date: str | Unset = UNSET,
    min_percentage: int | Unset = UNSET,
    max_percentage: int | Unset = UNSET,
    from_: int | Unset = UNSET,
    count: int | Unset = UNSET,
    sorting: str | Unset = UNSET,
    fields: str | Unset = UNSET,
) -> RequestArgs:
    """The request of `GET /employee/employment/leaveOfAbsence`; only the arguments passed are sent."""

    params: dict[str, Any] = {}

    params["employmentIds"] = employment_ids

    params["date"] = date

    params["minPercentage"] = min_percentage

    params["maxPercentage"] = max_percentage

    params["from"] = from_

    params["count"] = count

    params["sorting"] = sorting

    params["fields"] = fields

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: RequestArgs = {
        "method": "GET",
        "url": "/employee/employment/leaveOfAbsence",
        "params": params,
    }

    return _kwargs


def parse(response: httpx.Response) -> ListResponseLeaveOfAbsence | None:
    """The answer as `ListResponseLeaveOfAbsence`; None for a status the spec does not document."""
    if response.status_code == 200:
        response_200 = ListResponseLeaveOfAbsence.from_json(response.content)

        return response_200

    return None


OPERATION = Operation(
    id="EmployeeEmploymentLeaveOfAbsence_search",
    group="employee_employment_leave_of_absence",
    name="search",
    method="GET",
    path="/employee/employment/leaveOfAbsence",
    summary="Find all leave of absence corresponding with the sent data.",
    parameters=(
        Param("employmentIds", "employment_ids", "query", False),
        Param("date", "date", "query", False),
        Param("minPercentage", "min_percentage", "query", False, 0),
        Param("maxPercentage", "max_percentage", "query", False, 100),
        Param("from", "from_", "query", False, "0"),
        Param("count", "count", "query", False, "1000"),
        Param("sorting", "sorting", "query", False, ""),
        Param("fields", "fields", "query", False, ""),
    ),
    paginated=True,
    body_type=None,
    body_content_type=None,
    responses=((200, "ListResponseLeaveOfAbsence"),),
    deprecated=False,
    build=build,
    parse=parse,
)
