"""`GET /employee/employment/leaveOfAbsence/{id}` (EmployeeEmploymentLeaveOfAbsence_get): `tx.employee_employment_leave_of_absence.get(...)`."""

from typing import Any
from urllib.parse import quote

import httpx

from ...models.response_wrapper_leave_of_absence import ResponseWrapperLeaveOfAbsence
from ...types import UNSET, Operation, Param, RequestArgs, Unset


def build(
    id: int,
    *,
    fields: str | Unset = UNSET,
) -> RequestArgs:
    """The request of `GET /employee/employment/leaveOfAbsence/{id}`; only the arguments passed are sent."""

    params: dict[str, Any] = {}

    params["fields"] = fields

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: RequestArgs = {
        "method": "GET",
        "url": "/employee/employment/leaveOfAbsence/{id}".format(
            id=quote(str(id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def parse(response: httpx.Response) -> ResponseWrapperLeaveOfAbsence | None:
    """The answer as `ResponseWrapperLeaveOfAbsence`; None for a status the spec does not document."""
    if response.status_code == 200:
        response_200 = ResponseWrapperLeaveOfAbsence.from_json(response.content)

        return response_200

    return None


OPERATION = Operation(
    id="EmployeeEmploymentLeaveOfAbsence_get",
    group="employee_employment_leave_of_absence",
    name="get",
    method="GET",
    path="/employee/employment/leaveOfAbsence/{id}",
    summary="Find leave of absence by ID.",
    parameters=(
        Param("id", "id", "path", True),
        Param("fields", "fields", "query", False, ""),
    ),
    paginated=False,
    body_type=None,
    body_content_type=None,
    responses=((200, "ResponseWrapperLeaveOfAbsence"),),
    deprecated=False,
    build=build,
    parse=parse,
)
