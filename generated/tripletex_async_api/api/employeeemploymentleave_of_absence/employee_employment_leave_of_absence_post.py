"""`POST /employee/employment/leaveOfAbsence` (EmployeeEmploymentLeaveOfAbsence_post): `tx.employee_employment_leave_of_absence.post(...)`."""

from typing import Any

import httpx

from ...models.leave_of_absence import LeaveOfAbsence
from ...models.response_wrapper_leave_of_absence import ResponseWrapperLeaveOfAbsence
from ...types import Operation, RequestArgs, request_body_serialization


def build(
    *,
    body: LeaveOfAbsence,
) -> RequestArgs:
    """The request of `POST /employee/employment/leaveOfAbsence`; only the arguments passed are sent."""
    headers: dict[str, Any] = {}

    _kwargs: RequestArgs = {
        "method": "POST",
        "url": "/employee/employment/leaveOfAbsence",
    }

    with request_body_serialization():
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json; charset=utf-8"

    _kwargs["headers"] = headers
    return _kwargs


def parse(response: httpx.Response) -> ResponseWrapperLeaveOfAbsence | None:
    """The answer as `ResponseWrapperLeaveOfAbsence`; None for a status the spec does not document."""
    if response.status_code == 201:
        response_201 = ResponseWrapperLeaveOfAbsence.from_json(response.content)

        return response_201

    return None


OPERATION = Operation(
    id="EmployeeEmploymentLeaveOfAbsence_post",
    group="employee_employment_leave_of_absence",
    name="post",
    method="POST",
    path="/employee/employment/leaveOfAbsence",
    summary="Create leave of absence.",
    parameters=(),
    paginated=False,
    body_type="LeaveOfAbsence",
    body_content_type="application/json; charset=utf-8",
    responses=((201, "ResponseWrapperLeaveOfAbsence"),),
    deprecated=False,
    build=build,
    parse=parse,
)
