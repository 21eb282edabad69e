"""`POST /timesheet/salaryTypeSpecification` (TimesheetSalaryTypeSpecification_post): `tx.timesheet_salary_type_specification.post(...)`."""

from typing import Any

import httpx

from ...models.response_wrapper_timesheet_salary_type_specification import (
    ResponseWrapperTimesheetSalaryTypeSpecification,
)
from ...models.timesheet_salary_type_specification import TimesheetSalaryTypeSpecification
from ...types import Operation, RequestArgs, request_body_serialization


def build(
    *,
    body: TimesheetSalaryTypeSpecification,
) -> RequestArgs:
    """The request of `POST /timesheet/salaryTypeSpecification`; only the arguments passed are sent."""
    headers: dict[str, Any] = {}

    _kwargs: RequestArgs = {
        "method": "POST",
        "url": "/timesheet/salaryTypeSpecification",
    }

    with request_body_serialization():
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def parse(response: httpx.Response) -> ResponseWrapperTimesheetSalaryTypeSpecification | None:
    """The answer as `ResponseWrapperTimesheetSalaryTypeSpecification`; None for a status the spec does not document."""
    if response.status_code == 201:
        response_201 = ResponseWrapperTimesheetSalaryTypeSpecification.from_json(response.content)

        return response_201

    return None


OPERATION = Operation(
    id="TimesheetSalaryTypeSpecification_post",
    group="timesheet_salary_type_specification",
    name="post",
    method="POST",
    path="/timesheet/salaryTypeSpecification",
    summary="[BETA] Create a timesheet SalaryType Specification. Only one entry per employee/date/SalaryType",
    parameters=(),
    paginated=False,
    body_type="TimesheetSalaryTypeSpecification",
    body_content_type="application/json",
    responses=((201, "ResponseWrapperTimesheetSalaryTypeSpecification"),),
    deprecated=False,
    build=build,
    parse=parse,
)
