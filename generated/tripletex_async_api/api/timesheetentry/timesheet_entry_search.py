"""`GET /timesheet/entry` (TimesheetEntry_search): `tx.timesheet_entry.search(...)`."""

from typing import Any

import httpx

from ...models.timesheet_entry_search_response import TimesheetEntrySearchResponse
from ...types import UNSET, Operation, Param, RequestArgs, Unset


def build(
    *,
    id: str | Unset = UNSET,
    employee_id: str | Unset = UNSET,
    project_id: str | Unset = UNSET,
    activity_id: str | Unset = UNSET,
    date_from: str,
    date_to: str,
    comment: str | Unset = UNSET,
    from_: int | Unset = UNSET,
    count: int | Unset = UNSET,
    sorting: str | Unset = UNSET,
    fields: str | Unset = UNSET,
) -> RequestArgs:
    """The request of `GET /timesheet/entry`; only the arguments passed are sent."""

    params: dict[str, Any] = {}

    params["id"] = id

    params["employeeId"] = employee_id

    params["projectId"] = project_id

    params["activityId"] = activity_id

    params["dateFrom"] = date_from

    params["dateTo"] = date_to

    params["comment"] = comment

    params["from"] = from_

    params["count"] = count

    params["sorting"] = sorting

    params["fields"] = fields

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: RequestArgs = {
        "method": "GET",
        "url": "/timesheet/entry",
        "params": params,
    }

    return _kwargs


def parse(response: httpx.Response) -> TimesheetEntrySearchResponse | None:
    """The answer as `TimesheetEntrySearchResponse`; None for a status the spec does not document."""
    if response.status_code == 200:
        response_200 = TimesheetEntrySearchResponse.from_json(response.content)

        return response_200

    return None


OPERATION = Operation(
    id="TimesheetEntry_search",
    group="timesheet_entry",
    name="search",
    method="GET",
    path="/timesheet/entry",
    summary="Find timesheet entry corresponding with sent data.",
    parameters=(
        Param("id", "id", "query", False),
        Param("employeeId", "employee_id", "query", False),
        Param("projectId", "project_id", "query", False),
        Param("activityId", "activity_id", "query", False),
        Param("dateFrom", "date_from", "query", True),
        Param("dateTo", "date_to", "query", True),
        Param("comment", "comment", "query", False),
        Param("from", "from_", "query", False, "0"),
        Param("count", "count", "query", False, "1000"),
        Param("sorting", "sorting", "query", False, ""),
        Param("fields", "fields", "query", False, ""),
    ),
    paginated=True,
    body_type=None,
    body_content_type=None,
    responses=((200, "TimesheetEntrySearchResponse"),),
    deprecated=False,
    build=build,
    parse=parse,
)
