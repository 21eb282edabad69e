"""`GET /employee/standardTime/byDate` (EmployeeStandardTimeByDate_getByDate): `tx.employee_standard_time.get_by_date(...)`."""

from typing import Any

import httpx

from ...models.response_wrapper_standard_time import ResponseWrapperStandardTime
from ...types import UNSET, Operation, Param, RequestArgs, Unset


def build(
    *,
    employee_id: int | Unset = UNSET,
    date: str | Unset = UNSET,
    fields: str | Unset = UNSET,
) -> RequestArgs:
    """The request of `GET /employee/standardTime/byDate`; only the arguments passed are sent."""

    params: dict[str, Any] = {}

    params["employeeId"] = employee_id

    params["date"] = date

    params["fields"] = fields

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: RequestArgs = {
        "method": "GET",
        "url": "/employee/standardTime/byDate",
        "params": params,
    }

    return _kwargs


def parse(response: httpx.Response) -> ResponseWrapperStandardTime | None:
    """The answer as `ResponseWrapperStandardTime`; None for a status the spec does not document."""
    if response.status_code == 200:
        response_200 = ResponseWrapperStandardTime.from_json(response.content)

        return response_200

    return None


OPERATION = Operation(
    id="EmployeeStandardTimeByDate_getByDate",
    group="employee_standard_time",
    name="get_by_date",
    method="GET",
    path="/employee/standardTime/byDate",
    summary="Find standard time for employee by date.",
    parameters=(
        Param("employeeId", "employee_id", "query", False),
        Param("date", "date", "query", False),
        Param("fields", "fields", "query", False, ""),
    ),
    paginated=False,
    body_type=None,
    body_content_type=None,
    responses=((200, "ResponseWrapperStandardTime"),),
    deprecated=False,
    build=build,
    parse=parse,
)
