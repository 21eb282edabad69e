"""`GET /timesheet/salaryProjectTypeSpecification` (TimesheetSalaryProjectTypeSpecification_search): `tx.timesheet_salary_project_type_specification.search(...)`."""

from typing import Any

import httpx

from ...models.list_response_timesheet_project_salary_type_specification import (
    ListResponseTimesheetProjectSalaryTypeSpecification,
)
from ...types import UNSET, Operation, Param, RequestArgs, Unset


def build(
    *,
    date_from: str | Unset = UNSET,
    date_to: str | Unset = UNSET,
    employee_id: int | Unset = UNSET,
    project_id: int | Unset = UNSET,
    activity_id: int | Unset = UNSET,
    include_not_connected_to_activities: bool | Unset = UNSET,
    from_: int | Unset = UNSET,
    count: int | Unset = UNSET,
    sorting: str | Unset = UNSET,
    fields: str | Unset = UNSET,
) -> RequestArgs:
    """The request of `GET /timesheet/salaryProjectTypeSpecification`; only the arguments passed are sent."""

    params: dict[str, Any] = {}

    params["dateFrom"] = date_from

    params["dateTo"] = date_to

    params["employeeId"] = employee_id

    params["projectId"] = project_id

    params["activityId"] = activity_id

    params["includeNotConnectedToActivities"] = include_not_connected_to_activities

    params["from"] = from_

    params["count"] = count

    params["sorting"] = sorting

    params["fields"] = fields

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: RequestArgs = {
        "method": "GET",
        "url": "/timesheet/salaryProjectTypeSpecification",
        "params": params,
    }

    return _kwargs


def parse(response: httpx.Response) -> ListResponseTimesheetProjectSalaryTypeSpecification | None:
    """The answer as `ListResponseTimesheetProjectSalaryTypeSpecification`; None for a status the spec does not document."""
    if response.status_code == 200:
        response_200 = ListResponseTimesheetProjectSalaryTypeSpecification.from_json(response.content)

        return response_200

    return None


OPERATION = Operation(
    id="TimesheetSalaryProjectTypeSpecification_search",
    group="timesheet_salary_project_type_specification",
    name="search",
    method="GET",
    path="/timesheet/salaryProjectTypeSpecification",
    summary="Get list of time sheet ProjectSalaryType specifications",
    parameters=(
        Param("dateFrom", "date_from", "query", False),
        Param("dateTo", "date_to", "query", False),
        Param("employeeId", "employee_id", "query", False),
        Param("projectId", "project_id", "query", False),
        Param("activityId", "activity_id", "query", False),
        Param("includeNotConnectedToActivities", "include_not_connected_to_activities", "query", False),
        Param("from", "from_", "query", False, "0"),
        Param("count", "count", "query", False, "1000"),
        Param("sorting", "sorting", "query", False, ""),
        Param("fields", "fields", "query", False, ""),
    ),
    paginated=True,
    body_type=None,
    body_content_type=None,
    responses=((200, "ListResponseTimesheetProjectSalaryTypeSpecification"),),
    deprecated=False,
    build=build,
    parse=parse,
)
