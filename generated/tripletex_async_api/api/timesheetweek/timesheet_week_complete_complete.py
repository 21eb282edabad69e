"""`PUT /timesheet/week/:complete` (TimesheetWeekComplete_complete): `tx.timesheet_week.complete(...)`."""

from typing import Any

import httpx

from ...models.response_wrapper_week import ResponseWrapperWeek
from ...types import UNSET, Operation, Param, RequestArgs, Unset


def build(
    *,
    id: int | Unset = UNSET,
    employee_id: int | Unset = UNSET,
    week_year: str | Unset = UNSET,
) -> RequestArgs:
    """The request of `PUT /timesheet/week/:complete`; only the arguments passed are sent."""

    params: dict[str, Any] = {}

    params["id"] = id

    params["employeeId"] = employee_id

    params["weekYear"] = week_year

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: RequestArgs = {
        "method": "PUT",
        "url": "/timesheet/week/:complete",
        "params": params,
    }

    return _kwargs


def parse(response: httpx.Response) -> ResponseWrapperWeek | None:
    """The answer as `ResponseWrapperWeek`; None for a status the spec does not document."""
    if response.status_code == 200:
        response_200 = ResponseWrapperWeek.from_json(response.content)

        return response_200

    return None


OPERATION = Operation(
    id="TimesheetWeekComplete_complete",
    group="timesheet_week",
    name="complete",
    method="PUT",
    path="/timesheet/week/:complete",
    summary="Complete week. By ID or (ISO-8601 week and employeeId combination).",
    parameters=(
        Param("id", "id", "query", False),
        Param("employeeId", "employee_id", "query", False),
        Param("weekYear", "week_year", "query", False),
    ),
    paginated=False,
    body_type=None,
    body_content_type=None,
    responses=((200, "ResponseWrapperWeek"),),
    deprecated=False,
    build=build,
    parse=parse,
)
