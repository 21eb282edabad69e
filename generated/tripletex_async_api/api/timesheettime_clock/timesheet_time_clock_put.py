"""`PUT /timesheet/timeClock/{id}` (TimesheetTimeClock_put): `tx.timesheet_time_clock.put(...)`."""

from typing import Any
from urllib.parse import quote

import httpx

from ...models.response_wrapper_time_clock import ResponseWrapperTimeClock
from ...models.time_clock import TimeClock
from ...types import Operation, Param, RequestArgs, request_body_serialization


def build(
    id: int,
    *,
    body: TimeClock,
) -> RequestArgs:
    """The request of `PUT /timesheet/timeClock/{id}`; only the arguments passed are sent."""
    headers: dict[str, Any] = {}

    _kwargs: RequestArgs = {
        "method": "PUT",
        "url": "/timesheet/timeClock/{id}".format(
            id=quote(str(id), safe=""),
        ),
    }

    with request_body_serialization():
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json; charset=utf-8"

    _kwargs["headers"] = headers
    return _kwargs


def parse(response: httpx.Response) -> ResponseWrapperTimeClock | None:
    """The answer as `ResponseWrapperTimeClock`; None for a status the spec does not document."""
    if response.status_code == 200:
        response_200 = ResponseWrapperTimeClock.from_json(response.content)

        return response_200

    return None


OPERATION = Operation(
    id="TimesheetTimeClock_put",
    group="timesheet_time_clock",
    name="put",
    method="PUT",
    path="/timesheet/timeClock/{id}",
    summary="Update time clock by ID.",
    parameters=(Param("id", "id", "path", True),),
    paginated=False,
    body_type="TimeClock",
    body_content_type="application/json; charset=utf-8",
    responses=((200, "ResponseWrapperTimeClock"),),
    deprecated=False,
    build=build,
    parse=parse,
)
