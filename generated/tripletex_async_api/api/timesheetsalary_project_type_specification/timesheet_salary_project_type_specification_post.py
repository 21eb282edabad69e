"""`POST /timesheet/salaryProjectTypeSpecification` (TimesheetSalaryProjectTypeSpecification_post): `tx.timesheet_salary_project_type_specification.post(...)`."""

from typing import Any

import httpx

from ...models.response_wrapper_timesheet_project_salary_type_specification import (
    ResponseWrapperTimesheetProjectSalaryTypeSpecification,
)
from ...models.timesheet_project_salary_type_specification import TimesheetProjectSalaryTypeSpecification
from ...types import Operation, RequestArgs, request_body_serialization


def build(
    *,
    body: TimesheetProjectSalaryTypeSpecification,
) -> RequestArgs:
    """The request of `POST /timesheet/salaryProjectTypeSpecification`; only the arguments passed are sent."""
    headers: dict[str, Any] = {}

    _kwargs: RequestArgs = {
        "method": "POST",
        "url": "/timesheet/salaryProjectTypeSpecification",
    }

    with request_body_serialization():
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def parse(response: httpx.Response) -> ResponseWrapperTimesheetProjectSalaryTypeSpecification | None:
    """The answer as `ResponseWrapperTimesheetProjectSalaryTypeSpecification`; None for a status the spec does not document."""
    if response.status_code == 201:
        response_201 = ResponseWrapperTimesheetProjectSalaryTypeSpecification.from_json(response.content)

        return response_201

    return None


OPERATION = Operation(
    id="TimesheetSalaryProjectTypeSpecification_post",
    group="timesheet_salary_project_type_specification",
    name="post",
    method="POST",
    path="/timesheet/salaryProjectTypeSpecification",
    summary="Create a timesheet ProjectSalaryType specification",
    parameters=(),
    paginated=False,
    body_type="TimesheetProjectSalaryTypeSpecification",
    body_content_type="application/json",
    responses=((201, "ResponseWrapperTimesheetProjectSalaryTypeSpecification"),),
    deprecated=False,
    build=build,
    parse=parse,
)
