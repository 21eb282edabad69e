"""`POST /timesheet/entry/list` (TimesheetEntryList_postList): `tx.timesheet_entry.post_list(...)`."""

from typing import Any

import httpx

from ...models.list_response_timesheet_entry import ListResponseTimesheetEntry
from ...models.timesheet_entry import TimesheetEntry
from ...types import Operation, RequestArgs, request_body_serialization


def build(
    *,
    body: list[TimesheetEntry],
) -> RequestArgs:
    """The request of `POST /timesheet/entry/list`; only the arguments passed are sent."""
    headers: dict[str, Any] = {}

    _kwargs: RequestArgs = {
        "method": "POST",
        "url": "/timesheet/entry/list",
    }

    with request_body_serialization():
        _kwargs["json"] = []
        for body_item_data in body:
            body_item = body_item_data.to_dict()
            _kwargs["json"].append(body_item)

    headers["Content-Type"] = "application/json; charset=utf-8"

    _kwargs["headers"] = headers
    return _kwargs


def parse(response: httpx.Response) -> ListResponseTimesheetEntry | None:
    """The answer as `ListResponseTimesheetEntry`; None for a status the spec does not document."""
    if response.status_code == 201:
        response_201 = ListResponseTimesheetEntry.from_json(response.content)

        return response_201

    return None


OPERATION = Operation(
    id="TimesheetEntryList_postList",
    group="timesheet_entry",
    name="post_list",
    method="POST",
    path="/timesheet/entry/list",
    summary="Add new timesheet entry. Multiple objects for several users can be sent in the same request.",
    parameters=(),
    paginated=False,
    body_type="list[TimesheetEntry]",
    body_content_type="application/json; charset=utf-8",
    responses=((201, "ListResponseTimesheetEntry"),),
    deprecated=False,
    build=build,
    parse=parse,
)
