"""`GET /timesheet/timeClock/present` (TimesheetTimeClockPresent_getPresent): `tx.timesheet_time_clock.get_present(...)`."""

from typing import Any

import httpx

from ...models.response_wrapper_time_clock import ResponseWrapperTimeClock
from ...types import UNSET, Operation, Param, RequestArgs, Unset


def build(
    *,
    employee_id: int | Unset = UNSET,
    fields: str | Unset = UNSET,
) -> RequestArgs:
    """The request of `GET /timesheet/timeClock/present`; only the arguments passed are sent."""

    params: dict[str, Any] = {}

    params["employeeId"] = employee_id

    params["fields"] = fields

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: RequestArgs = {
        "method": "GET",
        "url": "/timesheet/timeClock/present",
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
    id="TimesheetTimeClockPresent_getPresent",
    group="timesheet_time_clock",
    name="get_present",
    method="GET",
    path="/timesheet/timeClock/present",
    summary="Find a user’s present running time clock.",
    parameters=(
        Param("employeeId", "employee_id", "query", False),
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
