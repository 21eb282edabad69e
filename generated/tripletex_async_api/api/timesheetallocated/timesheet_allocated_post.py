"""`POST /timesheet/allocated` (TimesheetAllocated_post): `tx.timesheet_allocated.post(...)`."""

from typing import Any

import httpx

from ...models.response_wrapper_timesheet_allocated import ResponseWrapperTimesheetAllocated
from ...models.timesheet_allocated import TimesheetAllocated
from ...types import Operation, RequestArgs, request_body_serialization


def build(
    *,
    body: TimesheetAllocated,
) -> RequestArgs:
    """The request of `POST /timesheet/allocated`; only the arguments passed are sent."""
    headers: dict[str, Any] = {}

    _kwargs: RequestArgs = {
        "method": "POST",
        "url": "/timesheet/allocated",
    }

    with request_body_serialization():
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json; charset=utf-8"

    _kwargs["headers"] = headers
    return _kwargs


def parse(response: httpx.Response) -> ResponseWrapperTimesheetAllocated | None:
    """The answer as `ResponseWrapperTimesheetAllocated`; None for a status the spec does not document."""
    if response.status_code == 201:
        response_201 = ResponseWrapperTimesheetAllocated.from_json(response.content)

        return response_201

    return None


OPERATION = Operation(
    id="TimesheetAllocated_post",
    group="timesheet_allocated",
    name="post",
    method="POST",
    path="/timesheet/allocated",
    summary="Add new allocated hour entry. Only one entry per employee/date/activity/project combination is supported. Only holiday/vacation hours can receive comments. A notification will be sent to the entry's employee if the entry has a comment.",
    parameters=(),
    paginated=False,
    body_type="TimesheetAllocated",
    body_content_type="application/json; charset=utf-8",
    responses=((201, "ResponseWrapperTimesheetAllocated"),),
    deprecated=False,
    build=build,
    parse=parse,
)
