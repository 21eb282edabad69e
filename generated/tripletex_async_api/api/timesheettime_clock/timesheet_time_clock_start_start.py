"""`PUT /timesheet/timeClock/:start` (TimesheetTimeClockStart_start): `tx.timesheet_time_clock.start(...)`."""

from typing import Any

import httpx

from ...models.response_wrapper_time_clock import ResponseWrapperTimeClock
from ...types import UNSET, Operation, Param, RequestArgs, Unset


def build(
    *,
    employee_id: int | Unset = UNSET,
    project_id: int | Unset = UNSET,
    activity_id: int,
    date: str | Unset = UNSET,
    lunch_break_duration: float | Unset = UNSET,
    comment: str | Unset = UNSET,
) -> RequestArgs:
    """The request of `PUT /timesheet/timeClock/:start`; only the arguments passed are sent."""

    params: dict[str, Any] = {}

    params["employeeId"] = employee_id

    params["projectId"] = project_id

    params["activityId"] = activity_id

    params["date"] = date

    params["lunchBreakDuration"] = lunch_break_duration

    params["comment"] = comment

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: RequestArgs = {
        "method": "PUT",
        "url": "/timesheet/timeClock/:start",
        "params": params,
    }

    return _kwargs


def parse(response: httpx.Response) -> ResponseWrapperTimeClock | None:
    """The answer as `ResponseWrapperTimeClock`; None for a status the spec does not document."""
    if response.status_code == 200:
        response_200 = ResponseWrapperTimeClock.from_json(response.content)

        return response_200

    return None


OPERATION = Operation(
    id="TimesheetTimeClockStart_start",
    group="timesheet_time_clock",
    name="start",
    method="PUT",
    path="/timesheet/timeClock/:start",
    summary="Start time clock.",
    parameters=(
        Param("employeeId", "employee_id", "query", False),
        Param("projectId", "project_id", "query", False, 0),
        Param("activityId", "activity_id", "query", True),
        Param("date", "date", "query", False),
        Param("lunchBreakDuration", "lunch_break_duration", "query", False),
        Param("comment", "comment", "query", False),
    ),
    paginated=False,
    body_type=None,
    body_content_type=None,
    responses=((200, "ResponseWrapperTimeClock"),),
    deprecated=False,
    build=build,
    parse=parse,
)
