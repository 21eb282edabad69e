"""`POST /timesheet/allocated/list` (TimesheetAllocatedList_postList): `tx.timesheet_allocated.post_list(...)`."""

from typing import Any

import httpx

from ...models.list_response_timesheet_allocated import ListResponseTimesheetAllocated
from ...models.timesheet_allocated import TimesheetAllocated
from ...types import Operation, RequestArgs, request_body_serialization


def build(
    *,
    body: list[TimesheetAllocated],
) -> RequestArgs:
    """The request of `POST /timesheet/allocated/list`; only the arguments passed are sent."""
    headers: dict[str, Any] = {}

    _kwargs: RequestArgs = {
        "method": "POST",
        "url": "/timesheet/allocated/list",
    }

    with request_body_serialization():
        _kwargs["json"] = []
        for body_item_data in body:
            body_item = body_item_data.to_dict()
            _kwargs["json"].append(body_item)

    headers["Content-Type"] = "application/json; charset=utf-8"

    _kwargs["headers"] = headers
    return _kwargs


def parse(response: httpx.Response) -> ListResponseTimesheetAllocated | None:
    """The answer as `ListResponseTimesheetAllocated`; None for a status the spec does not document."""
    if response.status_code == 201:
        response_201 = ListResponseTimesheetAllocated.from_json(response.content)

        return response_201

    return None


OPERATION = Operation(
    id="TimesheetAllocatedList_postList",
    group="timesheet_allocated",
    name="post_list",
    method="POST",
    path="/timesheet/allocated/list",
    summary="Add new allocated hour entry. Multiple objects for several users can be sent in the same request. Only holiday/vacation hours can receive comments. Notifications will be sent to the entries' employees if the entries have comments.",
    parameters=(),
    paginated=False,
    body_type="list[TimesheetAllocated]",
    body_content_type="application/json; charset=utf-8",
    responses=((201, "ListResponseTimesheetAllocated"),),
    deprecated=False,
    build=build,
    parse=parse,
)
