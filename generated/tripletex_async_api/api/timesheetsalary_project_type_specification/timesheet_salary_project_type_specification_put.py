"""`PUT /timesheet/salaryProjectTypeSpecification/{id}` (TimesheetSalaryProjectTypeSpecification_put): `tx.timesheet_salary_project_type_specification.put(...)`."""

from typing import Any
from urllib.parse import quote

import httpx

from ...models.response_wrapper_timesheet_project_salary_type_specification import (
    ResponseWrapperTimesheetProjectSalaryTypeSpecification,
)
from ...models.timesheet_project_salary_type_specification import TimesheetProjectSalaryTypeSpecification
from ...types import Operation, Param, RequestArgs, request_body_serialization


def build(
    id: int,
    *,
    body: TimesheetProjectSalaryTypeSpecification,
) -> RequestArgs:
    """The request of `PUT /timesheet/salaryProjectTypeSpecification/{id}`; only the arguments passed are sent."""
    headers: dict[str, Any] = {}

    _kwargs: RequestArgs = {
        "method": "PUT",
        "url": "/timesheet/salaryProjectTypeSpecification/{id}".format(
            id=quote(str(id), safe=""),
        ),
    }

    with request_body_serialization():
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def parse(response: httpx.Response) -> ResponseWrapperTimesheetProjectSalaryTypeSpecification | None:
    """The answer as `ResponseWrapperTimesheetProjectSalaryTypeSpecification`; None for a status the spec does not document."""
    if response.status_code == 200:
        response_200 = ResponseWrapperTimesheetProjectSalaryTypeSpecification.from_json(response.content)

        return response_200

    return None


OPERATION = Operation(
    id="TimesheetSalaryProjectTypeSpecification_put",
    group="timesheet_salary_project_type_specification",
    name="put",
    method="PUT",
    path="/timesheet/salaryProjectTypeSpecification/{id}",
    summary="Update a timesheet ProjectSalaryType specification",
    parameters=(Param("id", "id", "path", True),),
    paginated=False,
    body_type="TimesheetProjectSalaryTypeSpecification",
    body_content_type="application/json",
    responses=((200, "ResponseWrapperTimesheetProjectSalaryTypeSpecification"),),
    deprecated=False,
    build=build,
    parse=parse,
)
