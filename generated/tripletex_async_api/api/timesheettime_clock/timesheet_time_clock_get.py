"""`GET /timesheet/timeClock/{id}` (TimesheetTimeClock_get): `tx.timesheet_time_clock.get(...)`."""

from typing import Any
from urllib.parse import quote

import httpx

from ...models.response_wrapper_time_clock import ResponseWrapperTimeClock
from ...types import UNSET, Operation, Param, RequestArgs, Unset


def build(
    id: int,
    *,
    fields: str | Unset = UNSET,
) -> RequestArgs:
    """The request of `GET /timesheet/timeClock/{id}`; only the arguments passed are sent."""

    params: dict[str, Any] = {}

    params["fields"] = fields

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: RequestArgs = {
        "method": "GET",
        "url": "/timesheet/timeClock/{id}".format(
            id=quote(str(id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def parse(response: httpx.Response) -> ResponseWrapperTimeClock | None:
    """The answer as `ResponseWrapperTimeClock`; None for a status the spec does not document."""
    if response.status_code == 200:
        response_200 = ResponseWrapperTimeClock.from_json(response.content)

        return response_200

    return None


OPERATION = Operation(
    id="TimesheetTimeClock_get",
    group="timesheet_time_clock",
    name="get",
    method="GET",
    path="/timesheet/timeClock/{id}",
    summary="Find time clock entry by ID.",
    parameters=(
        Param("id", "id", "path", True),
        Param("fields", "fields", "query", False, ""),
    ),
    paginated=False,
    body_type=None,
    body_content_type=None,
    responses=((200, "ResponseWrapperTimeClock"),),
    deprecated=False,
    build=build,
    parse=parse,
)
