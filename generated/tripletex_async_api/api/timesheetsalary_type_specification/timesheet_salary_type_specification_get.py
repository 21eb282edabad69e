"""`GET /timesheet/salaryTypeSpecification/{id}` (TimesheetSalaryTypeSpecification_get): `tx.timesheet_salary_type_specification.get(...)`."""

from typing import Any
from urllib.parse import quote

import httpx

from ...models.response_wrapper_timesheet_salary_type_specification import (
    ResponseWrapperTimesheetSalaryTypeSpecification,
)
from ...types import UNSET, Operation, Param, RequestArgs, Unset


def build(
    id: int,
    *,
    fields: str | Unset = UNSET,
) -> RequestArgs:
    """The request of `GET /timesheet/salaryTypeSpecification/{id}`; only the arguments passed are sent."""

    params: dict[str, Any] = {}

    params["fields"] = fields

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: RequestArgs = {
        "method": "GET",
        "url": "/timesheet/salaryTypeSpecification/{id}".format(
            id=quote(str(id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def parse(response: httpx.Response) -> ResponseWrapperTimesheetSalaryTypeSpecification | None:
    """The answer as `ResponseWrapperTimesheetSalaryTypeSpecification`; None for a status the spec does not document."""
    if response.status_code == 200:
        response_200 = ResponseWrapperTimesheetSalaryTypeSpecification.from_json(response.content)

        return response_200

    return None


OPERATION = Operation(
    id="TimesheetSalaryTypeSpecification_get",
    group="timesheet_salary_type_specification",
    name="get",
    method="GET",
    path="/timesheet/salaryTypeSpecification/{id}",
    summary="[BETA] Get timesheet SalaryType Specification for a specific ID",
    parameters=(
        Param("id", "id", "path", True),
        Param("fields", "fields", "query", False, ""),
    ),
    paginated=False,
    body_type=None,
    body_content_type=None,
    responses=((200, "ResponseWrapperTimesheetSalaryTypeSpecification"),),
    deprecated=False,
    build=build,
    parse=parse,
)
