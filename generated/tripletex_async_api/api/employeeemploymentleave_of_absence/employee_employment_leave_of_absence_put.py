"""`PUT /employee/employment/leaveOfAbsence/{id}` (EmployeeEmploymentLeaveOfAbsence_put): `tx.employee_employment_leave_of_absence.put(...)`."""

from typing import Any
from urllib.parse import quote

import httpx

from ...models.leave_of_absence import LeaveOfAbsence
from ...models.response_wrapper_leave_of_absence import ResponseWrapperLeaveOfAbsence
from ...types import Operation, Param, RequestArgs, request_body_serialization


def build(
    id: int,
    *,
    body: LeaveOfAbsence,
) -> RequestArgs:
    """The request of `PUT /employee/employment/leaveOfAbsence/{id}`; only the arguments passed are sent."""
    headers: dict[str, Any] = {}

    _kwargs: RequestArgs = {
        "method": "PUT",
        "url": "/employee/employment/leaveOfAbsence/{id}".format(
            id=quote(str(id), safe=""),
        ),
    }

    with request_body_serialization():
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json; charset=utf-8"

    _kwargs["headers"] = headers
    return _kwargs


def parse(response: httpx.Response) -> ResponseWrapperLeaveOfAbsence | None:
    """The answer as `ResponseWrapperLeaveOfAbsence`; None for a status the spec does not document."""
    if response.status_code == 200:
        response_200 = ResponseWrapperLeaveOfAbsence.from_json(response.content)

        return response_200

    return None


OPERATION = Operation(
    id="EmployeeEmploymentLeaveOfAbsence_put",
    group="employee_employment_leave_of_absence",
    name="put",
    method="PUT",
    path="/employee/employment/leaveOfAbsence/{id}",
    summary="Update leave of absence.",
    parameters=(Param("id", "id", "path", True),),
    paginated=False,
    body_type="LeaveOfAbsence",
    body_content_type="application/json; charset=utf-8",
    responses=((200, "ResponseWrapperLeaveOfAbsence"),),
    deprecated=False,
    build=build,
    parse=parse,
)
