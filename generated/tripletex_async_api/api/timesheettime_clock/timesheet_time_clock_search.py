"""`GET /timesheet/timeClock` (TimesheetTimeClock_search): `tx.timesheet_time_clock.search(...)`."""

from typing import Any

import httpx

from ...models.list_response_time_clock import ListResponseTimeClock
from ...types import UNSET, Operation, Param, RequestArgs, Unset


def build(
    *,
    id: str | Unset = UNSET,
    employee_id: str | Unset = UNSET,
    project_id: str | Unset = UNSET,
    activity_id: str | Unset = UNSET,
    date_from: str | Unset = UNSET,
    date_to: str | Unset = UNSET,
    hour_id: str | Unset = UNSET,
    is_running: bool | Unset = UNSET,
    from_: int | Unset = UNSET,
    count: int | Unset = UNSET,
    sorting: str | Unset = UNSET,
    fields: str | Unset = UNSET,
) -> RequestArgs:
    """The request of `GET /timesheet/timeClock`; only the arguments passed are sent."""

    params: dict[str, Any] = {}

    params["id"] = id

    params["employeeId"] = employee_id

    params["projectId"] = project_id

    params["activityId"] = activity_id

    params["dateFrom"] = date_from

    params["dateTo"] = date_to

    params["hourId"] = hour_id

    params["isRunning"] = is_running

    params["from"] = from_

    params["count"] = count

    params["sorting"] = sorting

    params["fields"] = fields

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: RequestArgs = {
        "method": "GET",
        "url": "/timesheet/timeClock",
        "params": params,
    }

    return _kwargs


def parse(response: httpx.Response) -> ListResponseTimeClock | None:
    """The answer as `ListResponseTimeClock`; None for a status the spec does not document."""
    if response.status_code == 200:
        response_200 = ListResponseTimeClock.from_json(response.content)

        return response_200

    return None


OPERATION = Operation(
    id="TimesheetTimeClock_search",
    group="timesheet_time_clock",
    name="search",
    method="GET",
    path="/timesheet/timeClock",
    summary="Find time clock entries corresponding with sent data.",
    parameters=(
        Param("id", "id", "query", False),
        Param("employeeId", "employee_id", "query", False),
        Param("projectId", "project_id", "query", False),
        Param("activityId", "activity_id", "query", False),
        Param("dateFrom", "date_from", "query", False),
        Param("dateTo", "date_to", "query", False),
        Param("hourId", "hour_id", "query", False),
        Param("isRunning", "is_running", "query", False),
        Param("from", "from_", "query", False, "0"),
        Param("count", "count", "query", False, "1000"),
        Param("sorting", "sorting", "query", False, ""),
        Param("fields", "fields", "query", False, ""),
    ),
    paginated=True,
    body_type=None,
    body_content_type=None,
    responses=((200, "ListResponseTimeClock"),),
    deprecated=False,
    build=build,
    parse=parse,
)
