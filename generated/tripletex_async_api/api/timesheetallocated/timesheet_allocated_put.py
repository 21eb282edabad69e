"""`PUT /timesheet/allocated/{id}` (TimesheetAllocated_put): `tx.timesheet_allocated.put(...)`."""

from typing import Any
from urllib.parse import quote

import httpx

from ...models.response_wrapper_timesheet_allocated import ResponseWrapperTimesheetAllocated
from ...models.timesheet_allocated import TimesheetAllocated
from ...types import Operation, Param, RequestArgs, request_body_serialization


def build(
    id: int,
    *,
    body: TimesheetAllocated,
) -> RequestArgs:
    """The request of `PUT /timesheet/allocated/{id}`; only the arguments passed are sent."""
    headers: dict[str, Any] = {}

    _kwargs: RequestArgs = {
        "method": "PUT",
        "url": "/timesheet/allocated/{id}".format(
            id=quote(str(id), safe=""),
        ),
    }

    with request_body_serialization():
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json; charset=utf-8"

    _kwargs["headers"] = headers
    return _kwargs


def parse(response: httpx.Response) -> ResponseWrapperTimesheetAllocated | None:
    """The answer as `ResponseWrapperTimesheetAllocated`; None for a status the spec does not document."""
    if response.status_code == 200:
        response_200 = ResponseWrapperTimesheetAllocated.from_json(response.content)

        return response_200

    return None


OPERATION = Operation(
    id="TimesheetAllocated_put",
    group="timesheet_allocated",
    name="put",
    method="PUT",
    path="/timesheet/allocated/{id}",
    summary="Update allocated hour entry by ID. Note: Allocated hour entry object fields which are present but not set, or set to 0, will be nulled. Only holiday/vacation hours can receive comments. A notification will be sent to the entry's employee if the entry's comment has changed.",
    parameters=(Param("id", "id", "path", True),),
    paginated=False,
    body_type="TimesheetAllocated",
    body_content_type="application/json; charset=utf-8",
    responses=((200, "ResponseWrapperTimesheetAllocated"),),
    deprecated=False,
    build=build,
    parse=parse,
)
