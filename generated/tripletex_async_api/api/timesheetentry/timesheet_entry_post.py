"""`POST /timesheet/entry` (TimesheetEntry_post): `tx.timesheet_entry.post(...)`."""

from typing import Any

import httpx

from ...models.response_wrapper_timesheet_entry import ResponseWrapperTimesheetEntry
from ...models.timesheet_entry import TimesheetEntry
from ...types import Operation, RequestArgs, request_body_serialization


def build(
    *,
    body: TimesheetEntry,
) -> RequestArgs:
    """The request of `POST /timesheet/entry`; only the arguments passed are sent."""
    headers: dict[str, Any] = {}

    _kwargs: RequestArgs = {
        "method": "POST",
        "url": "/timesheet/entry",
    }

    with request_body_serialization():
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json; charset=utf-8"

    _kwargs["headers"] = headers
    return _kwargs


def parse(response: httpx.Response) -> ResponseWrapperTimesheetEntry | None:
    """The answer as `ResponseWrapperTimesheetEntry`; None for a status the spec does not document."""
    if response.status_code == 201:
        response_201 = ResponseWrapperTimesheetEntry.from_json(response.content)

        return response_201

    return None


OPERATION = Operation(
    id="TimesheetEntry_post",
    group="timesheet_entry",
    name="post",
    method="POST",
    path="/timesheet/entry",
    summary="Add new timesheet entry. Only one entry per employee/date/activity/project combination is supported.",
    parameters=(),
    paginated=False,
    body_type="TimesheetEntry",
    body_content_type="application/json; charset=utf-8",
    responses=((201, "ResponseWrapperTimesheetEntry"),),
    deprecated=False,
    build=build,
    parse=parse,
)
