"""`GET /timesheet/salaryTypeSpecification` (TimesheetSalaryTypeSpecification_search): `tx.timesheet_salary_type_specification.search(...)`."""

from typing import Any

import httpx

from ...models.list_response_timesheet_salary_type_specification import ListResponseTimesheetSalaryTypeSpecification
from ...types import UNSET, Operation, Param, RequestArgs, Unset


def build(
    *,
    date_from: str | Unset = UNSET,
    date_to: str | Unset = UNSET,
    employee_id: int | Unset = UNSET,
    from_: int | Unset = UNSET,
    count: int | Unset = UNSET,
    sorting: str | Unset = UNSET,
    fields: str | Unset = UNSET,
) -> RequestArgs:
    """The request of `GET /timesheet/salaryTypeSpecification`; only the arguments passed are sent."""

    params: dict[str, Any] = {}

    params["dateFrom"] = date_from

    params["dateTo"] = date_to

    params["employeeId"] = employee_id

    params["from"] = from_

    params["count"] = count

    params["sorting"] = sorting

    params["fields"] = fields

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: RequestArgs = {
        "method": "GET",
        "url": "/timesheet/salaryTypeSpecification",
        "params": params,
    }

    return _kwargs


def parse(response: httpx.Response) -> ListResponseTimesheetSalaryTypeSpecification | None:
    """The answer as `ListResponseTimesheetSalaryTypeSpecification`; None for a status the spec does not document."""
    if response.status_code == 200:
        response_200 = ListResponseTimesheetSalaryTypeSpecification.from_json(response.content)

        return response_200

    return None


OPERATION = Operation(
    id="TimesheetSalaryTypeSpecification_search",
    group="timesheet_salary_type_specification",
    name="search",
    method="GET",
    path="/timesheet/salaryTypeSpecification",
    summary="[BETA] Get list of timesheet SalaryType Specifications",
    parameters=(
        Param("dateFrom", "date_from", "query", False),
        Param("dateTo", "date_to", "query", False),
        Param("employeeId", "employee_id", "query", False),
        Param("from", "from_", "query", False, "0"),
        Param("count", "count", "query", False, "1000"),
        Param("sorting", "sorting", "query", False, ""),
        Param("fields", "fields", "query", False, ""),
    ),
    paginated=True,
    body_type=None,
    body_content_type=None,
    responses=((200, "ListResponseTimesheetSalaryTypeSpecification"),),
    deprecated=False,
    build=build,
    parse=parse,
)
