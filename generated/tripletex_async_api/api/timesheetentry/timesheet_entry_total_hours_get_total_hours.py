"""`GET /timesheet/entry/>totalHours` (TimesheetEntryTotalHours_getTotalHours): `tx.timesheet_entry.get_total_hours(...)`."""

from typing import Any

import httpx

from ...models.response_wrapper_big_decimal import ResponseWrapperBigDecimal
from ...types import UNSET, Operation, Param, RequestArgs, Unset


def build(
    *,
    employee_id: int | Unset = UNSET,
    start_date: str | Unset = UNSET,
    end_date: str | Unset = UNSET,
    fields: str | Unset = UNSET,
) -> RequestArgs:
    """The request of `GET /timesheet/entry/>totalHours`; only the arguments passed are sent."""

    params: dict[str, Any] = {}

    params["employeeId"] = employee_id

    params["startDate"] = start_date

    params["endDate"] = end_date

    params["fields"] = fields

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: RequestArgs = {
        "method": "GET",
        "url": "/timesheet/entry/>totalHours",
        "params": params,
    }

    return _kwargs


def parse(response: httpx.Response) -> ResponseWrapperBigDecimal | None:
    """The answer as `ResponseWrapperBigDecimal`; None for a status the spec does not document."""
    if response.status_code == 200:
        response_200 = ResponseWrapperBigDecimal.from_json(response.content)

        return response_200

    return None


OPERATION = Operation(
    id="TimesheetEntryTotalHours_getTotalHours",
    group="timesheet_entry",
    name="get_total_hours",
    method="GET",
    path="/timesheet/entry/>totalHours",
    summary="Find total hours registered on an employee in a specific period.",
    parameters=(
        Param("employeeId", "employee_id", "query", False),
        Param("startDate", "start_date", "query", False),
        Param("endDate", "end_date", "query", False),
        Param("fields", "fields", "query", False, ""),
    ),
    paginated=False,
    body_type=None,
    body_content_type=None,
    responses=((200, "ResponseWrapperBigDecimal"),),
    deprecated=False,
    build=build,
    parse=parse,
)
