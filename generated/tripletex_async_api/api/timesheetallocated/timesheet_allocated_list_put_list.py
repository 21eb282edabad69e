"""`PUT /timesheet/allocated/list` (TimesheetAllocatedList_putList): `tx.timesheet_allocated.put_list(...)`."""

from typing import Any

import httpx

from ...models.list_response_timesheet_allocated import ListResponseTimesheetAllocated
from ...models.timesheet_allocated import TimesheetAllocated
from ...types import Operation, RequestArgs, request_body_serialization


def build(
    *,
    body: list[TimesheetAllocated],
) -> RequestArgs:
    """The request of `PUT /timesheet/allocated/list`; only the arguments passed are sent."""
    headers: dict[str, Any] = {}

    _kwargs: RequestArgs = {
        "method": "PUT",
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
    if response.status_code == 200:
        response_200 = ListResponseTimesheetAllocated.from_json(response.content)

        return response_200

    return None


OPERATION = Operation(
    id="TimesheetAllocatedList_putList",
    group="timesheet_allocated",
    name="put_list",
    method="PUT",
    path="/timesheet/allocated/list",
    summary="Update allocated hour entry. Multiple objects for different users can be sent in the same request. Note: Allocated hour entry object fields which are present but not set, or set to 0, will be nulled. Only holiday/vacation hours can receive comments. Notifications will be sent to the entries' employees if the entries' comments have changed.",
    parameters=(),
    paginated=False,
    body_type="list[TimesheetAllocated]",
    body_content_type="application/json; charset=utf-8",
    responses=((200, "ListResponseTimesheetAllocated"),),
    deprecated=False,
    build=build,
    parse=parse,
)
