"""`DELETE /timesheet/salaryTypeSpecification/{id}` (TimesheetSalaryTypeSpecification_delete): `tx.timesheet_salary_type_specification.delete(...)`."""

from typing import Any
from urllib.parse import quote

import httpx

from ...types import Operation, Param, RequestArgs


def build(
    id: int,
) -> RequestArgs:
    """The request of `DELETE /timesheet/salaryTypeSpecification/{id}`; only the arguments passed are sent."""

    _kwargs: RequestArgs = {
        "method": "DELETE",
        "url": "/timesheet/salaryTypeSpecification/{id}".format(
            id=quote(str(id), safe=""),
        ),
    }

    return _kwargs


def parse(response: httpx.Response) -> Any | None:
    """The answer as `Any`; None for a status the spec does not document."""
    if response.status_code == 204:
        return None

    return None


OPERATION = Operation(
    id="TimesheetSalaryTypeSpecification_delete",
    group="timesheet_salary_type_specification",
    name="delete",
    method="DELETE",
    path="/timesheet/salaryTypeSpecification/{id}",
    summary="[BETA] Delete a timesheet SalaryType Specification",
    parameters=(Param("id", "id", "path", True),),
    paginated=False,
    body_type=None,
    body_content_type=None,
    responses=((204, "Any"),),
    deprecated=False,
    build=build,
    parse=parse,
)
