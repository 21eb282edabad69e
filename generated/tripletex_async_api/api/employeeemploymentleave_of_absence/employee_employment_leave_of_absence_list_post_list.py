"""`POST /employee/employment/leaveOfAbsence/list` (EmployeeEmploymentLeaveOfAbsenceList_postList): `tx.employee_employment_leave_of_absence.post_list(...)`."""

from typing import Any

import httpx

from ...models.leave_of_absence import LeaveOfAbsence
from ...models.list_response_leave_of_absence import ListResponseLeaveOfAbsence
from ...types import Operation, RequestArgs, request_body_serialization


def build(
    *,
    body: list[LeaveOfAbsence],
) -> RequestArgs:
    """The request of `POST /employee/employment/leaveOfAbsence/list`; only the arguments passed are sent."""
    headers: dict[str, Any] = {}

    _kwargs: RequestArgs = {
        "method": "POST",
        "url": "/employee/employment/leaveOfAbsence/list",
    }

    with request_body_serialization():
        _kwargs["json"] = []
        for body_item_data in body:
            body_item = body_item_data.to_dict()
            _kwargs["json"].append(body_item)

    headers["Content-Type"] = "application/json; charset=utf-8"

    _kwargs["headers"] = headers
    return _kwargs


def parse(response: httpx.Response) -> ListResponseLeaveOfAbsence | None:
    """The answer as `ListResponseLeaveOfAbsence`; None for a status the spec does not document."""
    if response.status_code == 201:
        response_201 = ListResponseLeaveOfAbsence.from_json(response.content)

        return response_201

    return None


OPERATION = Operation(
    id="EmployeeEmploymentLeaveOfAbsenceList_postList",
    group="employee_employment_leave_of_absence",
    name="post_list",
    method="POST",
    path="/employee/employment/leaveOfAbsence/list",
    summary="Create multiple leave of absences.",
    parameters=(),
    paginated=False,
    body_type="list[LeaveOfAbsence]",
    body_content_type="application/json; charset=utf-8",
    responses=((201, "ListResponseLeaveOfAbsence"),),
    deprecated=False,
    build=build,
    parse=parse,
)
