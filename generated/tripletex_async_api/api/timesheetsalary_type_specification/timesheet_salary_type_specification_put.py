"""`PUT /timesheet/salaryTypeSpecification/{id}` (TimesheetSalaryTypeSpecification_put): `tx.timesheet_salary_type_specification.put(...)`."""

from typing import Any
from urllib.parse import quote

import httpx

from ...models.response_wrapper_timesheet_salary_type_specification import (
    ResponseWrapperTimesheetSalaryTypeSpecification,
)
from ...models.timesheet_salary_type_specification import TimesheetSalaryTypeSpecification
from ...types import Operation, Param, RequestArgs, request_body_serialization


def build(
    id: int,
    *,
    body: TimesheetSalaryTypeSpecification,
) -> RequestArgs:
    """The request of `PUT /timesheet/salaryTypeSpecification/{id}`; only the arguments passed are sent."""
    headers: dict[str, Any] = {}

    _kwargs: RequestArgs = {
        "method": "PUT",
        "url": "/timesheet/salaryTypeSpecification/{id}".format(
            id=quote(str(id), safe=""),
        ),
    }

    with request_body_serialization():
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def parse(response: httpx.Response) -> ResponseWrapperTimesheetSalaryTypeSpecification | None:
    """The answer as `ResponseWrapperTimesheetSalaryTypeSpecification`; None for a status the spec does not document."""
    if response.status_code == 200:
        response_200 = ResponseWrapperTimesheetSalaryTypeSpecification.from_json(response.content)

        return response_200

    return None


OPERATION = Operation(
    id="TimesheetSalaryTypeSpecification_put",
    group="timesheet_salary_type_specification",
    name="put",
    method="PUT",
    path="/timesheet/salaryTypeSpecification/{id}",
    summary="[BETA] Update a timesheet SalaryType Specification",
    parameters=(Param("id", "id", "path", True),),
    paginated=False,
    body_type="TimesheetSalaryTypeSpecification",
    body_content_type="application/json",
    responses=((200, "ResponseWrapperTimesheetSalaryTypeSpecification"),),
    deprecated=False,
    build=build,
    parse=parse,
)
