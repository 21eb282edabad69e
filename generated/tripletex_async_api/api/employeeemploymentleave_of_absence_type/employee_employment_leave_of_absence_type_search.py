"""`GET /employee/employment/leaveOfAbsenceType` (EmployeeEmploymentLeaveOfAbsenceType_search): `tx.employee_employment_leave_of_absence_type.search(...)`."""

from typing import Any

import httpx

from ...models.list_response_leave_of_absence_type import ListResponseLeaveOfAbsenceType
from ...types import UNSET, Operation, Param, RequestArgs, Unset


def build(
    *,
    from_: int | Unset = UNSET,
    count: int | Unset = UNSET,
    sorting: str | Unset = UNSET,
    fields: str | Unset = UNSET,
) -> RequestArgs:
    """The request of `GET /employee/employment/leaveOfAbsenceType`; only the arguments passed are sent."""

    params: dict[str, Any] = {}

    params["from"] = from_

    params["count"] = count

    params["sorting"] = sorting

    params["fields"] = fields

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: RequestArgs = {
        "method": "GET",
        "url": "/employee/employment/leaveOfAbsenceType",
        "params": params,
    }

    return _kwargs


def parse(response: httpx.Response) -> ListResponseLeaveOfAbsenceType | None:
    """The answer as `ListResponseLeaveOfAbsenceType`; None for a status the spec does not document."""
    if response.status_code == 200:
        response_200 = ListResponseLeaveOfAbsenceType.from_json(response.content)

        return response_200

    return None


OPERATION = Operation(
    id="EmployeeEmploymentLeaveOfAbsenceType_search",
    group="employee_employment_leave_of_absence_type",
    name="search",
    method="GET",
    path="/employee/employment/leaveOfAbsenceType",
    summary="Find all leave of absence type IDs.",
    parameters=(
        Param("from", "from_", "query", False, "0"),
        Param("count", "count", "query", False, "1000"),
        Param("sorting", "sorting", "query", False, ""),
        Param("fields", "fields", "query", False, ""),
    ),
    paginated=True,
    body_type=None,
    body_content_type=None,
    responses=((200, "ListResponseLeaveOfAbsenceType"),),
    deprecated=False,
    build=build,
    parse=parse,
)
