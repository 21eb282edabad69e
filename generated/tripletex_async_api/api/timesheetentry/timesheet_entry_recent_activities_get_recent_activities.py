"""`GET /timesheet/entry/>recentActivities` (TimesheetEntryRecentActivities_getRecentActivities): `tx.timesheet_entry.get_recent_activities(...)`."""

from typing import Any

import httpx

from ...models.list_response_activity import ListResponseActivity
from ...types import UNSET, Operation, Param, RequestArgs, Unset


def build(
    *,
    employee_id: int | Unset = UNSET,
    project_id: int,
    from_: int | Unset = UNSET,
    count: int | Unset = UNSET,
    sorting: str | Unset = UNSET,
    fields: str | Unset = UNSET,
) -> RequestArgs:
    """The request of `GET /timesheet/entry/>recentActivities`; only the arguments passed are sent."""

    params: dict[str, Any] = {}

    params["employeeId"] = employee_id

    params["projectId"] = project_id

    params["from"] = from_

    params["count"] = count

    params["sorting"] = sorting

    params["fields"] = fields

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: RequestArgs = {
        "method": "GET",
        "url": "/timesheet/entry/>recentActivities",
        "params": params,
    }

    return _kwargs


def parse(response: httpx.Response) -> ListResponseActivity | None:
    """The answer as `ListResponseActivity`; None for a status the spec does not document."""
    if response.status_code == 200:
        response_200 = ListResponseActivity.from_json(response.content)

        return response_200

    return None


OPERATION = Operation(
    id="TimesheetEntryRecentActivities_getRecentActivities",
    group="timesheet_entry",
    name="get_recent_activities",
    method="GET",
    path="/timesheet/entry/>recentActivities",
    summary="Find recently used timesheet activities.",
    parameters=(
        Param("employeeId", "employee_id", "query", False),
        Param("projectId", "project_id", "query", True),
        Param("from", "from_", "query", False, "0"),
        Param("count", "count", "query", False, "1000"),
        Param("sorting", "sorting", "query", False, ""),
        Param("fields", "fields", "query", False, ""),
    ),
    paginated=True,
    body_type=None,
    body_content_type=None,
    responses=((200, "ListResponseActivity"),),
    deprecated=False,
    build=build,
    parse=parse,
)
