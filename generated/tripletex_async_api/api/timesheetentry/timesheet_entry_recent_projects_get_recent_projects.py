"""`GET /timesheet/entry/>recentProjects` (TimesheetEntryRecentProjects_getRecentProjects): `tx.timesheet_entry.get_recent_projects(...)`."""

from typing import Any

import httpx

from ...models.list_response_project import ListResponseProject
from ...types import UNSET, Operation, Param, RequestArgs, Unset


def build(
    *,
    employee_id: int | Unset = UNSET,
    from_: int | Unset = UNSET,
    count: int | Unset = UNSET,
    sorting: str | Unset = UNSET,
    fields: str | Unset = UNSET,
) -> RequestArgs:
    """The request of `GET /timesheet/entry/>recentProjects`; only the arguments passed are sent."""

    params: dict[str, Any] = {}

    params["employeeId"] = employee_id

    params["from"] = from_

    params["count"] = count

    params["sorting"] = sorting

    params["fields"] = fields

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: RequestArgs = {
        "method": "GET",
        "url": "/timesheet/entry/>recentProjects",
        "params": params,
    }

    return _kwargs


def parse(response: httpx.Response) -> ListResponseProject | None:
    """The answer as `ListResponseProject`; None for a status the spec does not document."""
    if response.status_code == 200:
        response_200 = ListResponseProject.from_json(response.content)

        return response_200

    return None


OPERATION = Operation(
    id="TimesheetEntryRecentProjects_getRecentProjects",
    group="timesheet_entry",
    name="get_recent_projects",
    method="GET",
    path="/timesheet/entry/>recentProjects",
    summary="Find projects with recent activities (timesheet entry registered).",
    parameters=(
        Param("employeeId", "employee_id", "query", False),
        Param("from", "from_", "query", False, "0"),
        Param("count", "count", "query", False, "1000"),
        Param("sorting", "sorting", "query", False, ""),
        Param("fields", "fields", "query", False, ""),
    ),
    paginated=True,
    body_type=None,
    body_content_type=None,
    responses=((200, "ListResponseProject"),),
    deprecated=False,
    build=build,
    parse=parse,
)
