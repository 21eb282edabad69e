"""`PUT /timesheet/entry/{id}` (TimesheetEntry_put): `tx.timesheet_entry.put(...)`."""

from typing import Any
from urllib.parse import quote

import httpx

from ...models.response_wrapper_timesheet_entry import ResponseWrapperTimesheetEntry
from ...models.timesheet_entry import TimesheetEntry
from ...types import Operation, Param, RequestArgs, request_body_serialization


def build(
    id: int,
    *,
    body: TimesheetEntry,
) -> RequestArgs:
    """The request of `PUT /timesheet/entry/{id}`; only the arguments passed are sent."""
    headers: dict[str, Any] = {}

    _kwargs: RequestArgs = {
        "method": "PUT",
        "url": "/timesheet/entry/{id}".format(
            id=quote(str(id), safe=""),
        ),
    }

    with request_body_serialization():
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json; charset=utf-8"

    _kwargs["headers"] = headers
    return _kwargs


def parse(response: httpx.Response) -> ResponseWrapperTimesheetEntry | None:
    """The answer as `ResponseWrapperTimesheetEntry`; None for a status the spec does not document."""
    if response.status_code == 200:
        response_200 = ResponseWrapperTimesheetEntry.from_json(response.content)

        return response_200

    return None


OPERATION = Operation(
    id="TimesheetEntry_put",
    group="timesheet_entry",
    name="put",
    method="PUT",
    path="/timesheet/entry/{id}",
    summary="Update timesheet entry by ID. Note: Timesheet entry object fields which are present but not set, or set to 0, will be nulled.",
    parameters=(Param("id", "id", "path", True),),
    paginated=False,
    body_type="TimesheetEntry",
    body_content_type="application/json; charset=utf-8",
    responses=((200, "ResponseWrapperTimesheetEntry"),),
    deprecated=False,
    build=build,
    parse=parse,
)
