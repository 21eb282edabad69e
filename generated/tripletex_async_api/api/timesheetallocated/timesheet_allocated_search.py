"""`GET /timesheet/allocated` (TimesheetAllocated_search): `tx.timesheet_allocated.search(...)`."""

from typing import Any

import httpx

from ...models.list_response_timesheet_allocated import ListResponseTimesheetAllocated
from ...types import UNSET, Operation, Param, RequestArgs, Unset


def build(
    *,
    ids: str | Unset = UNSET,
    employee_ids: str | Unset = UNSET,
    project_ids: str | Unset = UNSET,
    activity_ids: str | Unset = UNSET,
    date_from: str | Unset = UNSET,
    date_to: str | Unset = UNSET,
    from_: int | Unset = UNSET,
    count: int | Unset = UNSET,
    sorting: str | Unset = UNSET,
    fields: str | Unset = UNSET,
) -> RequestArgs:
    """The request of `GET /timesheet/allocated`; only the arguments passed are sent."""

    params: dict[str, Any] = {}

    params["ids"] = ids

    params["employeeIds"] = employee_ids

    params["projectIds"] = project_ids

    params["activityIds"] = activity_ids

    params["dateFrom"] = date_from

    params["dateTo"] = date_to

    params["from"] = from_

    params["count"] = count

    params["sorting"] = sorting

    params["fields"] = fields

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: RequestArgs = {
        "method": "GET",
        "url": "/timesheet/allocated",
        "params": params,
    }

    return _kwargs


def parse(response: httpx.Response) -> ListResponseTimesheetAllocated | None:
    """The answer as `ListResponseTimesheetAllocated`; None for a status the spec does not document."""
    if response.status_code == 200:
        response_200 = ListResponseTimesheetAllocated.from_json(response.content)

        return response_200

    return None


OPERATION = Operation(
    id="TimesheetAllocated_search",
    group="timesheet_allocated",
    name="search",
    method="GET",
    path="/timesheet/allocated",
    summary="Find allocated hour entries corresponding with sent data.",
    parameters=(
        Param("ids", "ids", "query", False),
        Param("employeeIds", "employee_ids", "query", False),
        Param("projectIds", "project_ids", "query", False),
        Param("activityIds", "activity_ids", "query", False),
        Param("dateFrom", "date_from", "query", False),
        Param("dateTo", "date_to", "query", False),
        Param("from", "from_", "query", False, "0"),
        Param("count", "count", "query", False, "1000"),
        Param("sorting", "sorting", "query", False, ""),
        Param("fields", "fields", "query", False, ""),
    ),
    paginated=True,
    body_type=None,
    body_content_type=None,
    responses=((200, "ListResponseTimesheetAllocated"),),
    deprecated=False,
    build=build,
    parse=parse,
)
